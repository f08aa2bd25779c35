//! A deliberately flawed province (`tests/flawed-province/`): it must trigger
//! at least 25 different framework rules, and its full report is snapshot in
//! every output format. `--today` is fixed so the waivers judge the same way
//! every day.

use std::collections::BTreeSet;
use std::process::Command;

fn check(format: &str, lang: &str) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_kientruc"))
        .args(["check", "tests/flawed-province", "--today", "2024-01-01", "--format", format, "--lang", lang])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs");
    (out.status.code().unwrap(), String::from_utf8(out.stdout).unwrap())
}

#[test]
fn triggers_at_least_25_rules() {
    let (code, short) = check("short", "en");
    assert_eq!(code, 1);
    let rules: BTreeSet<&str> = short
        .lines()
        .filter_map(|l| l.split_once("[FW1-"))
        .filter_map(|(_, rest)| rest.split_once(']'))
        .map(|(code, _)| code)
        .collect();
    assert!(rules.len() >= 25, "only {} rules fired: {rules:?}", rules.len());
}

#[test]
fn waivers_apply_expire_and_go_stale() {
    let (_, short) = check("short", "en");
    assert!(short.contains("note[FW1-APP-001]"), "the active waiver covers its finding:\n{short}");
    assert!(short.contains("error[WVR-001]"), "the expired waiver is reported:\n{short}");
    assert!(short.contains("error[FW1-DVC-003]"), "its finding is back as an error:\n{short}");
    assert!(short.contains("warning[WVR-002]"), "the stale waiver is reported:\n{short}");
}

macro_rules! snapshot_formats {
    ($($name:ident: $format:literal, $lang:literal;)*) => {
        $(
            #[test]
            fn $name() {
                let (code, out) = check($format, $lang);
                assert_eq!(code, 1);
                insta::assert_snapshot!(stringify!($name), out);
            }
        )*
    };
}

snapshot_formats! {
    human_en: "human", "en";
    human_vi: "human", "vi";
    short: "short", "en";
    json: "json", "en";
    sarif: "sarif", "en";
    junit: "junit", "en";
    github: "github", "en";
}
