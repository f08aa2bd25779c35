//! One fixture per kind of bad (or merely unusual) YAML input: the loader's diagnostics are
//! checked directly (code and position) and snapshotted in a stable text form.

use kientruc::diagnostic::{Diagnostic, Msg};
use kientruc::load::text::decode;
use kientruc::load::tree::{Node, NodeKind};
use kientruc::load::yaml::{Limits, Parsed, parse};
use kientruc::source::{FileId, SourceFile, Span};
use std::fmt::Write;
use std::path::Path;

const FILE: FileId = FileId(0);

struct Loaded {
    source: SourceFile,
    root: Option<Node>,
    diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    /// `(code, line, column)` of every diagnostic, in order.
    fn found(&self) -> Vec<(&str, u32, u32)> {
        self.diagnostics
            .iter()
            .map(|d| {
                let at = self.source.line_col(d.span().expect("a position").start);
                (d.code.as_str(), at.line, at.column)
            })
            .collect()
    }

    fn line_col(&self, span: Span) -> (u32, u32) {
        let at = self.source.line_col(span.start);
        (at.line, at.column)
    }

    fn text(&self, span: Span) -> &str {
        &self.source.text[span.start as usize..span.end as usize]
    }

    /// The stable text form the snapshots hold.
    fn render(&self) -> String {
        let path = self.source.display_path();
        if self.diagnostics.is_empty() {
            return format!("{path}: no diagnostics\n");
        }
        let mut out = String::new();
        let both = |out: &mut String, head: &str, msg: &Msg| {
            let _ = writeln!(out, "  {head}{}", msg.en());
            let _ = writeln!(out, "    vi: {}", msg.vi());
        };
        for d in &self.diagnostics {
            let span = d.span().expect("a position");
            let (line, column) = self.line_col(span);
            let _ = writeln!(
                out,
                "{path}:{line}:{column}: {}[{}] {}",
                d.severity,
                d.code,
                d.message.en()
            );
            let _ = writeln!(out, "  vi: {}", d.message.vi());
            let label = d.primary.as_ref().and_then(|l| l.text.as_ref());
            let at = format!("at {:?}: ", self.text(span));
            match label {
                Some(label) => both(&mut out, &at, label),
                None => {
                    let _ = writeln!(out, "  {}", at.trim_end_matches(": "));
                }
            }
            for secondary in &d.secondary {
                let (line, column) = self.line_col(secondary.span);
                if let Some(text) = &secondary.text {
                    both(&mut out, &format!("note {line}:{column}: "), text);
                }
            }
            if let Some(help) = &d.help {
                both(&mut out, "help: ", help);
            }
        }
        out
    }
}

fn load_bytes(name: &str, bytes: &[u8], limits: &Limits) -> Loaded {
    let (text, decode_error) = decode(FILE, bytes);
    let Parsed { root, diagnostics } = parse(FILE, &text, limits);
    Loaded {
        source: SourceFile::new(name.into(), text),
        root,
        diagnostics: decode_error.into_iter().chain(diagnostics).collect(),
    }
}

fn fixture_with(name: &str, limits: &Limits) -> Loaded {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/yaml")
        .join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    load_bytes(&format!("fixtures/yaml/{name}"), &bytes, limits)
}

fn fixture(name: &str) -> Loaded {
    fixture_with(name, &Limits::default())
}

#[test]
fn syntax_error() {
    let loaded = fixture("syntax_error.yaml");
    assert_eq!(loaded.found(), [("YAML-001", 4, 8)]);
    assert!(loaded.root.is_none());
    insta::assert_snapshot!("syntax_error", loaded.render());
}

#[test]
fn duplicate_key() {
    let loaded = fixture("duplicate_key.yaml");
    assert_eq!(loaded.found(), [("YAML-002", 5, 1)]);
    let first = loaded.diagnostics[0].secondary[0].span;
    assert_eq!(loaded.line_col(first), (3, 1));
    let root = loaded.root.as_ref().expect("duplicates are not fatal");
    assert_eq!(
        root.get("ten").and_then(Node::as_str),
        Some("Sở Thông tin và Truyền thông")
    );
    insta::assert_snapshot!("duplicate_key", loaded.render());
}

