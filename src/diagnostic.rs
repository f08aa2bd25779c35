//! The one diagnostic model. Every stage produces [`Diagnostic`]s and every
//! output format (human, short, json, sarif, junit, github) renders them.

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
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Msg {
    pub en: Cow<'static, str>,
    pub vi: Cow<'static, str>,
}

impl Msg {
    pub fn new(en: impl Into<Cow<'static, str>>, vi: impl Into<Cow<'static, str>>) -> Self {
        Msg {
            en: en.into(),
            vi: vi.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Vi => &self.vi,
        }
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
    /// Stable code, e.g. `YAML-002` or `FW1-LGSP-001`.
    pub code: Cow<'static, str>,
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
    pub fn new(code: impl Into<Cow<'static, str>>, severity: Severity, message: Msg) -> Self {
        Diagnostic {
            code: code.into(),
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

    pub fn error(code: impl Into<Cow<'static, str>>, message: Msg) -> Self {
        Self::new(code, Severity::Error, message)
    }

    pub fn warning(code: impl Into<Cow<'static, str>>, message: Msg) -> Self {
        Self::new(code, Severity::Warning, message)
    }

    pub fn info(code: impl Into<Cow<'static, str>>, message: Msg) -> Self {
        Self::new(code, Severity::Info, message)
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
pub fn sort(diagnostics: &mut [Diagnostic], _sources: &SourceMap) {
    diagnostics.sort_by(|a, b| {
        let key = |d: &Diagnostic| d.span().map(|s| (s.file, s.start, s.end));
        key(a)
            .cmp(&key(b))
            .then_with(|| a.code.cmp(&b.code))
            .then_with(|| a.message.en.cmp(&b.message.en))
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
