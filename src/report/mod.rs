//! Output formats for diagnostics: one renderer per file, one entry point, [`render`].
//!
//! Every renderer is a pure function of its inputs: the same diagnostics give the same
//! bytes (no timestamps, no absolute paths, no hash-map ordering), and every output ends
//! with a newline. Diagnostics are printed in the order given; the caller sorts them
//! (see [`crate::diagnostic::sort`]).

mod github;
mod human;
mod json;
mod junit;
mod sarif;
mod short;

use crate::diagnostic::{Counts, Diagnostic, Label, Lang, Msg, Severity};
use crate::load::text::is_bidi_control;
use crate::rules::impaired::Partial;
use crate::source::{LineCol, SourceMap};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt::{self, Write as _};
use std::str::FromStr;

/// The output formats of `kientruc check --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, clap::ValueEnum)]
pub enum Format {
    /// rustc-style messages with source snippets.
    #[default]
    Human,
    /// One line per finding: `file:line:col: severity[CODE] message`.
    Short,
    /// A stable JSON document (see docs/output-formats.md).
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// JUnit XML, one test suite per rule.
    Junit,
    /// GitHub Actions workflow commands (annotations on pull requests).
    Github,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::Human,
        Format::Short,
        Format::Json,
        Format::Sarif,
        Format::Junit,
        Format::Github,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Human => "human",
            Format::Short => "short",
            Format::Json => "json",
            Format::Sarif => "sarif",
            Format::Junit => "junit",
            Format::Github => "github",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error of parsing an unknown format name; lists the known ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownFormat(pub String);

impl fmt::Display for UnknownFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let known: Vec<&str> = Format::ALL.iter().map(|f| f.as_str()).collect();
        write!(
            f,
            "unknown format `{}` (expected one of: {})",
            self.0,
            known.join(", ")
        )
    }
}

impl std::error::Error for UnknownFormat {}

impl FromStr for Format {
    type Err = UnknownFormat;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Format::ALL
            .into_iter()
            .find(|f| f.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| UnknownFormat(s.to_owned()))
    }
}

/// What a renderer needs to know about a rule code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleInfo {
    pub code: String,
    pub title: Msg,
    pub default_severity: Severity,
    pub help_uri: Option<String>,
}

/// What was checked, for the closing summary line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub elements: usize,
}

/// Everything a renderer needs besides the diagnostics.
#[derive(Debug, Clone, Copy)]
pub struct ReportContext<'a> {
    pub sources: &'a SourceMap,
    pub lang: Lang,
    pub color: bool,
    pub summary: Summary,
    /// Every rule that ran (for JUnit passing cases and SARIF rule metadata), sorted by code.
    pub rules: &'a [RuleInfo],
    /// The rules that judged only part of the model, because of load errors.
    pub partial: &'a Partial,
    pub tool_version: &'a str,
}

/// Renders `diagnostics` in `format`. The result always ends with a newline.
pub fn render(format: Format, diagnostics: &[Diagnostic], ctx: &ReportContext) -> String {
    let mut out = match format {
        Format::Human => human::render(diagnostics, ctx),
        Format::Short => short::render(diagnostics, ctx),
        Format::Json => json::render(diagnostics, ctx),
        Format::Sarif => sarif::render(diagnostics, ctx),
        Format::Junit => junit::render(diagnostics, ctx),
        Format::Github => github::render(diagnostics, ctx),
    };
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// Renders `diagnostics` in `format` straight into `out`: the line formats are
/// streamed, so a run with hundreds of thousands of findings never holds its
/// whole output in memory.
pub fn render_to(
    format: Format,
    diagnostics: &[Diagnostic],
    ctx: &ReportContext,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match format {
        Format::Short => short::write(diagnostics, ctx, out),
        _ => out.write_all(render(format, diagnostics, ctx).as_bytes()),
    }
}

pub(crate) const TOOL_NAME: &str = "kientruc";

/// Where users learn about the tool (SARIF `informationUri`).
pub(crate) const INFORMATION_URI: &str = {
    let repo = env!("CARGO_PKG_REPOSITORY");
    if repo.is_empty() {
        "https://crates.io/crates/kientruc"
    } else {
        repo
    }
};

/// A label resolved to a file and line/column positions, ready to print.
#[derive(Debug, Clone)]
pub(crate) struct Location<'a> {
    pub path: String,
    pub start: LineCol,
    /// Exclusive end: the position just after the last character of the span.
    pub end: LineCol,
    pub label: Option<&'a Msg>,
}

