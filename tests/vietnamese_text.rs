//! Vietnamese text speaks plain Vietnamese: no English words or YAML jargon
//! left inside messages, hints, rule titles and rule documentation. YAML keys,
//! ids and values in backticks, and `{placeholders}`, are exempt.

use kientruc::diagnostic::Lang;
use kientruc::rules::registry;
use std::path::Path;
use unicode_normalization::is_nfc;

/// English words a Vietnamese sentence must not contain, and "ánh xạ", the
/// literal translation of "mapping" that architects do not use.
const BANNED: &[&str] = &[
    "mapping",
    "mappings",
    "field",
    "fields",
    "list",
    "lists",
    "string",
    "strings",
    "null",
    "boolean",
    "booleans",
    "integer",
    "integers",
    "array",
    "arrays",
    "object",
    "objects",
    "key",
    "keys",
    "value",
    "values",
    "item",
    "items",
    "element",
    "elements",
    "schema",
    "schemas",
    "pattern",
    "enum",
    "entry",
    "entries",
    "node",
    "nodes",
    "anchor",
    "anchors",
    "alias",
    "aliases",
    "merge",
    "tag",
    "tags",
    "scalar",
    "sequence",
    "true",
    "false",
    "the",
    "and",
    "or",
    "of",
    "is",
    "not",
    "you",
    "error",
    "warning",
    "file",
    "files",
    "folder",
    "ánh xạ",
];

/// The text outside backticks, code blocks and `{placeholders}`.
fn prose(text: &str) -> String {
    let mut out = String::new();
    let mut in_block = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_block = !in_block;
            continue;
        }
        if in_block {
            continue;
        }
        let (mut tick, mut brace) = (false, 0usize);
        for c in line.chars() {
            match c {
                '`' => tick = !tick,
                '{' if !tick => brace += 1,
                '}' if !tick && brace > 0 => brace -= 1,
                _ if !tick && brace == 0 => out.push(c),
                _ => {}
            }
        }
        out.push('\n');
    }
    out
}

/// The banned words found in `text`'s prose.
fn banned_words(text: &str) -> Vec<String> {
    let prose = prose(text).to_lowercase();
    let words: Vec<&str> = prose
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut found = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let pair = words.get(i + 1).map(|next| format!("{word} {next}"));
        for banned in BANNED {
            if banned == word || pair.as_deref() == Some(banned) {
                found.push((*banned).to_owned());
            }
        }
    }
    found
}

fn is_vietnamese(text: &str) -> bool {
    text.chars().any(|c| {
        "ăâđêôơưàáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ"
            .contains(c.to_lowercase().next().unwrap_or(c))
    })
}

#[test]
fn the_check_finds_english_words_and_jargon() {
    assert_eq!(banned_words("thêm khóa vào ánh xạ này"), ["ánh xạ"]);
    assert_eq!(
        banned_words("cần một list hoặc mapping"),
        ["list", "mapping"]
    );
    assert!(banned_words("thêm `name: value` vào phần này").is_empty());
    assert!(banned_words("giá trị {value} không hợp lệ").is_empty());
    assert!(banned_words("```yaml\nkey: value\n```\nđạt").is_empty());
}

#[test]
fn rule_titles_and_documentation_are_plain_vietnamese() {
    let mut problems = Vec::new();
    for rule in registry::all() {
        let basis = rule.basis_vi();
        for english in [
            "Decree",
            "Art.",
            "Framework",
            "practice",
            "section",
            "Law",
            "TT ",
        ] {
            if basis.contains(english) {
                problems.push(format!("{} basis: {english:?} in {basis:?}", rule.code));
            }
        }
        for (what, text) in [
            ("title", rule.title_vi.to_owned()),
            ("doc", rule.doc_for(Lang::Vi)),
            ("basis", basis),
        ] {
            let found = banned_words(&text);
            if !found.is_empty() {
                problems.push(format!("{} {what}: {found:?}", rule.code));
            }
            if !is_nfc(&text) {
                problems.push(format!("{} {what}: not NFC", rule.code));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The string literals of `args`.
fn literals(args: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = args.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut lit = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    if let Some(next) = chars.next() {
                        lit.push(if next == 'n' { '\n' } else { next });
                    }
                }
                '"' => break,
                c => lit.push(c),
            }
        }
        out.push(lit);
    }
    out
}

