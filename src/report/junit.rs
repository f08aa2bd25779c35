//! JUnit XML (valid against Jenkins xUnit's `junit-10.xsd`), for CI dashboards.
//!
//! One `<testsuite>` per rule code. Findings of a rule are grouped into test cases by
//! element (or by `file:line` when no element is known): a case with an error or
//! warning fails (one `<failure>` per finding); a case with only waived findings is
//! `<skipped>`; info-level findings never fail a case and are listed in its
//! `<system-out>`. A rule that ran without findings gets one passing case named by
//! its title. A rule that judged only part of the model (load errors) never
//! passes: its cases that do not fail are `<skipped>`, saying why. `errors` is
//! always 0: JUnit errors mean the test itself broke.

use super::{ReportContext, RuleInfo, TOOL_NAME, all_rules, locate, primary_location, waived_text};
use crate::diagnostic::{Diagnostic, Lang, Severity};
use std::collections::HashMap;
use std::fmt::Write as _;

pub(super) fn render(diagnostics: &[Diagnostic], ctx: &ReportContext) -> String {
    let rules = all_rules(ctx.rules, diagnostics);
    // Grouped once by code: a run may have hundreds of thousands of findings.
    let mut by_code: HashMap<&str, Vec<&Diagnostic>> = HashMap::new();
    for d in diagnostics {
        by_code.entry(d.code.as_str()).or_default().push(d);
    }
    let partial_note = super::partial_note(ctx.partial, ctx.lang);
    let suites: Vec<Suite> = rules
        .iter()
        .map(|rule| {
            let found = by_code
                .get(rule.code.as_str())
                .map_or(&[][..], Vec::as_slice);
            let partial = partial_note
                .as_deref()
                .filter(|_| ctx.partial.rules.iter().any(|c| c.code == rule.code));
            suite(rule, found, partial, ctx)
        })
        .collect();
    let tests: usize = suites.iter().map(|s| s.cases.len()).sum();
    let failures: usize = suites.iter().map(|s| s.count(Outcome::Failed)).sum();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"{TOOL_NAME}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\">"
    );
    for s in &suites {
        write_suite(&mut out, s, ctx);
    }
    out.push_str("</testsuites>\n");
    out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Passed,
    Skipped,
    Failed,
}

struct Suite<'a> {
    code: &'a str,
    cases: Vec<Case<'a>>,
}

impl Suite<'_> {
    fn count(&self, outcome: Outcome) -> usize {
        self.cases.iter().filter(|c| c.outcome() == outcome).count()
    }
}

struct Case<'a> {
    name: String,
    findings: Vec<&'a Diagnostic>,
    /// Why the rule saw only part of the model, when it did.
    partial: Option<&'a str>,
}

impl Case<'_> {
    fn failing(&self) -> impl Iterator<Item = &&Diagnostic> {
        self.findings
            .iter()
            .filter(|d| d.waived.is_none() && d.severity >= Severity::Warning)
    }

    fn waived(&self) -> impl Iterator<Item = &&Diagnostic> {
        self.findings.iter().filter(|d| d.waived.is_some())
    }

    fn outcome(&self) -> Outcome {
        if self.failing().next().is_some() {
            Outcome::Failed
        } else if self.waived().next().is_some() || self.partial.is_some() {
            Outcome::Skipped
        } else {
            Outcome::Passed
        }
    }
}

fn suite<'a>(
    rule: &'a RuleInfo,
    found: &[&'a Diagnostic],
    partial: Option<&'a str>,
    ctx: &ReportContext,
) -> Suite<'a> {
    let mut cases: Vec<Case> = Vec::new();
    // Case index by name: a rule may have tens of thousands of findings.
    let mut index: HashMap<String, usize> = HashMap::new();
    for &d in found {
        let name = case_name(d, ctx);
        match index.get(&name) {
            Some(&i) => cases[i].findings.push(d),
            None => {
                index.insert(name.clone(), cases.len());
                cases.push(Case {
                    name,
                    findings: vec![d],
                    partial,
                });
            }
        }
    }
    if cases.is_empty() {
        cases.push(Case {
            name: rule.title.get(ctx.lang).into_owned(),
            findings: Vec::new(),
            partial,
        });
    }
    Suite {
        code: &rule.code,
        cases,
    }
}

/// The element a finding is about, else its `file:line`.
fn case_name(d: &Diagnostic, ctx: &ReportContext) -> String {
    if let Some(element) = &d.element {
        return element.clone();
    }
    match primary_location(ctx.sources, d) {
        Some(at) => format!("{}:{}", at.path, at.start.line),
        None => match ctx.lang {
            Lang::En => "(no file)".to_owned(),
            Lang::Vi => "(không có tệp)".to_owned(),
        },
    }
}

