//! Generated files committed to the repository must match what the code
//! generates now. Regenerate with `UPDATE_GENERATED=1 cargo test --test generated_files`.

use kientruc::rules::registry;
use kientruc::schema::generate::{SchemaKind, schema_text};
use std::path::Path;

fn check_or_update(path: &Path, expected: &str, stale: &mut Vec<String>) {
    let current = std::fs::read_to_string(path).unwrap_or_default();
    if current == expected {
        return;
    }
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, expected).unwrap();
    } else {
        stale.push(path.display().to_string());
    }
}

#[test]
fn committed_schemas_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stale = Vec::new();
    for kind in SchemaKind::ALL {
        check_or_update(
            &root.join("schemas").join(kind.file_name()),
            &schema_text(kind),
            &mut stale,
        );
    }
    assert!(
        stale.is_empty(),
        "stale generated files: {stale:?}\nrun `UPDATE_GENERATED=1 cargo test --test generated_files`"
    );
}

#[test]
fn rule_docs_are_fresh() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules");
    let mut stale = Vec::new();
    check_or_update(
        &dir.join("README.md"),
        &registry::index_markdown(),
        &mut stale,
    );
    let mut expected_files = vec!["README.md".to_owned()];
    for rule in registry::all() {
        let name = format!("{}.md", rule.code);
        check_or_update(&dir.join(&name), &rule.markdown(), &mut stale);
        expected_files.push(name);
    }
    // A page for a rule that no longer exists is stale too.
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !expected_files.contains(&name) {
            if std::env::var_os("UPDATE_GENERATED").is_some() {
                std::fs::remove_file(entry.path()).unwrap();
            } else {
                stale.push(format!("docs/rules/{name} (no such rule)"));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale rule docs: {stale:?}\nrun `UPDATE_GENERATED=1 cargo test --test generated_files`"
    );
}

#[test]
fn every_rule_is_documented() {
    let mut codes = std::collections::HashSet::new();
    for rule in registry::all() {
        assert!(codes.insert(rule.code), "{} is declared twice", rule.code);
        for section in ["## What it checks", "## Why", "## Example"] {
            assert!(
                rule.doc.contains(section),
                "{} lacks `{section}` in its doc comment",
                rule.code
            );
        }
        assert!(
            !rule.title_vi.is_empty() && !rule.title_en.is_empty(),
            "{} needs both titles",
            rule.code
        );
        assert!(!rule.basis.is_empty(), "{} needs a basis", rule.code);
        check_vietnamese_doc(rule);
    }
}

/// The ```yaml blocks of a doc part, in order.
fn yaml_blocks(doc: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in doc.lines() {
        let line = line.trim();
        match &mut current {
            None if line == "```yaml" => current = Some(String::new()),
            Some(block) if line == "```" => {
                blocks.push(std::mem::take(block));
                current = None;
            }
            Some(block) => {
                block.push_str(line);
                block.push('\n');
            }
            None => {}
        }
    }
    blocks
}

/// Every rule documents itself in Vietnamese too, after `## Tiếng Việt`, with
/// the same sections as the English part, the same YAML examples, in NFC.
fn check_vietnamese_doc(rule: &kientruc::code::Code) {
    use unicode_normalization::UnicodeNormalization;
    let code = rule.code;
    let marker = format!(" {}\n", kientruc::code::VI_MARKER);
    let Some((en, vi)) = rule.doc.split_once(&marker) else {
        panic!(
            "{code} lacks `{}` in its doc comment",
            kientruc::code::VI_MARKER
        );
    };
    let mut sections = vec![
        ("## What it checks", "### Kiểm tra gì"),
        ("## Why", "### Vì sao"),
        ("## Example", "### Ví dụ"),
    ];
    if en.contains("## Basis") {
        sections.push(("## Basis", "### Căn cứ"));
    }
    for (en_heading, vi_heading) in sections {
        let Some((_, body)) = vi.split_once(&format!(" {vi_heading}\n")) else {
            panic!("{code}: the Vietnamese part lacks `{vi_heading}` ({en_heading})");
        };
        let body = body.split(" ###").next().unwrap_or_default();
        assert!(
            body.lines().any(|l| !l.trim().is_empty()),
            "{code}: `{vi_heading}` is empty"
        );
    }
    assert!(
        vi.chars()
            .any(|c| "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ".contains(c)),
        "{code}: the Vietnamese part has no Vietnamese letters"
    );
    let nfc: String = rule.doc.nfc().collect();
    assert!(nfc == rule.doc, "{code}: the doc comment is not in NFC");
    assert_eq!(
        yaml_blocks(en),
        yaml_blocks(vi),
        "{code}: the YAML examples differ between English and Vietnamese"
    );
    use kientruc::diagnostic::Lang;
    assert!(
        !rule.doc_for(Lang::En).contains(kientruc::code::VI_MARKER),
        "{code}"
    );
    assert!(
        rule.doc_for(Lang::Vi).starts_with("## Kiểm tra gì\n"),
        "{code}"
    );
}