/// Resolves a label; `None` when its file is not in the source map (never panics).
pub(crate) fn locate<'a>(sources: &SourceMap, label: &'a Label) -> Option<Location<'a>> {
    let file = sources.try_get(label.span.file)?;
    Some(Location {
        path: file.display_path(),
        start: file.line_col(label.span.start),
        end: file.line_col(label.span.end),
        label: label.text.as_ref(),
    })
}

pub(crate) fn primary_location<'a>(sources: &SourceMap, d: &'a Diagnostic) -> Option<Location<'a>> {
    d.primary.as_ref().and_then(|l| locate(sources, l))
}

/// Every rule code to describe: those that ran plus any seen only in diagnostics,
/// sorted by code. Codes without metadata get a placeholder [`RuleInfo`].
pub(crate) fn all_rules(rules: &[RuleInfo], diagnostics: &[Diagnostic]) -> Vec<RuleInfo> {
    let mut all: BTreeMap<&str, RuleInfo> = BTreeMap::new();
    for r in rules {
        all.entry(&r.code).or_insert_with(|| r.clone());
    }
    for d in diagnostics {
        all.entry(d.code.as_str()).or_insert_with(|| RuleInfo {
            code: d.code.to_string(),
            title: Msg::new(d.code.to_string(), d.code.to_string()),
            default_severity: d.severity,
            help_uri: None,
        });
    }
    all.into_values().collect()
}

/// `checked 12 files, 348 elements: 2 errors, 1 warning, 0 infos`, or the clean-run text.
pub(crate) fn summary_line(diagnostics: &[Diagnostic], ctx: &ReportContext) -> String {
    let c = Counts::of(diagnostics);
    let Summary { files, elements } = ctx.summary;
    let clean = c.errors + c.warnings + c.infos == 0;
    let mut line = match ctx.lang {
        Lang::En => {
            let checked = format!(
                "checked {}, {}",
                plural(files, "file", "files"),
                plural(elements, "element", "elements")
            );
            if clean {
                format!("{checked}: no problems found")
            } else {
                format!(
                    "{checked}: {}, {}, {}",
                    plural(c.errors, "error", "errors"),
                    plural(c.warnings, "warning", "warnings"),
                    plural(c.infos, "info", "infos")
                )
            }
        }
        Lang::Vi => {
            let checked = format!("đã kiểm tra {files} tệp, {elements} phần tử");
            if clean {
                format!("{checked}: không phát hiện vấn đề nào")
            } else {
                format!(
                    "{checked}: {} lỗi, {} cảnh báo, {} thông tin",
                    c.errors, c.warnings, c.infos
                )
            }
        }
    };
    if c.waived > 0 {
        match ctx.lang {
            Lang::En => line.push_str(&format!(" ({} waived)", c.waived)),
            Lang::Vi => line.push_str(&format!(" ({} được miễn trừ)", c.waived)),
        }
    }
    if let Some(note) = partial_note(ctx.partial, ctx.lang) {
        line.push_str("; ");
        line.push_str(&note);
    }
    line
}

