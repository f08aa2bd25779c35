//! Hostile input from a contributor's branch: links out of the folder, special
//! files, huge files, control characters, closed pipes. Every test here fails
//! without the protection it names.

mod documents_support;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn command(cwd: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kientruc"));
    cmd.args(args)
        .current_dir(cwd)
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("NO_COLOR", "1");
    cmd
}

/// Runs the binary, killing it after `limit` (so a hang fails the test instead
/// of hanging the suite).
fn run_with_timeout(cwd: &Path, args: &[&str], limit: Duration) -> Run {
    let mut child = command(cwd, args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // The pipes are drained while waiting: an output larger than the pipe's
    // buffer would otherwise block the child and look like a hang.
    let drain = |pipe: Option<Box<dyn std::io::Read + Send>>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut bytes);
            }
            bytes
        })
    };
    let stdout = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn std::io::Read + Send>),
    );
    let stderr = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn std::io::Read + Send>),
    );
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("kientruc {args:?} did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Run {
        code: status.code(),
        stdout: String::from_utf8_lossy(&stdout.join().expect("stdout reader")).into_owned(),
        stderr: String::from_utf8_lossy(&stderr.join().expect("stderr reader")).into_owned(),
    }
}

fn kientruc(cwd: &Path, args: &[&str]) -> Run {
    run_with_timeout(cwd, args, Duration::from_secs(60))
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A temp working dir holding `arch/` with the default manifest and `files`.
fn architecture(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let arch = tmp.path().join("arch");
    std::fs::create_dir_all(&arch).unwrap();
    std::fs::copy(
        repo().join("tests/rules/_manifest.yaml"),
        arch.join("kientruc.yaml"),
    )
    .unwrap();
    for (name, bytes) in files {
        let path = arch.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    tmp
}

const FORMATS: [&str; 6] = ["human", "short", "json", "sarif", "junit", "github"];

/// Every output of `check` in every format, and of `build --allow-findings`
/// (its documents included), concatenated.
fn every_output(cwd: &Path) -> String {
    let mut all = String::new();
    for format in FORMATS {
        let run = kientruc(cwd, &["check", "arch", "--format", format]);
        all += &run.stdout;
        all += &run.stderr;
    }
    let run = kientruc(
        cwd,
        &[
            "build",
            "arch",
            "--out",
            "docs-out",
            "--allow-findings",
            "--today",
            "2025-01-01",
        ],
    );
    all += &run.stdout;
    all += &run.stderr;
    if let Ok(entries) = std::fs::read_dir(cwd.join("docs-out")) {
        for entry in entries {
            let bytes = std::fs::read(entry.unwrap().path()).unwrap_or_default();
            all += &String::from_utf8_lossy(&bytes);
        }
    }
    all
}

#[cfg(unix)]
#[test]
fn a_link_out_of_the_folder_is_refused_and_its_target_never_printed() {
    const SECRET: &str = "ghp_S3CRET-TOKEN-5a1f0c";
    let tmp = architecture(&[]);
    // YAML that would parse and fail the schema, so its text would be quoted
    // in snippets if it were read.
    std::fs::write(
        tmp.path().join("secret.yaml"),
        format!("applications:\n  - id: {SECRET}\n    token: {SECRET}\n"),
    )
    .unwrap();
    std::os::unix::fs::symlink("../secret.yaml", tmp.path().join("arch/leak.yaml")).unwrap();
    let all = every_output(tmp.path());
    assert!(!all.contains("S3CRET"), "the secret leaked:\n{all}");
    assert!(all.contains("LOAD-004"), "the finding is in the outputs");
    let run = kientruc(tmp.path(), &["check", "arch", "--format", "short"]);
    assert_eq!(run.code, Some(1), "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("arch/leak.yaml:1:1: error[LOAD-004]"),
        "{}",
        run.stdout
    );
}

#[cfg(unix)]
#[test]
fn a_link_inside_the_folder_is_read() {
    let tmp = architecture(&[(
        "real/apps.yaml",
        b"applications:\n  - id: app\n    name: App\n    hostd_on: []\n",
    )]);
    std::os::unix::fs::symlink("real/apps.yaml", tmp.path().join("arch/apps.yaml")).unwrap();
    let run = kientruc(tmp.path(), &["check", "arch", "--format", "short"]);
    assert!(!run.stdout.contains("LOAD-004"), "{}", run.stdout);
    // The link is read as a file of its own: its content is checked there.
    assert!(
        run.stdout.contains("arch/apps.yaml:4:5: error[SCH-001]"),
        "{}",
        run.stdout
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_without_blocking() {
    let tmp = architecture(&[]);
    let fifo = tmp.path().join("arch/pipe.yaml");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let run = run_with_timeout(
        tmp.path(),
        &["check", "arch", "--format", "short"],
        Duration::from_secs(20),
    );
    assert_eq!(run.code, Some(1), "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("arch/pipe.yaml:1:1: error[LOAD-005] `arch/pipe.yaml` is a named pipe"),
        "{}",
        run.stdout
    );
}

#[cfg(unix)]
#[test]
fn a_link_to_a_device_is_refused_without_reading_it() {
    let tmp = architecture(&[]);
    // Inside the folder by canonical path? No: /dev is outside, so LOAD-004.
    std::os::unix::fs::symlink("/dev/zero", tmp.path().join("arch/zero.yaml")).unwrap();
    let run = run_with_timeout(
        tmp.path(),
        &["check", "arch", "--format", "short"],
        Duration::from_secs(20),
    );
    assert!(run.stdout.contains("error[LOAD-004]"), "{}", run.stdout);
}

/// `kientruc … | head -1`: the reader closes the pipe before the output is
/// written. Every command that writes to stdout ends quietly.
#[test]
fn a_closed_stdout_ends_quietly() {
    let cases: [(&[&str], i32); 8] = [
        (&["schema", "model"], 0),
        (&["schema", "manifest"], 0),
        (&["rules"], 0),
        (&["explain", "LOAD-004"], 0),
        (&["check", "architecture"], 0),
        (&["check", "architecture", "--format", "json"], 0),
        (&["graph", "architecture"], 0),
        (&["impact", "lgsp", "architecture"], 0),
    ];
    for (args, expected) in cases {
        let mut child = command(&repo(), args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary runs");
        // Closed at once: the first write meets a broken pipe.
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("output");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(out.status.code(), Some(expected), "{args:?}: {stderr}");
    }
}

/// Old Mac line ends (CR only): the parser and the line index agree on lines.
#[test]
fn cr_only_line_ends_give_the_right_line_and_column() {
    let text = "applications:\r  - id: app\r    name: App\r    hostd_on: []\r";
    let tmp = architecture(&[("apps.yaml", text.as_bytes())]);
    let run = kientruc(tmp.path(), &["check", "arch", "--format", "short"]);
    assert!(
        run.stdout
            .contains("arch/apps.yaml:4:5: error[SCH-001] unknown field `hostd_on`"),
        "{}",
        run.stdout
    );
    // The human snippet shows the offending line alone.
    let run = kientruc(tmp.path(), &["check", "arch"]);
    assert!(
        run.stdout.contains("4 |     hostd_on: []"),
        "{}",
        run.stdout
    );
}

#[test]
fn one_output_file_given_twice_is_a_usage_error() {
    let tmp = architecture(&[]);
    for args in [
        &[
            "check",
            "arch",
            "--output",
            "r.sarif",
            "--report",
            "sarif=r.sarif",
        ][..],
        &[
            "check",
            "arch",
            "--report",
            "json=out/r",
            "--report",
            "sarif=./out/r",
        ][..],
    ] {
        let run = kientruc(tmp.path(), args);
        assert_eq!(run.code, Some(2), "{args:?}: {}{}", run.stdout, run.stderr);
        assert!(
            run.stderr.contains("is given twice as an output file"),
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains("r.sarif") || run.stderr.contains("out/r"));
    }
    assert!(!tmp.path().join("r.sarif").exists(), "nothing written");
    let run = kientruc(
        tmp.path(),
        &["check", "arch", "--report", "json=a", "--report", "sarif=b"],
    );
    assert_eq!(run.code, Some(1), "two files are fine: {}", run.stderr);
}

#[test]
fn a_missing_templates_folder_is_a_usage_error() {
    let tmp = architecture(&[]);
    let run = kientruc(
        tmp.path(),
        &[
            "build",
            "arch",
            "--templates",
            "no-such-folder",
            "--allow-findings",
        ],
    );
    assert_eq!(run.code, Some(2), "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr
            .contains("the templates folder `no-such-folder` does not exist"),
        "{}",
        run.stderr
    );
    assert!(!tmp.path().join("out").exists());
}

/// Trojan Source (CVE-2021-42574): each bidi control is an error at its exact
/// place, in values and comments, and never reaches the terminal raw.
#[test]
fn bidi_controls_are_found_where_they_are_and_never_printed_raw() {
    let text = "organizations:\n  - id: so-tttt\n    name: \"Sở \u{202E}Y tế\"  # x \u{2066} y\n    level: department\n";
    let tmp = architecture(&[("org.yaml", text.as_bytes())]);
    let run = kientruc(tmp.path(), &["check", "arch", "--format", "short"]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stdout.contains(
            "arch/org.yaml:3:15: error[YAML-013] bidirectional control character U+202E (RIGHT-TO-LEFT OVERRIDE)"
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("arch/org.yaml:3:27: error[YAML-013] bidirectional control character U+2066"),
        "{}",
        run.stdout
    );
    let human = kientruc(tmp.path(), &["check", "arch"]);
    assert!(
        human
            .stdout
            .contains("help: delete this invisible character")
    );
    for format in FORMATS {
        let run = kientruc(
            tmp.path(),
            &["check", "arch", "--format", format, "--lang", "vi"],
        );
        assert!(run.stdout.contains("YAML-013"), "{format}");
        if matches!(format, "human" | "short" | "github") {
            assert!(
                !run.stdout.contains(['\u{202E}', '\u{2066}']),
                "{format} prints a raw bidi control:\n{}",
                run.stdout
            );
        }
    }
    // The same name without the control passes.
    let clean = text.replace(['\u{202E}', '\u{2066}'], "");
    let tmp = architecture(&[("org.yaml", clean.as_bytes())]);
    let run = kientruc(tmp.path(), &["check", "arch", "--format", "short"]);
    assert!(!run.stdout.contains("YAML-013"), "{}", run.stdout);
}

/// A file name with a line feed stays on its finding's line.
#[cfg(unix)]
#[test]
fn a_line_feed_in_a_file_name_does_not_split_the_finding() {
    let tmp = architecture(&[(
        "a\nb.yaml",
        b"applications:\n  - id: app\n    name: App\n    hostd_on: []\n",
    )]);
    let run = kientruc(tmp.path(), &["check", "arch", "--format", "short"]);
    let lines: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.contains("SCH-001"))
        .collect();
    assert_eq!(lines.len(), 1, "{}", run.stdout);
    assert!(
        lines[0].starts_with("arch/a\u{240A}b.yaml:4:5: error[SCH-001]"),
        "{}",
        run.stdout
    );
    let run = kientruc(tmp.path(), &["check", "arch", "--format", "github"]);
    let annotation: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.contains("SCH-001"))
        .collect();
    assert_eq!(annotation.len(), 1, "{}", run.stdout);
    assert!(
        annotation[0].contains("file=arch/a%0Ab.yaml"),
        "{}",
        run.stdout
    );
    let run = kientruc(tmp.path(), &["check", "arch"]);
    assert!(
        run.stdout.contains("--> arch/a\u{240A}b.yaml:4:5"),
        "{}",
        run.stdout
    );
}

/// XML 1.0 cannot hold these; one in `word/document.xml` and LibreOffice
/// refuses the file.
fn xml_forbidden(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

#[test]
fn hostile_model_text_leaves_the_documents_valid_and_inert() {
    let dir = repo().join("tests/fixtures/documents/hostile");
    let (_, files) = documents_support::build(&dir);
    for f in &files {
        if f.path.ends_with(".docx") {
            let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&f.bytes)).unwrap();
            for i in 0..zip.len() {
                let mut entry = zip.by_index(i).unwrap();
                let mut xml = String::new();
                entry.read_to_string(&mut xml).unwrap();
                let bad: Vec<char> = xml.chars().filter(|&c| xml_forbidden(c)).collect();
                assert!(bad.is_empty(), "{}:{} holds {bad:?}", f.path, entry.name());
            }
            // Parses, and the text is still there around the replaced characters.
            let text = documents_support::docx_texts(&f.bytes).join("\n");
            assert!(text.contains("tỉnh Thử Nghiệm\u{FFFD}"), "{}", f.path);
            assert!(
                text.contains("<img src=x onerror=alert(1)>"),
                "kept as text in {}",
                f.path
            );
        }
        if f.path.ends_with(".svg") {
            let svg = String::from_utf8(f.bytes.clone()).unwrap();
            assert!(!svg.contains(xml_forbidden), "{}", f.path);
        }
        if f.path.ends_with(".md") {
            let md = String::from_utf8(f.bytes.clone()).unwrap();
            for line in md.lines() {
                // A line starting with a tag is a raw HTML block: passed through
                // by renderers, so model text there must be entity-escaped.
                if line.starts_with('<') {
                    assert!(!line.contains("<img"), "{}: live HTML in {line}", f.path);
                }
                // Elsewhere Markdown's backslash escape keeps it text.
                assert!(
                    !line.replace("\\<img", "").contains("<img"),
                    "{}: unescaped {line}",
                    f.path
                );
            }
            assert!(
                md.contains("&lt;img src=x onerror=alert(1)&gt;"),
                "{}",
                f.path
            );
        }
    }
}

/// A budget figure beyond any budget is an error at the value, not capped
/// silently in the documents' sums.
#[test]
fn an_amount_too_large_is_an_error_at_the_value() {
    let task = |amount: &str| {
        format!(
            "organizations:\n  - {{ id: so-tttt, name: Sở TT&TT, level: department }}\nphases:\n  - {{ id: gd1, name: Giai đoạn 1, from: 2021, to: 2025 }}\ntasks:\n  - id: t1\n    name: Nhiệm vụ 1\n    phase: gd1\n    from: 2021\n    to: 2022\n    lead: so-tttt\n    budget:\n      - {{ source: provincial, amount: {amount} }}\n"
        )
    };
    let tmp = architecture(&[("roadmap.yaml", task("1e16").as_bytes())]);
    let run = kientruc(tmp.path(), &["check", "arch", "--format", "short"]);
    assert!(
        run.stdout.contains("arch/roadmap.yaml:13:39: error[SCH-004] amount 10000000000000000 is out of range: must be between 0 and 1000000000"),
        "{}",
        run.stdout
    );
    let tmp = architecture(&[("roadmap.yaml", task("1000000000").as_bytes())]);
    let run = kientruc(tmp.path(), &["check", "arch", "--format", "short"]);
    assert!(
        !run.stdout.contains("SCH-004"),
        "the maximum itself is allowed:\n{}",
        run.stdout
    );
}

#[test]
fn a_reversed_manifest_period_is_an_error_at_both_years() {
    let tmp = architecture(&[]);
    let manifest = tmp.path().join("arch/kientruc.yaml");
    let text = std::fs::read_to_string(&manifest).unwrap().replace(
        "period: { from: 2021, to: 2025 }",
        "period: { from: 2025, to: 2021 }",
    );
    std::fs::write(&manifest, text).unwrap();
    let run = kientruc(tmp.path(), &["check", "arch", "--format", "short"]);
    assert!(
        run.stdout.contains(
            "arch/kientruc.yaml:9:29: error[SCH-008] the architecture's period ends (2021) before it starts (2025)"
        ),
        "{}",
        run.stdout
    );
    let run = kientruc(tmp.path(), &["check", "arch"]);
    assert!(run.stdout.contains("the first year"), "{}", run.stdout);
    assert!(
        run.stdout.contains("help: swap `from` and `to`"),
        "{}",
        run.stdout
    );
}

/// A sparse 8 GiB file: reading it whole before the size check would take
/// minutes and 8 GiB of memory; the read stops after the 64 MiB limit.
#[test]
fn a_huge_file_is_refused_after_reading_the_limit() {
    let tmp = architecture(&[]);
    let file = std::fs::File::create(tmp.path().join("arch/huge.yaml")).unwrap();
    file.set_len(8 << 30).unwrap();
    let run = run_with_timeout(
        tmp.path(),
        &["check", "arch", "--format", "short"],
        Duration::from_secs(60),
    );
    assert!(
        run.stdout.contains(
            "arch/huge.yaml:1:1: error[YAML-006] the file is too large: more than 67108864 bytes, the limit"
        ),
        "{}{}",
        run.stdout,
        run.stderr
    );
}

/// A `build` killed between its two renames left `out/` missing and the old
/// documents under a hidden name; the next `build` puts them back even when it
/// then writes nothing (here: the model has errors).
#[test]
fn the_next_build_restores_what_a_killed_build_left() {
    let tmp = architecture(&[(
        "apps.yaml",
        b"applications:\n  - id: app\n    hostd_on: []\n",
    )]);
    let old = tmp.path().join(".out.old-1-2");
    std::fs::create_dir(&old).unwrap();
    std::fs::write(old.join(".kientruc-build"), "marker").unwrap();
    std::fs::write(old.join("to-trinh.html"), "the old documents").unwrap();
    let partial = tmp.path().join(".out.tmp-1-2");
    std::fs::create_dir(&partial).unwrap();
    std::fs::write(partial.join(".kientruc-build"), "marker").unwrap();
    let run = kientruc(tmp.path(), &["build", "arch", "--out", "out"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("out/to-trinh.html")).unwrap(),
        "the old documents"
    );
    assert!(!old.exists() && !partial.exists(), "leftovers removed");
}
