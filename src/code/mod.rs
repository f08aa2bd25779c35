//! Every diagnostic code the tool can emit, typed and declared once.
//!
//! A [`Code`] carries its default severity, bilingual title, basis and
//! documentation (the declaration's doc comment). Findings are made from these
//! constants, never from a string, so a code cannot be misspelt where it is
//! used. The core codes (loading, YAML, schema, references, settings, waivers)
//! live in [`core`]; each rule pack declares its own codes beside its checks.
//! This is the ground floor: every stage may use it.

pub mod core;

use crate::diagnostic::{Lang, Msg, Severity};

/// The line in a code's doc comment after which its Vietnamese documentation
/// follows, with `###` headings (`Kiểm tra gì`, `Vì sao`, `Căn cứ`, `Ví dụ`).
pub const VI_MARKER: &str = "## Tiếng Việt";
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

    pub fn as_str_vi(self) -> &'static str {
        match self {
            BasisKind::Stated => "quy định trực tiếp",
            BasisKind::Inferred => "suy ra từ mục đích",
            BasisKind::Tool => "định dạng, công cụ",
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

    /// The doc comment's English and Vietnamese parts, with the one space
    /// after `///` removed; the Vietnamese part is empty when missing.
    fn doc_parts(&self) -> (String, String) {
        let (mut en, mut vi) = (String::new(), String::new());
        let mut in_vi = false;
        for line in self.doc.lines() {
            let line = line.strip_prefix(' ').unwrap_or(line);
            if line.trim_end() == VI_MARKER {
                in_vi = true;
                continue;
            }
            let part = if in_vi { &mut vi } else { &mut en };
            part.push_str(line);
            part.push('\n');
        }
        (
            format!("{}\n", en.trim_end()),
            vi.trim_matches('\n').to_owned(),
        )
    }

    /// The rule's documentation body in one language. The Vietnamese body has
    /// the same `##` sections as the English one; a rule without a Vietnamese
    /// part falls back to English.
    pub fn doc_for(&self, lang: Lang) -> String {
        let (en, vi) = self.doc_parts();
        match lang {
            Lang::Vi if !vi.is_empty() => {
                let mut out = String::new();
                for line in vi.lines() {
                    let line = if line.starts_with("### ") {
                        &line[1..]
                    } else {
                        line
                    };
                    out.push_str(line);
                    out.push('\n');
                }
                out
            }
            _ => en,
        }
    }

    /// The basis in Vietnamese legal wording ("Decree 85/2016/NĐ-CP Art. 9.3"
    /// reads "Nghị định 85/2016/NĐ-CP Điều 9.3").
    pub fn basis_vi(&self) -> String {
        const WORDS: &[(&str, &str)] = &[
            (
                "schemas/model.schema.json",
                "lược đồ `schemas/model.schema.json`",
            ),
            ("Framework 1.0 §", "Khung Kiến trúc 1.0 mục "),
            ("§", "mục "),
            (
                "(relations between components)",
                "(quan hệ giữa các thành phần)",
            ),
            ("(component relations)", "(quan hệ giữa các thành phần)"),
            ("component relations", "quan hệ giữa các thành phần"),
            (
                "curated citation table (framework note D.11)",
                "bảng đối chiếu văn bản viện dẫn (ghi chú D.11 của khung)",
            ),
            ("kientruc configuration", "cấu hình của kientruc"),
            ("kientruc loader limits", "giới hạn của bộ đọc kientruc"),
            ("kientruc model format", "định dạng mô hình kientruc"),
            ("kientruc waivers", "cơ chế miễn trừ của kientruc"),
            ("YAML 1.2 core schema", "lược đồ lõi của YAML 1.2"),
            (", section ", ", mục "),
            ("provincial practice", "thực tiễn các tỉnh"),
            ("provincial task tables", "bảng nhiệm vụ của các tỉnh"),
            ("roadmap consistency", "tính nhất quán của lộ trình"),
            ("practice: ", "thực tiễn: "),
            ("review practice", "thực tiễn thẩm định"),
            ("Decree ", "Nghị định "),
            ("Resolution ", "Nghị quyết "),
            ("Law ", "Luật "),
            ("TT ", "Thông tư "),
            ("QĐ 1", "Quyết định 1"),
            ("QĐ 2", "Quyết định 2"),
            ("QĐ 6", "Quyết định 6"),
            ("Art. ", "Điều "),
            ("row ", "dòng "),
        ];
        WORDS
            .iter()
            .fold(self.basis.to_owned(), |text, (en, vi)| text.replace(en, vi))
    }

    /// One language's page for `explain`: heading, metadata, body.
    pub fn markdown_for(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!(
                "# {}: {}\n\n*{}*\n\n- Default severity: {}\n- Basis ({}): {}\n\n{}",
                self.code,
                self.title_en,
                self.title_vi,
                self.severity,
                self.basis_kind.as_str(),
                self.basis,
                self.doc_for(lang)
            ),
            Lang::Vi => format!(
                "# {}: {}\n\n*{}*\n\n- Mức độ mặc định: {}\n- Căn cứ ({}): {}\n\n{}",
                self.code,
                self.title_vi,
                self.title_en,
                severity_vi(self.severity),
                self.basis_kind.as_str_vi(),
                self.basis_vi(),
                self.doc_for(lang)
            ),
        }
    }

    /// The rule's documentation as Markdown: heading, metadata, then its doc
    /// comment: the English part, then the Vietnamese part under `## Tiếng Việt`.
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
        let (en, vi) = self.doc_parts();
        doc.push_str(&en);
        if !vi.is_empty() {
            doc.push_str(&format!("\n{VI_MARKER}\n\n{vi}\n"));
        }
        doc
    }
}

fn severity_vi(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "lỗi",
        Severity::Warning => "cảnh báo",
        Severity::Info => "thông tin",
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