/// The top-level arguments of the call whose `(` ends at `start`.
fn call_args(text: &str, start: usize) -> Vec<String> {
    let mut args = Vec::new();
    let (mut current, mut depth) = (String::new(), 0usize);
    let mut chars = text[start..].chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                current.push(c);
                while let Some(c) = chars.next() {
                    current.push(c);
                    if c == '\\' {
                        if let Some(next) = chars.next() {
                            current.push(next);
                        }
                    } else if c == '"' {
                        break;
                    }
                }
            }
            '(' | '[' | '{' => {
                depth += 1;
                current.push(c);
            }
            ')' | ']' | '}' if depth == 0 => {
                args.push(current);
                return args;
            }
            ')' | ']' | '}' => {
                depth -= 1;
                current.push(c);
            }
            ',' if depth == 0 => args.push(std::mem::take(&mut current)),
            c => current.push(c),
        }
    }
    args
}

/// Every Vietnamese message template in the source: the second argument of
/// `msg!` and `Msg::new`, and the Vietnamese half of `("en", "vi")` pairs
/// (type names and labels the messages are built from).
fn vietnamese_templates(root: &Path) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut dirs = vec![root.join("src")];
    while let Some(dir) = dirs.pop() {
        let mut entries: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().collect();
        entries.sort_by_key(|e| e.path());
        for entry in entries {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let name = path.strip_prefix(root).unwrap().display().to_string();
            for call in ["msg!(", "Msg::new(", "Failure::new("] {
                for (at, _) in text.match_indices(call) {
                    let args = call_args(&text, at + call.len());
                    // `Failure::new(lang, en, vi)`.
                    let vi = if call == "Failure::new(" {
                        args.get(2)
                    } else {
                        args.get(1)
                    };
                    for lit in vi.map(|a| literals(a)).unwrap_or_default() {
                        let line = text[..at].lines().count();
                        found.push((format!("{name}:{line}"), lit));
                    }
                }
            }
            for (at, _) in text.match_indices("(\"") {
                let args = call_args(&text, at + 1);
                if let [en, vi] = args.as_slice() {
                    let (en, vi) = (literals(en), literals(vi));
                    if let ([_], [vi]) = (en.as_slice(), vi.as_slice())
                        && is_vietnamese(vi)
                    {
                        let line = text[..at].lines().count();
                        found.push((format!("{name}:{line}"), vi.clone()));
                    }
                }
            }
        }
    }
    found
}

#[test]
fn vietnamese_messages_and_hints_are_plain_vietnamese() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let templates = vietnamese_templates(root);
    assert!(
        templates.len() > 500,
        "only {} templates found",
        templates.len()
    );
    // The scan reaches the schema validator, the loader and the rules.
    for file in [
        "src/schema/validate.rs",
        "src/schema/validate/wording.rs",
        "src/load/yaml/refusals.rs",
        "src/rules/fw1/lgsp.rs",
        "src/cli/mod.rs",
    ] {
        assert!(
            templates.iter().any(|(place, _)| place.starts_with(file)),
            "no Vietnamese template found in {file}"
        );
    }
    let mut problems = Vec::new();
    for (place, text) in &templates {
        let found = banned_words(text);
        if !found.is_empty() {
            problems.push(format!("{place}: {found:?} in {text:?}"));
        }
        if !is_nfc(text) {
            problems.push(format!("{place}: not NFC: {text:?}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every description of the JSON Schemas (what the editor shows on hover)
/// reads "Vietnamese. — English.", the Vietnamese first and in plain words.
#[test]
fn schema_descriptions_are_vietnamese_first() {
    use kientruc::schema::generate::{SchemaKind, schema_text};
    fn walk(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, v) in map {
                    match (key.as_str(), v) {
                        ("description", serde_json::Value::String(s)) => out.push(s.clone()),
                        _ => walk(v, out),
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut problems = Vec::new();
    let mut count = 0;
    for kind in SchemaKind::ALL {
        let schema: serde_json::Value = serde_json::from_str(&schema_text(kind)).unwrap();
        let mut descriptions = Vec::new();
        walk(&schema, &mut descriptions);
        count += descriptions.len();
        for text in descriptions {
            match text.split_once(" — ") {
                Some((vi, en)) if is_vietnamese(vi) && !en.trim().is_empty() => {
                    let found = banned_words(vi);
                    if !found.is_empty() {
                        problems.push(format!("{found:?} in {vi:?}"));
                    }
                    if !is_nfc(&text) || text.contains('\n') {
                        problems.push(format!("not NFC or not one line: {text:?}"));
                    }
                }
                _ => problems.push(format!("not \"Vietnamese — English\": {text:?}")),
            }
        }
    }
    assert!(count > 300, "only {count} descriptions");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
