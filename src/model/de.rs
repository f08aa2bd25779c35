//! A serde `Deserializer` over the span tree, so typed model structs are read
//! straight from the tree (no intermediate JSON) and `Spanned<T>` fields get spans.

use super::spanned;
use crate::load::tree::{Entry, Node, NodeKind};
use crate::source::Span;
use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};
use std::fmt;

/// A deserialization error with the span of the node that caused it.
#[derive(Debug, Clone)]
pub struct DeError {
    pub message: String,
    pub span: Option<Span>,
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DeError {}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        DeError {
            message: msg.to_string(),
            span: None,
        }
    }
}

/// Reads a typed value from a tree node.
pub fn from_node<'de, T: serde::Deserialize<'de>>(node: &'de Node) -> Result<T, DeError> {
    T::deserialize(NodeDe(node))
}

#[derive(Clone, Copy)]
struct NodeDe<'de>(&'de Node);

impl NodeDe<'_> {
    fn locate(&self, mut e: DeError) -> DeError {
        if e.span.is_none() {
            e.span = Some(self.0.span);
        }
        e
    }
}

macro_rules! forward_to_any {
    ($($method:ident)*) => {
        $(fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
            self.deserialize_any(visitor)
        })*
    };
}

impl<'de> de::Deserializer<'de> for NodeDe<'de> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let result = match &self.0.kind {
            NodeKind::Null => visitor.visit_unit(),
            NodeKind::Bool(b) => visitor.visit_bool(*b),
            NodeKind::Int(i) => visitor.visit_i64(*i),
            NodeKind::Float(f) => visitor.visit_f64(*f),
            NodeKind::Str(s) => visitor.visit_borrowed_str(s),
            NodeKind::Seq(items) => visitor.visit_seq(SeqDe(items.iter())),
            NodeKind::Map(entries) => visitor.visit_map(MapDe {
                entries: entries.iter(),
                value: None,
            }),
        };
        result.map_err(|e| self.locate(e))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.0.kind {
            NodeKind::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        if name == spanned::NAME {
            return visitor.visit_map(SpanDe {
                span: self.0.span,
                value: SpannedValue::Node(self.0),
                step: 0,
            });
        }
        self.deserialize_any(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let result = match &self.0.kind {
            NodeKind::Str(s) => visitor.visit_enum((&**s).into_deserializer()),
            NodeKind::Int(i) => visitor.visit_enum(i.to_string().into_deserializer()),
            NodeKind::Map(entries) if entries.len() == 1 => visitor.visit_enum(EnumDe(&entries[0])),
            _ => Err(de::Error::custom(format!(
                "expected an enum value, found {}",
                self.0.type_name()
            ))),
        };
        result.map_err(|e| self.locate(e))
    }

    forward_to_any! {
        deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_f32
        deserialize_f64 deserialize_char deserialize_str deserialize_string deserialize_bytes
        deserialize_byte_buf deserialize_unit deserialize_seq deserialize_map
        deserialize_identifier deserialize_ignored_any
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_any(visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_any(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_any(visitor)
    }
}

struct SeqDe<'de>(std::slice::Iter<'de, Node>);

impl<'de> de::SeqAccess<'de> for SeqDe<'de> {
    type Error = DeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, DeError> {
        match self.0.next() {
            Some(node) => seed
                .deserialize(NodeDe(node))
                .map(Some)
                .map_err(|e| NodeDe(node).locate(e)),
            None => Ok(None),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

struct MapDe<'de> {
    entries: std::slice::Iter<'de, Entry>,
    value: Option<&'de Node>,
}

impl<'de> de::MapAccess<'de> for MapDe<'de> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        match self.entries.next() {
            Some(entry) => {
                self.value = Some(&entry.value);
                let key = KeyDe(entry);
                seed.deserialize(key).map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        let node = self
            .value
            .take()
            .ok_or_else(|| <DeError as de::Error>::custom("value requested before key"))?;
        // The innermost node that failed is the most precise place to point at.
        seed.deserialize(NodeDe(node))
            .map_err(|e| NodeDe(node).locate(e))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// A mapping key: a string, or a span-carrying string for `Spanned<String>` keys.
struct KeyDe<'de>(&'de Entry);

impl<'de> de::Deserializer<'de> for KeyDe<'de> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor
            .visit_borrowed_str(&self.0.key)
            .map_err(|mut e: DeError| {
                e.span.get_or_insert(self.0.key_span);
                e
            })
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        if name == spanned::NAME {
            return visitor.visit_map(SpanDe {
                span: self.0.key_span,
                value: SpannedValue::Key(&self.0.key),
                step: 0,
            });
        }
        self.deserialize_any(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map enum identifier ignored_any
    }
}

/// Where the value of a `Spanned<T>` comes from: a tree node, or a mapping key.
#[derive(Clone, Copy)]
enum SpannedValue<'de> {
    Node(&'de Node),
    Key(&'de str),
}

/// Feeds `Spanned<T>`'s visitor: file, start, end, then the value itself.
struct SpanDe<'de> {
    span: Span,
    value: SpannedValue<'de>,
    step: u8,
}

impl<'de> de::MapAccess<'de> for SpanDe<'de> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        let Some(field) = spanned::FIELDS.get(self.step as usize) else {
            return Ok(None);
        };
        seed.deserialize(de::value::BorrowedStrDeserializer::new(field))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        let step = self.step;
        self.step += 1;
        match (step, self.value) {
            (0, _) => seed.deserialize(self.span.file.0.into_deserializer()),
            (1, _) => seed.deserialize(self.span.start.into_deserializer()),
            (2, _) => seed.deserialize(self.span.end.into_deserializer()),
            (_, SpannedValue::Node(node)) => seed.deserialize(NodeDe(node)),
            (_, SpannedValue::Key(key)) => {
                seed.deserialize(de::value::BorrowedStrDeserializer::new(key))
            }
        }
    }
}

