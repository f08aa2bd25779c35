//! The command line as users meet it: exit codes, the rendered diagnostics of
//! every kind of bad input, folder-level problems, `init`, `--help`.

use std::path::{Path, PathBuf};
use std::process::Command;

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs the binary in `cwd` with colours off and an English locale.
fn kientruc(cwd: &Path, args: &[&str]) -> Run {
    kientruc_in(cwd, args, "C.UTF-8")
}

/// Runs the binary with a Vietnamese locale.
fn kientruc_vi(cwd: &Path, args: &[&str]) -> Run {
    kientruc_in(cwd, args, "vi_VN.UTF-8")
}

/// Runs the binary in `cwd` with colours off and `LANG=locale`.
fn kientruc_in(cwd: &Path, args: &[&str], locale: &str) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_kientruc"))
        .args(args)
        .current_dir(cwd)
        .env("LANG", locale)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs");
    Run {
        code: out.status.code().expect("exited normally, not by a signal"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
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

/// Checks one bad file: exit code 1, and the rendered output as a snapshot.
/// The framework rules are ignored: on these few-line models they would only
/// say what a real architecture lacks, which is not what these cases are about.
fn bad_file(snapshot: &str, name: &str, bytes: &[u8]) -> Run {
    let tmp = architecture(&[(name, bytes)]);
    let run = kientruc(tmp.path(), &["check", "arch", "--ignore", "FW1"]);
    assert_eq!(
        run.code, 1,
        "{snapshot}: exit code\n{}{}",
        run.stdout, run.stderr
    );
    insta::assert_snapshot!(snapshot, run.stdout);
    run
}

fn fixture(dir: &str, name: &str) -> Vec<u8> {
    std::fs::read(repo().join("tests/fixtures").join(dir).join(name)).unwrap()
}

macro_rules! bad_input {
    ($($test:ident: $dir:literal / $file:literal => $code:literal;)*) => {
        $(
            #[test]
            fn $test() {
                let run = bad_file(stringify!($test), "model.yaml", &fixture($dir, $file));
                assert!(run.stdout.contains(concat!("[", $code, "]")), "expected {} in\n{}", $code, run.stdout);
                assert!(run.stdout.contains("arch/model.yaml:"), "points at the file");
            }
        )*
    };
}

bad_input! {
    yaml_syntax_error: "yaml" / "syntax_error.yaml" => "YAML-001";
    yaml_duplicate_key: "yaml" / "duplicate_key.yaml" => "YAML-002";
    yaml_tab_indentation: "yaml" / "tab_indentation.yaml" => "YAML-003";
    yaml_invalid_utf8: "yaml" / "invalid_utf8.yaml" => "YAML-004";
    yaml_aliases: "yaml" / "aliases.yaml" => "YAML-005";
    yaml_billion_laughs: "yaml" / "billion_laughs.yaml" => "YAML-005";
    yaml_conflict_markers: "yaml" / "conflict_markers.yaml" => "YAML-007";
    yaml_multi_document: "yaml" / "multi_document.yaml" => "YAML-009";
    yaml_complex_key: "yaml" / "complex_key.yaml" => "YAML-010";
    yaml_custom_tag: "yaml" / "custom_tag.yaml" => "YAML-011";
    schema_unknown_field: "bad-model" / "unknown_field.yaml" => "SCH-001";
    schema_wrong_type: "bad-model" / "wrong_type.yaml" => "SCH-002";
    schema_bad_enum: "bad-model" / "bad_enum.yaml" => "SCH-003";
    schema_out_of_range: "bad-model" / "out_of_range.yaml" => "SCH-004";
    schema_missing_required: "bad-model" / "missing_required.yaml" => "SCH-005";
    schema_bad_id: "bad-model" / "bad_id.yaml" => "SCH-006";
    schema_invalid_date: "bad-model" / "invalid_date.yaml" => "SCH-008";
    refs_unresolved_and_wrong_kind: "bad-model" / "unresolved_refs.yaml" => "REF-001";
}

#[test]
fn unknown_field_suggests_the_right_one() {
    let run = bad_file(
        "unknown_field_hint",
        "model.yaml",
        &fixture("bad-model", "unknown_field.yaml"),
    );
    assert!(
        run.stdout.contains("did you mean `connects_to`?"),
        "{}",
        run.stdout
    );
}

#[test]
fn service_level_5_and_security_level_0_are_out_of_range() {
    let run = bad_file(
        "levels",
        "model.yaml",
        &fixture("bad-model", "out_of_range.yaml"),
    );
    assert_eq!(run.stdout.matches("[SCH-004]").count(), 2, "{}", run.stdout);
}

#[test]
fn unresolved_references_get_did_you_mean_and_wrong_kinds_are_named() {
    let run = bad_file(
        "refs",
        "model.yaml",
        &fixture("bad-model", "unresolved_refs.yaml"),
    );
    assert!(
        run.stdout.contains("did you mean `so-tttt`?"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("did you mean `national:csdl-dan-cu`?"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("[REF-002]"), "{}", run.stdout);
}

#[test]
fn duplicate_ids_across_files_show_both_places() {
    let org =
        b"organizations:\n  - { id: so-tttt, name: S\xe1\xbb\x9f TT&TT, level: department }\n";
    let tmp = architecture(&[("a.yaml", org), ("b/c.yaml", org)]);
    let run = kientruc(
        tmp.path(),
        &["check", "arch", "--format", "short", "--ignore", "FW1"],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("arch/b/c.yaml:2:11: error[REF-003] duplicate id `so-tttt`"),
        "{}",
        run.stdout
    );
    let human = kientruc(tmp.path(), &["check", "arch", "--ignore", "FW1"]);
    assert!(
        human.stdout.contains("arch/a.yaml:2:11"),
        "the first place is shown:\n{}",
        human.stdout
    );
    insta::assert_snapshot!("duplicate_ids_across_files", human.stdout);
}

#[test]
fn deep_nesting_is_refused_without_crashing() {
    let depth = 10_000;
    let flow = format!(
        "organizations: {}{}\n",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let tmp = architecture(&[("deep.yaml", flow.as_bytes())]);
    let run = kientruc(tmp.path(), &["check", "arch", "--format", "short"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("[YAML-006]"), "{}", run.stdout);
}

#[test]
fn bom_and_crlf_are_accepted() {
    let text = "\u{feff}organizations:\r\n  - id: so-tttt\r\n    name: Sở Thông tin và Truyền thông\r\n    level: department\r\n";
    let tmp = architecture(&[("model.yaml", text.as_bytes())]);
    let run = kientruc(tmp.path(), &["check", "arch", "--ignore", "FW1"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
}

#[test]
fn non_yaml_files_are_ignored() {
    let org =
        b"organizations:\n  - { id: so-tttt, name: S\xe1\xbb\x9f TT&TT, level: department }\n";
    let tmp = architecture(&[
        ("model.yaml", org),
        ("README.md", b"# notes\n: not yaml [\n"),
        ("diagram.png", b"\x89PNG\r\n\x1a\n\0\0"),
        (".hidden/broken.yaml", b"[unclosed\n"),
    ]);
    let run = kientruc(tmp.path(), &["check", "arch", "--ignore", "FW1"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("checked 2 files"), "{}", run.stdout);
}

#[test]
fn empty_folder_is_a_finding() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("empty")).unwrap();
    let run = kientruc(tmp.path(), &["check", "empty"]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!("empty_folder", run.stdout);
}

#[test]
fn missing_manifest_is_a_finding() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("arch")).unwrap();
    std::fs::write(tmp.path().join("arch/model.yaml"), "actors: []\n").unwrap();
    let run = kientruc(tmp.path(), &["check", "arch"]);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!("missing_manifest", run.stdout);
}

#[test]
fn missing_folder_exits_2_with_one_line() {
    let tmp = tempfile::tempdir().unwrap();
    let run = kientruc(tmp.path(), &["check", "nowhere"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "kientruc: error: architecture folder `nowhere` does not exist\n"
    );
}

#[test]
fn a_file_instead_of_a_folder_exits_2() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("file.yaml"), "a: 1\n").unwrap();
    let run = kientruc(tmp.path(), &["check", "file.yaml"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
}

#[test]
fn bad_usage_exits_2() {
    let run = kientruc(&repo(), &["check", "--format", "pdf"]);
    assert_eq!(run.code, 2);
    let run = kientruc(&repo(), &["frobnicate"]);
    assert_eq!(run.code, 2);
    let run = kientruc(&repo(), &["check", "--select", "FW1-LGSP-09"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("matches no rule code"),
        "{}",
        run.stderr
    );
}

#[test]
fn help_and_version() {
    let run = kientruc(&repo(), &["--help"]);
    assert_eq!(run.code, 0);
    insta::assert_snapshot!("help", run.stdout);
    let run = kientruc(&repo(), &["check", "--help"]);
    assert_eq!(run.code, 0);
    insta::assert_snapshot!("check_help", run.stdout);
    let run = kientruc(&repo(), &["--version"]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stdout,
        format!("kientruc {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn the_bundled_example_checks_clean() {
    let run = kientruc(&repo(), &["check"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    // Information notes are allowed; errors and warnings are not.
    let summary = run.stdout.lines().last().unwrap_or_default();
    assert!(
        summary.contains(": 0 errors, 0 warnings,"),
        "{}",
        run.stdout
    );
}

#[test]
fn init_scaffolds_an_architecture_that_checks_clean() {
    let tmp = tempfile::tempdir().unwrap();
    let run = kientruc(tmp.path(), &["init", "moi", "--province", "Hà Giang"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(tmp.path().join("moi/schemas/model.schema.json").exists());
    let check = kientruc(tmp.path(), &["check", "moi"]);
    assert_eq!(check.code, 0, "{}", check.stdout);
    let summary = check.stdout.lines().last().unwrap_or_default();
    assert!(
        summary.contains(": 0 errors, 0 warnings,"),
        "the scaffold is clean:\n{}",
        check.stdout
    );
    let manifest = std::fs::read_to_string(tmp.path().join("moi/kientruc.yaml")).unwrap();
    assert!(
        manifest.contains("code: \"02\""),
        "the code comes from the province table:\n{manifest}"
    );
    // A second init into the same folder refuses rather than overwriting.
    let again = kientruc(tmp.path(), &["init", "moi", "--province", "Hà Giang"]);
    assert_eq!(again.code, 2);
}

#[test]
fn init_handles_any_year_and_awkward_names() {
    for (year, name, code) in [
        ("2021", "Bà Rịa - Vũng Tàu", "77"),
        ("2025", r#"Tỉnh "Mới" \ Thử"#, "01"),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let run = kientruc(
            tmp.path(),
            &[
                "init",
                "a",
                "--province",
                name,
                "--code",
                code,
                "--year",
                year,
            ],
        );
        assert_eq!(run.code, 0, "{}", run.stderr);
        let check = kientruc(tmp.path(), &["check", "a"]);
        let summary = check.stdout.lines().last().unwrap_or_default();
        assert!(
            summary.contains(": 0 errors, 0 warnings,"),
            "{name} {year}:\n{}",
            check.stdout
        );
    }
    let tmp = tempfile::tempdir().unwrap();
    let unknown = kientruc(tmp.path(), &["init", "a", "--province", "Không Có"]);
    assert_eq!(unknown.code, 2, "an unknown province needs --code");
    let bad_code = kientruc(
        tmp.path(),
        &["init", "a", "--province", "Hà Giang", "--code", "00"],
    );
    assert_eq!(bad_code.code, 2);
}

#[test]
fn vietnamese_output_from_the_locale() {
    let tmp = architecture(&[("model.yaml", &fixture("bad-model", "bad_enum.yaml"))]);
    let out = Command::new(env!("CARGO_BIN_EXE_kientruc"))
        .args(["check", "arch"])
        .current_dir(tmp.path())
        .env("LANG", "vi_VN.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("lỗi[SCH-003]"), "{stdout}");
    assert!(
        stdout.contains("có phải ý bạn là `department`?"),
        "{stdout}"
    );
}

#[test]
fn output_is_deterministic() {
    let first = kientruc(&repo(), &["check", "--format", "json"]);
    let second = kientruc(&repo(), &["check", "--format", "json"]);
    assert_eq!(first.stdout, second.stdout);
}

#[test]
fn several_formats_in_one_run() {
    let tmp = architecture(&[("model.yaml", &fixture("bad-model", "bad_enum.yaml"))]);
    let run = kientruc(
        tmp.path(),
        &[
            "check",
            "arch",
            "--report",
            "sarif=out/r.sarif",
            "--report",
            "junit=out/r.xml",
            "--format",
            "short",
        ],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains("arch/model.yaml:4:12: error[SCH-003]"),
        "{}",
        run.stdout
    );
    let sarif = std::fs::read_to_string(tmp.path().join("out/r.sarif")).unwrap();
    assert!(sarif.contains("\"ruleId\": \"SCH-003\""));
    let junit = std::fs::read_to_string(tmp.path().join("out/r.xml")).unwrap();
    assert!(junit.starts_with("<?xml"));
}

#[test]
fn a_comma_inside_braces_gets_a_quoting_hint() {
    let text = "organizations:\n  - { id: so-tttt, name: Sở TT&TT, level: department }\nactors:\n  - { id: cb, name: Cán bộ, công chức, kind: official }\n";
    let run = bad_file("comma_in_flow_mapping", "model.yaml", text.as_bytes());
    assert!(
        run.stdout.contains("put the whole text in quotes"),
        "{}",
        run.stdout
    );
}

#[test]
fn references_of_an_element_with_a_bad_field_are_checked_in_the_same_run() {
    let text = "organizations:\n  - { id: so-tttt, name: Sở TT&TT, level: department }\napplications:\n  - id: lgsp\n    name: Nền tảng LGSP\n    kind: integration-platform\n    scope: shared\n    owner: so-ttt\n    hosted_in: [tt-du-lieu]\n";
    let run = bad_file("refs_in_invalid_element", "model.yaml", text.as_bytes());
    assert!(run.stdout.contains("[SCH-001]"), "{}", run.stdout);
    assert!(
        run.stdout.contains("[REF-001]") && run.stdout.contains("did you mean `so-tttt`?"),
        "{}",
        run.stdout
    );
}

#[test]
fn failures_of_the_tool_follow_the_language() {
    let tmp = tempfile::tempdir().unwrap();
    let cases: &[(&[&str], &str)] = &[
        (
            &["check", "nowhere"],
            "kientruc: lỗi: thư mục kiến trúc `nowhere` không tồn tại\n",
        ),
        (
            &["explain", "FW1-LGSP-09"],
            "kientruc: lỗi: không có quy tắc mã `FW1-LGSP-09`; có phải ý bạn là `FW1-LGSP-001`?\n",
        ),
        (
            &["check", "--select", "FW1-LGSP-09"],
            "kientruc: lỗi: `FW1-LGSP-09` không khớp với mã quy tắc nào; có phải ý bạn là `FW1-LGSP-001`?\n",
        ),
        (
            &["init", "moi", "--province", "Atlantis"],
            "kientruc: lỗi: kientruc không biết tỉnh `Atlantis`; hãy ghi mã tỉnh gồm hai chữ số bằng --code\n",
        ),
    ];
    for (args, expected) in cases {
        let run = kientruc_vi(tmp.path(), args);
        assert_eq!(run.code, 2, "{args:?}");
        assert_eq!(run.stderr, *expected, "{args:?}");
        // `--lang en` overrides the locale.
        let mut en = args.to_vec();
        en.extend(["--lang", "en"]);
        let run = kientruc_vi(tmp.path(), &en);
        assert!(
            run.stderr.starts_with("kientruc: error: "),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn usage_errors_are_worded_in_vietnamese() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["check", "--format", "pdf"],
            "giá trị `pdf` không hợp lệ cho `--format <FORMAT>`; các giá trị được phép: human, short, json, sarif, junit, github",
        ),
        (
            &["check", "--today", "2019-02-30"],
            "`2019-02-30` không phải là ngày viết theo dạng YYYY-MM-DD",
        ),
        (
            &["check", "--report", "sarif"],
            "cần viết theo dạng ĐỊNH_DẠNG=TỆP, nhận được `sarif`",
        ),
        (&["check", "--frob"], "tùy chọn `--frob` không tồn tại"),
        (&["frobnicate"], "lệnh `frobnicate` không tồn tại"),
    ];
    for (args, expected) in cases {
        let run = kientruc_vi(&repo(), args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(
            run.stderr.starts_with("kientruc: lỗi: ") && run.stderr.contains(expected),
            "{args:?}: {}",
            run.stderr
        );
        assert!(!run.stderr.contains("error:"), "{}", run.stderr);
    }
    // `--lang vi` works before the command line is parsed, too.
    let run = kientruc(&repo(), &["--lang", "vi", "check", "--format", "pdf"]);
    assert!(run.stderr.starts_with("kientruc: lỗi: "), "{}", run.stderr);
    let run = kientruc(&repo(), &["check", "--format", "pdf"]);
    assert!(
        run.stderr.starts_with("error: invalid value"),
        "{}",
        run.stderr
    );
}

#[test]
fn explain_speaks_the_language_of_the_run() {
    let run = kientruc(&repo(), &["explain", "fw1-lgsp-002", "--lang", "vi"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout
            .starts_with("# FW1-LGSP-002: LGSP kết nối với NGSP\n"),
        "{}",
        run.stdout
    );
    for heading in ["## Kiểm tra gì", "## Vì sao", "## Căn cứ", "## Ví dụ"] {
        assert!(run.stdout.contains(heading), "{heading}: {}", run.stdout);
    }
    assert!(!run.stdout.contains("## What it checks"), "{}", run.stdout);
    let vi = kientruc_vi(&repo(), &["explain", "FW1-LGSP-002"]);
    assert_eq!(vi.stdout, run.stdout, "the locale gives the same page");
    let en = kientruc(&repo(), &["explain", "FW1-LGSP-002"]);
    assert!(en.stdout.contains("## What it checks"), "{}", en.stdout);
    assert!(!en.stdout.contains("Kiểm tra gì"), "{}", en.stdout);
}

#[test]
fn a_hint_quoting_the_schema_shows_its_description_in_the_language_of_the_run() {
    let tmp = architecture(&[("model.yaml", &fixture("bad-model", "missing_required.yaml"))]);
    let vi = kientruc_vi(tmp.path(), &["check", "arch"]);
    assert!(
        vi.stdout
            .contains("gợi ý: thêm `lead: …` vào phần này (Cơ quan chủ trì.)"),
        "{}",
        vi.stdout
    );
    let en = kientruc(tmp.path(), &["check", "arch"]);
    assert!(
        en.stdout
            .contains("help: add `lead: …` to this mapping (Lead agency.)"),
        "{}",
        en.stdout
    );
}