/// "86 rules judged part of the model: 6 load errors", when any did.
pub(crate) fn partial_note(partial: &Partial, lang: Lang) -> Option<String> {
    let rules = partial.rules.len();
    if rules == 0 {
        return None;
    }
    let errors = partial.load_errors;
    Some(match lang {
        Lang::En => format!(
            "{} judged part of the model: {}",
            plural(rules, "rule", "rules"),
            plural(errors, "load error", "load errors")
        ),
        Lang::Vi => {
            format!("{rules} quy tắc chỉ đánh giá được một phần mô hình: {errors} lỗi nạp dữ liệu")
        }
    })
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "waived" in the report language, with the waiver's reason.
pub(crate) fn waived_text(reason: &Msg, lang: Lang) -> String {
    match lang {
        Lang::En => format!("waived: {}", reason.get(lang)),
        Lang::Vi => format!("được miễn trừ: {}", reason.get(lang)),
    }
}

/// Text safe to print on a terminal: control characters (which a hostile model
/// file could use to inject escape sequences) become visible symbols, as
/// `annotate-snippets` shows them in source lines. Line feeds and tabs stay.
/// Bidirectional controls (Trojan Source) are shown as `<U+202E>`, since they
/// would reorder the terminal's line.
pub(crate) fn printable(text: &str) -> Cow<'_, str> {
    escape_controls(text, false)
}

/// Like [`printable`], for text that must stay on one line (file names in
/// `--format short`): line feeds and tabs become visible symbols too.
pub(crate) fn printable_inline(text: &str) -> Cow<'_, str> {
    escape_controls(text, true)
}

fn escape_controls(text: &str, inline: bool) -> Cow<'_, str> {
    let kept = |c: char| !inline && (c == '\n' || c == '\t');
    let unsafe_char = |c: char| (c.is_control() && !kept(c)) || is_bidi_control(c);
    if !text.contains(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            c if kept(c) => out.push(c),
            '\u{0}'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}')),
            '\u{7f}' => out.push('\u{2421}'),
            c if c.is_control() => out.push('\u{FFFD}'),
            c if is_bidi_control(c) => {
                let _ = write!(out, "<U+{:04X}>", c as u32);
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_names_round_trip() {
        for f in Format::ALL {
            assert_eq!(f.as_str().parse::<Format>(), Ok(f));
            let via_clap = <Format as clap::ValueEnum>::from_str(f.as_str(), false);
            assert_eq!(via_clap, Ok(f));
        }
        assert_eq!("SARIF".parse::<Format>(), Ok(Format::Sarif));
        let err = "xml".parse::<Format>().unwrap_err();
        assert!(
            err.to_string()
                .contains("human, short, json, sarif, junit, github")
        );
    }

    #[test]
    fn printable_shows_control_characters() {
        assert_eq!(
            printable("a\u{1b}[2J\r\n\tb\u{7f}\u{9b}"),
            "a\u{241b}[2J\u{240d}\n\tb\u{2421}\u{FFFD}"
        );
        assert!(matches!(printable("Sở Y tế\n"), Cow::Borrowed(_)));
        assert_eq!(printable("a\u{202E}b\u{2066}"), "a<U+202E>b<U+2066>");
        assert_eq!(printable_inline("a\nb\tc.yaml"), "a\u{240a}b\u{2409}c.yaml");
    }

    fn test_code(name: &'static str) -> &'static crate::code::Code {
        Box::leak(Box::new(crate::code::Code {
            code: name,
            severity: Severity::Error,
            title_en: name,
            title_vi: name,
            basis: "",
            basis_kind: crate::code::BasisKind::Tool,
            doc: "",
        }))
    }

    #[test]
    fn unknown_codes_get_placeholder_rules_in_order() {
        let rules = vec![RuleInfo {
            code: "B-1".into(),
            title: Msg::new("b", "b"),
            default_severity: Severity::Error,
            help_uri: None,
        }];
        let diags = [
            Diagnostic::new(test_code("C-1"), Severity::Warning, Msg::new("c", "c")),
            Diagnostic::new(test_code("A-1"), Severity::Warning, Msg::new("a", "a")),
            Diagnostic::new(test_code("B-1"), Severity::Error, Msg::new("b", "b")),
        ];
        let codes: Vec<String> = all_rules(&rules, &diags)
            .into_iter()
            .map(|r| r.code)
            .collect();
        assert_eq!(codes, ["A-1", "B-1", "C-1"]);
    }
}