fn write_suite(out: &mut String, s: &Suite, ctx: &ReportContext) {
    let _ = writeln!(
        out,
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\">",
        attr(s.code),
        s.cases.len(),
        s.count(Outcome::Failed),
        s.count(Outcome::Skipped)
    );
    for case in &s.cases {
        write_case(out, s.code, case, ctx);
    }
    out.push_str("  </testsuite>\n");
}

fn write_case(out: &mut String, code: &str, case: &Case, ctx: &ReportContext) {
    let lang = ctx.lang;
    let open = format!(
        "    <testcase name=\"{}\" classname=\"{}\"",
        attr(&case.name),
        attr(code)
    );
    let outcome = case.outcome();
    let mut log = Vec::new();
    for d in &case.findings {
        let listed = match outcome {
            Outcome::Failed => d.waived.is_some() || d.severity == Severity::Info,
            Outcome::Skipped => d.waived.is_none(),
            Outcome::Passed => true,
        };
        if listed {
            log.push(details(d, ctx));
        }
    }
    if outcome == Outcome::Passed && log.is_empty() {
        let _ = writeln!(out, "{open}/>");
        return;
    }
    let _ = writeln!(out, "{open}>");
    match outcome {
        Outcome::Failed => {
            for d in case.failing() {
                let _ = writeln!(
                    out,
                    "      <failure message=\"{}\" type=\"{}\">{}</failure>",
                    attr(&d.message.get(lang)),
                    d.severity.as_str(),
                    text(&details(d, ctx))
                );
            }
        }
        Outcome::Skipped => {
            if let Some(why) = case.partial {
                let _ = writeln!(out, "      <skipped message=\"{}\"/>", attr(why));
            }
            for d in case.waived() {
                let reason = d.waived.as_ref().map(|w| waived_text(w, lang));
                let _ = writeln!(
                    out,
                    "      <skipped message=\"{}\"/>",
                    attr(reason.as_deref().unwrap_or_default())
                );
            }
        }
        Outcome::Passed => {}
    }
    if !log.is_empty() {
        let _ = writeln!(
            out,
            "      <system-out>{}</system-out>",
            text(&log.join("\n"))
        );
    }
    out.push_str("    </testcase>\n");
}

/// A finding as plain text: where, what, related places, help and waiver.
fn details(d: &Diagnostic, ctx: &ReportContext) -> String {
    let lang = ctx.lang;
    let mut s = String::new();
    if let Some(at) = primary_location(ctx.sources, d) {
        let _ = write!(s, "{}:{}:{}: ", at.path, at.start.line, at.start.column);
    }
    let _ = write!(s, "{}[{}] {}", d.severity, d.code, d.message.get(lang));
    for at in d.secondary.iter().filter_map(|l| locate(ctx.sources, l)) {
        let _ = write!(s, "\n  {}:{}:{}", at.path, at.start.line, at.start.column);
        if let Some(label) = at.label {
            let _ = write!(s, ": {}", label.get(lang));
        }
    }
    if let Some(help) = &d.help {
        let word = match lang {
            Lang::En => "help",
            Lang::Vi => "gợi ý",
        };
        let _ = write!(s, "\n{word}: {}", help.get(lang));
    }
    if let Some(reason) = &d.waived {
        let _ = write!(s, "\n{}", waived_text(reason, lang));
    }
    s
}

/// Escapes character data. Characters XML 1.0 cannot hold at all become U+FFFD.
fn text(s: &str) -> String {
    escape(s, false)
}

/// Escapes an attribute value; line breaks and tabs become character references
/// so that attribute-value normalisation keeps them.
fn attr(s: &str) -> String {
    escape(s, true)
}

fn escape(s: &str, in_attribute: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if in_attribute => out.push_str("&quot;"),
            '\n' if in_attribute => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' if in_attribute => out.push_str("&#9;"),
            '\t' | '\n' => out.push(c),
            c if is_xml_char(c) => out.push(c),
            _ => out.push('\u{FFFD}'),
        }
    }
    out
}

/// XML 1.0 `Char` production (tab, newline and carriage return are handled above).
fn is_xml_char(c: char) -> bool {
    matches!(c, '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

#[cfg(test)]
mod tests {
    use super::{attr, text};

    #[test]
    fn escapes_markup_and_drops_characters_xml_cannot_hold() {
        assert_eq!(attr("a<b & \"c\"\n"), "a&lt;b &amp; &quot;c&quot;&#10;");
        assert_eq!(
            text("]]> \u{0} \u{1b} x\ty\r"),
            "]]&gt; \u{FFFD} \u{FFFD} x\ty&#13;"
        );
        assert_eq!(text("Sở Y tế"), "Sở Y tế");
    }
}
