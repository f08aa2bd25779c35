//! The span tree as a `jsonschema` instance representation, so the validator
//! reads [`Node`]s in place instead of a copy of the tree as `serde_json::Value`.
//!
//! YAML specifics: a YAML float (`1.0`, `.inf`) is never an integer, because the
//! YAML core schema types it as a float and the model loader would reject it where
//! an integer is expected. `.nan` and `±.inf` stay numbers (they fail every bound);
//! JSON has no spelling for them, so their `serde_json` forms are only approximations
//! used on error paths.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use jsonschema::json::{Array, Json, JsonNumber, Node as JsonNode, NodeIdentity, Object, cmp};
use jsonschema::types::JsonType;
// `jsonschema` does not re-export `LazyInstance`, needed to override `lazy_value`.
use jsonschema_value::LazyInstance;
use serde_json::{Map, Number, Value};

use crate::load::tree::{Entry, Node, NodeKind};
use crate::source::Span;

/// Marker type selecting the span tree as the instance representation.
pub struct Tree;

impl Json for Tree {
    type Node<'a> = &'a Node;
    type PreparedKey = Box<str>;
    // `Node` has no `Default`; the slot is filled on first use.
    type StringBuffer = Option<Node>;

    // Lookups scan the entries linearly, so one members pass never costs more than lookups.
    const KEYS_PER_LOOKUP: usize = 1 << 16;
    const ACYCLIC: bool = true;

    fn prepare_key(key: &str) -> Box<str> {
        key.into()
    }

    fn with_string_node<T>(
        buffer: &mut Option<Node>,
        string: &str,
        f: impl FnOnce(&Node) -> T,
    ) -> T {
        let node = buffer.insert(Node::new(Span::default(), NodeKind::Str(string.into())));
        f(node)
    }
}

/// A YAML number as the validator sees it.
#[derive(Debug, Clone, Copy)]
pub enum TreeNumber {
    Int(i64),
    Float(f64),
}

impl JsonNumber for TreeNumber {
    fn as_u64(&self) -> Option<u64> {
        match *self {
            TreeNumber::Int(i) => u64::try_from(i).ok(),
            TreeNumber::Float(_) => None,
        }
    }

    fn as_i64(&self) -> Option<i64> {
        match *self {
            TreeNumber::Int(i) => Some(i),
            TreeNumber::Float(_) => None,
        }
    }

    fn as_f64(&self) -> Option<f64> {
        match *self {
            TreeNumber::Int(i) => Some(i as f64),
            TreeNumber::Float(f) => Some(f),
        }
    }

    fn as_str(&self) -> Cow<'_, str> {
        match *self {
            TreeNumber::Int(i) => Cow::Owned(i.to_string()),
            TreeNumber::Float(f) => Cow::Owned(format!("{f:?}")),
        }
    }

    fn to_number(&self) -> Cow<'_, Number> {
        Cow::Owned(match *self {
            TreeNumber::Int(i) => Number::from(i),
            TreeNumber::Float(f) => float_number(f),
        })
    }

    fn is_integer(&self) -> bool {
        matches!(self, TreeNumber::Int(_))
    }

    fn is_written_as_integer(&self) -> bool {
        matches!(self, TreeNumber::Int(_))
    }
}

/// The closest JSON number: infinities saturate, NaN becomes 0 (JSON has neither).
fn float_number(f: f64) -> Number {
    let finite = if f.is_nan() {
        0.0
    } else {
        f.clamp(f64::MIN, f64::MAX)
    };
    Number::from_f64(finite).unwrap_or_else(|| Number::from(0))
}

impl<'a> JsonNode<'a, Tree> for &'a Node {
    type Object = &'a [Entry];
    type Array = &'a [Node];
    type Number = TreeNumber;

    fn as_object(&self) -> Option<&'a [Entry]> {
        self.as_map()
    }

    fn as_array(&self) -> Option<&'a [Node]> {
        self.as_seq()
    }

    fn as_string(&self) -> Option<Cow<'a, str>> {
        self.as_str().map(Cow::Borrowed)
    }

    fn as_number(&self) -> Option<TreeNumber> {
        match self.kind {
            NodeKind::Int(i) => Some(TreeNumber::Int(i)),
            NodeKind::Float(f) => Some(TreeNumber::Float(f)),
            _ => None,
        }
    }

    fn as_boolean(&self) -> Option<bool> {
        match self.kind {
            NodeKind::Bool(b) => Some(b),
            _ => None,
        }
    }

    fn is_null(&self) -> bool {
        matches!(self.kind, NodeKind::Null)
    }

    fn json_type(&self) -> JsonType {
        match self.kind {
            NodeKind::Null => JsonType::Null,
            NodeKind::Bool(_) => JsonType::Boolean,
            NodeKind::Int(_) | NodeKind::Float(_) => JsonType::Number,
            NodeKind::Str(_) => JsonType::String,
            NodeKind::Seq(_) => JsonType::Array,
            NodeKind::Map(_) => JsonType::Object,
        }
    }

    fn equals_value(&self, expected: &Value) -> bool {
        equals_value(self, expected)
    }

    fn to_value(&self) -> Cow<'a, Value> {
        Cow::Owned(to_value(self))
    }

    // Errors carry their instance; a preview keeps an error on a large mapping cheap.
    // Diagnostics never read it: they resolve the instance path on the tree.
    fn lazy_value(&self) -> LazyInstance<'a> {
        let mut budget = PREVIEW_NODES;
        LazyInstance::Ready(Cow::Owned(preview(self, &mut budget)))
    }

    fn identity(&self) -> Option<NodeIdentity> {
        Some(NodeIdentity::new(std::ptr::from_ref::<Node>(*self) as usize))
    }
}

