//! Shared by the graph tests: loading a fixture folder, and a tiny XML reader.

#![allow(dead_code)]

use kientruc::diagnostic::Severity;
use kientruc::model::Date;
use kientruc::pipeline::{self, Checked, Options};
use kientruc::rules::settings::Selection;
use std::path::Path;

/// Loads a folder relative to the crate root; it must load without errors.
pub fn load(dir: &str) -> Checked {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    // Only the graph rules: the fixture is a small graph, not a complete province.
    let options = Options {
        today: Date::parse("2024-01-01").unwrap(),
        selection: Selection {
            select: vec!["FW1-GRAPH".to_owned()],
            ignore: Vec::new(),
        },
        ..Options::default()
    };
    let checked = pipeline::check(&path, &options).unwrap();
    let errors: Vec<String> = checked
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| format!("{} {}", d.code, d.message.en()))
        .collect();
    assert!(errors.is_empty(), "{dir} does not load cleanly: {errors:?}");
    checked
}

pub mod xml {
    //! Just enough XML to read our own SVG back: elements, attributes, text,
    //! entities. It rejects malformed nesting, which is part of the test.

    #[derive(Debug, Default)]
    pub struct Element {
        pub name: String,
        pub attrs: Vec<(String, String)>,
        pub children: Vec<Element>,
        pub text: String,
    }

    impl Element {
        pub fn attr(&self, name: &str) -> Option<&str> {
            self.attrs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
        }

        pub fn num(&self, name: &str) -> f64 {
            self.attr(name)
                .unwrap_or_else(|| panic!("<{}> has no {name}", self.name))
                .parse()
                .unwrap()
        }

        /// Every element below, depth first.
        pub fn descendants(&self) -> Vec<&Element> {
            let mut out = Vec::new();
            let mut stack: Vec<&Element> = self.children.iter().rev().collect();
            while let Some(e) = stack.pop() {
                out.push(e);
                stack.extend(e.children.iter().rev());
            }
            out
        }
    }

    fn unescape(s: &str) -> String {
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&")
    }

    /// Parses a document with one root element.
    pub fn parse(text: &str) -> Result<Element, String> {
        let mut stack: Vec<Element> = vec![Element::default()];
        let mut rest = text;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix('<') {
                let end = after.find('>').ok_or("unclosed tag")?;
                let tag = &after[..end];
                rest = &after[end + 1..];
                if let Some(name) = tag.strip_prefix('/') {
                    let done = stack.pop().ok_or("stray end tag")?;
                    if done.name != name.trim() {
                        return Err(format!("</{}> closes <{}>", name, done.name));
                    }
                    stack.last_mut().ok_or("stray end tag")?.children.push(done);
                    continue;
                }
                if tag.starts_with('?') || tag.starts_with('!') {
                    continue;
                }
                let self_closing = tag.ends_with('/');
                let tag = tag.trim_end_matches('/');
                let (name, mut attrs_text) =
                    tag.split_once(char::is_whitespace).unwrap_or((tag, ""));
                let mut element = Element {
                    name: name.to_owned(),
                    ..Element::default()
                };
                loop {
                    attrs_text = attrs_text.trim_start();
                    if attrs_text.is_empty() {
                        break;
                    }
                    let eq = attrs_text.find('=').ok_or("attribute without value")?;
                    let key = attrs_text[..eq].trim().to_owned();
                    let value_part = &attrs_text[eq + 1..];
                    let quote = value_part.chars().next().ok_or("empty attribute")?;
                    if quote != '"' && quote != '\'' {
                        return Err(format!("unquoted attribute {key}"));
                    }
                    let close = value_part[1..].find(quote).ok_or("unclosed attribute")?;
                    element
                        .attrs
                        .push((key, unescape(&value_part[1..1 + close])));
                    attrs_text = &value_part[close + 2..];
                }
                if self_closing {
                    stack.last_mut().unwrap().children.push(element);
                } else {
                    stack.push(element);
                }
            } else {
                let end = rest.find('<').unwrap_or(rest.len());
                let text = &rest[..end];
                if text.contains('<') || text.contains('>') {
                    return Err("raw markup character in text".into());
                }
                stack.last_mut().unwrap().text.push_str(&unescape(text));
                rest = &rest[end..];
            }
        }
        let mut document = stack.pop().ok_or("empty")?;
        if !stack.is_empty() {
            return Err("unclosed element".into());
        }
        if document.children.len() != 1 {
            return Err("expected one root element".into());
        }
        Ok(document.children.remove(0))
    }
}
