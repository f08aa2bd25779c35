//! Every output format over the shared Vietnamese sample: snapshots plus the
//! properties snapshots cannot show (columns, colour, order, bounded snippets).

#[path = "fixtures/report/sample.rs"]
mod sample;

use kientruc::diagnostic::{Diagnostic, Lang, Msg, Severity};
use kientruc::report::{Format, ReportContext, render};
use kientruc::source::{FileId, SourceFile, SourceMap, Span};

fn rendered(format: Format, lang: Lang) -> String {
    let sources = sample::sources();
    let rules = sample::rules();
    let diags = sample::diagnostics(&sources);
    render(format, &diags, &sample::context(&sources, &rules, lang))
}

#[test]
fn snapshots_of_every_format() {
    for format in Format::ALL {
        insta::assert_snapshot!(format!("{format}_en"), rendered(format, Lang::En));
    }
    for format in [Format::Human, Format::Short] {
        insta::assert_snapshot!(format!("{format}_vi"), rendered(format, Lang::Vi));
    }
}

#[test]
fn every_format_ends_with_exactly_one_newline_and_is_deterministic() {
    for format in Format::ALL {
        for lang in [Lang::En, Lang::Vi] {
            let out = rendered(format, lang);
            assert!(out.ends_with('\n') && !out.ends_with("\n\n"), "{format}");
            assert_eq!(out, rendered(format, lang), "{format} differs between runs");
            assert!(
                !out.contains(env!("CARGO_MANIFEST_DIR")),
                "{format} leaks a path"
            );
        }
    }
}

/// A one-file map, for tests that need their own text.
fn single(path: &str, text: &str) -> SourceMap {
    let mut map = SourceMap::new();
    map.add(SourceFile::new(path.into(), text.to_owned()));
    map
}

fn ctx(sources: &SourceMap, lang: Lang) -> ReportContext<'_> {
    ReportContext {
        sources,
        lang,
        color: false,
        summary: sample::summary(),
        rules: &[],
        partial: kientruc::rules::impaired::Partial::none(),
        tool_version: "0.1.0",
    }
}

fn error_at(sources: &SourceMap, needle: &str) -> Diagnostic {
    let text = &sources.get(FileId(0)).text;
    let start = text.find(needle).expect("needle in text") as u32;
    Diagnostic::new(
        sample::code("T-001"),
        Severity::Error,
        Msg::new("bad value", "giá trị sai"),
    )
    .at(
        Span::new(FileId(0), start, start + needle.len() as u32),
        None,
    )
}

#[test]
fn vietnamese_text_before_the_error_does_not_shift_column_or_caret() {
    let text = "tên: Ủy ban nhân dân tỉnh Quảng Nam; mã: sai-mã\n";
    let sources = single("tỉnh.yaml", text);
    let d = error_at(&sources, "sai-mã");
    let expected_column = text[..text.find("sai-mã").unwrap()].chars().count() + 1;
    assert_eq!(expected_column, 42);

    let short = render(
        Format::Short,
        std::slice::from_ref(&d),
        &ctx(&sources, Lang::En),
    );
    assert!(
        short.starts_with("tỉnh.yaml:1:42: error[T-001] bad value\n"),
        "{short}"
    );

    let human = render(Format::Human, &[d], &ctx(&sources, Lang::En));
    assert!(human.contains(" --> tỉnh.yaml:1:42\n"), "{human}");
    let lines: Vec<&str> = human.lines().collect();
    let source_line = lines.iter().find(|l| l.contains("sai-mã")).unwrap();
    let caret_line = lines.iter().find(|l| l.contains('^')).unwrap();
    let token_at = source_line[..source_line.find("sai-mã").unwrap()]
        .chars()
        .count();
    let caret_at = caret_line.chars().position(|c| c == '^').unwrap();
    assert_eq!(caret_at, token_at, "\n{source_line}\n{caret_line}");
    assert_eq!(caret_line.matches('^').count(), "sai-mã".chars().count());
}

#[test]
fn colour_only_adds_escape_codes() {
    let sources = sample::sources();
    let rules = sample::rules();
    let diags = sample::diagnostics(&sources);
    let plain_ctx = sample::context(&sources, &rules, Lang::En);
    let color_ctx = ReportContext {
        color: true,
        ..plain_ctx
    };
    let plain = render(Format::Human, &diags, &plain_ctx);
    let colored = render(Format::Human, &diags, &color_ctx);
    assert!(!plain.contains('\x1b'));
    assert!(colored.contains("\x1b["));
    assert_eq!(anstream::adapter::strip_str(&colored).to_string(), plain);
}

