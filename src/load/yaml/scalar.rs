//! Scalar values: YAML 1.2 core-schema resolution and the core tags we honour.

use crate::load::tree::NodeKind;
use saphyr_parser::{ScalarStyle, Tag};

/// A tag as far as the span tree cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CoreTag {
    /// `!`: the node is what it looks like, but a scalar is never resolved (always a string).
    NonSpecific,
    Str,
    Int,
    Float,
    Bool,
    Null,
    Map,
    Seq,
}

const CORE_PREFIX: &str = "tag:yaml.org,2002:";

impl CoreTag {
    /// The tag we honour, or `None` for any other (refused) tag.
    pub(super) fn of(tag: &Tag) -> Option<CoreTag> {
        if tag.handle.is_empty() && tag.suffix == "!" {
            return Some(CoreTag::NonSpecific);
        }
        // `!!int` arrives resolved as handle + suffix; a verbatim `!<tag:yaml.org,2002:int>` as suffix only.
        let name = if tag.handle == CORE_PREFIX {
            tag.suffix.as_str()
        } else if tag.handle.is_empty() {
            tag.suffix.strip_prefix(CORE_PREFIX)?
        } else {
            return None;
        };
        Some(match name {
            "str" => CoreTag::Str,
            "int" => CoreTag::Int,
            "float" => CoreTag::Float,
            "bool" => CoreTag::Bool,
            "null" => CoreTag::Null,
            "map" => CoreTag::Map,
            "seq" => CoreTag::Seq,
            _ => return None,
        })
    }

    pub(super) fn name(self) -> &'static str {
        match self {
            CoreTag::NonSpecific => "!",
            CoreTag::Str => "!!str",
            CoreTag::Int => "!!int",
            CoreTag::Float => "!!float",
            CoreTag::Bool => "!!bool",
            CoreTag::Null => "!!null",
            CoreTag::Map => "!!map",
            CoreTag::Seq => "!!seq",
        }
    }

    /// Whether a collection may carry this tag (`is_map` tells which kind it is).
    pub(super) fn fits_collection(self, is_map: bool) -> bool {
        match self {
            CoreTag::NonSpecific => true,
            CoreTag::Map => is_map,
            CoreTag::Seq => !is_map,
            _ => false,
        }
    }
}

/// The value of a scalar. `Err` when a tag asks for a type the text is not.
pub(super) fn scalar_kind(
    value: &str,
    style: ScalarStyle,
    tag: Option<CoreTag>,
) -> Result<NodeKind, ()> {
    let kind = match tag {
        None if style == ScalarStyle::Plain => resolve_plain(value),
        None | Some(CoreTag::NonSpecific | CoreTag::Str) => NodeKind::Str(value.into()),
        Some(CoreTag::Null) => null(value).ok_or(())?,
        Some(CoreTag::Bool) => boolean(value).ok_or(())?,
        Some(CoreTag::Int) => int(value).ok_or(())?,
        Some(CoreTag::Float) => match int(value).or_else(|| float(value)).ok_or(())? {
            NodeKind::Int(i) => NodeKind::Float(i as f64),
            other => other,
        },
        Some(CoreTag::Map | CoreTag::Seq) => return Err(()),
    };
    Ok(kind)
}

/// YAML 1.2 core schema for plain scalars. YAML 1.1 words (`yes`, `on`) stay strings.
pub(super) fn resolve_plain(value: &str) -> NodeKind {
    null(value)
        .or_else(|| boolean(value))
        .or_else(|| int(value))
        .or_else(|| float(value))
        .unwrap_or_else(|| NodeKind::Str(value.into()))
}

fn null(value: &str) -> Option<NodeKind> {
    matches!(value, "" | "~" | "null" | "Null" | "NULL").then_some(NodeKind::Null)
}

fn boolean(value: &str) -> Option<NodeKind> {
    match value {
        "true" | "True" | "TRUE" => Some(NodeKind::Bool(true)),
        "false" | "False" | "FALSE" => Some(NodeKind::Bool(false)),
        _ => None,
    }
}

