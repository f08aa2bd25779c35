//! Every rule of the framework 1.0 pack has a fixture that must trigger it
//! (`tests/rules/CODE/fail.yaml`) and one that must not (`pass.yaml`). The
//! rendered findings of each failing fixture are snapshot-tested.

use kientruc::diagnostic::{Diagnostic, Lang, Severity};
use kientruc::model::Date;
use kientruc::pipeline::{self, Options};
use kientruc::report::{self, Format, ReportContext, Summary};
use kientruc::rules::{fw1, settings::Selection};
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rules")
}

/// Builds the fixture folder for `code`/`case` and checks it with only `code` selected.
fn run_case(code: &str, case: &str) -> (pipeline::Checked, tempfile::TempDir) {
    let dir = fixtures().join(code);
    let tmp = tempfile::tempdir().unwrap();
    let manifest = dir.join(format!("{case}.manifest.yaml"));
    let manifest = if manifest.exists() {
        manifest
    } else {
        fixtures().join("_manifest.yaml")
    };
    std::fs::copy(&manifest, tmp.path().join("kientruc.yaml")).unwrap();
    let model = dir.join(format!("{case}.yaml"));
    if model.exists() {
        std::fs::copy(&model, tmp.path().join("model.yaml")).unwrap();
    }
    let options = Options {
        selection: Selection {
            select: vec![code.to_owned()],
            ignore: Vec::new(),
        },
        today: Date::parse("2024-01-01").unwrap(),
        ..Options::default()
    };
    let checked = pipeline::check(tmp.path(), &options).unwrap();
    (checked, tmp)
}

fn load_errors(checked: &pipeline::Checked) -> Vec<String> {
    checked
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error && !d.code.is_rule())
        .map(|d| format!("{} {}", d.code, d.message.en()))
        .collect()
}

fn render(checked: &pipeline::Checked, findings: &[Diagnostic]) -> String {
    let rules = Vec::new();
    let context = ReportContext {
        sources: &checked.sources,
        lang: Lang::En,
        color: false,
        summary: Summary {
            files: checked.file_count(),
            elements: checked.model.element_count(),
        },
        rules: &rules,
        partial: &checked.partial,
        tool_version: "test",
    };
    let en = report::render(Format::Human, findings, &context);
    let vi = report::render(
        Format::Human,
        findings,
        &ReportContext {
            lang: Lang::Vi,
            ..context
        },
    );
    // The temp folder's name changes from run to run.
    format!("{en}\n--- vi ---\n{vi}")
}

