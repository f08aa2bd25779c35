//! How schema terms and instance values read in messages, in both languages.

use jsonschema::types::JsonType;
use serde_json::Value;

use crate::load::tree::{Node, NodeKind};

/// Longest quoted string shown in a message, in characters.
const MAX_SHOWN_CHARS: usize = 60;
/// Most allowed values or fields listed in one message.
pub(super) const MAX_LISTED: usize = 10;

/// A type name with its article: ("a list", "danh sách").
pub(super) fn json_type_name(ty: JsonType) -> (&'static str, &'static str) {
    match ty {
        JsonType::Null => ("null", "giá trị rỗng"),
        JsonType::Boolean => ("a boolean", "giá trị đúng/sai"),
        JsonType::Integer => ("an integer", "số nguyên"),
        JsonType::Number => ("a number", "số"),
        JsonType::String => ("a string", "giá trị chữ"),
        JsonType::Array => ("a list", "danh sách"),
        JsonType::Object => ("a mapping", "nhóm các cặp khóa–giá trị"),
    }
}

/// The type a YAML node has, named like [`json_type_name`].
pub(super) fn node_type_name(node: &Node) -> (&'static str, &'static str) {
    json_type_name(match node.kind {
        NodeKind::Null => JsonType::Null,
        NodeKind::Bool(_) => JsonType::Boolean,
        NodeKind::Int(_) => JsonType::Integer,
        NodeKind::Float(_) => JsonType::Number,
        NodeKind::Str(_) => JsonType::String,
        NodeKind::Seq(_) => JsonType::Array,
        NodeKind::Map(_) => JsonType::Object,
    })
}

/// "a mapping or null" from a set of accepted types: `number` covers `integer`,
/// and `null` goes last because it reads as the optional case.
pub(super) fn type_list(types: &[JsonType]) -> (String, String) {
    let mut types: Vec<JsonType> = types.to_vec();
    if types.contains(&JsonType::Number) {
        types.retain(|t| *t != JsonType::Integer);
    }
    types.sort_by_key(|t| (*t == JsonType::Null, *t));
    types.dedup();
    let en: Vec<&str> = types.iter().map(|t| json_type_name(*t).0).collect();
    let vi: Vec<&str> = types.iter().map(|t| json_type_name(*t).1).collect();
    (join_or(&en, "or"), join_or(&vi, "hoặc"))
}

fn join_or(items: &[&str], or: &str) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} {or} {last}", init.join(", ")),
    }
}

/// A node as quoted in a message: scalars literally, containers by type.
pub(super) fn show_node(node: &Node) -> (String, String) {
    let scalar = match &node.kind {
        NodeKind::Null => "`null`".to_string(),
        NodeKind::Bool(b) => format!("`{b}`"),
        NodeKind::Int(i) => format!("`{i}`"),
        NodeKind::Float(f) => format!("`{}`", show_float(*f)),
        NodeKind::Str(s) => quote(s),
        NodeKind::Seq(_) | NodeKind::Map(_) => {
            let (en, vi) = node_type_name(node);
            return (en.to_string(), vi.to_string());
        }
    };
    (scalar.clone(), scalar)
}

/// A bare number as written in YAML (`.inf`, `.nan` for the special values).
pub(super) fn show_number(node: &Node) -> Option<String> {
    match node.kind {
        NodeKind::Int(i) => Some(i.to_string()),
        NodeKind::Float(f) => Some(show_float(f)),
        _ => None,
    }
}

fn show_float(f: f64) -> String {
    if f.is_nan() {
        ".nan".to_string()
    } else if f.is_infinite() {
        if f > 0.0 { ".inf" } else { "-.inf" }.to_string()
    } else {
        f.to_string()
    }
}

/// A schema value (`enum`/`const` member, bound) as quoted in a message.
pub(super) fn show_value(value: &Value) -> String {
    match value {
        Value::String(s) => quote(s),
        other => {
            let text = other.to_string();
            quote(&text)
        }
    }
}

/// Backticked and shortened so a long scalar cannot flood the output.
pub(super) fn quote(text: &str) -> String {
    let mut chars = text.chars();
    let shown: String = chars.by_ref().take(MAX_SHOWN_CHARS).collect();
    let more = if chars.next().is_some() { "…" } else { "" };
    format!("`{shown}{more}`")
}

/// Up to [`MAX_LISTED`] already quoted items, then how many were left out.
pub(super) fn listing(items: &[String]) -> (String, String) {
    let shown = items[..items.len().min(MAX_LISTED)].join(", ");
    match items.len().saturating_sub(MAX_LISTED) {
        0 => (shown.clone(), shown),
        rest => (
            format!("{shown} and {rest} more"),
            format!("{shown} và {rest} mục khác"),
        ),
    }
}

/// `security_level` reads "security level" in an English sentence.
pub(super) fn humanize_key(key: &str) -> String {
    key.replace(['_', '-'], " ")
}

/// A schema description, "Vietnamese. — English." (the editor's hover shows
/// the Vietnamese first), as (English, Vietnamese). Without the separator the
/// text reads the same in both.
pub(super) fn description_parts(text: &str) -> (&str, &str) {
    match text.split_once(" — ") {
        Some((vi, en)) => (en, vi),
        None => (text, text),
    }
}