#[test]
fn tab_indentation() {
    let loaded = fixture("tab_indentation.yaml");
    assert_eq!(loaded.found(), [("YAML-003", 3, 1)]);
    assert_eq!(loaded.text(loaded.diagnostics[0].span().unwrap()), "\t");
    insta::assert_snapshot!("tab_indentation", loaded.render());
}

#[test]
fn bom_is_accepted_and_spans_stay_right() {
    let loaded = fixture("bom.yaml");
    assert!(loaded.diagnostics.is_empty());
    let root = loaded.root.as_ref().unwrap();
    let entry = root.entry("ten").unwrap();
    assert_eq!(loaded.line_col(entry.key_span), (2, 1));
    assert_eq!(loaded.text(entry.value.span), "Sở Giáo dục và Đào tạo");
    assert_eq!(loaded.line_col(root.entry("id").unwrap().key_span), (1, 1));
    insta::assert_snapshot!("bom", loaded.render());
}

#[test]
fn crlf_is_accepted_and_columns_stay_right() {
    let loaded = fixture("crlf.yaml");
    assert!(loaded.diagnostics.is_empty());
    let root = loaded.root.as_ref().unwrap();
    let name = root.get("ten").unwrap();
    assert_eq!(loaded.text(name.span), "\"Sở Xây dựng\"");
    assert_eq!(loaded.line_col(name.span), (2, 6));
    let apps = root.get("ung_dung").unwrap().as_seq().unwrap();
    assert_eq!(loaded.text(apps[1].span), "\"quy-hoạch\"");
    assert_eq!(loaded.line_col(apps[1].span), (5, 5));
    assert_eq!(apps[1].as_str(), Some("quy-hoạch"));
    insta::assert_snapshot!("crlf", loaded.render());
}

#[test]
fn invalid_utf8() {
    let loaded = fixture("invalid_utf8.yaml");
    assert_eq!(loaded.found(), [("YAML-004", 2, 7)]);
    assert_eq!(
        loaded.text(loaded.diagnostics[0].span().unwrap()),
        "\u{FFFD}"
    );
    insta::assert_snapshot!("invalid_utf8", loaded.render());
}

#[test]
fn anchors_and_aliases_are_refused() {
    let loaded = fixture("aliases.yaml");
    assert_eq!(loaded.found(), [("YAML-005", 5, 13), ("YAML-005", 7, 13)]);
    for d in &loaded.diagnostics {
        assert_eq!(loaded.line_col(d.secondary[0].span), (1, 11));
        assert!(d.help.as_ref().unwrap().en().contains("allow_aliases"));
    }
    let root = loaded.root.as_ref().expect("refusals are not fatal");
    let copy = root.get("he_thong_a").unwrap().get("cau_hinh").unwrap();
    assert_eq!(copy.kind, NodeKind::Null);
    insta::assert_snapshot!("aliases", loaded.render());
}

#[test]
fn aliases_expand_when_allowed() {
    let limits = Limits {
        allow_aliases: true,
        ..Limits::default()
    };
    let loaded = fixture_with("aliases.yaml", &limits);
    assert!(loaded.diagnostics.is_empty());
    let root = loaded.root.as_ref().unwrap();
    let copy = root.get("he_thong_b").unwrap().get("cau_hinh").unwrap();
    assert_eq!(copy.get("sao_luu").unwrap().kind, NodeKind::Bool(true));
}

