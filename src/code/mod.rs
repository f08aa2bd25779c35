//! Every diagnostic code the tool can emit, typed and declared once.
//!
//! A [`Code`] carries its default severity, bilingual title, basis and
//! documentation (the declaration's doc comment). Findings are made from these
//! constants, never from a string, so a code cannot be misspelt where it is
//! used. The core codes (loading, YAML, schema, references, settings, waivers)
//! live in [`core`]; each rule pack declares its own codes beside its checks.
//! This is the ground floor: every stage may use it.

pub mod core;

use crate::diagnostic::{Msg, Severity};
use std::fmt;

/// Whether a code's basis is written in the cited text or inferred from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BasisKind {
    /// Stated in the framework or a linked legal text.
    Stated,
    /// Our operationalisation of a stated purpose.
    Inferred,
    /// A property of the file format or the tool, not of the law.
    Tool,
}

impl BasisKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BasisKind::Stated => "stated",
            BasisKind::Inferred => "inferred",
            BasisKind::Tool => "tool",
        }
    }
}

/// One diagnostic code and its metadata. The `doc` text is the declaration's doc comment.
#[derive(Debug)]
pub struct Code {
    /// The stable code, e.g. `YAML-002` or `FW1-LGSP-001`.
    pub code: &'static str,
    /// The severity findings of this code are reported at, unless the manifest
    /// or the command line says otherwise.
    pub severity: Severity,
    pub title_en: &'static str,
    pub title_vi: &'static str,
    pub basis: &'static str,
    pub basis_kind: BasisKind,
    /// Markdown: "What it checks", "Why", "Basis", "Example".
    pub doc: &'static str,
}

// A code is its name: two constants with one name are one code.
impl PartialEq for Code {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl Eq for Code {}

impl PartialEq<str> for Code {
    fn eq(&self, other: &str) -> bool {
        self.code == other
    }
}

impl std::hash::Hash for Code {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.code.hash(state);
    }
}

impl PartialOrd for Code {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Code {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.code.cmp(other.code)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code)
    }
}

impl Code {
    pub fn as_str(&self) -> &'static str {
        self.code
    }

    /// Whether findings of this code come from a rule pack (judging the
    /// architecture) rather than from loading, settings or waivers.
    pub fn is_rule(&'static self) -> bool {
        !core::ALL.contains(&self)
    }

    pub fn title(&self) -> Msg {
        Msg::new(self.title_en, self.title_vi)
    }

    /// The group prefix: `FW1-LGSP-002` → `FW1-LGSP`, `YAML-001` → `YAML`.
    pub fn group_prefix(&self) -> &'static str {
        self.code.rsplit_once('-').map_or(self.code, |(p, _)| p)
    }

    /// Whether `pattern` names this code: the code itself or one of its
    /// prefixes ending at a dash (`REF`, `FW1-SEC`), ignoring case.
    pub fn matches(&self, pattern: &str) -> bool {
        let pattern = pattern.trim();
        let code = self.code;
        code.eq_ignore_ascii_case(pattern)
            || (code.len() > pattern.len()
                && code.is_char_boundary(pattern.len())
                && code[..pattern.len()].eq_ignore_ascii_case(pattern)
                && code.as_bytes()[pattern.len()] == b'-')
    }

    /// The code's page in the repository's generated docs, relative to the
    /// repository root (SARIF resolves it against the repository).
    pub fn help_uri(&self) -> String {
        format!("docs/rules/{}.md", self.code)
    }

    /// The code's documentation as Markdown: heading, metadata, then its doc comment.
    pub fn markdown(&self) -> String {
        let mut doc = format!(
            "# {}: {}\n\n*{}*\n\n- Default severity: {}\n- Basis ({}): {}\n\n",
            self.code,
            self.title_en,
            self.title_vi,
            self.severity,
            self.basis_kind.as_str(),
            self.basis
        );
        for line in self.doc.lines() {
            doc.push_str(line.strip_prefix(' ').unwrap_or(line));
            doc.push('\n');
        }
        doc
    }
}

/// Declares codes from doc comments: the comment is the documentation.
///
/// ```ignore
/// declare_rules! {
///     /// ## What it checks
///     /// ...
///     RULE_NAME = ("CODE", Error, "title en", "title vi", Stated, "basis");
/// }
/// ```
#[macro_export]
macro_rules! declare_rules {
    ($( $(#[doc = $doc:literal])* $name:ident = ($code:literal, $sev:ident, $en:literal, $vi:literal, $kind:ident, $basis:literal); )*) => {
        $(
            $(#[doc = $doc])*
            pub static $name: $crate::code::Code = $crate::code::Code {
                code: $code,
                severity: $crate::diagnostic::Severity::$sev,
                title_en: $en,
                title_vi: $vi,
                basis: $basis,
                basis_kind: $crate::code::BasisKind::$kind,
                doc: concat!($($doc, "\n"),*),
            };
        )*
        /// Every code declared in this module, in declaration order.
        pub static ALL: &[&$crate::code::Code] = &[$(&$name),*];
    };
}
