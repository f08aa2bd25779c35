//! The documents generated for the bundled example: snapshots of every HTML
//! and Markdown document, the committed copies under `docs/examples/` kept
//! fresh, and the DOCX files checked for well-formed NFC XML with the same
//! section headings as the HTML.

mod documents_support;

use documents_support::{build_example, docx_texts, html_headings};
use unicode_normalization::is_nfc;

#[test]
fn snapshots_of_every_text_document() {
    let files = build_example();
    for f in files.iter().filter(|f| !f.path.ends_with(".docx")) {
        let text = String::from_utf8(f.bytes.clone()).expect("UTF-8");
        insta::with_settings!({ snapshot_path => "documents/snapshots", prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!(f.path.clone(), text);
        });
    }
}

#[test]
fn committed_examples_are_fresh() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/examples");
    let files = build_example();
    if std::env::var_os("KIENTRUC_UPDATE_EXAMPLES").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        for f in &files {
            std::fs::write(dir.join(&f.path), &f.bytes).unwrap();
        }
    }
    // Byte for byte, DOCX included: the generator writes no timestamps.
    let stale: Vec<&str> = files
        .iter()
        .filter(|f| std::fs::read(dir.join(&f.path)).ok().as_deref() != Some(&f.bytes[..]))
        .map(|f| f.path.as_str())
        .collect();
    assert!(
        stale.is_empty(),
        "docs/examples is stale for {stale:?}; run `KIENTRUC_UPDATE_EXAMPLES=1 cargo test --test documents_example`"
    );
}

#[test]
fn docx_is_well_formed_nfc_with_the_html_headings() {
    let files = build_example();
    for f in files.iter().filter(|f| f.path.ends_with(".docx")) {
        let paragraphs = docx_texts(&f.bytes);
        for p in &paragraphs {
            assert!(is_nfc(p), "{}: paragraph not NFC: {p}", f.path);
        }
        let html_path = f.path.replace(".docx", ".html");
        let html = files.iter().find(|h| h.path == html_path).unwrap();
        let html = String::from_utf8(html.bytes.clone()).unwrap();
        assert!(is_nfc(&html));
        let headings = html_headings(&html);
        assert!(
            headings.len() >= 5,
            "{html_path}: too few headings: {headings:?}"
        );
        for h in headings {
            assert!(
                paragraphs.iter().any(|p| p.trim() == h || p.contains(&h)),
                "{}: heading `{h}` of the HTML is missing",
                f.path
            );
        }
    }
}
