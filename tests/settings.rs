//! One final pass applies `--select`/`--ignore`, the manifest's `rules:` and
//! its waivers to every code alike, in any case; a setting that names no code
//! is an error with "did you mean".

use serde_json::Value;
mod common;

use common::copy_dir;
use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "`{from}` not in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// The bundled example with a mistyped owner (REF-001), an unknown field
/// (SCH-001) and no finance application (FW1-APP-003), plus `rules` settings.
fn model(rules: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let arch = tmp.path().join("arch");
    copy_dir(&repo().join("architecture"), &arch);
    edit(
        &arch.join("business/channels.yaml"),
        "    owner: so-tttt\n    serves: [nguoi-dan, doanh-nghiep, to-chuc-ca-nhan-nuoc-ngoai]",
        "    owner: so-ttt\n    serves: [nguoi-dan, doanh-nghiep, to-chuc-ca-nhan-nuoc-ngoai]",
    );
    edit(
        &arch.join("application/shared.yaml"),
        "    kind: portal\n",
        "    kind: portal\n    colour: blue\n",
    );
    let shared = std::fs::read_to_string(arch.join("application/shared.yaml")).unwrap();
    assert!(
        shared.contains("kind: finance"),
        "the example has a finance application"
    );
    edit(
        &arch.join("application/shared.yaml"),
        "kind: finance",
        "kind: other",
    );
    if !rules.is_empty() {
        let manifest = arch.join("kientruc.yaml");
        let mut text = std::fs::read_to_string(&manifest).unwrap();
        text.push_str(rules);
        std::fs::write(manifest, text).unwrap();
    }
    tmp
}

fn check(tmp: &tempfile::TempDir, args: &[&str]) -> (i32, Vec<Value>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_kientruc"))
        .arg("check")
        .arg(tmp.path().join("arch"))
        .args(["--format", "json", "--today", "2024-01-01"])
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    let findings = if stdout.is_empty() {
        Vec::new()
    } else {
        let doc: Value = serde_json::from_str(&stdout).unwrap();
        doc["diagnostics"].as_array().unwrap().clone()
    };
    (out.status.code().unwrap(), findings, stderr)
}

fn codes(findings: &[Value]) -> Vec<&str> {
    let mut codes: Vec<&str> = findings
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    codes.sort();
    codes.dedup();
    codes
}

#[test]
fn without_settings_load_errors_and_rule_findings_come_together() {
    let tmp = model("");
    let (code, findings, _) = check(&tmp, &[]);
    assert_eq!(code, 1);
    let codes = codes(&findings);
    for wanted in ["REF-001", "SCH-001", "FW1-APP-003"] {
        assert!(codes.contains(&wanted), "{wanted} missing from {codes:?}");
    }
}

#[test]
fn select_shows_that_code_alone() {
    let tmp = model("");
    let (code, findings, _) = check(&tmp, &["--select", "REF-001"]);
    assert_eq!(code, 1);
    assert_eq!(codes(&findings), ["REF-001"]);
    // Case and prefixes: `ref` is every REF code.
    let (_, findings, _) = check(&tmp, &["--select", "ref"]);
    assert_eq!(codes(&findings), ["REF-001"]);
}

#[test]
fn ignore_a_prefix_hides_every_code_under_it() {
    let tmp = model("");
    let (_, findings, _) = check(&tmp, &["--ignore", "REF"]);
    let codes = codes(&findings);
    assert!(!codes.iter().any(|c| c.starts_with("REF-")), "{codes:?}");
    assert!(
        codes.contains(&"SCH-001") && codes.contains(&"FW1-APP-003"),
        "{codes:?}"
    );
    let (_, findings, _) = check(&tmp, &["--ignore", "fw1-app", "--ignore", "sch"]);
    let codes = self::codes(&findings);
    assert!(
        !codes
            .iter()
            .any(|c| c.starts_with("FW1-APP-") || c.starts_with("SCH-")),
        "{codes:?}"
    );
    assert!(codes.contains(&"REF-001"), "{codes:?}");
}