impl<'a> Object<'a, Tree> for &'a [Entry] {
    type Node = &'a Node;
    type MemberName = &'a str;
    type MembersIter = Members<'a>;

    fn len(&self) -> usize {
        <[Entry]>::len(self)
    }

    fn get(&self, key: &Box<str>) -> Option<&'a Node> {
        self.iter().find(|e| e.key == *key).map(|e| &e.value)
    }

    fn members(&self) -> Members<'a> {
        Members(self.iter())
    }
}

/// Iterator over a mapping's `(key, value)` pairs in source order.
pub struct Members<'a>(std::slice::Iter<'a, Entry>);

impl<'a> Iterator for Members<'a> {
    type Item = (&'a str, &'a Node);

    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|e| (&*e.key, &e.value))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl<'a> Array<'a, Tree> for &'a [Node] {
    type Node = &'a Node;
    type ElementsIter = std::slice::Iter<'a, Node>;

    fn len(&self) -> usize {
        <[Node]>::len(self)
    }

    fn elements(&self) -> std::slice::Iter<'a, Node> {
        self.iter()
    }

    fn is_unique(&self) -> bool {
        first_duplicate(self).is_none()
    }
}

/// JSON equality between a tree node and a schema value (`const`, `enum`):
/// numbers compare mathematically, mappings ignore key order. Iterative, so a
/// deep instance cannot overflow the stack.
pub fn equals_value(node: &Node, value: &Value) -> bool {
    // `enum`/`const` run on every such node: comparing scalars must not allocate.
    if !matches!(node.kind, NodeKind::Seq(_) | NodeKind::Map(_)) {
        return scalar_equals(node, value);
    }
    let mut pending = vec![(node, value)];
    while let Some((node, value)) = pending.pop() {
        let same = match (&node.kind, value) {
            (NodeKind::Seq(items), Value::Array(values)) => {
                items.len() == values.len() && {
                    pending.extend(items.iter().zip(values));
                    true
                }
            }
            (NodeKind::Map(entries), Value::Object(members)) => {
                entries.len() == members.len()
                    && entries.iter().all(|e| match members.get(&*e.key) {
                        Some(v) => {
                            pending.push((&e.value, v));
                            true
                        }
                        None => false,
                    })
            }
            _ => scalar_equals(node, value),
        };
        if !same {
            return false;
        }
    }
    true
}

/// [`equals_value`] for a scalar node (a container node is never equal here).
fn scalar_equals(node: &Node, value: &Value) -> bool {
    match (&node.kind, value) {
        (NodeKind::Null, Value::Null) => true,
        (NodeKind::Bool(a), Value::Bool(b)) => a == b,
        (NodeKind::Int(i), Value::Number(n)) => cmp::equal_numbers(&TreeNumber::Int(*i), n),
        (NodeKind::Float(f), Value::Number(n)) => cmp::equal_numbers(&TreeNumber::Float(*f), n),
        (NodeKind::Str(a), Value::String(b)) => **a == **b,
        _ => false,
    }
}

/// JSON equality between two tree nodes; iterative like [`equals_value`].
pub fn nodes_equal(a: &Node, b: &Node) -> bool {
    let container = |n: &Node| matches!(n.kind, NodeKind::Seq(_) | NodeKind::Map(_));
    if !container(a) && !container(b) {
        return scalars_equal(a, b);
    }
    let mut pending = vec![(a, b)];
    while let Some((a, b)) = pending.pop() {
        let same = match (&a.kind, &b.kind) {
            (NodeKind::Seq(xs), NodeKind::Seq(ys)) => {
                xs.len() == ys.len() && {
                    pending.extend(xs.iter().zip(ys));
                    true
                }
            }
            (NodeKind::Map(xs), NodeKind::Map(ys)) => {
                xs.len() == ys.len()
                    && xs.iter().all(|x| match ys.iter().find(|y| y.key == x.key) {
                        Some(y) => {
                            pending.push((&x.value, &y.value));
                            true
                        }
                        None => false,
                    })
            }
            _ => scalars_equal(a, b),
        };
        if !same {
            return false;
        }
    }
    true
}

