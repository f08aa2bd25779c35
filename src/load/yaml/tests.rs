use super::*;
use crate::source::SourceFile;

const F: FileId = FileId(0);

fn load(text: &str) -> Parsed {
    parse(F, text, &Limits::default())
}

fn load_ok(text: &str) -> Node {
    let parsed = load(text);
    assert!(parsed.diagnostics.is_empty(), "{:#?}", parsed.diagnostics);
    parsed.root.expect("a tree")
}

fn codes(parsed: &Parsed) -> Vec<&str> {
    parsed.diagnostics.iter().map(|d| d.code.as_str()).collect()
}

/// The source text a span covers.
fn at(text: &str, span: Span) -> &str {
    &text[span.start as usize..span.end as usize]
}

#[test]
fn plain_scalars_use_the_core_schema_and_quoted_ones_stay_strings() {
    let text = "a: 12\nb: '12'\nc: yes\nd: ~\ne:\nf: 0x10\ng: 1.5e3\nh: \"true\"\ni: |\n  12\nj: 99999999999999999999\n";
    let root = load_ok(text);
    let kind = |k: &str| root.get(k).unwrap().kind.clone();
    assert_eq!(kind("a"), NodeKind::Int(12));
    assert_eq!(kind("b"), NodeKind::Str("12".into()));
    assert_eq!(kind("c"), NodeKind::Str("yes".into()));
    assert_eq!(kind("d"), NodeKind::Null);
    assert_eq!(kind("e"), NodeKind::Null);
    assert_eq!(kind("f"), NodeKind::Int(16));
    assert_eq!(kind("g"), NodeKind::Float(1500.0));
    assert_eq!(kind("h"), NodeKind::Str("true".into()));
    assert_eq!(kind("i"), NodeKind::Str("12\n".into()));
    assert_eq!(kind("j"), NodeKind::Float(1e20));
}

#[test]
fn scalar_keys_become_their_text() {
    let root = load_ok("1: a\ntrue: b\n\"q\": c\n~: d\n");
    let keys: Vec<&str> = root.as_map().unwrap().iter().map(|e| &*e.key).collect();
    assert_eq!(keys, ["1", "true", "q", "~"]);
}

#[test]
fn key_and_value_spans_cover_their_tokens() {
    let text = "name:   \"Sở TT&TT\"   # comment \"x\"\nlist: [a, 'b''c']\n";
    let root = load_ok(text);
    let name = root.entry("name").unwrap();
    assert_eq!(at(text, name.key_span), "name");
    assert_eq!(at(text, name.value.span), "\"Sở TT&TT\"");
    let list = root.get("list").unwrap();
    assert_eq!(at(text, list.span), "[a, 'b''c']");
    assert_eq!(at(text, list.as_seq().unwrap()[1].span), "'b''c'");
    assert_eq!(root.span.start, 0);
}

#[test]
fn columns_after_non_ascii_text_count_characters() {
    let text = "tên: Ủy ban nhân dân tỉnh\nđịa_chỉ: { số: 12 }\n";
    let root = load_ok(text);
    let file = SourceFile::new("a.yaml".into(), text.into());
    let value = root.get("tên").unwrap();
    assert_eq!(at(text, value.span), "Ủy ban nhân dân tỉnh");
    assert_eq!(file.line_col(value.span.start).column, 6);
    let number = root.get("địa_chỉ").unwrap().get("số").unwrap();
    assert_eq!(number.kind, NodeKind::Int(12));
    let position = file.line_col(number.span.start);
    assert_eq!((position.line, position.column), (2, 16));
}

#[test]
fn block_scalars_span_from_indicator_to_last_text() {
    let text = "a: |  # note\n  first\n  second\n\nb: >-\n  folded\n";
    let root = load_ok(text);
    assert_eq!(
        at(text, root.get("a").unwrap().span),
        "|  # note\n  first\n  second"
    );
    assert_eq!(at(text, root.get("b").unwrap().span), ">-\n  folded");
    let seq = load_ok("- |\n  x\n- y\n");
    assert_eq!(seq.as_seq().unwrap()[0].span, Span::new(F, 2, 7));
}

#[test]
fn block_collections_end_at_their_last_child() {
    let text = "outer:\n  inner: 1\n  list:\n    - x\n    - y\n\n# trailing comment\n";
    let root = load_ok(text);
    let outer = root.get("outer").unwrap();
    assert_eq!(at(text, outer.span), "inner: 1\n  list:\n    - x\n    - y");
    assert_eq!(at(text, outer.get("list").unwrap().span), "- x\n    - y");
    assert_eq!(
        at(text, root.span),
        text.trim_end_matches("\n\n# trailing comment\n")
    );
}

