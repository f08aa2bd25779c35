//! The one diagnostic model. Every stage produces [`Diagnostic`]s and every
//! output format (human, short, json, sarif, junit, github) renders them.

use crate::code::Code;
use crate::source::{SourceMap, Span};
use std::borrow::Cow;
use std::fmt;

/// How serious a finding is. Ordered so that `Error > Warning > Info`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "info" => Some(Severity::Info),
            _ => None,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Language of user-facing text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Vi,
}

impl Lang {
    /// `vi` for a Vietnamese locale (`LANG=vi_VN.UTF-8`, `LC_ALL=vi`), English otherwise.
    pub fn from_locale(
        lc_all: Option<&str>,
        lc_messages: Option<&str>,
        lang: Option<&str>,
    ) -> Lang {
        let first = [lc_all, lc_messages, lang]
            .into_iter()
            .flatten()
            .find(|v| !v.is_empty());
        match first {
            Some(v) if v.starts_with("vi") => Lang::Vi,
            _ => Lang::En,
        }
    }
}

/// A text in both languages. Every message the tool prints exists in both.
///
/// A finding keeps its arguments, not two formatted strings: a message made
/// with [`Msg::with_args`] (or [`msg_args!`](crate::msg_args)) holds its two
/// static templates and its arguments once, and is formatted only when it is
/// rendered, in the one language asked for. Runs with hundreds of thousands of
/// findings then cost little more than the findings' places.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Msg(Repr);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Repr {
    Text {
        en: Cow<'static, str>,
        vi: Cow<'static, str>,
    },
    /// Templates with `{0}`, `{1}` … (`{{` and `}}` for braces), filled with
    /// `args` when rendered.
    Args {
        en: &'static str,
        vi: &'static str,
        args: Box<[Box<str>]>,
    },
}

impl Msg {
    pub fn new(en: impl Into<Cow<'static, str>>, vi: impl Into<Cow<'static, str>>) -> Self {
        Msg(Repr::Text {
            en: en.into(),
            vi: vi.into(),
        })
    }

    /// A message from two templates and the arguments they share.
    pub fn with_args<I>(en: &'static str, vi: &'static str, args: I) -> Self
    where
        I: IntoIterator,
        I::Item: fmt::Display,
    {
        Msg(Repr::Args {
            en,
            vi,
            args: args.into_iter().map(|a| a.to_string().into()).collect(),
        })
    }

    pub fn get(&self, lang: Lang) -> Cow<'_, str> {
        match &self.0 {
            Repr::Text { en, vi } => Cow::Borrowed(match lang {
                Lang::En => en,
                Lang::Vi => vi,
            }),
            Repr::Args { en, vi, args } => Cow::Owned(fill(
                match lang {
                    Lang::En => en,
                    Lang::Vi => vi,
                },
                args,
            )),
        }
    }

    pub fn en(&self) -> Cow<'_, str> {
        self.get(Lang::En)
    }

    pub fn vi(&self) -> Cow<'_, str> {
        self.get(Lang::Vi)
    }
}

