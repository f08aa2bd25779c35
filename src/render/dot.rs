//! Graphviz DOT: one cluster per band, nodes and edges in the drawing's order.

use super::{Drawing, palette};
use crate::graph::Style;
use crate::model::common::Status;
use std::fmt::Write;

fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn edge_attrs(style: Style, arrow: bool) -> String {
    let (color, line) = palette::edge(style);
    let dot_style = match line {
        palette::Line::Solid => "solid",
        palette::Line::Dashed => "dashed",
        palette::Line::Dotted => "dotted",
    };
    let head = if arrow { "" } else { ", dir=none" };
    format!("color={}, style={dot_style}{head}", quote(color))
}

/// Renders the drawing as a DOT digraph.
pub fn render(d: &Drawing) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "digraph kientruc {{");
    let _ = writeln!(
        out,
        "  graph [rankdir=TB, newrank=true, nodesep=0.3, ranksep=0.6, fontname=\"Times New Roman\", labelloc=t, fontsize=18, label={}];",
        quote(&d.title)
    );
    let _ = writeln!(
        out,
        "  node [shape=box, style=\"rounded,filled\", fontname=\"Times New Roman\", fontsize=12, margin=\"0.12,0.06\"];"
    );
    let _ = writeln!(out, "  edge [arrowsize=0.7, penwidth=1.2];");
    for band in d.bands() {
        let (fill, _) = palette::band(band);
        let _ = writeln!(out, "  subgraph cluster_{} {{", palette::band_key(band));
        let _ = writeln!(
            out,
            "    label={}; style=filled; color=\"#c8c8c8\"; fillcolor={}; fontsize=13;",
            quote(band.title_vi()),
            quote(fill)
        );
        for n in d.nodes.iter().filter(|n| n.band == band) {
            let (node_fill, stroke) = palette::node(n);
            let mut style = String::from("rounded,filled");
            if n.status == Status::Planned {
                style.push_str(",dashed");
            }
            if n.focus {
                style.push_str(",bold");
            }
            let _ = writeln!(
                out,
                "    {} [label={}, fillcolor={}, color={}, style={}];",
                quote(n.id),
                quote(n.name),
                quote(node_fill),
                quote(stroke),
                quote(&style)
            );
        }
        let _ = writeln!(out, "  }}");
    }
    for e in &d.edges {
        let _ = writeln!(
            out,
            "  {} -> {} [{}];",
            quote(d.nodes[e.from].id),
            quote(d.nodes[e.to].id),
            edge_attrs(e.style, e.arrow)
        );
    }
    let _ = writeln!(out, "}}");
    out
}