#[test]
fn crlf_keeps_spans_right() {
    let text = "a: 1\r\nb: \"x\"\r\n";
    let root = load_ok(text);
    assert_eq!(at(text, root.get("b").unwrap().span), "\"x\"");
    assert_eq!(at(text, root.entry("b").unwrap().key_span), "b");
}

#[test]
fn empty_inputs_have_no_root_and_no_diagnostics() {
    for text in ["", "\n\n", "# only a comment\n"] {
        let parsed = load(text);
        assert!(
            parsed.root.is_none() && parsed.diagnostics.is_empty(),
            "{text:?}"
        );
    }
    assert_eq!(load_ok("---\n").kind, NodeKind::Null);
}

#[test]
fn duplicate_keys_are_reported_and_the_first_kept() {
    let text = "a: 1\nb: 2\na: 3\n";
    let parsed = load(text);
    assert_eq!(codes(&parsed), ["YAML-002"]);
    let d = &parsed.diagnostics[0];
    assert_eq!(d.span(), Some(Span::new(F, 10, 11)));
    assert_eq!(d.secondary[0].span, Span::new(F, 0, 1));
    let root = parsed.root.unwrap();
    assert_eq!(root.as_map().unwrap().len(), 2);
    assert_eq!(root.get("a").unwrap().kind, NodeKind::Int(1));
}

#[test]
fn duplicate_keys_in_large_mappings() {
    let mut text: String = (0..40).map(|i| format!("k{i}: {i}\n")).collect();
    text.push_str("k7: again\nk7: thrice\n");
    let parsed = load(&text);
    assert_eq!(codes(&parsed), ["YAML-002", "YAML-002"]);
    let first = text.find("k7").unwrap() as u32;
    assert!(
        parsed
            .diagnostics
            .iter()
            .all(|d| d.secondary[0].span.start == first)
    );
    assert_eq!(parsed.root.unwrap().as_map().unwrap().len(), 40);
}

#[test]
fn aliases_are_refused_by_default() {
    let text = "base: &b {x: 1}\nuse: *b\nlone: &l 2\n";
    let parsed = load(text);
    assert_eq!(codes(&parsed), ["YAML-005", "YAML-005"]);
    assert_eq!(at(text, parsed.diagnostics[0].span().unwrap()), "*b");
    assert_eq!(at(text, parsed.diagnostics[0].secondary[0].span), "&b");
    assert_eq!(at(text, parsed.diagnostics[1].span().unwrap()), "&l");
    let root = parsed.root.unwrap();
    assert_eq!(root.get("use").unwrap().kind, NodeKind::Null);
    assert_eq!(at(text, root.get("base").unwrap().span), "{x: 1}");
}

#[test]
fn aliases_expand_when_allowed() {
    let limits = Limits {
        allow_aliases: true,
        ..Limits::default()
    };
    let text = "base: &b {x: 1}\nuse: *b\nk: &k name\n*k : v\n";
    let parsed = parse(F, text, &limits);
    assert!(parsed.diagnostics.is_empty(), "{:#?}", parsed.diagnostics);
    let root = parsed.root.unwrap();
    let copy = root.get("use").unwrap();
    assert_eq!(at(text, copy.span), "*b");
    assert_eq!(copy.get("x").unwrap().kind, NodeKind::Int(1));
    assert_eq!(root.get("name").unwrap().as_str(), Some("v"));
}

#[test]
fn recursive_alias_is_refused() {
    let limits = Limits {
        allow_aliases: true,
        ..Limits::default()
    };
    let parsed = parse(F, "a: &x [1, *x]\n", &limits);
    assert_eq!(codes(&parsed), ["YAML-006"]);
    assert!(parsed.root.is_some());
    // As a key, the entry is dropped with no second complaint about the key.
    let parsed = parse(F, "a: &x {*x : 1, b: 2}\n", &limits);
    assert_eq!(codes(&parsed), ["YAML-006"]);
    let root = parsed.root.unwrap();
    let keys: Vec<&str> = root
        .get("a")
        .unwrap()
        .as_map()
        .unwrap()
        .iter()
        .map(|e| &*e.key)
        .collect();
    assert_eq!(keys, ["b"]);
}

#[test]
fn alias_copies_count_toward_depth() {
    let limits = Limits {
        allow_aliases: true,
        max_depth: 4,
        ..Limits::default()
    };
    let parsed = parse(F, "a: &x [[1]]\nb: [[*x]]\n", &limits);
    assert_eq!(codes(&parsed), ["YAML-006"]);
    assert!(parsed.root.is_none());
}

