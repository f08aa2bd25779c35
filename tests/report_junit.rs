//! JUnit output validates against Jenkins xUnit's `junit-10.xsd` (with `xmllint`
//! from Debian's `libxml2-utils`), and its counts match its test cases.

#[path = "fixtures/report/sample.rs"]
mod sample;

use kientruc::diagnostic::{Diagnostic, Lang, Msg, Severity};
use kientruc::report::{Format, ReportContext, render};
use kientruc::source::{FileId, SourceFile, SourceMap, Span};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;

fn in_ci() -> bool {
    std::env::var("CI").as_deref() == Ok("true")
}

/// Every report the tests can produce, by name.
fn cases() -> Vec<(String, String)> {
    let sources = sample::sources();
    let rules = sample::rules();
    let diags = sample::diagnostics(&sources);
    let mut out = Vec::new();
    for lang in [Lang::En, Lang::Vi] {
        let ctx = sample::context(&sources, &rules, lang);
        out.push((
            format!("no-findings-{lang:?}"),
            render(Format::Junit, &[], &ctx),
        ));
        out.push((
            format!("sample-{lang:?}"),
            render(Format::Junit, &diags, &ctx),
        ));
        // Load errors: rules without a failure are skipped, with a waiver's
        // `<skipped>` beside the partial one where both apply.
        let partial = kientruc::rules::impaired::Partial {
            load_errors: 3,
            rules: kientruc::rules::registry::all()
                .into_iter()
                .filter(|c| c.is_rule())
                .collect(),
        };
        let xml = render(
            Format::Junit,
            &diags,
            &ReportContext {
                partial: &partial,
                ..ctx
            },
        );
        assert!(
            xml.contains("3 load errors") || xml.contains("3 lỗi nạp dữ liệu"),
            "{xml}"
        );
        out.push((format!("partial-{lang:?}"), xml));
    }
    // Markup and control characters in every place text can reach.
    let mut hostile = SourceMap::new();
    hostile.add(SourceFile::new(
        "a&b<c>\"d\".yaml".into(),
        "x: \"<]]>&\u{1}\"\n".into(),
    ));
    let d = Diagnostic::new(
        sample::code("Q<&>\"'"),
        Severity::Error,
        Msg::new("a <b> & \"c\" ]]> \u{0}\u{1b}", "x"),
    )
    .at(
        Span::new(FileId(0), 3, 12),
        Some(Msg::new("\t<tab>\r\n", "x")),
    )
    .with_help(Msg::new("line\nbreak & <tag>", "x"))
    .for_element("e<1>&\"");
    let mut waived = d.clone();
    waived.element = Some("other".into());
    waived.waived = Some(Msg::new("\"ok\" <per> & decision", "x"));
    let ctx = ReportContext {
        sources: &hostile,
        lang: Lang::En,
        color: false,
        summary: sample::summary(),
        rules: &[],
        partial: kientruc::rules::impaired::Partial::none(),
        tool_version: "0.1.0",
    };
    out.push(("hostile".into(), render(Format::Junit, &[d, waived], &ctx)));
    out
}

