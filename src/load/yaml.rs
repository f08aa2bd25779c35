//! YAML text to the span tree, in one pass over the parser's events.
//!
//! The tree is built with an explicit stack (never recursion), so hostile nesting cannot
//! overflow the call stack; the depth limit also bounds the recursive `Drop` of the result.
//! Policy refusals (aliases, tags, complex keys, several documents) are reported and parsing
//! goes on; only syntax errors and resource limits stop it.

mod cursor;
mod nfc;
mod refusals;
mod scalar;
mod syntax;

use crate::diagnostic::Diagnostic;
use crate::load::text::{conflict_markers, to_u32};
use crate::load::tree::{Entry, Node, NodeKind};
use crate::source::{FileId, Span};
use cursor::Offsets;
use saphyr_parser::{Event, Parser, ScalarStyle, Tag};
use scalar::CoreTag;
use std::collections::HashMap;

/// Guards against hostile or accidental resource use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Deepest allowed nesting of lists and mappings. Dropping a tree recurses once per level,
    /// so keep this in the hundreds.
    pub max_depth: usize,
    /// Whether `&anchor` / `*alias` are expanded (refused with YAML-005 otherwise).
    pub allow_aliases: bool,
    /// Total nodes that alias expansion may copy in one file.
    pub max_alias_expansion: usize,
    /// Largest file accepted, in bytes.
    pub max_file_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_depth: 128,
            allow_aliases: false,
            max_alias_expansion: 10_000,
            max_file_bytes: 64 << 20,
        }
    }
}

/// The result of parsing one file.
#[derive(Debug)]
pub struct Parsed {
    /// `None` for an empty file, or when a syntax error or a resource limit stopped parsing.
    pub root: Option<Node>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses one YAML document into the span tree. Never panics; reports all problems it can in one pass.
pub fn parse(file: FileId, text: &str, limits: &Limits) -> Parsed {
    let mut parsed = parse_tree(file, text, limits);
    parsed
        .diagnostics
        .extend(crate::load::text::bidi_controls(file, text));
    parsed
}

fn parse_tree(file: FileId, text: &str, limits: &Limits) -> Parsed {
    // A leftover merge conflict makes every later syntax error noise.
    let conflicts = conflict_markers(file, text);
    if !conflicts.is_empty() {
        return Parsed {
            root: None,
            diagnostics: conflicts,
        };
    }
    let max_bytes = limits.max_file_bytes.min(u32::MAX as usize);
    if text.len() > max_bytes {
        let diagnostic = refusals::file_too_large(Span::point(file, 0), text.len(), max_bytes);
        return Parsed {
            root: None,
            diagnostics: vec![diagnostic],
        };
    }
    Builder::new(file, text, limits).run()
}

/// What a mapping expects next.
enum KeySlot {
    Key,
    Value(Box<str>, Span),
    /// The key was refused (reported already): drop the value that follows.
    SkipValue,
}

enum Collection {
    Seq(Vec<Node>),
    Map(Vec<Entry>, KeySlot),
}

/// A list or mapping whose end event has not arrived yet.
struct Frame {
    start: u32,
    /// End of the last child, for block collections whose end event has no place of its own.
    last_end: u32,
    anchor: usize,
    tag: Option<CoreTag>,
    tag_span: Option<Span>,
    collection: Collection,
}

/// An anchored node kept for alias expansion.
struct Anchored {
    node: Node,
    /// Source text of an anchored scalar, so that an alias used as a key gives the same key.
    key: Option<Box<str>>,
    count: usize,
    height: usize,
}

struct AnchorSlot {
    span: Span,
    used: bool,
    value: Option<Anchored>,
}

/// Properties of a node event and where its content starts.
struct Props {
    anchor: Option<Span>,
    tag: Option<Span>,
    content: usize,
}

/// Why parsing stopped early.
struct Fatal;

struct Builder<'a> {
    file: FileId,
    text: &'a str,
    limits: &'a Limits,
    offsets: Offsets<'a>,
    stack: Vec<Frame>,
    root: Option<Node>,
    diagnostics: Vec<Diagnostic>,
    /// Indexed by the parser's anchor id (ids start at 1 and are unique in the stream).
    anchors: Vec<Option<AnchorSlot>>,
    expanded: usize,
    documents: usize,
    /// End of the previous event, where the search for a block scalar's `|` starts.
    prev_end: usize,
}