/// [`nodes_equal`] for scalars (a container is never equal here).
fn scalars_equal(a: &Node, b: &Node) -> bool {
    match (&a.kind, &b.kind) {
        (NodeKind::Null, NodeKind::Null) => true,
        (NodeKind::Bool(x), NodeKind::Bool(y)) => x == y,
        (NodeKind::Str(x), NodeKind::Str(y)) => x == y,
        (NodeKind::Int(x), NodeKind::Int(y)) => x == y,
        (NodeKind::Int(_) | NodeKind::Float(_), NodeKind::Int(_) | NodeKind::Float(_)) => {
            number_of(a) == number_of(b)
        }
        _ => false,
    }
}

fn number_of(node: &Node) -> f64 {
    match node.kind {
        NodeKind::Int(i) => i as f64,
        NodeKind::Float(f) => f,
        _ => f64::NAN,
    }
}

/// Indices `(first, duplicate)` of the first item equal to an earlier one.
/// Items are bucketed by a bounded-depth hash so large lists stay near-linear.
pub fn first_duplicate(items: &[Node]) -> Option<(usize, usize)> {
    // Most sets are a handful of tags: comparing pairs beats building a table.
    if items.len() <= SMALL_LIST {
        return (1..items.len()).find_map(|i| {
            (0..i)
                .find(|&j| nodes_equal(&items[j], &items[i]))
                .map(|j| (j, i))
        });
    }
    let mut buckets: HashMap<u64, Vec<usize>> = HashMap::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let mut hasher = DefaultHasher::new();
        hash_node(item, HASH_DEPTH, &mut hasher);
        let bucket = buckets.entry(hasher.finish()).or_default();
        if let Some(&first) = bucket.iter().find(|&&j| nodes_equal(&items[j], item)) {
            return Some((first, i));
        }
        bucket.push(i);
    }
    None
}

const HASH_DEPTH: u8 = 4;
const SMALL_LIST: usize = 16;

/// A hash agreeing with [`nodes_equal`]: numbers by value, mappings independent of key order.
fn hash_node(node: &Node, depth: u8, state: &mut impl Hasher) {
    // Int and Float share a hash when mathematically equal, so they share a type tag.
    JsonNode::json_type(&node).hash(state);
    match &node.kind {
        NodeKind::Null => {}
        NodeKind::Bool(b) => b.hash(state),
        NodeKind::Str(s) => s.hash(state),
        NodeKind::Int(_) | NodeKind::Float(_) => {
            // -0.0 equals 0.0.
            let f = number_of(node);
            let f = if f == 0.0 { 0.0 } else { f };
            f.to_bits().hash(state);
        }
        NodeKind::Seq(items) => {
            items.len().hash(state);
            if depth > 0 {
                for item in items {
                    hash_node(item, depth - 1, state);
                }
            }
        }
        NodeKind::Map(entries) => {
            entries.len().hash(state);
            if depth > 0 {
                let mut sum = 0u64;
                for e in entries {
                    let mut h = DefaultHasher::new();
                    e.key.hash(&mut h);
                    hash_node(&e.value, depth - 1, &mut h);
                    sum = sum.wrapping_add(h.finish());
                }
                sum.hash(state);
            }
        }
    }
}

/// The whole subtree as a `serde_json::Value`; cold paths only.
pub fn to_value(node: &Node) -> Value {
    let mut budget = usize::MAX;
    preview(node, &mut budget)
}

/// Nodes kept in the instance attached to a validation error.
const PREVIEW_NODES: usize = 32;