/// Fills `{N}` with `args[N]`; `{{` and `}}` are braces. A placeholder with
/// no argument stays as written, so a slip shows instead of panicking.
fn fill(template: &str, args: &[Box<str>]) -> String {
    let mut out =
        String::with_capacity(template.len() + args.iter().map(|a| a.len()).sum::<usize>());
    let mut rest = template;
    while let Some(at) = rest.find(['{', '}']) {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            out.push_str(&tail[..1]);
            rest = &tail[2..];
            continue;
        }
        let arg = tail
            .strip_prefix('{')
            .and_then(|t| t.split_once('}'))
            .and_then(|(n, after)| Some((args.get(n.parse::<usize>().ok()?)?, after)));
        match arg {
            Some((arg, after)) => {
                out.push_str(arg);
                rest = after;
            }
            None => {
                out.push_str(&tail[..1]);
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Builds a [`Msg`] that keeps its arguments:
/// `msg_args!("`{0}` has no owner", "`{0}` chưa có cơ quan chủ quản", id)`.
#[macro_export]
macro_rules! msg_args {
    ($en:literal, $vi:literal $(, $arg:expr)* $(,)?) => {
        $crate::diagnostic::Msg::with_args($en, $vi, [$($crate::diagnostic::Arg::from(&$arg)),*])
    };
}

/// One argument of a [`msg_args!`] message, already turned into text.
pub struct Arg(String);

impl<T: fmt::Display + ?Sized> From<&T> for Arg {
    fn from(value: &T) -> Self {
        Arg(value.to_string())
    }
}

impl fmt::Display for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Builds a [`Msg`] from two format strings: `msg!("en {x}", "vi {x}")`.
#[macro_export]
macro_rules! msg {
    ($en:literal, $vi:literal $(,)?) => {
        $crate::diagnostic::Msg::new(format!($en), format!($vi))
    };
}

/// A place in a file with a short explanation shown under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub text: Option<Msg>,
}

/// One problem found in a user's model (or in running the tool on it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Its code, declared once in [`crate::code`] or a rule pack.
    pub code: &'static Code,
    pub severity: Severity,
    pub message: Msg,
    /// Where it is; `None` only for problems with no file (an empty folder).
    pub primary: Option<Label>,
    /// Other places that explain it ("first defined here").
    pub secondary: Vec<Label>,
    /// How to fix it, including "did you mean".
    pub help: Option<Msg>,
    /// The element concerned, when a rule is about one (used by waivers and JUnit).
    pub element: Option<String>,
    /// The field of that element the finding is about (`hosted_on`,
    /// `budget[0].amount`): part of the finding's identity, and how a rule
    /// finding is matched to a load error in the same field.
    pub field: Option<Cow<'static, str>>,
    /// Set when a waiver in the manifest covers this finding.
    pub waived: Option<Msg>,
}

impl Diagnostic {
    pub fn new(code: &'static Code, severity: Severity, message: Msg) -> Self {
        Diagnostic {
            code,
            severity,
            message,
            primary: None,
            secondary: Vec::new(),
            help: None,
            element: None,
            field: None,
            waived: None,
        }
    }

    /// A finding of `code` at the severity the code declares.
    pub fn of(code: &'static Code, message: Msg) -> Self {
        Self::new(code, code.severity, message)
    }

    pub fn at(mut self, span: Span, label: Option<Msg>) -> Self {
        self.primary = Some(Label { span, text: label });
        self
    }

    pub fn with_secondary(mut self, span: Span, label: Msg) -> Self {
        self.secondary.push(Label {
            span,
            text: Some(label),
        });
        self
    }

    pub fn with_help(mut self, help: Msg) -> Self {
        self.help = Some(help);
        self
    }

    pub fn maybe_help(mut self, help: Option<Msg>) -> Self {
        if help.is_some() {
            self.help = help;
        }
        self
    }

    pub fn for_element(mut self, id: impl Into<String>) -> Self {
        self.element = Some(id.into());
        self
    }

    /// Names the field the finding is about (see [`Diagnostic::field`]).
    pub fn in_field(&mut self, path: impl Into<Cow<'static, str>>) -> &mut Self {
        self.field = Some(path.into());
        self
    }

    /// Adds a secondary place, for findings built through a `&mut` (rule sinks).
    pub fn also_at(&mut self, span: Span, label: Msg) -> &mut Self {
        self.secondary.push(Label {
            span,
            text: Some(label),
        });
        self
    }

    pub fn span(&self) -> Option<Span> {
        self.primary.as_ref().map(|l| l.span)
    }
}

/// Sorts diagnostics into the order every renderer prints: by file, position,
/// then code and message, so that output is byte-identical from run to run.
/// File ids follow the sorted file paths (the loader assigns them that way), so
/// comparing ids is comparing paths, without building a string per comparison.
///
/// The order is total over everything a renderer prints, so an unstable sort
/// (which needs no buffer the size of the findings) gives the same bytes
/// whatever order the findings arrived in.
pub fn sort(diagnostics: &mut [Diagnostic], _sources: &SourceMap) {
    fn labels(d: &Diagnostic) -> impl Iterator<Item = (u32, u32, u32, Option<Cow<'_, str>>)> {
        d.primary.iter().chain(&d.secondary).map(|l| {
            (
                l.span.file.0,
                l.span.start,
                l.span.end,
                l.text.as_ref().map(Msg::en),
            )
        })
    }
    fn text(m: Option<&Msg>) -> Option<Cow<'_, str>> {
        m.map(Msg::en)
    }
    diagnostics.sort_unstable_by(|a, b| {
        let key = |d: &Diagnostic| d.span().map(|s| (s.file, s.start, s.end));
        key(a)
            .cmp(&key(b))
            .then_with(|| a.code.cmp(b.code))
            .then_with(|| a.message.en().cmp(&b.message.en()))
            .then_with(|| a.element.cmp(&b.element))
            .then_with(|| a.field.cmp(&b.field))
            .then_with(|| a.severity.cmp(&b.severity))
            .then_with(|| text(a.help.as_ref()).cmp(&text(b.help.as_ref())))
            .then_with(|| a.message.vi().cmp(&b.message.vi()))
            .then_with(|| labels(a).cmp(labels(b)))
            .then_with(|| text(a.waived.as_ref()).cmp(&text(b.waived.as_ref())))
    });
}