/// Decimal (`-12`), octal (`0o17`) or hexadecimal (`0x1F`); too large for i64 becomes a float.
fn int(value: &str) -> Option<NodeKind> {
    let (digits, radix) = if let Some(d) = value.strip_prefix("0o") {
        (d, 8)
    } else if let Some(d) = value.strip_prefix("0x") {
        (d, 16)
    } else {
        let unsigned = value.strip_prefix(['-', '+']).unwrap_or(value);
        if unsigned.is_empty() || !unsigned.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        return Some(match value.parse::<i64>() {
            Ok(i) => NodeKind::Int(i),
            Err(_) => NodeKind::Float(value.parse().ok()?),
        });
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    Some(match i64::from_str_radix(digits, radix) {
        Ok(i) => NodeKind::Int(i),
        Err(_) => NodeKind::Float(digits.chars().fold(0.0, |acc, c| {
            acc * f64::from(radix) + f64::from(c.to_digit(radix).unwrap_or(0))
        })),
    })
}

/// `1.5`, `.5`, `1.`, `1e3`, `-2.5E-3`, `.inf`, `-.inf`, `.nan` (core schema float forms only:
/// Rust's parser alone would also take `inf` or `infinity`).
fn float(value: &str) -> Option<NodeKind> {
    let unsigned = value.strip_prefix(['-', '+']).unwrap_or(value);
    let negative = value.starts_with('-');
    if matches!(unsigned, ".inf" | ".Inf" | ".INF") {
        return Some(NodeKind::Float(if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        }));
    }
    if matches!(value, ".nan" | ".NaN" | ".NAN") {
        return Some(NodeKind::Float(f64::NAN));
    }
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(i) => (&unsigned[..i], Some(&unsigned[i + 1..])),
        None => (unsigned, None),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok =
        digits(whole) && digits(fraction) && !(whole.is_empty() && fraction.is_empty());
    // `1.` has digits but no fraction; `.` alone has neither.
    let mantissa_ok = mantissa_ok && (mantissa.contains('.') || !whole.is_empty());
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    if mantissa_ok && exponent_ok {
        value.parse().ok().map(NodeKind::Float)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str) -> NodeKind {
        resolve_plain(s)
    }

    #[test]
    fn nulls_and_bools() {
        for s in ["", "~", "null", "Null", "NULL"] {
            assert_eq!(plain(s), NodeKind::Null, "{s:?}");
        }
        for s in ["true", "True", "TRUE"] {
            assert_eq!(plain(s), NodeKind::Bool(true));
        }
        for s in ["false", "False", "FALSE"] {
            assert_eq!(plain(s), NodeKind::Bool(false));
        }
        for s in ["yes", "no", "on", "off", "y", "tRUE", "nULL"] {
            assert_eq!(plain(s), NodeKind::Str(s.into()), "{s:?}");
        }
    }

    #[test]
    fn integers() {
        assert_eq!(plain("0"), NodeKind::Int(0));
        assert_eq!(plain("-12"), NodeKind::Int(-12));
        assert_eq!(plain("+7"), NodeKind::Int(7));
        assert_eq!(plain("007"), NodeKind::Int(7));
        assert_eq!(plain("0o17"), NodeKind::Int(15));
        assert_eq!(plain("0x1F"), NodeKind::Int(31));
        assert_eq!(plain("0x"), NodeKind::Str("0x".into()));
        assert_eq!(plain("0o8"), NodeKind::Str("0o8".into()));
        assert_eq!(plain("-0x1"), NodeKind::Str("-0x1".into()));
        assert_eq!(plain("1_000"), NodeKind::Str("1_000".into()));
        assert_eq!(plain("9223372036854775807"), NodeKind::Int(i64::MAX));
        assert_eq!(
            plain("9223372036854775808"),
            NodeKind::Float(9.223372036854776e18)
        );
        assert_eq!(
            plain("0xFFFFFFFFFFFFFFFF"),
            NodeKind::Float(18446744073709551615.0)
        );
    }

    #[test]
    fn floats() {
        assert_eq!(plain("1.5"), NodeKind::Float(1.5));
        assert_eq!(plain("1e3"), NodeKind::Float(1000.0));
        assert_eq!(plain("-2.5E-3"), NodeKind::Float(-0.0025));
        assert_eq!(plain(".5"), NodeKind::Float(0.5));
        assert_eq!(plain("1."), NodeKind::Float(1.0));
        assert_eq!(plain(".inf"), NodeKind::Float(f64::INFINITY));
        assert_eq!(plain("-.inf"), NodeKind::Float(f64::NEG_INFINITY));
        assert!(matches!(plain(".nan"), NodeKind::Float(f) if f.is_nan()));
        for s in [
            ".", "inf", "nan", "infinity", "1e", "e3", "1.2.3", "-.nan", "1,5", "3.14.", "1e3.5",
        ] {
            assert_eq!(plain(s), NodeKind::Str(s.into()), "{s:?}");
        }
    }

    #[test]
    fn core_tags_convert_or_refuse() {
        use ScalarStyle::{DoubleQuoted, Plain};
        assert_eq!(
            scalar_kind("12", Plain, Some(CoreTag::Str)),
            Ok(NodeKind::Str("12".into()))
        );
        assert_eq!(
            scalar_kind("12", DoubleQuoted, Some(CoreTag::Int)),
            Ok(NodeKind::Int(12))
        );
        assert_eq!(
            scalar_kind("12", Plain, Some(CoreTag::Float)),
            Ok(NodeKind::Float(12.0))
        );
        assert_eq!(
            scalar_kind("true", Plain, Some(CoreTag::NonSpecific)),
            Ok(NodeKind::Str("true".into()))
        );
        assert_eq!(scalar_kind("abc", Plain, Some(CoreTag::Int)), Err(()));
        assert_eq!(scalar_kind("abc", Plain, Some(CoreTag::Map)), Err(()));
        assert_eq!(
            scalar_kind("12", DoubleQuoted, None),
            Ok(NodeKind::Str("12".into()))
        );
    }

    #[test]
    fn tag_names() {
        let tag = |handle: &str, suffix: &str| Tag {
            handle: handle.into(),
            suffix: suffix.into(),
        };
        assert_eq!(CoreTag::of(&tag(CORE_PREFIX, "str")), Some(CoreTag::Str));
        assert_eq!(
            CoreTag::of(&tag("", "tag:yaml.org,2002:seq")),
            Some(CoreTag::Seq)
        );
        assert_eq!(CoreTag::of(&tag("", "!")), Some(CoreTag::NonSpecific));
        assert_eq!(CoreTag::of(&tag(CORE_PREFIX, "binary")), None);
        assert_eq!(CoreTag::of(&tag("!", "custom")), None);
    }
}