/// The subtree as a `Value`, keeping at most `budget` nodes (containers are truncated).
fn preview(node: &Node, budget: &mut usize) -> Value {
    *budget = budget.saturating_sub(1);
    match &node.kind {
        NodeKind::Null => Value::Null,
        NodeKind::Bool(b) => Value::Bool(*b),
        NodeKind::Int(i) => Value::Number((*i).into()),
        NodeKind::Float(f) if f.is_finite() => Value::Number(float_number(*f)),
        NodeKind::Float(_) => Value::Null,
        NodeKind::Str(s) => Value::String(s.to_string()),
        NodeKind::Seq(items) => {
            let mut out = Vec::new();
            for item in items {
                if *budget == 0 {
                    break;
                }
                out.push(preview(item, budget));
            }
            Value::Array(out)
        }
        NodeKind::Map(entries) => {
            let mut out = Map::new();
            for e in entries {
                if *budget == 0 {
                    break;
                }
                out.insert(e.key.to_string(), preview(&e.value, budget));
            }
            Value::Object(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn node(kind: NodeKind) -> Node {
        Node::new(Span::default(), kind)
    }

    fn map(entries: &[(&str, Node)]) -> Node {
        node(NodeKind::Map(
            entries
                .iter()
                .map(|(key, value)| Entry {
                    key: (*key).into(),
                    key_span: Span::default(),
                    value: value.clone(),
                })
                .collect(),
        ))
    }

    #[test]
    fn numbers_compare_mathematically_with_schema_values() {
        assert!(equals_value(&node(NodeKind::Int(1)), &json!(1.0)));
        assert!(equals_value(&node(NodeKind::Float(2.0)), &json!(2)));
        assert!(!equals_value(&node(NodeKind::Int(1)), &json!(2)));
        assert!(!equals_value(&node(NodeKind::Float(f64::NAN)), &json!(0)));
        assert!(!equals_value(&node(NodeKind::Str("1".into())), &json!(1)));
    }

    #[test]
    fn mappings_are_equal_in_any_key_order() {
        let a = map(&[("x", node(NodeKind::Int(1))), ("y", node(NodeKind::Null))]);
        let b = map(&[
            ("y", node(NodeKind::Null)),
            ("x", node(NodeKind::Float(1.0))),
        ]);
        let c = map(&[("y", node(NodeKind::Null)), ("x", node(NodeKind::Int(2)))]);
        assert!(nodes_equal(&a, &b));
        assert!(!nodes_equal(&a, &c));
        assert!(equals_value(&a, &json!({"y": null, "x": 1})));
        assert!(!equals_value(&a, &json!({"x": 1})));
    }

    #[test]
    fn first_duplicate_finds_equal_items_of_different_spelling() {
        let a = map(&[("x", node(NodeKind::Int(1))), ("y", node(NodeKind::Null))]);
        let b = map(&[
            ("y", node(NodeKind::Null)),
            ("x", node(NodeKind::Float(1.0))),
        ]);
        let items = [
            node(NodeKind::Str("a".into())),
            a,
            node(NodeKind::Int(0)),
            b,
        ];
        assert_eq!(first_duplicate(&items), Some((1, 3)));
        let zeros = [node(NodeKind::Float(-0.0)), node(NodeKind::Int(0))];
        assert_eq!(first_duplicate(&zeros), Some((0, 1)));
        let distinct = [node(NodeKind::Int(1)), node(NodeKind::Str("1".into()))];
        assert_eq!(first_duplicate(&distinct), None);
    }

    #[test]
    fn long_lists_find_the_same_duplicates_through_hashing() {
        let mut items: Vec<Node> = (0..40).map(|i| node(NodeKind::Int(i))).collect();
        items[5] = map(&[("x", node(NodeKind::Int(1))), ("y", node(NodeKind::Null))]);
        items[37] = map(&[
            ("y", node(NodeKind::Null)),
            ("x", node(NodeKind::Float(1.0))),
        ]);
        assert_eq!(first_duplicate(&items), Some((5, 37)));
        items[37] = node(NodeKind::Float(3.0));
        assert_eq!(first_duplicate(&items), Some((3, 37)));
        items[37] = node(NodeKind::Str("3".into()));
        assert_eq!(first_duplicate(&items), None);
    }

    #[test]
    fn deep_trees_compare_without_recursion() {
        let deep = || {
            let mut n = node(NodeKind::Null);
            for _ in 0..100_000 {
                n = node(NodeKind::Seq(vec![n]));
            }
            n
        };
        let (a, b) = (deep(), deep());
        assert!(nodes_equal(&a, &b));
        assert!(!equals_value(&a, &json!([[[]]])));
        // Derived `Drop` recurses; take the trees apart iteratively.
        let mut stack = vec![a, b];
        while let Some(mut n) = stack.pop() {
            if let NodeKind::Seq(items) = &mut n.kind {
                stack.append(items);
            }
        }
    }

    #[test]
    fn error_previews_are_bounded() {
        let items = (0..1000).map(|i| node(NodeKind::Int(i))).collect();
        let mut budget = PREVIEW_NODES;
        let Value::Array(shown) = preview(&node(NodeKind::Seq(items)), &mut budget) else {
            panic!("a list previews as an array");
        };
        assert!(shown.len() < PREVIEW_NODES, "{}", shown.len());
    }
}