#[test]
fn billion_laughs_is_refused_fast() {
    // 9 levels of 9 aliases each would expand to 9^9 nodes; the budget stops it at level 5.
    let limits = Limits {
        allow_aliases: true,
        ..Limits::default()
    };
    let loaded = fixture_with("billion_laughs.yaml", &limits);
    assert_eq!(loaded.found(), [("YAML-006", 5, 8)]);
    assert!(loaded.root.is_none());
    insta::assert_snapshot!("billion_laughs", loaded.render());
    // Refused by default: one YAML-005 per alias, nothing expanded.
    let refused = fixture("billion_laughs.yaml");
    assert_eq!(refused.diagnostics.len(), 8 * 9 + 1);
    assert!(refused.diagnostics.iter().all(|d| d.code == "YAML-005"));
}

#[test]
fn deep_flow_nesting_is_refused_without_overflow() {
    let depth = 10_000;
    let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let loaded = load_bytes(
        "generated/deep_flow.yaml",
        text.as_bytes(),
        &Limits::default(),
    );
    // The parser reads ahead and stops at its own limit of 255 bracket levels.
    assert_eq!(loaded.found(), [("YAML-006", 1, 256)]);
    assert!(loaded.root.is_none());
    insta::assert_snapshot!("deep_flow", loaded.render());
}

#[test]
fn deep_block_nesting_is_refused_without_overflow() {
    let depth = 10_000;
    let spaces = " ".repeat(depth);
    let mut text = String::with_capacity(depth * (depth / 2 + 4));
    for level in 0..depth {
        text.push_str(&spaces[..level]);
        text.push_str("k:\n");
    }
    let loaded = load_bytes(
        "generated/deep_block.yaml",
        text.as_bytes(),
        &Limits::default(),
    );
    assert_eq!(loaded.found(), [("YAML-006", 129, 129)]);
    assert!(loaded.root.is_none());
    insta::assert_snapshot!("deep_block", loaded.render());
}

#[test]
fn merge_conflict_markers() {
    let loaded = fixture("conflict_markers.yaml");
    assert_eq!(
        loaded.found(),
        [("YAML-007", 2, 1), ("YAML-007", 4, 1), ("YAML-007", 6, 1)]
    );
    assert_eq!(
        loaded.text(loaded.diagnostics[2].span().unwrap()),
        ">>>>>>> cap-nhat-ten"
    );
    assert!(loaded.root.is_none());
    insta::assert_snapshot!("conflict_markers", loaded.render());
}

#[test]
fn multi_document() {
    let loaded = fixture("multi_document.yaml");
    assert_eq!(loaded.found(), [("YAML-009", 3, 1)]);
    let root = loaded.root.as_ref().expect("the first document is kept");
    assert_eq!(root.get("id").and_then(Node::as_str), Some("so-nv"));
    insta::assert_snapshot!("multi_document", loaded.render());
}

#[test]
fn complex_key() {
    let loaded = fixture("complex_key.yaml");
    assert_eq!(loaded.found(), [("YAML-010", 2, 3)]);
    assert_eq!(
        loaded.text(loaded.diagnostics[0].span().unwrap()),
        "[so-tttt, so-yte]"
    );
    let root = loaded.root.as_ref().unwrap();
    assert_eq!(root.as_map().unwrap().len(), 1);
    insta::assert_snapshot!("complex_key", loaded.render());
}

#[test]
fn custom_tag() {
    let loaded = fixture("custom_tag.yaml");
    assert_eq!(loaded.found(), [("YAML-011", 2, 12)]);
    assert_eq!(loaded.text(loaded.diagnostics[0].span().unwrap()), "!tien");
    let root = loaded.root.as_ref().unwrap();
    assert_eq!(
        root.get("ngan_sach").unwrap().kind,
        NodeKind::Int(1_000_000)
    );
    assert_eq!(root.get("so_du_an").unwrap().kind, NodeKind::Int(12));
    insta::assert_snapshot!("custom_tag", loaded.render());
}

#[test]
fn empty_file() {
    let loaded = fixture("empty.yaml");
    assert!(loaded.diagnostics.is_empty());
    assert!(loaded.root.is_none());
    insta::assert_snapshot!("empty", loaded.render());
}
