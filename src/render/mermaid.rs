//! Mermaid flowchart, which GitHub and GitLab render in Markdown.

use super::{Drawing, palette};
use crate::graph::Style;
use crate::model::common::Status;
use std::fmt::Write;

/// A Mermaid-safe id: `n_` and the element id with `-` as `_` and `:` as `__`
/// (element ids never contain `__`, so this stays one-to-one). The prefix
/// keeps ids like `end` from being read as keywords.
pub fn node_id(id: &str) -> String {
    let mut out = String::from("n_");
    for c in id.chars() {
        match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' => out.push(c),
            ':' => out.push_str("__"),
            _ => out.push('_'),
        }
    }
    out
}

/// Label text: Mermaid reads `"` and `#` specially inside quoted labels.
fn label(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '#' => out.push_str("#35;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn arrow(style: Style, arrow: bool) -> &'static str {
    match (palette::edge(style).1, arrow) {
        (_, false) => "-.-",
        (palette::Line::Solid, true) => "-->",
        (_, true) => "-.->",
    }
}

/// Renders the drawing as a Mermaid flowchart, top to bottom.
pub fn render(d: &Drawing) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "---\ntitle: {}\n---", label(&d.title));
    let _ = writeln!(out, "flowchart TB");
    for band in d.bands() {
        let _ = writeln!(
            out,
            "  subgraph b_{}[\"{}\"]",
            palette::band_key(band),
            label(band.title_vi())
        );
        for n in d.nodes.iter().filter(|n| n.band == band) {
            let shape = if matches!(band, crate::graph::Band::Databases) {
                ("[(\"", "\")]")
            } else {
                ("[\"", "\"]")
            };
            let _ = writeln!(
                out,
                "    {}{}{}{}",
                node_id(n.id),
                shape.0,
                label(n.name),
                shape.1
            );
        }
        let _ = writeln!(out, "  end");
    }
    for e in &d.edges {
        let _ = writeln!(
            out,
            "  {} {} {}",
            node_id(d.nodes[e.from].id),
            arrow(e.style, e.arrow),
            node_id(d.nodes[e.to].id)
        );
    }
    for band in d.bands() {
        let (fill, stroke) = palette::band(band);
        let _ = writeln!(
            out,
            "  style b_{} fill:{fill},stroke:{stroke}",
            palette::band_key(band)
        );
    }
    let _ = writeln!(out, "  classDef planned stroke-dasharray: 5 3");
    let _ = writeln!(out, "  classDef focus stroke-width:3px");
    let _ = writeln!(out, "  classDef national fill:#eeeeee,stroke:#555555");
    for (class, pick) in [
        (
            "planned",
            (|n: &super::DrawnNode| n.status == Status::Planned) as fn(&super::DrawnNode) -> bool,
        ),
        ("focus", |n| n.focus),
        ("national", |n| n.national),
    ] {
        let ids: Vec<String> = d
            .nodes
            .iter()
            .filter(|n| pick(n))
            .map(|n| node_id(n.id))
            .collect();
        if !ids.is_empty() {
            let _ = writeln!(out, "  class {} {class}", ids.join(","));
        }
    }
    out
}
