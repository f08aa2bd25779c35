use clap::Parser;
use kientruc::diagnostic::Lang;

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
            match kientruc::cli::usage_error_vi(&e) {
                Some(text) if code != 0 && kientruc::cli::early_lang() == Lang::Vi => {
                    eprint!("{text}")
                }
                _ => {
                    let _ = e.print();
                }
            }
            return ExitCode::from(code);
        }
    };
    kientruc::cli::run(cli)
}