#[test]
fn a_pattern_that_names_no_code_is_a_usage_error_with_a_suggestion() {
    let tmp = model("");
    let (code, _, stderr) = check(&tmp, &["--select", "FW1-APX-003"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("FW1-APP-003"), "{stderr}");
}

#[test]
fn manifest_rules_turn_a_rule_off_in_any_case_and_set_severities_by_prefix() {
    let tmp = model("rules:\n  fw1-app-003: off\n  SCH: warning\n  FW1-STD: info\n");
    let (_, findings, _) = check(&tmp, &[]);
    assert!(!codes(&findings).contains(&"FW1-APP-003"));
    let severity_of = |code: &str| -> Vec<&str> {
        findings
            .iter()
            .filter(|d| d["code"] == code)
            .map(|d| d["severity"].as_str().unwrap())
            .collect()
    };
    assert_eq!(severity_of("SCH-001"), ["warning"]);
    assert_eq!(severity_of("REF-001"), ["error"]);
    assert!(
        findings
            .iter()
            .filter(|d| d["code"].as_str().unwrap().starts_with("FW1-STD-"))
            .all(|d| d["severity"] == "info")
    );

    // The conformance report agrees: the rule did not run.
    let out = tmp.path().join("out");
    let build = Command::new(env!("CARGO_BIN_EXE_kientruc"))
        .args([
            "build",
            "--allow-findings",
            "--today",
            "2024-01-01",
            "--out",
        ])
        .arg(&out)
        .arg(tmp.path().join("arch"))
        .output()
        .unwrap();
    assert_eq!(
        build.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&build.stderr)
    );
    let report = std::fs::read_to_string(out.join("bao-cao-danh-gia-su-phu-hop.md")).unwrap();
    let row = report
        .lines()
        .find(|l| l.contains("FW1-APP-003"))
        .expect("the matrix has a row for FW1-APP-003");
    assert!(row.contains("Không chạy"), "{row}");
}

#[test]
fn a_manifest_setting_that_names_no_code_is_reported_with_a_suggestion() {
    let tmp = model("rules:\n  FW1-APX-003: off\n");
    let (code, findings, _) = check(&tmp, &[]);
    assert_eq!(code, 1);
    let cfg: Vec<&Value> = findings.iter().filter(|d| d["code"] == "CFG-001").collect();
    assert_eq!(cfg.len(), 1, "{findings:?}");
    assert!(cfg[0]["help"].as_str().unwrap().contains("FW1-APP-003"));
    assert!(cfg[0]["line"].as_u64().is_some());
}

#[test]
fn rules_lists_the_severity_each_code_is_reported_at() {
    let tmp = model("rules:\n  fw1-app-003: off\n  SCH: warning\n");
    let out = Command::new(env!("CARGO_BIN_EXE_kientruc"))
        .args(["rules", "--json"])
        .arg(tmp.path().join("arch"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let rules: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let find = |code: &str| rules.iter().find(|r| r["code"] == code).unwrap().clone();
    assert_eq!(find("FW1-APP-003")["severity"], "off");
    assert_eq!(find("SCH-001")["severity"], "warning");
    assert_eq!(find("SCH-001")["default_severity"], "error");
    assert_eq!(find("REF-001")["severity"], "error");
}

#[test]
fn load_errors_are_reported_as_partial_judgement_in_every_format() {
    let tmp = model("");
    let out = Command::new(env!("CARGO_BIN_EXE_kientruc"))
        .arg("check")
        .arg(tmp.path().join("arch"))
        .args(["--today", "2024-01-01", "--format", "short"])
        .output()
        .unwrap();
    let short = String::from_utf8(out.stdout).unwrap();
    let summary = short.lines().last().unwrap();
    assert!(
        summary.contains("rules judged part of the model: 2 load errors"),
        "{summary}"
    );

    let (_, _, _) = check(&tmp, &[]);
    let json = Command::new(env!("CARGO_BIN_EXE_kientruc"))
        .arg("check")
        .arg(tmp.path().join("arch"))
        .args(["--today", "2024-01-01", "--format", "json"])
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(doc["summary"]["partial"]["load_errors"], 2);
    let partial_rules = doc["summary"]["partial"]["rules"].as_array().unwrap();
    assert!(partial_rules.len() > 80, "{partial_rules:?}");

    let junit = Command::new(env!("CARGO_BIN_EXE_kientruc"))
        .arg("check")
        .arg(tmp.path().join("arch"))
        .args(["--today", "2024-01-01", "--format", "junit"])
        .output()
        .unwrap();
    let junit = String::from_utf8(junit.stdout).unwrap();
    // A rule with no finding did not pass: it is skipped, saying why.
    let suite = junit
        .split("<testsuite ")
        .find(|s| s.starts_with("name=\"FW1-LGSP-001\""))
        .expect("a suite for FW1-LGSP-001");
    assert!(suite.contains("<skipped message=\""), "{suite}");
    assert!(suite.contains("load error"), "{suite}");

    let sarif = Command::new(env!("CARGO_BIN_EXE_kientruc"))
        .arg("check")
        .arg(tmp.path().join("arch"))
        .args(["--today", "2024-01-01", "--format", "sarif"])
        .output()
        .unwrap();
    let sarif: Value = serde_json::from_slice(&sarif.stdout).unwrap();
    let notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
        .as_array()
        .unwrap();
    assert_eq!(notes.len(), partial_rules.len());
    let rules = sarif["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    for n in notes {
        let index = n["associatedRule"]["index"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], n["associatedRule"]["id"]);
    }
}