#[test]
fn diagnostics_keep_the_order_given() {
    let sources = sample::sources();
    let rules = sample::rules();
    let mut diags = sample::diagnostics(&sources);
    diags.reverse();
    let ctx = sample::context(&sources, &rules, Lang::En);
    let codes = |out: &str, prefix: &str| -> Vec<String> {
        out.lines()
            .filter_map(|l| l.find(prefix).map(|i| l[i + prefix.len()..].to_owned()))
            .map(|rest| {
                rest.chars()
                    .take_while(|c| *c != ']' && *c != ',' && *c != ':')
                    .collect()
            })
            .collect()
    };
    let expected: Vec<String> = diags.iter().map(|d| d.code.to_string()).collect();
    assert_eq!(codes(&render(Format::Short, &diags, &ctx), "["), expected);
    let json: serde_json::Value =
        serde_json::from_str(&render(Format::Json, &diags, &ctx)).unwrap();
    let json_codes: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(json_codes, expected);
    // GitHub leaves the waived finding out, and keeps the rest in order.
    let unwaived: Vec<String> = diags
        .iter()
        .filter(|d| d.waived.is_none())
        .map(|d| d.code.to_string())
        .collect();
    assert_eq!(
        codes(&render(Format::Github, &diags, &ctx), "title="),
        unwaived
    );
}

#[test]
fn diagnostic_without_span_prints_header_and_help_only() {
    let sources = SourceMap::new();
    let d = Diagnostic::new(
        sample::code("T-002"),
        Severity::Warning,
        Msg::new("no files found", "không tìm thấy tệp"),
    )
    .with_help(Msg::new(
        "point at the architecture folder",
        "chỉ tới thư mục kiến trúc",
    ));
    let out = render(Format::Human, &[d], &ctx(&sources, Lang::Vi));
    assert_eq!(
        out,
        "cảnh báo[T-002]: không tìm thấy tệp\n\
         gợi ý: chỉ tới thư mục kiến trúc\n\
         \n\
         đã kiểm tra 2 tệp, 3 phần tử: 0 lỗi, 1 cảnh báo, 0 thông tin\n"
    );
}

#[test]
fn clean_run_says_so() {
    let sources = sample::sources();
    for (lang, expected) in [
        (Lang::En, "checked 2 files, 3 elements: no problems found\n"),
        (
            Lang::Vi,
            "đã kiểm tra 2 tệp, 3 phần tử: không phát hiện vấn đề nào\n",
        ),
    ] {
        assert_eq!(render(Format::Human, &[], &ctx(&sources, lang)), expected);
        assert_eq!(render(Format::Short, &[], &ctx(&sources, lang)), expected);
        assert_eq!(render(Format::Github, &[], &ctx(&sources, lang)), expected);
    }
    let one = ReportContext {
        summary: kientruc::report::Summary {
            files: 1,
            elements: 1,
        },
        ..ctx(&sources, Lang::En)
    };
    assert_eq!(
        render(Format::Short, &[], &one),
        "checked 1 file, 1 element: no problems found\n"
    );
}

#[test]
fn github_commands_escape_data_and_properties() {
    let sources = single("a,b:c%.yaml", "x: 1\n");
    let d = error_at(&sources, "1").with_help(Msg::new("50% off\r\nline two", "x"));
    let d = Diagnostic {
        code: sample::code("T:1,2"),
        ..d
    };
    let out = render(Format::Github, &[d], &ctx(&sources, Lang::En));
    assert_eq!(
        out.lines().next().unwrap(),
        "::error file=a%2Cb%3Ac%25.yaml,line=1,col=4,endLine=1,endColumn=5,title=T%3A1%2C2::bad value%0A50%25 off%0D%0Aline two"
    );
}