#[test]
fn every_rule_has_a_failing_and_a_passing_fixture() {
    let mut problems = Vec::new();
    for rule in fw1::pack().rules {
        let code = rule.meta.code;
        let dir = fixtures().join(code);
        for case in ["fail", "pass"] {
            let has = dir.join(format!("{case}.yaml")).exists()
                || dir.join(format!("{case}.manifest.yaml")).exists();
            if !has {
                problems.push(format!("{code}: missing tests/rules/{code}/{case}.yaml"));
                continue;
            }
            let (checked, _tmp) = run_case(code, case);
            let errors = load_errors(&checked);
            if !errors.is_empty() {
                problems.push(format!(
                    "{code}/{case}: the fixture does not load cleanly: {errors:?}"
                ));
                continue;
            }
            let findings: Vec<Diagnostic> = checked
                .diagnostics
                .iter()
                .filter(|d| d.code == code)
                .cloned()
                .collect();
            match case {
                "fail" if findings.is_empty() => {
                    problems.push(format!("{code}/fail: the rule did not fire"))
                }
                "pass" if !findings.is_empty() => problems.push(format!(
                    "{code}/pass: the rule fired: {:?}",
                    findings.iter().map(|d| d.message.en()).collect::<Vec<_>>()
                )),
                "fail" => {
                    assert!(
                        findings.iter().all(|d| d.primary.is_some()),
                        "{code}: every finding points at a place"
                    );
                    assert!(
                        findings.iter().all(|d| d.help.is_some()),
                        "{code}: every finding says how to fix it"
                    );
                    let text = render(&checked, &findings);
                    insta::with_settings!({
                        snapshot_path => "rules/snapshots",
                        prepend_module_to_snapshot => false,
                        filters => vec![(r"[^\s]*\.tmp[A-Za-z0-9]+/", "[FIXTURE]/")],
                    }, {
                        insta::assert_snapshot!(code, text);
                    });
                }
                _ => {}
            }
        }
    }
    assert!(
        problems.is_empty(),
        "rule fixture problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn selection_runs_only_the_selected_rule() {
    let code = fw1::pack().rules[0].meta.code;
    let (checked, _tmp) = run_case(code, "fail");
    assert!(
        checked
            .diagnostics
            .iter()
            .all(|d| !d.code.is_rule() || d.code == code)
    );
}

/// YAML-012 is the loader's, not a pack rule: it runs whatever is selected.
#[test]
fn text_not_in_nfc_is_a_warning_at_its_place() {
    let code = "YAML-012";
    let (checked, _tmp) = run_case(code, "pass");
    assert!(
        load_errors(&checked).is_empty(),
        "{:?}",
        load_errors(&checked)
    );
    assert!(checked.diagnostics.iter().all(|d| d.code != code));
    let (checked, _tmp) = run_case(code, "fail");
    assert!(
        load_errors(&checked).is_empty(),
        "{:?}",
        load_errors(&checked)
    );
    let findings: Vec<Diagnostic> = checked
        .diagnostics
        .iter()
        .filter(|d| d.code == code)
        .cloned()
        .collect();
    assert_eq!(findings.len(), 2, "{findings:?}");
    assert!(findings.iter().all(|d| d.severity == Severity::Warning));
    assert!(
        findings
            .iter()
            .all(|d| d.primary.is_some() && d.help.is_some())
    );
    let text = render(&checked, &findings);
    insta::with_settings!({
        snapshot_path => "rules/snapshots",
        prepend_module_to_snapshot => false,
        filters => vec![(r"[^\s]*\.tmp[A-Za-z0-9]+/", "[FIXTURE]/")],
    }, {
        insta::assert_snapshot!(code, text);
    });
}

/// A finding about a field that is written but wrong points at that field
/// (not at the element's id, which becomes a secondary label) and names it.
#[test]
fn findings_about_a_written_field_point_at_it() {
    // (rule, id of the element whose field is written, field, text at the primary span)
    let cases = [
        ("FW1-CH-004", "kenh-rong", "fronts", "[]"),
        ("FW1-APP-008", "thu-dien-tu", "hosted_on", "[]"),
        ("FW1-LGSP-002", "lgsp", "connects_to", "[]"),
        ("FW1-SEC-006", "ho-tich", "security.monitoring", "false"),
        ("FW1-STD-002", "cap-phep-xd", "standards", "[]"),
        ("FW1-DVC-002", "cap-phep-xay-dung", "level", "1"),
    ];
    for (code, id, field, text) in cases {
        let (checked, _tmp) = run_case(code, "fail");
        let d = checked
            .diagnostics
            .iter()
            .find(|d| {
                d.code == code
                    && d.element.as_deref() == Some(id)
                    && d.field.as_deref() == Some(field)
            })
            .unwrap_or_else(|| panic!("{code}: no finding about `{field}` of `{id}`"));
        assert_eq!(d.field.as_deref(), Some(field), "{code}: field");
        let span = d.span().expect("a span");
        let source = checked.sources.get(span.file);
        assert_eq!(
            &source.text[span.start as usize..span.end as usize],
            text,
            "{code}: primary span"
        );
        assert!(
            !d.secondary.is_empty(),
            "{code}: the element's id is a secondary label"
        );
    }
}