struct EnumDe<'de>(&'de Entry);

impl<'de> de::EnumAccess<'de> for EnumDe<'de> {
    type Error = DeError;
    type Variant = NodeDe<'de>;

    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, NodeDe<'de>), DeError> {
        let variant = seed.deserialize(KeyDe(self.0))?;
        Ok((variant, NodeDe(&self.0.value)))
    }
}

impl<'de> de::VariantAccess<'de> for NodeDe<'de> {
    type Error = DeError;

    fn unit_variant(self) -> Result<(), DeError> {
        de::Deserialize::deserialize(self)
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, DeError> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, DeError> {
        de::Deserializer::deserialize_seq(self, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        de::Deserializer::deserialize_map(self, visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::from_node;
    use crate::load::yaml::{Limits, parse};
    use crate::model::Spanned;
    use crate::source::FileId;
    use std::collections::BTreeMap;

    #[derive(serde::Deserialize)]
    struct Sample {
        name: Spanned<String>,
        levels: BTreeMap<Spanned<String>, Spanned<u8>>,
        date: Spanned<crate::model::Date>,
    }

    fn text_at(text: &str, span: crate::source::Span) -> &str {
        &text[span.start as usize..span.end as usize]
    }

    #[test]
    fn spanned_values_and_keys_carry_their_spans() {
        let text = "name: Sở Y tế\nlevels:\n  lgsp: 3\ndate: 2018-09-28\n";
        let root = parse(FileId(0), text, &Limits::default()).root.unwrap();
        let sample: Sample = from_node(&root).unwrap();
        assert_eq!(text_at(text, sample.name.span), "Sở Y tế");
        let (key, level) = sample.levels.iter().next().unwrap();
        assert_eq!(text_at(text, key.span), "lgsp");
        assert_eq!((text_at(text, level.span), level.value), ("3", 3));
        assert_eq!(text_at(text, sample.date.span), "2018-09-28");
    }

    #[test]
    fn errors_point_at_the_innermost_value() {
        let text = "name: x\nlevels: {}\ndate: 2019-02-30\n";
        let root = parse(FileId(0), text, &Limits::default()).root.unwrap();
        let error = from_node::<Sample>(&root).err().unwrap();
        assert_eq!(text_at(text, error.span.unwrap()), "2019-02-30");
    }
}
