//! Helpers for `benches/run.sh`, as a program so that each figure is a whole
//! process measured with `/usr/bin/time -v`:
//!
//! ```sh
//! cargo run --release --example bench_tools -- generate 100000 DIR [--flawed]
//! cargo run --release --example bench_tools -- raw-events DIR
//! ```
//!
//! `raw-events` reads every model file and pulls every event out of the YAML
//! parser on every core, and nothing else: the ceiling for any YAML tool.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "../benches/support/generate.rs"]
mod generate;
#[path = "../benches/support/raw_events.rs"]
mod raw_events;

use rayon::prelude::*;
use std::path::Path;
use std::process::ExitCode;

fn raw_events(dir: &Path) -> Result<usize, String> {
    let files = kientruc::load::walk::model_files(dir).map_err(|e| format!("{e:?}"))?;
    files
        .par_iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
            Ok(raw_events::count(&text))
        })
        .sum()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["generate", n, dir, rest @ ..] => n
            .parse::<usize>()
            .map_err(|e| e.to_string())
            .and_then(|n| {
                let profile = if rest.contains(&"--flawed") {
                    generate::Profile::Flawed
                } else {
                    generate::Profile::Clean
                };
                generate::generate(Path::new(dir), n, 500, profile).map_err(|e| e.to_string())
            })
            .map(|written| println!("{written} elements written to {dir}")),
        ["raw-events", dir] => raw_events(Path::new(dir)).map(|n| println!("{n} events")),
        _ => Err("usage: bench_tools generate N DIR [--flawed] | raw-events DIR".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bench_tools: {e}");
            ExitCode::from(2)
        }
    }
}