impl<'a> Builder<'a> {
    fn new(file: FileId, text: &'a str, limits: &'a Limits) -> Self {
        Builder {
            file,
            text,
            limits,
            offsets: Offsets::new(text),
            stack: Vec::new(),
            root: None,
            diagnostics: Vec::new(),
            anchors: Vec::new(),
            expanded: 0,
            documents: 0,
            prev_end: 0,
        }
    }

    fn run(mut self) -> Parsed {
        let ok = self.events().is_ok();
        self.report_unused_anchors();
        if let (true, Some(root)) = (ok, &self.root) {
            nfc::check(root, &mut self.diagnostics);
        }
        Parsed {
            root: if ok { self.root } else { None },
            diagnostics: self.diagnostics,
        }
    }

    fn events(&mut self) -> Result<(), Fatal> {
        let mut parser = Parser::new_from_str(self.text);
        while let Some(next) = parser.next_event() {
            let (event, span) = match next {
                Ok(pair) => pair,
                Err(error) => {
                    let at = self.offsets.byte_of(error.marker().index());
                    let diagnostic = syntax::diagnostic(self.file, self.text, at, error.info());
                    self.diagnostics.push(diagnostic);
                    return Err(Fatal);
                }
            };
            let start = self.offsets.byte_of(span.start.index());
            let end = self.offsets.byte_of(span.end.index()).max(start);
            match event {
                Event::StreamEnd => break,
                Event::DocumentStart(_) => {
                    self.documents += 1;
                    if self.documents == 2 {
                        let span = self.span(start, end);
                        self.diagnostics.push(refusals::second_document(span));
                    }
                }
                // Later documents are only scanned for syntax errors.
                _ if self.documents > 1 => {}
                Event::Scalar(value, style, anchor, tag) => {
                    self.scalar(&value, style, anchor, tag.as_deref(), start, end)?;
                }
                Event::Alias(id) => self.alias(id, start, end)?,
                Event::SequenceStart(anchor, tag) => {
                    self.open(false, anchor, tag.as_deref(), start, end)?;
                }
                Event::MappingStart(anchor, tag) => {
                    self.open(true, anchor, tag.as_deref(), start, end)?;
                }
                Event::SequenceEnd | Event::MappingEnd => self.close(start, end),
                Event::StreamStart | Event::DocumentEnd | Event::Nothing => {}
            }
            self.prev_end = self.prev_end.max(end);
        }
        Ok(())
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.file, to_u32(start), to_u32(end))
    }

    /// Finds the anchor and tag tokens at the start of a node event.
    fn props(&mut self, start: usize, end: usize, anchor: usize, tag: Option<&Tag>) -> Props {
        let mut props = Props {
            anchor: None,
            tag: None,
            content: start,
        };
        if anchor == 0 && tag.is_none() {
            return props;
        }
        let bytes = self.text.as_bytes();
        let mut pos = start;
        loop {
            pos = cursor::skip_blanks(self.text, pos, end);
            let slot = match bytes.get(pos) {
                Some(b'&') if anchor > 0 && props.anchor.is_none() => &mut props.anchor,
                Some(b'!') if tag.is_some() && props.tag.is_none() => &mut props.tag,
                _ => break,
            };
            let token_end = cursor::property_end(self.text, pos);
            *slot = Some(self.span(pos, token_end));
            pos = token_end;
        }
        props.content = pos.min(end);
        props
    }

    /// Registers an anchor and checks a tag: the properties every node kind shares.
    fn node_props(
        &mut self,
        start: usize,
        end: usize,
        anchor: usize,
        tag: Option<&Tag>,
    ) -> (Props, Option<CoreTag>) {
        let props = self.props(start, end, anchor, tag);
        if anchor > 0 {
            let span = props.anchor.unwrap_or_else(|| self.span(start, start));
            if self.anchors.len() <= anchor {
                self.anchors.resize_with(anchor + 1, || None);
            }
            self.anchors[anchor] = Some(AnchorSlot {
                span,
                used: false,
                value: None,
            });
        }
        let core = tag.and_then(|tag| {
            let core = CoreTag::of(tag);
            if core.is_none() {
                let span = props.tag.unwrap_or_else(|| self.span(start, start));
                let shown = &self.text[span.start as usize..span.end as usize];
                self.diagnostics.push(refusals::tag_refused(shown, span));
            }
            core
        });
        (props, core)
    }

    /// The exact span of a scalar's own text: from its quote or block indicator, without the
    /// properties before it or the blanks and comment the parser's end mark may run on over.
    fn scalar_span(&self, style: ScalarStyle, props: &Props, had_props: bool, end: usize) -> Span {
        let start = props.content;
        let end = match style {
            ScalarStyle::Plain => end,
            ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted => {
                cursor::quoted_end(self.text, start).unwrap_or(end)
            }
            ScalarStyle::Literal | ScalarStyle::Folded => {
                let from = if had_props { start } else { self.prev_end };
                let Some(indicator) = cursor::block_indicator(self.text, from, end) else {
                    return self.span(start, start);
                };
                // The indicator is ASCII and always part of the span.
                let body = self.text[indicator..end.max(indicator + 1)].trim_end();
                return self.span(indicator, indicator + body.len());
            }
        };
        self.span(start, end.max(start))
    }

    fn scalar(
        &mut self,
        value: &str,
        style: ScalarStyle,
        anchor: usize,
        tag: Option<&Tag>,
        start: usize,
        end: usize,
    ) -> Result<(), Fatal> {
        let had_props = anchor > 0 || tag.is_some();
        let (props, core) = self.node_props(start, end, anchor, tag);
        let span = self.scalar_span(style, &props, had_props, end);
        self.prev_end = span.end as usize;
        // A key needs only its text: skip resolving it (unless an alias may copy it).
        if anchor == 0 && self.expects_key() {
            self.set_key(value.into(), span);
            return Ok(());
        }
        let kind = match scalar::scalar_kind(value, style, core) {
            Ok(kind) => kind,
            Err(()) => {
                if let Some(core) = core {
                    let diagnostic = refusals::tag_mismatch(span, core, props.tag);
                    self.diagnostics.push(diagnostic);
                }
                scalar::scalar_kind(value, style, None).unwrap_or(NodeKind::Null)
            }
        };
        let node = Node::new(span, kind);
        if anchor > 0 {
            self.remember(anchor, &node, Some(value.into()));
        }
        self.attach(node, Some(value));
        Ok(())
    }

    fn alias(&mut self, id: usize, start: usize, end: usize) -> Result<(), Fatal> {
        let span = self.span(start, end);
        let Some(slot) = self.anchors.get_mut(id).and_then(Option::as_mut) else {
            self.stand_in(span);
            return Ok(());
        };
        slot.used = true;
        let anchor_span = slot.span;
        if !self.limits.allow_aliases {
            let shown = &self.text[span.start as usize..span.end as usize];
            self.diagnostics
                .push(refusals::alias_refused(shown, span, anchor_span));
            self.stand_in(span);
            return Ok(());
        }
        let Some(anchored) = &slot.value else {
            // The alias sits inside the node its anchor names: copying it would never end.
            self.diagnostics
                .push(refusals::recursive_alias(span, anchor_span));
            self.stand_in(span);
            return Ok(());
        };
        let budget = self.limits.max_alias_expansion;
        if self.expanded.saturating_add(anchored.count) > budget {
            self.diagnostics.push(refusals::alias_budget(span, budget));
            return Err(Fatal);
        }
        if self.stack.len() + anchored.height > self.limits.max_depth {
            let max = self.limits.max_depth;
            self.diagnostics.push(refusals::too_deep(span, max));
            return Err(Fatal);
        }
        self.expanded += anchored.count;
        let key = anchored.key.clone();
        let mut node = anchored.node.clone();
        node.span = span;
        self.attach(node, key.as_deref());
        Ok(())
    }

    /// Puts a null where a refused alias was; as a key, drops the entry instead (the refusal is
    /// reported already, a "key is not text" error would only repeat it).
    fn stand_in(&mut self, span: Span) {
        if self.expects_key() {
            self.skip_key();
        } else {
            self.attach(Node::new(span, NodeKind::Null), None);
        }
    }

    fn report_unused_anchors(&mut self) {
        if self.limits.allow_aliases {
            return;
        }
        let unused: Vec<Span> = self
            .anchors
            .iter()
            .flatten()
            .filter(|slot| !slot.used)
            .map(|slot| slot.span)
            .collect();
        for span in unused {
            let shown = &self.text[span.start as usize..span.end as usize];
            self.diagnostics.push(refusals::anchor_refused(shown, span));
        }
    }

    fn remember(&mut self, anchor: usize, node: &Node, key: Option<Box<str>>) {
        if !self.limits.allow_aliases {
            return;
        }
        if let Some(Some(slot)) = self.anchors.get_mut(anchor) {
            let (count, height) = measure(node);
            slot.value = Some(Anchored {
                node: node.clone(),
                key,
                count,
                height,
            });
        }
    }

    fn open(
        &mut self,
        is_map: bool,
        anchor: usize,
        tag: Option<&Tag>,
        start: usize,
        end: usize,
    ) -> Result<(), Fatal> {
        let (props, core) = self.node_props(start, end, anchor, tag);
        let content = props.content;
        if self.stack.len() >= self.limits.max_depth {
            let (s, e) = cursor::char_at(self.text, content);
            let span = self.span(s, e);
            let max = self.limits.max_depth;
            self.diagnostics.push(refusals::too_deep(span, max));
            return Err(Fatal);
        }
        let collection = if is_map {
            Collection::Map(Vec::new(), KeySlot::Key)
        } else {
            Collection::Seq(Vec::new())
        };
        self.stack.push(Frame {
            start: to_u32(content),
            last_end: to_u32(end.max(content)),
            anchor,
            tag: core,
            tag_span: props.tag,
            collection,
        });
        Ok(())
    }

    fn close(&mut self, start: usize, end: usize) {
        let Some(frame) = self.stack.pop() else {
            return;
        };
        // Flow collections end at their `]` or `}`; block ones at their last child.
        // The end event's mark may run on over the blanks after the bracket
        // (`[] }`), so the bracket is the first byte that is not blank.
        let closing = &self.text.as_bytes()[start..end];
        let bracket = closing.iter().position(|b| !b.is_ascii_whitespace());
        let end = match bracket {
            Some(i) if matches!(closing[i], b']' | b'}') => to_u32(start + i + 1),
            _ => frame.last_end,
        };
        let span = Span::new(self.file, frame.start, end);
        let (kind, is_map) = match frame.collection {
            Collection::Seq(items) => (NodeKind::Seq(items), false),
            Collection::Map(mut entries, _) => {
                self.remove_duplicates(&mut entries);
                (NodeKind::Map(entries), true)
            }
        };
        if let Some(tag) = frame.tag
            && !tag.fits_collection(is_map)
        {
            let diagnostic = refusals::tag_mismatch(span, tag, frame.tag_span);
            self.diagnostics.push(diagnostic);
        }
        let node = Node::new(span, kind);
        if frame.anchor > 0 {
            self.remember(frame.anchor, &node, None);
        }
        self.attach(node, None);
    }

    fn expects_key(&self) -> bool {
        matches!(
            self.stack.last(),
            Some(Frame {
                collection: Collection::Map(_, KeySlot::Key),
                ..
            })
        )
    }

    fn set_key(&mut self, key: Box<str>, span: Span) {
        if let Some(frame) = self.stack.last_mut()
            && let Collection::Map(_, slot) = &mut frame.collection
        {
            *slot = KeySlot::Value(key, span);
            frame.last_end = frame.last_end.max(span.end);
        }
    }

    fn skip_key(&mut self) {
        if let Some(Frame {
            collection: Collection::Map(_, slot),
            ..
        }) = self.stack.last_mut()
        {
            *slot = KeySlot::SkipValue;
        }
    }

    /// Adds a finished node to its parent. `text` is the node's source text when it is a scalar.
    fn attach(&mut self, node: Node, text: Option<&str>) {
        let Some(frame) = self.stack.last_mut() else {
            if self.root.is_none() {
                self.root = Some(node);
            }
            return;
        };
        frame.last_end = frame.last_end.max(node.span.end);
        match &mut frame.collection {
            Collection::Seq(items) => items.push(node),
            Collection::Map(entries, slot) => match std::mem::replace(slot, KeySlot::Key) {
                KeySlot::Key => match text {
                    Some(text) => *slot = KeySlot::Value(text.into(), node.span),
                    None => {
                        *slot = KeySlot::SkipValue;
                        let is_map = matches!(node.kind, NodeKind::Map(_));
                        self.diagnostics
                            .push(refusals::complex_key(node.span, is_map));
                    }
                },
                KeySlot::Value(key, key_span) => entries.push(Entry {
                    key,
                    key_span,
                    value: node,
                }),
                KeySlot::SkipValue => {}
            },
        }
    }

    /// Reports every repeated key and keeps the first entry, so later stages see unique keys.
    fn remove_duplicates(&mut self, entries: &mut Vec<Entry>) {
        let mut repeated = Vec::new();
        if entries.len() <= 16 {
            for (i, entry) in entries.iter().enumerate() {
                if let Some(first) = entries[..i].iter().position(|e| e.key == entry.key) {
                    repeated.push((i, first));
                }
            }
        } else {
            let mut seen: HashMap<&str, usize> = HashMap::with_capacity(entries.len());
            for (i, entry) in entries.iter().enumerate() {
                if let Some(&first) = seen.get(&*entry.key) {
                    repeated.push((i, first));
                } else {
                    seen.insert(&entry.key, i);
                }
            }
        }
        if repeated.is_empty() {
            return;
        }
        for &(i, first) in &repeated {
            let (entry, first) = (&entries[i], &entries[first]);
            let diagnostic = refusals::duplicate_key(&entry.key, entry.key_span, first.key_span);
            self.diagnostics.push(diagnostic);
        }
        let mut index = 0;
        let mut next_repeat = repeated.iter().map(|&(i, _)| i).peekable();
        entries.retain(|_| {
            let keep = next_repeat.next_if_eq(&index).is_none();
            index += 1;
            keep
        });
    }
}

/// Node count and nesting height of a subtree, without recursion.
fn measure(node: &Node) -> (usize, usize) {
    let mut count = 0;
    let mut height = 0;
    let mut todo = vec![(node, 0)];
    while let Some((node, depth)) = todo.pop() {
        count += 1;
        match &node.kind {
            NodeKind::Seq(items) => {
                height = height.max(depth + 1);
                todo.extend(items.iter().map(|n| (n, depth + 1)));
            }
            NodeKind::Map(entries) => {
                height = height.max(depth + 1);
                todo.extend(entries.iter().map(|e| (&e.value, depth + 1)));
            }
            _ => {}
        }
    }
    (count, height)
}

#[cfg(test)]
mod tests;
