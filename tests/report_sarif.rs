//! SARIF output validates against the official OASIS schema (errata 01, draft 4)
//! from `../shared/external`, and its cross references hold.

#[path = "fixtures/report/sample.rs"]
mod sample;

use kientruc::diagnostic::{Diagnostic, Lang, Msg, Severity};
use kientruc::report::{Format, ReportContext, RuleInfo, render};
use kientruc::source::SourceMap;
use serde_json::Value;
use std::path::PathBuf;

/// The compiled official schema, or `None` (with the reason printed) outside CI
/// when the shared data folder is missing.
fn validator() -> Option<jsonschema::Validator> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/external/sarif/sarif-schema-2.1.0.json");
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if std::env::var("CI").as_deref() != Ok("true") => {
            eprintln!("skipped: cannot read {}: {e}", path.display());
            return None;
        }
        Err(e) => panic!("CI needs {}: {e}", path.display()),
    };
    let schema: Value = serde_json::from_str(&text).expect("schema is JSON");
    Some(
        jsonschema::draft4::options()
            .should_validate_formats(true)
            .build(&schema)
            .expect("the official schema compiles"),
    )
}

fn sarif(diags: &[Diagnostic], ctx: &ReportContext) -> Value {
    let out = render(Format::Sarif, diags, ctx);
    serde_json::from_str(&out).expect("SARIF output is JSON")
}

fn assert_valid(validator: &jsonschema::Validator, log: &Value, case: &str) {
    let errors: Vec<String> = validator
        .iter_errors(log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{case}: {errors:#?}");
}

/// Every report the tests can produce: empty, the full sample in both languages,
/// one per severity, waived only, no span only, and no rules or files at all.
fn cases() -> Vec<(String, Value)> {
    let sources = sample::sources();
    let rules = sample::rules();
    let diags = sample::diagnostics(&sources);
    let mut out = Vec::new();
    for lang in [Lang::En, Lang::Vi] {
        let ctx = sample::context(&sources, &rules, lang);
        out.push((format!("no findings {lang:?}"), sarif(&[], &ctx)));
        out.push((format!("sample {lang:?}"), sarif(&diags, &ctx)));
        for severity in [Severity::Error, Severity::Warning, Severity::Info] {
            let only: Vec<Diagnostic> = diags
                .iter()
                .filter(|d| d.severity == severity && d.waived.is_none())
                .cloned()
                .collect();
            assert!(!only.is_empty(), "the sample has a {severity}");
            out.push((format!("{severity} {lang:?}"), sarif(&only, &ctx)));
        }
        let waived: Vec<Diagnostic> = diags
            .iter()
            .filter(|d| d.waived.is_some())
            .cloned()
            .collect();
        out.push((format!("waived {lang:?}"), sarif(&waived, &ctx)));
        let no_span: Vec<Diagnostic> = diags
            .iter()
            .filter(|d| d.primary.is_none())
            .cloned()
            .collect();
        out.push((format!("no span {lang:?}"), sarif(&no_span, &ctx)));
        // Load errors: every rule judged only part of the model.
        let partial = kientruc::rules::impaired::Partial {
            load_errors: 2,
            rules: kientruc::rules::registry::all()
                .into_iter()
                .filter(|c| c.is_rule())
                .collect(),
        };
        let partial_ctx = ReportContext {
            partial: &partial,
            ..ctx
        };
        let log = sarif(&diags, &partial_ctx);
        assert!(
            !log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
                .as_array()
                .expect("notifications")
                .is_empty()
        );
        out.push((format!("partial {lang:?}"), log));
    }
    let empty = SourceMap::new();
    let bare = ReportContext {
        sources: &empty,
        lang: Lang::En,
        color: false,
        summary: sample::summary(),
        rules: &[],
        partial: kientruc::rules::impaired::Partial::none(),
        tool_version: "0.1.0",
    };
    out.push(("nothing at all".into(), sarif(&[], &bare)));
    let orphan = Diagnostic::new(sample::code("X-1"), Severity::Error, Msg::new("x", "x"));
    out.push(("unknown rule, no files".into(), sarif(&[orphan], &bare)));
    out
}

#[test]
fn every_report_validates_against_the_official_schema() {
    let Some(validator) = validator() else { return };
    for (case, log) in cases() {
        assert_valid(&validator, &log, &case);
    }
}

#[test]
fn the_validator_rejects_a_broken_log() {
    // Guards the test above: a schema that accepted anything would prove nothing.
    let Some(validator) = validator() else { return };
    let sources = sample::sources();
    let rules = sample::rules();
    let ctx = sample::context(&sources, &rules, Lang::En);
    let mut log = sarif(&sample::diagnostics(&sources), &ctx);
    log["runs"][0]["results"][1]["level"] = "fatal".into();
    assert!(!validator.is_valid(&log));
    let mut log = sarif(&[], &ctx);
    log["version"] = "2.0.0".into();
    assert!(!validator.is_valid(&log));
}

#[test]
fn results_point_at_their_rules_and_artifacts() {
    let sources = sample::sources();
    let rules: Vec<RuleInfo> = sample::rules();
    let diags = sample::diagnostics(&sources);
    let log = sarif(&diags, &sample::context(&sources, &rules, Lang::En));
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let driver_rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let ids: Vec<&str> = driver_rules
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    // Every rule that ran plus the code seen without metadata, sorted.
    let mut expected: Vec<&str> = rules.iter().map(|r| r.code.as_str()).collect();
    expected.push("FW1-STR-001");
    expected.sort();
    assert_eq!(ids, expected);

    let artifacts = run["artifacts"].as_array().unwrap();
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), diags.len());
    for (result, d) in results.iter().zip(&diags) {
        assert_eq!(result["ruleId"], d.code.as_str());
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(driver_rules[index]["id"], d.code.as_str());
        let expected_level = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "note",
        };
        assert_eq!(result["level"], expected_level);
        assert_eq!(result["suppressions"].is_array(), d.waived.is_some());
        for loc in result["locations"]
            .as_array()
            .into_iter()
            .chain(result["relatedLocations"].as_array())
            .flatten()
        {
            let artifact = &loc["physicalLocation"]["artifactLocation"];
            let i = artifact["index"].as_u64().unwrap() as usize;
            assert_eq!(artifacts[i]["location"]["uri"], artifact["uri"]);
            assert_eq!(artifact["uriBaseId"], "%SRCROOT%");
        }
    }
    let waived = results
        .iter()
        .find(|r| r["suppressions"].is_array())
        .unwrap();
    assert_eq!(waived["suppressions"][0]["kind"], "external");
    let related = &results[2]["relatedLocations"][0];
    assert_eq!(
        related["physicalLocation"]["artifactLocation"]["uri"],
        "%E1%BB%A9ng-d%E1%BB%A5ng/c%E1%BB%95ng-d%E1%BB%8Bch-v%E1%BB%A5.yaml"
    );
    assert_eq!(related["physicalLocation"]["region"]["startColumn"], 5);
    assert!(
        results[0].get("locations").is_none(),
        "no span, no location"
    );
}