#[test]
fn tags_core_honoured_others_refused() {
    let text = "a: !!str 12\nb: !!int \"7\"\nc: !custom x\nd: !!int abc\ne: !!map [1]\nf: ! 5\n";
    let parsed = load(text);
    assert_eq!(codes(&parsed), ["YAML-011", "YAML-011", "YAML-011"]);
    assert_eq!(at(text, parsed.diagnostics[0].span().unwrap()), "!custom");
    assert_eq!(at(text, parsed.diagnostics[1].span().unwrap()), "abc");
    assert_eq!(at(text, parsed.diagnostics[2].span().unwrap()), "[1]");
    let root = parsed.root.unwrap();
    assert_eq!(root.get("a").unwrap().kind, NodeKind::Str("12".into()));
    assert_eq!(at(text, root.get("a").unwrap().span), "12");
    assert_eq!(root.get("b").unwrap().kind, NodeKind::Int(7));
    assert_eq!(root.get("c").unwrap().kind, NodeKind::Str("x".into()));
    assert_eq!(root.get("f").unwrap().kind, NodeKind::Str("5".into()));
}

#[test]
fn complex_keys_are_refused_and_their_value_dropped() {
    let text = "? [a, b]\n: x\nok: 1\n";
    let parsed = load(text);
    assert_eq!(codes(&parsed), ["YAML-010"]);
    assert_eq!(at(text, parsed.diagnostics[0].span().unwrap()), "[a, b]");
    let root = parsed.root.unwrap();
    assert_eq!(root.as_map().unwrap().len(), 1);
}

#[test]
fn second_document_is_refused_but_first_kept() {
    let text = "a: 1\n---\nb: 2\n";
    let parsed = load(text);
    assert_eq!(codes(&parsed), ["YAML-009"]);
    assert_eq!(at(text, parsed.diagnostics[0].span().unwrap()), "---");
    assert!(parsed.root.unwrap().get("a").is_some());
    // A syntax error in a later document is still found.
    let parsed = load("a: 1\n---\nb: [\n");
    assert_eq!(codes(&parsed), ["YAML-009", "YAML-001"]);
}

#[test]
fn explicit_start_and_end_markers_are_one_document() {
    let root = load_ok("---\na: 1\n...\n");
    assert!(root.get("a").is_some());
}

#[test]
fn depth_limit_is_enforced() {
    let limits = Limits {
        max_depth: 3,
        ..Limits::default()
    };
    assert!(parse(F, "[[[1]]]", &limits).diagnostics.is_empty());
    let parsed = parse(F, "[[[[1]]]]", &limits);
    assert_eq!(codes(&parsed), ["YAML-006"]);
    assert_eq!(parsed.diagnostics[0].span(), Some(Span::new(F, 3, 4)));
    assert!(parsed.root.is_none());
}

#[test]
fn file_size_limit() {
    let limits = Limits {
        max_file_bytes: 4,
        ..Limits::default()
    };
    let parsed = parse(F, "a: 12\n", &limits);
    assert_eq!(codes(&parsed), ["YAML-006"]);
}

#[test]
fn syntax_errors_stop_with_no_tree() {
    let text = "a: [1, 2\nb: 3\n";
    let parsed = load(text);
    assert_eq!(codes(&parsed), ["YAML-001"]);
    assert!(parsed.root.is_none());
}

#[test]
fn tabs_in_indentation_get_their_own_code() {
    let text = "a:\n\tb: 1\n";
    let parsed = load(text);
    assert_eq!(codes(&parsed), ["YAML-003"]);
    assert_eq!(parsed.diagnostics[0].span(), Some(Span::new(F, 3, 4)));
    // Tabs as separators are fine.
    load_ok("a: [1,\t2]\t# comment\n");
}

#[test]
fn spans_stay_on_character_boundaries_around_a_stray_byte_order_mark() {
    // Found by fuzzing: a block scalar whose content is a BOM once ended mid-character.
    let text = " |+\n\u{feff}\u{feff}\n\n";
    let parsed = load(text);
    let spans = parsed
        .diagnostics
        .iter()
        .filter_map(Diagnostic::span)
        .chain(parsed.root.iter().map(|n| n.span));
    for span in spans {
        assert!(text.is_char_boundary(span.start as usize), "{span:?}");
        assert!(text.is_char_boundary(span.end as usize), "{span:?}");
    }
}

#[test]
fn empty_flow_collections_span_both_brackets() {
    let text = "- { id: a, fronts: [], tags: {} }\n- fronts: []\n";
    let root = load_ok(text);
    let items = root.as_seq().unwrap();
    assert_eq!(at(text, items[0].get("fronts").unwrap().span), "[]");
    assert_eq!(at(text, items[0].get("tags").unwrap().span), "{}");
    assert_eq!(at(text, items[1].get("fronts").unwrap().span), "[]");
}
