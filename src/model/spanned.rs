//! `Spanned<T>`: a model value that remembers where it was written.

use crate::source::Span;
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

/// Name of the struct the tree deserializer recognises to hand over a span.
pub(crate) const NAME: &str = "$__kientruc_spanned";
pub(crate) const FIELD_FILE: &str = "$__file";
pub(crate) const FIELD_START: &str = "$__start";
pub(crate) const FIELD_END: &str = "$__end";
pub(crate) const FIELD_VALUE: &str = "$__value";
pub(crate) const FIELDS: &[&str] = &[FIELD_FILE, FIELD_START, FIELD_END, FIELD_VALUE];

/// A value with its source span. In JSON Schema it is just `T`.
#[derive(Clone, Default)]
pub struct Spanned<T> {
    pub span: Span,
    pub value: T,
}

impl<T> Spanned<T> {
    pub fn new(span: Span, value: T) -> Self {
        Spanned { span, value }
    }
}

impl Spanned<String> {
    pub fn as_str(&self) -> &str {
        &self.value
    }
}

impl<T> std::ops::Deref for Spanned<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T: fmt::Debug> fmt::Debug for Spanned<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.value.fmt(f)
    }
}

impl<T: PartialEq> PartialEq for Spanned<T> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl<T: Eq> Eq for Spanned<T> {}

impl<T: PartialOrd> PartialOrd for Spanned<T> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        self.value.partial_cmp(&other.value)
    }
}

impl<T: Ord> Ord for Spanned<T> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.value.cmp(&other.value)
    }
}

impl<T: std::hash::Hash> std::hash::Hash for Spanned<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.value.hash(state)
    }
}

impl<T: JsonSchema> JsonSchema for Spanned<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
    }
}

impl<T: serde::Serialize> serde::Serialize for Spanned<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(s)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Spanned<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SpannedVisitor<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for SpannedVisitor<T> {
            type Value = Spanned<T>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a value with a source span")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Spanned<T>, A::Error> {
                let mut file = 0u32;
                let mut start = 0u32;
                let mut end = 0u32;
                let mut value = None;
                while let Some(key) = map.next_key::<&str>()? {
                    match key {
                        FIELD_FILE => file = map.next_value()?,
                        FIELD_START => start = map.next_value()?,
                        FIELD_END => end = map.next_value()?,
                        FIELD_VALUE => value = Some(map.next_value()?),
                        other => return Err(de::Error::unknown_field(other, FIELDS)),
                    }
                }
                let value = value.ok_or_else(|| de::Error::missing_field(FIELD_VALUE))?;
                Ok(Spanned {
                    span: Span::new(crate::source::FileId(file), start, end),
                    value,
                })
            }
        }

        deserializer.deserialize_struct(NAME, FIELDS, SpannedVisitor(PhantomData))
    }
}

/// Where each field of an element was written: the key's span and the value's
/// span, by path (`hosted_on`, `security.level`, `budget[0].amount`). Kept so
/// that a finding about a field that is present but wrong (`fronts: []`) can
/// point at it rather than at the element's id. Filled after reading; not part
/// of the YAML (serde skips it) nor of comparisons.
///
/// Paths are kept as 64-bit hashes, not strings: a model of 100,000 elements
/// records a few million of them, and a string each would cost more than the
/// rest of the model.
#[derive(Clone, Default)]
pub struct FieldSpans(Vec<(u64, Span, Span)>);

/// FNV-1a over the path's bytes: stable from run to run, no dependency.
fn path_hash(parts: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in part.as_bytes() {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

impl FieldSpans {
    /// Records every key under the mapping `node`, recursing into nested
    /// mappings and lists (items as `field[i]`).
    pub fn of(node: &crate::load::tree::Node) -> FieldSpans {
        let mut spans = FieldSpans::default();
        let mut path = String::new();
        spans.walk(&mut path, node);
        spans.0.shrink_to_fit();
        spans
    }

    /// `path` is the current prefix; it is restored before returning.
    fn walk(&mut self, path: &mut String, node: &crate::load::tree::Node) {
        use crate::load::tree::NodeKind;
        let prefix = path.len();
        match &node.kind {
            NodeKind::Map(entries) => {
                for e in entries {
                    if prefix > 0 {
                        path.push('.');
                    }
                    path.push_str(&e.key);
                    self.0.push((path_hash(&[path]), e.key_span, e.value.span));
                    self.walk(path, &e.value);
                    path.truncate(prefix);
                }
            }
            NodeKind::Seq(items) if prefix > 0 => {
                for (i, item) in items.iter().enumerate() {
                    use std::fmt::Write as _;
                    let _ = write!(path, "[{i}]");
                    self.0.push((path_hash(&[path]), item.span, item.span));
                    self.walk(path, item);
                    path.truncate(prefix);
                }
            }
            _ => {}
        }
    }

    fn find(&self, path: &str) -> Option<&(u64, Span, Span)> {
        let wanted = path_hash(&[path]);
        self.0.iter().find(|(p, ..)| *p == wanted)
    }

    /// The span of the key `path`, if it was written.
    pub fn key(&self, path: &str) -> Option<Span> {
        self.find(path).map(|f| f.1)
    }

    /// The span of the value under `path` (`[]` for an empty list), if written.
    pub fn value(&self, path: &str) -> Option<Span> {
        self.find(path).map(|f| f.2)
    }

    /// Whether the key `path` was written at all.
    pub fn has(&self, path: &str) -> bool {
        self.find(path).is_some()
    }
}

impl fmt::Debug for FieldSpans {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("FieldSpans")
    }
}

/// Spans never make two elements different.
impl PartialEq for FieldSpans {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::FieldSpans;
    use crate::load::yaml::{Limits, parse};
    use crate::source::FileId;

    #[test]
    fn field_spans_by_path() {
        let text = "id: a\nfronts: []\nsecurity: { level: 2 }\nbudget:\n  - { source: central, amount: 5 }\nfunctions: [x, y]\n";
        let root = parse(FileId(0), text, &Limits::default()).root.unwrap();
        let spans = FieldSpans::of(&root);
        let at =
            |s: Option<crate::source::Span>| s.map(|s| &text[s.start as usize..s.end as usize]);
        assert_eq!(at(spans.key("fronts")), Some("fronts"));
        assert_eq!(at(spans.value("fronts")), Some("[]"));
        assert_eq!(at(spans.value("security.level")), Some("2"));
        assert_eq!(at(spans.value("budget[0].amount")), Some("5"));
        assert_eq!(at(spans.value("functions[1]")), Some("y"));
        assert!(spans.has("id") && !spans.has("hosted_on"));
        assert_eq!(spans.value("budget[1].amount"), None);
    }
}
