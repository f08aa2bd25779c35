//! The single registry of rules. Every diagnostic code the tool can emit is
//! declared here once, with its default severity, bilingual title, basis and
//! documentation. The rule list, `explain`, the generated docs in `docs/rules/`
//! and rule selection all read from it.

use crate::diagnostic::{Lang, Msg, Severity};

/// The line in a rule's doc comment after which its Vietnamese documentation
/// follows, with `###` headings (`Kiểm tra gì`, `Vì sao`, `Căn cứ`, `Ví dụ`).
pub const VI_MARKER: &str = "## Tiếng Việt";

/// Whether a rule's basis is written in the cited text or inferred from it.
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

/// A rule group, by the code's prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Group {
    pub prefix: &'static str,
    pub title_en: &'static str,
    pub title_vi: &'static str,
}

/// One rule's metadata. The `doc` text is the rule's doc comment.
#[derive(Debug, Clone, Copy)]
pub struct RuleMeta {
    pub code: &'static str,
    pub severity: Severity,
    pub title_en: &'static str,
    pub title_vi: &'static str,
    pub basis: &'static str,
    pub basis_kind: BasisKind,
    /// Markdown: "What it checks", "Why", "Basis", "Example".
    pub doc: &'static str,
}

impl RuleMeta {
    pub fn title(&self) -> Msg {
        Msg::new(self.title_en, self.title_vi)
    }

    /// The group prefix: `FW1-LGSP-002` → `FW1-LGSP`, `YAML-001` → `YAML`.
    pub fn group_prefix(&self) -> &'static str {
        self.code.rsplit_once('-').map_or(self.code, |(p, _)| p)
    }

    /// The rule's page in the repository's generated docs, relative to the
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

/// The index page of the generated rule docs: one table row per rule.
pub fn index_markdown() -> String {
    let mut out = String::from(
        "# Rules\n\nGenerated from the rule registry (`src/rules/`); do not edit by hand. \
         Regenerate with `UPDATE_GENERATED=1 cargo test --test generated_files`.\n\n\
         Basis kinds: *stated* (the framework or a linked legal text says it), *inferred* (our reading \
         of a stated purpose), *tool* (a property of the file format or the tool).\n\n\
         | code | severity | title | tiêu đề | basis |\n|---|---|---|---|---|\n",
    );
    for rule in all() {
        out.push_str(&format!(
            "| [{code}]({code}.md) | {} | {} | {} | {} |\n",
            rule.severity,
            rule.title_en,
            rule.title_vi,
            rule.basis_kind.as_str(),
            code = rule.code
        ));
    }
    out
}

/// Declares rules from doc comments: the comment is the documentation.
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
            pub const $name: $crate::rules::registry::RuleMeta = $crate::rules::registry::RuleMeta {
                code: $code,
                severity: $crate::diagnostic::Severity::$sev,
                title_en: $en,
                title_vi: $vi,
                basis: $basis,
                basis_kind: $crate::rules::registry::BasisKind::$kind,
                doc: concat!($($doc, "\n"),*),
            };
        )*
        /// Every rule declared in this module, in declaration order.
        pub const ALL: &[$crate::rules::registry::RuleMeta] = &[$($name),*];
    };
}

/// Every rule of every pack, sorted by code.
pub fn all() -> Vec<&'static RuleMeta> {
    let mut rules: Vec<&'static RuleMeta> = super::core::ALL.iter().collect();
    for pack in super::all_packs() {
        rules.extend(pack.rules.iter().map(|r| r.meta));
    }
    rules.sort_by_key(|r| r.code);
    rules
}

/// A rule by its code (case-insensitive).
pub fn find(code: &str) -> Option<&'static RuleMeta> {
    all()
        .into_iter()
        .find(|r| r.code.eq_ignore_ascii_case(code))
}
