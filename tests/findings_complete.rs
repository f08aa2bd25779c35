//! Checking never goes silent: load errors take out only what is broken, and
//! every rule still judges the rest in the same run.

use kientruc::diagnostic::{Diagnostic, Severity};
use kientruc::model::Date;
use kientruc::pipeline::{self, Checked, Options};
use kientruc::rules::settings::Selection;
use std::collections::BTreeSet;
mod common;

use common::copy_dir;
use std::path::{Path, PathBuf};

fn rule_fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rules")
}

/// A reference with a typo: one REF-001, in an element no rule fixture has.
const MISTYPED_ID: &str = "organizations:
  - id: zz-injected-org
    name: Đơn vị thử nghiệm
    level: department
    parent: so-tttt-typo
";

/// Elements missing a required field (SCH-005), left out whole; one per
/// section so that a case can pick a section its rule does not look at.
const MISSING_FIELD: [(&str, &str); 2] = [
    (
        "actors",
        "actors:\n  - id: zz-injected-actor\n    name: Người dùng thử nghiệm\n",
    ),
    (
        "organizations",
        "organizations:\n  - id: zz-injected-unit\n    name: Đơn vị thiếu cấp\n",
    ),
];

/// A finding as the user sees it: code, place and message.
fn seen(checked: &Checked, d: &Diagnostic) -> String {
    let place = d
        .span()
        .map(|s| {
            let file = checked.sources.get(s.file);
            let at = file.line_col(s.start);
            let name = file.path.file_name().unwrap_or_default().to_string_lossy();
            format!("{name}:{}:{}", at.line, at.column)
        })
        .unwrap_or_default();
    format!("{} {place} {}", d.code, d.message.en())
}

fn check(code: &str, extra: Option<&str>) -> (Checked, tempfile::TempDir) {
    let dir = rule_fixtures().join(code);
    let tmp = tempfile::tempdir().unwrap();
    let manifest = dir.join("fail.manifest.yaml");
    let manifest = if manifest.exists() {
        manifest
    } else {
        rule_fixtures().join("_manifest.yaml")
    };
    std::fs::copy(&manifest, tmp.path().join("kientruc.yaml")).unwrap();
    if dir.join("fail.yaml").exists() {
        std::fs::copy(dir.join("fail.yaml"), tmp.path().join("model.yaml")).unwrap();
    }
    if let Some(extra) = extra {
        // Sorts after `model.yaml`, so the fixture's own section keys come first.
        std::fs::write(tmp.path().join("zz-injected.yaml"), extra).unwrap();
    }
    let options = Options {
        selection: Selection {
            select: vec![code.to_owned(), "REF".into(), "SCH".into()],
            ignore: Vec::new(),
        },
        today: Date::parse("2024-01-01").unwrap(),
        ..Options::default()
    };
    let checked = pipeline::check(tmp.path(), &options).unwrap();
    (checked, tmp)
}

fn findings_of(checked: &Checked, code: &str) -> BTreeSet<String> {
    checked
        .diagnostics
        .iter()
        .filter(|d| {
            d.code.code == code && d.element.as_deref().is_none_or(|e| !e.starts_with("zz-"))
        })
        .map(|d| seen(checked, d))
        .collect()
}

