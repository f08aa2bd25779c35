use clap::Parser;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match kientruc::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Usage errors exit 2; --help and --version print and exit 0.
            let code = if e.use_stderr() {
                kientruc::cli::EXIT_FAILURE
            } else {
                0
            };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    kientruc::cli::run(cli)
}
