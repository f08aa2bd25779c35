//! `cargo bench --bench check`: times `check` against the YAML parser's raw
//! event stream on generated models of 1,000, 10,000 and 100,000 elements.
//! Both sides read and parse the files in parallel on every core. The ratio is
//! the figure that counts: absolute times drift on shared machines.
//!
//! Pass sizes as arguments to override, e.g. `cargo bench --bench check -- 100000`.

// The same allocator as the binary, for both sides of the comparison.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "support/generate.rs"]
mod generate;
#[path = "support/raw_events.rs"]
mod raw_events;

use kientruc::pipeline::{self, Options};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn yaml_files(dir: &Path) -> Vec<PathBuf> {
    kientruc::load::walk::model_files(dir).expect("generated folder is readable")
}

/// The parser ceiling: read every file and pull every event, nothing else.
fn raw_events(files: &[PathBuf]) -> usize {
    files
        .par_iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).expect("readable");
            raw_events::count(&text)
        })
        .sum()
}

fn best_of(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .expect("at least one run")
}

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![1_000, 10_000, 100_000]
    } else {
        sizes
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-models");
    println!("threads: {}", rayon::current_num_threads());
    println!("| elements | files | MB | raw events (ms) | check (ms) | ratio | findings |");
    println!("|---:|---:|---:|---:|---:|---:|---:|");
    for size in sizes {
        let dir = root.join(size.to_string());
        generate::generate(&dir, size, 500, generate::Profile::Clean).expect("generate model");
        let files = yaml_files(&dir);
        let bytes: u64 = files
            .iter()
            .map(|f| std::fs::metadata(f).map_or(0, |m| m.len()))
            .sum();
        let runs = if size >= 100_000 { 5 } else { 10 };
        let mut events = 0;
        let raw = best_of(runs, || events = raw_events(&files));
        let mut findings = 0;
        let mut elements = 0;
        let check = best_of(runs, || {
            let checked = pipeline::check(&dir, &Options::default()).expect("check runs");
            findings = checked.diagnostics.len();
            elements = checked.model.element_count();
        });
        let _ = events;
        println!(
            "| {elements} | {} | {:.1} | {:.0} | {:.0} | {:.2} | {findings} |",
            files.len(),
            bytes as f64 / 1e6,
            raw.as_secs_f64() * 1e3,
            check.as_secs_f64() * 1e3,
            check.as_secs_f64() / raw.as_secs_f64(),
        );
    }
}