#[test]
fn every_rule_reports_beside_every_kind_of_load_error() {
    let mut codes: Vec<String> = std::fs::read_dir(rule_fixtures())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| !name.starts_with('_') && name != "snapshots")
        .collect();
    codes.sort();
    assert!(codes.len() > 80, "rule fixtures found: {}", codes.len());
    let mut failures = Vec::new();
    for code in &codes {
        let (alone, _tmp) = check(code, None);
        let expected = findings_of(&alone, code);
        if expected.is_empty() {
            failures.push(format!("{code}: the failing fixture gives no finding"));
            continue;
        }
        let places: BTreeSet<String> = alone
            .diagnostics
            .iter()
            .filter_map(|d| d.span())
            .map(|s| format!("{s:?}"))
            .collect();
        let missing = MISSING_FIELD
            .iter()
            .find(|(section, _)| {
                // A section the rule's findings do not point at.
                alone
                    .model
                    .section_spans
                    .get(section)
                    .is_none_or(|s| !places.contains(&format!("{s:?}")))
            })
            .map(|(_, text)| *text)
            .unwrap_or(MISSING_FIELD[0].1);
        for (kind, extra, load_code) in [
            ("a mistyped id", MISTYPED_ID, "REF-001"),
            ("a missing required field", missing, "SCH-005"),
        ] {
            let (with_error, _tmp) = check(code, Some(extra));
            let load_errors: Vec<&Diagnostic> = with_error
                .diagnostics
                .iter()
                .filter(|d| d.code.code == load_code && d.severity == Severity::Error)
                .collect();
            if load_errors.len() != 1 {
                failures.push(format!(
                    "{code} with {kind}: expected one {load_code}, got {}",
                    load_errors.len()
                ));
            }
            let got = findings_of(&with_error, code);
            for lost in expected.difference(&got) {
                failures.push(format!("{code} with {kind}: lost `{lost}`"));
            }
            let is_rule = kientruc::rules::registry::find(code).is_some_and(|c| c.is_rule());
            if is_rule && !with_error.partial.rules.iter().any(|c| c.code == code) {
                failures.push(format!(
                    "{code} with {kind}: not reported as judging part of the model"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// One edit of the bundled example: replace `from` by `to` in `file`, and
/// expect `code` on the line of one of `anchors` (text of the edited file).
struct Defect {
    file: &'static str,
    from: &'static str,
    to: &'static str,
    code: &'static str,
    anchors: &'static [&'static str],
}

const DEFECTS: &[Defect] = &[
    // Two load errors: a mistyped id and a missing required field.
    Defect {
        file: "business/channels.yaml",
        from: "    owner: so-tttt\n    serves: [nguoi-dan, doanh-nghiep, to-chuc-ca-nhan-nuoc-ngoai]\n    fronts: [cong-dvc]",
        to: "    owner: so-ttt\n    serves: [nguoi-dan, doanh-nghiep, to-chuc-ca-nhan-nuoc-ngoai]\n    fronts: [cong-dvc]",
        code: "REF-001",
        anchors: &["    owner: so-ttt\n"],
    },
    Defect {
        file: "business/channels.yaml",
        from: "    kind: one-stop-desk\n    owner: trung-tam-hcc",
        to: "    owner: trung-tam-hcc",
        code: "SCH-005",
        anchors: &["  - id: kenh-mot-cua-tinh\n"],
    },
    // Ten independent framework defects.
    Defect {
        file: "application/shared.yaml",
        from: "    standards: [tt39:http-1-1, tt39:http-2-0, tt39:html",
        to: "    standards: [tt39:http-2-0, tt39:html",
        code: "FW1-STD-002",
        anchors: &["    standards: [tt39:http-2-0, tt39:html"],
    },
    Defect {
        file: "application/shared.yaml",
        from: "    connects_to: [national:cong-dvc-quoc-gia]\n",
        to: "",
        code: "FW1-POR-003",
        anchors: &["  - id: cong-dvc\n"],
    },
    Defect {
        file: "application/shared.yaml",
        from: "    kind: authentication\n",
        to: "    kind: authentication\n    depends_on: [cong-dvc]\n",
        code: "FW1-GRAPH-001",
        anchors: &[
            "    depends_on: [mot-cua, xac-thuc-sso, thanh-toan-truc-tuyen, cong-ttdt]",
            "    depends_on: [cong-dvc]\n",
        ],
    },
    Defect {
        file: "application/shared.yaml",
        from: "      level: 3\n      plan: drafting",
        to: "      level: 2\n      plan: drafting",
        code: "FW1-LGSP-007",
        anchors: &["      level: 2\n      plan: drafting"],
    },
    Defect {
        file: "application/shared.yaml",
        from: "      data: [public]\n      monitoring: true",
        to: "      data: [public]\n      monitoring: false",
        code: "FW1-SEC-006",
        anchors: &["      monitoring: false"],
    },
    Defect {
        file: "business/services.yaml",
        from: "    level: 3\n    field: Hộ tịch\n    admin_level: commune",
        to: "    level: 3\n    procedure_code: abc\n    field: Hộ tịch\n    admin_level: commune",
        code: "FW1-DVC-008",
        anchors: &["    procedure_code: abc"],
    },
    Defect {
        file: "kientruc.yaml",
        from: "  scope: [province, department, district, commune]",
        to: "  scope: [province, department, district]",
        code: "FW1-MOD-004",
        anchors: &["  scope: [province, department, district]"],
    },
    Defect {
        file: "kientruc.yaml",
        from: "  date: 2018-09-21",
        to: "  date: 2018-10-21",
        code: "FW1-DEC-006",
        anchors: &["  date: 2018-10-21"],
    },
    Defect {
        file: "roadmap/tasks-2021-2025.yaml",
        from: "      - { source: central, amount: 2000 }\n      - { source: provincial, amount: 4000 }",
        to: "      - { source: central, amount: 0 }\n      - { source: provincial, amount: 4000 }",
        code: "FW1-RM-002",
        anchors: &["      - { source: central, amount: 0 }"],
    },
    Defect {
        file: "roadmap/tasks-2021-2025.yaml",
        from: "    phase: gd-2021-2025\n    from: 2021\n    to: 2022\n    delivers: [csdl-cong-dan",
        to: "    phase: gd-2021-2025\n    from: 2020\n    to: 2022\n    delivers: [csdl-cong-dan",
        code: "FW1-RM-007",
        anchors: &["    from: 2020\n    to: 2022\n    delivers: [csdl-cong-dan"],
    },
    // A third load error, in an element that also has a framework defect
    // (FW1-STD-002 above): a typo in one field hides nothing else in it.
    Defect {
        file: "application/shared.yaml",
        from: "    kind: portal\n",
        to: "    kind: portal\n    owner_typo_check: true\n",
        code: "SCH-001",
        anchors: &["    owner_typo_check: true"],
    },
];

/// 1-based line of the first occurrence of `anchor` in `text`.
fn line_of(text: &str, anchor: &str) -> u32 {
    let at = text
        .find(anchor)
        .unwrap_or_else(|| panic!("anchor `{anchor}` not found"));
    text[..at].matches('\n').count() as u32 + 1
}

#[test]
fn a_model_with_load_errors_and_framework_defects_reports_every_one_at_its_line() {
    let tmp = tempfile::tempdir().unwrap();
    let arch = tmp.path().join("arch");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("architecture"),
        &arch,
    );
    for d in DEFECTS {
        let path = arch.join(d.file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.contains(d.from),
            "the example no longer has `{}` in {}",
            d.from,
            d.file
        );
        std::fs::write(&path, text.replacen(d.from, d.to, 1)).unwrap();
    }
    let options = Options {
        today: Date::parse("2024-01-01").unwrap(),
        ..Options::default()
    };
    let checked = pipeline::check(&arch, &options).unwrap();
    let mut missing = Vec::new();
    for d in DEFECTS {
        let text = std::fs::read_to_string(arch.join(d.file)).unwrap();
        let lines: Vec<u32> = d.anchors.iter().map(|a| line_of(&text, a)).collect();
        let found = checked.diagnostics.iter().any(|f| {
            f.code.code == d.code
                && f.span().is_some_and(|s| {
                    let file = checked.sources.get(s.file);
                    file.path.ends_with(d.file) && lines.contains(&file.line_col(s.start).line)
                })
        });
        if !found {
            missing.push(format!("{} at {}:{lines:?}", d.code, d.file));
        }
    }
    let all: Vec<String> = checked
        .diagnostics
        .iter()
        .filter(|d| d.severity > Severity::Info)
        .map(|d| seen(&checked, d))
        .collect();
    assert!(
        missing.is_empty(),
        "not reported where expected: {missing:?}\nreported:\n{}",
        all.join("\n")
    );
    assert_eq!(checked.partial.load_errors, 3, "{}", all.join("\n"));
}

#[test]
fn findings_come_in_the_same_order_whatever_the_number_of_threads() {
    // Rules append their findings as they finish; the sort alone fixes the order.
    let flawed = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/flawed-province");
    let run = |threads: &str, format: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_kientruc"))
            .arg("check")
            .arg(&flawed)
            .args(["--format", format, "--today", "2024-01-01"])
            .env("RAYON_NUM_THREADS", threads)
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        out.stdout
    };
    for format in ["human", "json"] {
        let one = run("1", format);
        assert!(one.len() > 1000, "the flawed province has findings");
        for threads in ["2", "4", "7"] {
            assert!(
                one == run(threads, format),
                "{format} differs with {threads} threads"
            );
        }
    }
}