/// Counts by severity, for summaries and exit codes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub waived: usize,
}

impl Counts {
    pub fn of(diagnostics: &[Diagnostic]) -> Counts {
        let mut c = Counts::default();
        for d in diagnostics {
            if d.waived.is_some() {
                c.waived += 1;
                continue;
            }
            match d.severity {
                Severity::Error => c.errors += 1,
                Severity::Warning => c.warnings += 1,
                Severity::Info => c.infos += 1,
            }
        }
        c
    }
}

/// Longest text (in bytes) "did you mean" compares. Jaro–Winkler costs the
/// product of the two lengths, so two 200,000-character ids took 11 s; ids are
/// at most 80 characters, and nothing longer gets a guess.
pub const SUGGEST_MAX_BYTES: usize = 256;

/// The closest candidate to `wanted`, for "did you mean" hints.
/// Candidates must be reasonably close: a wild guess is worse than none.
/// Work per candidate is bounded by [`SUGGEST_MAX_BYTES`] squared.
pub fn did_you_mean<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    if wanted.len() > SUGGEST_MAX_BYTES {
        return None;
    }
    let wanted_lower = wanted.to_lowercase();
    let mut best: Option<(f64, &str)> = None;
    for c in candidates
        .into_iter()
        .filter(|c| c.len() <= SUGGEST_MAX_BYTES)
    {
        let score = strsim::jaro_winkler(&wanted_lower, &c.to_lowercase());
        let contains = c.contains(wanted) || wanted.contains(c);
        let score = if contains { score.max(0.85) } else { score };
        if score >= 0.8 && best.is_none_or(|(s, b)| score > s || (score == s && c < b)) {
            best = Some((score, c));
        }
    }
    best.map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn did_you_mean_finds_close_ids_only() {
        let ids = ["so-tttt", "so-yte", "ubnd-tinh"];
        assert_eq!(did_you_mean("so-ttt", ids), Some("so-tttt"));
        assert_eq!(did_you_mean("ubnd-tinhh", ids), Some("ubnd-tinh"));
        assert_eq!(did_you_mean("zzzz", ids), None);
    }

    #[test]
    fn messages_with_arguments_fill_their_templates_when_rendered() {
        let id = "so-tttt";
        let m = crate::msg_args!("`{0}` owns {1} {{x}}", "{1} của `{0}`", id, 3);
        assert_eq!(m.en(), "`so-tttt` owns 3 {x}");
        assert_eq!(m.vi(), "3 của `so-tttt`");
        // A slip in a template shows as written, never panics.
        let broken = Msg::with_args("{2} {x} {", "}", ["a"]);
        assert_eq!(broken.en(), "{2} {x} {");
        assert_eq!(broken.vi(), "}");
    }

    #[test]
    fn did_you_mean_compares_only_bounded_lengths() {
        // Just over the bound, so that the test is fast with or without it.
        let long = "x".repeat(SUGGEST_MAX_BYTES);
        let (near, wanted) = (format!("{long}a"), format!("{long}b"));
        assert_eq!(did_you_mean(&wanted, [near.as_str(), "so-tttt"]), None);
        assert_eq!(
            did_you_mean("so-ttt", [near.as_str(), "so-tttt"]),
            Some("so-tttt")
        );
        let fits = &long[1..];
        assert_eq!(
            did_you_mean(&long, [fits]),
            Some(fits),
            "the bound itself is compared"
        );
    }

    #[test]
    fn locale_picks_vietnamese() {
        assert_eq!(Lang::from_locale(None, None, Some("vi_VN.UTF-8")), Lang::Vi);
        assert_eq!(Lang::from_locale(Some("C"), None, Some("vi_VN")), Lang::En);
        assert_eq!(Lang::from_locale(None, None, None), Lang::En);
    }
}
