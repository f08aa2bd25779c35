//! Runs the loader over every case of the official YAML test suite: no panic, no hang, errors
//! found where the suite expects them (with a position inside the input), and valid input loaded
//! without syntax errors. Known disagreements of the parser are listed with a reason.

use kientruc::load::text::decode;
use kientruc::load::yaml::{Limits, parse};
use kientruc::source::{FileId, SourceFile};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

/// Error cases the parser accepts (so the loader reports nothing).
const ACCEPTED_ERROR_CASES: &[(&str, &str)] = &[];

/// Valid cases the parser rejects with a syntax error.
const REJECTED_VALID_CASES: &[(&str, &str)] = &[];

/// Codes that mean the input is not YAML; anything else on a valid case is a policy refusal.
const SYNTAX_CODES: &[&str] = &["YAML-001", "YAML-003", "YAML-004"];

const TIME_LIMIT: Duration = Duration::from_secs(5);

struct Outcome {
    codes: Vec<String>,
    /// Diagnostics whose line or column lies outside the input.
    outside: Vec<String>,
}

fn suite_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/external/yaml-test-suite");
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "the YAML test suite is missing at {} (required when CI=true)",
        dir.display()
    );
    eprintln!("skipped: the YAML test suite is not at {}", dir.display());
    None
}

fn run_case(bytes: Vec<u8>, limits: Limits) -> Outcome {
    let file = FileId(0);
    let (text, decode_error) = decode(file, &bytes);
    let parsed = parse(file, &text, &limits);
    let source = SourceFile::new("in.yaml".into(), text);
    let diagnostics: Vec<_> = decode_error.into_iter().chain(parsed.diagnostics).collect();
    let mut outside = Vec::new();
    for d in &diagnostics {
        let Some(span) = d.span() else {
            outside.push(format!("{} has no position", d.code));
            continue;
        };
        let at = source.line_col(span.start);
        let line_ok = at.line >= 1 && (at.line as usize) <= source.line_count();
        let (start, end) = source.line_range(at.line);
        let width = source.text[start as usize..end as usize].chars().count() as u32;
        if !line_ok
            || at.column < 1
            || at.column > width + 1
            || span.end as usize > source.text.len()
        {
            outside.push(format!("{} at {}:{}", d.code, at.line, at.column));
        }
    }
    Outcome {
        codes: diagnostics.iter().map(|d| d.code.to_string()).collect(),
        outside,
    }
}

/// Runs one case on its own thread so that a panic or a hang is caught and named.
fn run_guarded(id: &str, bytes: Vec<u8>, limits: Limits) -> Result<Outcome, String> {
    let (send, receive) = mpsc::channel();
    let worker = thread::Builder::new()
        .name(id.to_owned())
        .spawn(move || {
            let _ = send.send(run_case(bytes, limits));
        })
        .map_err(|e| format!("{id}: cannot start a thread: {e}"))?;
    match receive.recv_timeout(TIME_LIMIT) {
        Ok(outcome) => {
            let _ = worker.join();
            Ok(outcome)
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(format!("{id}: panicked")),
        Err(mpsc::RecvTimeoutError::Timeout) => {
            Err(format!("{id}: no result after {TIME_LIMIT:?}"))
        }
    }
}

#[test]
fn yaml_test_suite() {
    let Some(dir) = suite_dir() else { return };
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("readable suite folder")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.join("in.yaml").is_file())
        .collect();
    cases.sort();
    assert_eq!(cases.len(), 402, "the suite has 402 cases");

    let accepted_errors: BTreeSet<&str> = ACCEPTED_ERROR_CASES.iter().map(|(id, _)| *id).collect();
    let rejected_valid: BTreeSet<&str> = REJECTED_VALID_CASES.iter().map(|(id, _)| *id).collect();
    let mut failures = Vec::new();
    let mut used_allowances = BTreeSet::new();
    let (mut errors, mut valid, mut refusals) = (0, 0, 0);
    // Must-fail cases caught by a policy refusal only: the parser itself accepted them.
    let mut errors_by_policy = Vec::new();

    for case in &cases {
        let id = case.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(case.join("in.yaml")).expect("readable in.yaml");
        let must_fail = case.join("error").exists();
        // Valid cases expand aliases, so that real alias handling is exercised.
        let limits = Limits {
            allow_aliases: !must_fail,
            ..Limits::default()
        };
        let outcome = match run_guarded(&id, bytes, limits) {
            Ok(outcome) => outcome,
            Err(failure) => {
                failures.push(failure);
                continue;
            }
        };
        for place in &outcome.outside {
            failures.push(format!("{id}: diagnostic outside the input: {place}"));
        }
        if must_fail {
            errors += 1;
            if outcome.codes.is_empty() {
                if accepted_errors.contains(id.as_str()) {
                    used_allowances.insert(id.clone());
                } else {
                    failures.push(format!("{id}: must fail but loaded cleanly"));
                }
            } else if !outcome
                .codes
                .iter()
                .any(|c| SYNTAX_CODES.contains(&c.as_str()))
            {
                errors_by_policy.push(format!("{id} {:?}", outcome.codes));
            }
        } else {
            valid += 1;
            let syntax: Vec<&String> = outcome
                .codes
                .iter()
                .filter(|c| SYNTAX_CODES.contains(&c.as_str()))
                .collect();
            if !syntax.is_empty() {
                if rejected_valid.contains(id.as_str()) {
                    used_allowances.insert(id.clone());
                } else {
                    failures.push(format!("{id}: valid but got {syntax:?}"));
                }
            } else if !outcome.codes.is_empty() {
                refusals += 1;
            }
        }
    }

    let stale: Vec<&str> = accepted_errors
        .iter()
        .chain(&rejected_valid)
        .filter(|id| !used_allowances.contains(**id))
        .copied()
        .collect();
    assert!(
        stale.is_empty(),
        "allow-list entries that now agree with the suite: {stale:?}"
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    println!(
        "yaml-test-suite: {} cases, {errors} must-fail all reported ({} by a policy refusal only: {errors_by_policy:?}), {valid} valid ({refusals} with policy refusals only), {} allowed disagreements",
        cases.len(),
        errors_by_policy.len(),
        used_allowances.len()
    );
}

/// Truncated files (an editor saving mid-edit, a partial download) must never panic or hang
/// either: every byte prefix of every case, with both alias policies.
#[test]
fn yaml_test_suite_prefixes() {
    let Some(dir) = suite_dir() else { return };
    let mut inputs: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .expect("readable suite folder")
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let bytes = std::fs::read(path.join("in.yaml")).ok()?;
            Some((path.file_name()?.to_string_lossy().into_owned(), bytes))
        })
        .collect();
    inputs.sort();
    let (send, receive) = mpsc::channel();
    let worker = thread::spawn(move || {
        let mut runs = 0usize;
        for (id, bytes) in &inputs {
            for end in 0..bytes.len() {
                for allow_aliases in [false, true] {
                    let limits = Limits {
                        allow_aliases,
                        ..Limits::default()
                    };
                    let outcome = run_case(bytes[..end].to_vec(), limits);
                    assert!(
                        outcome.outside.is_empty(),
                        "{id}[..{end}]: {:?}",
                        outcome.outside
                    );
                    runs += 1;
                }
            }
        }
        let _ = send.send(runs);
    });
    match receive.recv_timeout(Duration::from_secs(120)) {
        Ok(runs) => println!("yaml-test-suite prefixes: {runs} runs without a panic"),
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("prefix runs did not finish in time"),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            let panic = worker.join().expect_err("the worker stopped early");
            std::panic::resume_unwind(panic);
        }
    }
}