#[test]
fn snippets_stay_small_in_large_files() {
    // 200,000 lines; the finding is near the end and its secondary label near the start.
    let mut text = String::new();
    for i in 0..200_000 {
        text.push_str(&format!("dòng-{i}: giá trị\n"));
    }
    let sources = single("lớn.yaml", &text);
    let at = |needle: &str| {
        let s = text.find(needle).unwrap() as u32;
        Span::new(FileId(0), s, s + needle.len() as u32)
    };
    let d = Diagnostic::new(
        sample::code("T-003"),
        Severity::Error,
        Msg::new("far apart", "xa nhau"),
    )
    .at(at("dòng-199998"), None)
    .with_secondary(at("dòng-3:"), Msg::new("related", "liên quan"));
    let out = render(Format::Human, &[d], &ctx(&sources, Lang::En));
    assert!(out.lines().count() < 20, "{out}");
    assert!(out.contains(" --> lớn.yaml:199999:1"), "{out}");
    assert!(out.contains(" ::: lớn.yaml:4:1"), "{out}");

    // A label over thousands of lines is cut to its first line.
    let wide = Span::new(FileId(0), at("dòng-10:").start, at("dòng-5000:").end);
    let d = Diagnostic::new(
        sample::code("T-004"),
        Severity::Error,
        Msg::new("wide", "rộng"),
    )
    .at(wide, None);
    let out = render(Format::Human, &[d], &ctx(&sources, Lang::En));
    assert!(out.lines().count() < 12, "{out}");
    assert!(!out.contains("dòng-5000"), "{out}");

    // One very long line: the location is printed without the snippet.
    let long = format!("x: [{}]\n", "a, ".repeat(100_000));
    let sources = single("dài.yaml", &long);
    let d = Diagnostic::new(
        sample::code("T-005"),
        Severity::Error,
        Msg::new("long", "dài"),
    )
    .at(Span::new(FileId(0), 200_000, 200_001), None);
    let out = render(Format::Human, &[d], &ctx(&sources, Lang::En));
    assert!(out.len() < 1_000, "{}", &out[..out.len().min(2_000)]);
    assert!(out.contains("dài.yaml:1:200001"), "{out}");
}

#[test]
fn hostile_spans_never_panic() {
    let sources = single("v.yaml", "tên: Đà Nẵng\r\nmã: x\r\n");
    let bad = [
        Span::new(FileId(0), 6, 7),          // inside `à`
        Span::new(FileId(0), 9_999, 10_000), // past the end
        Span::new(FileId(7), 0, 3),          // unknown file
        Span::new(FileId(0), 0, u32::MAX),
        Span::point(FileId(0), 14), // on the `\r`
    ];
    let diags: Vec<Diagnostic> = bad
        .iter()
        .map(|&s| {
            Diagnostic::new(sample::code("T-006"), Severity::Error, Msg::new("x", "x"))
                .at(s, Some(Msg::new("here", "ở đây")))
                .with_secondary(s, Msg::new("and here", "và ở đây"))
        })
        .collect();
    for format in Format::ALL {
        for color in [false, true] {
            let c = ReportContext {
                color,
                ..ctx(&sources, Lang::Vi)
            };
            let out = render(format, &diags, &c);
            assert!(out.ends_with('\n'));
        }
    }
}

#[test]
fn crlf_files_render_without_carriage_returns() {
    let sources = single("w.yaml", "a: 1\r\nb: sai\r\nc: 3\r\n");
    let d = error_at(&sources, "sai");
    let out = render(Format::Human, &[d], &ctx(&sources, Lang::En));
    assert!(!out.contains('\r'), "{out:?}");
    assert!(out.contains(" --> w.yaml:2:4"), "{out}");
}

#[test]
fn terminal_formats_never_print_control_characters_from_the_model() {
    let path = "e\u{1b}[1m.yaml";
    let sources = single(path, "a: \u{1b}[31mđỏ\n");
    let d = error_at(&sources, "đỏ")
        .with_help(Msg::new("h\u{1b}[2Jx", "x"))
        .with_secondary(Span::new(FileId(0), 0, 1), Msg::new("l\u{1b}[8m", "x"));
    let mut d = Diagnostic {
        message: Msg::new("m \u{1b}]0;title\u{7} \u{9b}31m", "x"),
        ..d
    };
    for waived in [None, Some(Msg::new("w\u{1b}[5m", "x"))] {
        d.waived = waived;
        for format in [Format::Human, Format::Short, Format::Github] {
            let out = render(format, std::slice::from_ref(&d), &ctx(&sources, Lang::En));
            let bad: Vec<char> = out
                .chars()
                .filter(|c| c.is_control() && *c != '\n')
                .collect();
            assert!(bad.is_empty(), "{format}: {out:?}");
            // GitHub leaves waived findings out; the others show the escape visibly.
            let shown = d.waived.is_none() || format != Format::Github;
            assert_eq!(out.contains('\u{241b}'), shown, "{format}: {out:?}");
        }
    }
}
