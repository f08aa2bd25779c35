//! Helpers shared by the document tests.
#![allow(dead_code)]

use kientruc::documents::{self, Input, OutputFile, Templates};
use kientruc::model::Date;
use kientruc::pipeline::{self, Options};
use std::io::Read;
use std::path::{Path, PathBuf};

pub fn example_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("architecture")
}

/// Checks `dir` with a fixed "today" and generates every document.
pub fn build(dir: &Path) -> (pipeline::Checked, Vec<OutputFile>) {
    let options = Options {
        today: Date::parse("2024-01-01").unwrap(),
        ..Options::default()
    };
    let checked = pipeline::check(dir, &options).expect("folder readable");
    let input = Input {
        model: &checked.model,
        extras: &checked.extras,
        sources: &checked.sources,
        diagnostics: &checked.diagnostics,
        partial: &checked.partial,
        diagram_svg: documents::overall_svg(&checked.model).ok(),
        diagram_table: documents::overall_table(&checked.model),
    };
    let files =
        documents::generate(&input, &Templates::load(None).unwrap()).expect("documents render");
    (checked, files)
}

pub fn build_example() -> Vec<OutputFile> {
    build(&example_dir()).1
}

/// The text of every paragraph of `word/document.xml`, after checking that
/// every XML part of the package is well formed.
pub fn docx_texts(bytes: &[u8]) -> Vec<String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("DOCX is a zip");
    let mut document = String::new();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let name = entry.name().to_owned();
        if !(name.ends_with(".xml") || name.ends_with(".rels")) {
            continue;
        }
        let mut text = String::new();
        entry
            .read_to_string(&mut text)
            .expect("XML parts are UTF-8");
        assert_well_formed(&name, &text);
        if name == "word/document.xml" {
            document = text;
        }
    }
    assert!(!document.is_empty(), "word/document.xml is missing");
    paragraphs(&document)
}

fn assert_well_formed(name: &str, xml: &str) {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut depth = 0i64;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(_)) => depth += 1,
            Ok(quick_xml::events::Event::End(_)) => depth -= 1,
            Ok(quick_xml::events::Event::Text(t)) => {
                t.decode()
                    .unwrap_or_else(|e| panic!("{name}: bad text: {e}"));
            }
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!(
                "{name} is not well-formed XML at {}: {e}",
                reader.buffer_position()
            ),
        }
        assert!(depth >= 0, "{name}: unbalanced tags");
    }
    assert_eq!(depth, 0, "{name}: unclosed tags");
}

fn paragraphs(xml: &str) -> Vec<String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = Vec::new();
    let mut current = String::new();
    let mut in_text = false;
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) if e.name().as_ref() == b"w:t" => in_text = true,
            Event::End(e) if e.name().as_ref() == b"w:t" => in_text = false,
            Event::End(e) if e.name().as_ref() == b"w:p" => out.push(std::mem::take(&mut current)),
            Event::Text(t) if in_text => current.push_str(&unescape(&String::from_utf8_lossy(&t))),
            Event::GeneralRef(r) if in_text => {
                let name = String::from_utf8_lossy(&r);
                current.push_str(&unescape(&format!("&{name};")));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// Decodes the entities minijinja and docx-rs write.
pub fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&#x2f;", "/")
        .replace("&amp;", "&")
}

/// Text of the h2–h4 headings of an HTML document, tags stripped.
pub fn html_headings(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for level in ["h2", "h3", "h4"] {
        let open = format!("<{level}>");
        let close = format!("</{level}>");
        let mut rest = html;
        while let Some(start) = rest.find(&open) {
            let after = &rest[start + open.len()..];
            let Some(end) = after.find(&close) else { break };
            out.push(unescape(&strip_tags(&after[..end])).trim().to_owned());
            rest = &after[end..];
        }
    }
    out
}

fn strip_tags(s: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}