#[test]
fn every_report_validates_against_junit_10_xsd() {
    let xsd =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/external/junit/junit-10.xsd");
    if !xsd.is_file() {
        assert!(!in_ci(), "CI needs {}", xsd.display());
        eprintln!("skipped: {} is missing", xsd.display());
        return;
    }
    if Command::new("xmllint").arg("--version").output().is_err() {
        assert!(!in_ci(), "CI needs xmllint (apt-get install libxml2-utils)");
        eprintln!("skipped: xmllint not found (apt-get install libxml2-utils)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for (name, xml) in cases() {
        let file = dir.path().join(format!("{name}.xml"));
        std::fs::write(&file, &xml).unwrap();
        let run = Command::new("xmllint")
            .arg("--noout")
            .arg("--schema")
            .arg(&xsd)
            .arg(&file)
            .output()
            .unwrap();
        assert!(
            run.status.success(),
            "{name}: {}\n{xml}",
            String::from_utf8_lossy(&run.stderr)
        );
    }
}

/// One tag of the output: its name and attributes (entity references decoded).
#[derive(Debug)]
struct Tag {
    name: String,
    closing: bool,
    attrs: BTreeMap<String, String>,
}

/// A small tag scanner: enough for the flat, attribute-quoted XML the renderer writes.
fn tags(xml: &str) -> Vec<Tag> {
    let mut out = Vec::new();
    for chunk in xml.split('<').skip(1) {
        let Some(end) = chunk.find('>') else { continue };
        let body = chunk[..end].trim_end_matches('/');
        if body.starts_with('?') || body.starts_with('!') {
            continue;
        }
        let closing = body.starts_with('/');
        let body = body.trim_start_matches('/');
        let name_end = body.find(char::is_whitespace).unwrap_or(body.len());
        let mut attrs = BTreeMap::new();
        let mut rest = &body[name_end..];
        while let Some(eq) = rest.find("=\"") {
            let key = rest[..eq].trim().to_owned();
            let value_end = rest[eq + 2..].find('"').expect("closed attribute");
            let value = &rest[eq + 2..eq + 2 + value_end];
            attrs.insert(key, decode(value));
            rest = &rest[eq + 3 + value_end..];
        }
        out.push(Tag {
            name: body[..name_end].to_owned(),
            closing,
            attrs,
        });
    }
    out
}

fn decode(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#10;", "\n")
        .replace("&#13;", "\r")
        .replace("&#9;", "\t")
        .replace("&amp;", "&")
}

#[derive(Default, Debug, PartialEq)]
struct Counted {
    tests: usize,
    failures: usize,
    skipped: usize,
}

#[test]
fn counts_match_the_test_cases() {
    for (name, xml) in cases() {
        let mut suites: Vec<(BTreeMap<String, String>, Counted)> = Vec::new();
        let mut root = None;
        let (mut failed, mut skipped) = (false, false);
        for tag in tags(&xml) {
            match (tag.name.as_str(), tag.closing) {
                ("testsuites", false) => root = Some(tag.attrs),
                ("testsuite", false) => suites.push((tag.attrs, Counted::default())),
                ("testcase", false) => {
                    suites.last_mut().unwrap().1.tests += 1;
                    (failed, skipped) = (false, false);
                }
                ("failure", false) if !failed => {
                    failed = true;
                    suites.last_mut().unwrap().1.failures += 1;
                }
                ("skipped", false) if !skipped => {
                    skipped = true;
                    suites.last_mut().unwrap().1.skipped += 1;
                }
                ("error", false) => panic!("{name}: findings are failures, not errors"),
                _ => {}
            }
        }
        let num =
            |attrs: &BTreeMap<String, String>, key: &str| -> usize { attrs[key].parse().unwrap() };
        let mut total = Counted::default();
        for (attrs, counted) in &suites {
            let declared = Counted {
                tests: num(attrs, "tests"),
                failures: num(attrs, "failures"),
                skipped: num(attrs, "skipped"),
            };
            assert_eq!(&declared, counted, "{name}: suite {}", attrs["name"]);
            assert_eq!(num(attrs, "errors"), 0);
            total.tests += counted.tests;
            total.failures += counted.failures;
        }
        let root = root.expect("a <testsuites> root");
        assert_eq!(num(&root, "tests"), total.tests, "{name}");
        assert_eq!(num(&root, "failures"), total.failures, "{name}");
    }
}

#[test]
fn sample_outcomes_per_rule() {
    let (_, xml) = cases().into_iter().find(|(n, _)| n == "sample-En").unwrap();
    let all = tags(&xml);
    let suite = |code: &str| -> Vec<&Tag> {
        let start = all
            .iter()
            .position(|t| t.name == "testsuite" && !t.closing && t.attrs["name"] == code)
            .unwrap_or_else(|| panic!("suite {code}"));
        let end = start
            + all[start..]
                .iter()
                .position(|t| t.name == "testsuite" && t.closing)
                .unwrap();
        all[start + 1..end].iter().collect()
    };
    // A rule without findings: one passing case named by its title.
    let lgsp = suite("FW1-LGSP-001");
    assert_eq!(lgsp.len(), 1);
    assert_eq!(
        lgsp[0].attrs["name"],
        "Exchanges between agencies go through the LGSP"
    );
    // Errors and warnings fail, typed by severity.
    let dup = suite("FW1-APP-002");
    assert_eq!(dup[0].attrs["name"], "hệ-thống-khám-bệnh");
    assert_eq!(dup[1].name, "failure");
    assert_eq!(dup[1].attrs["type"], "error");
    assert_eq!(suite("FW1-REF-001")[1].attrs["type"], "warning");
    // Waived: skipped with the reason.
    let sec = suite("FW1-SEC-004");
    assert_eq!(sec[1].name, "skipped");
    assert!(sec[1].attrs["message"].contains("decision 12/QĐ-UBND"));
    // Info: passes, with the finding in system-out (opening and closing tags listed).
    let org: Vec<&str> = suite("FW1-ORG-010")
        .iter()
        .map(|t| t.name.as_str())
        .collect();
    assert_eq!(org, ["testcase", "system-out", "system-out", "testcase"]);
    // Escaped text comes back intact.
    let (_, hostile) = cases().into_iter().find(|(n, _)| n == "hostile").unwrap();
    let failure = tags(&hostile)
        .into_iter()
        .find(|t| t.name == "failure")
        .unwrap();
    assert_eq!(
        failure.attrs["message"],
        "a <b> & \"c\" ]]> \u{FFFD}\u{FFFD}"
    );
}
