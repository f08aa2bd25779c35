//! Impact analysis output: text grouped by layer, JSON, or a Mermaid diagram.

use crate::diagnostic::Lang;
use crate::graph::impact::{Impact, Way};
use crate::graph::view::View;
use crate::graph::{ArchGraph, Layer};
use serde_json::{Value, json};
use std::fmt::Write;

fn way_str(way: Way) -> &'static str {
    match way {
        Way::Up => "up",
        Way::Down => "down",
    }
}

/// Human-readable text, one section per direction, grouped by layer.
pub fn human(g: &ArchGraph, impacts: &[Impact], lang: Lang) -> String {
    let mut out = String::new();
    let Some(first) = impacts.first() else {
        return out;
    };
    let root = g.node(first.root);
    let (layer_en, layer_vi) = root.role.layer().titles();
    let _ = match lang {
        Lang::En => writeln!(
            out,
            "Impact of `{}` — {} ({} layer)",
            root.id,
            root.name,
            layer_en.to_lowercase()
        ),
        Lang::Vi => writeln!(
            out,
            "Ảnh hưởng của `{}` — {} (lớp {})",
            root.id,
            root.name,
            layer_vi.to_lowercase()
        ),
    };
    for impact in impacts {
        let count = impact.reached.len();
        out.push('\n');
        let _ = match (impact.way, lang) {
            (Way::Up, Lang::En) => writeln!(out, "What depends on it (up): {count} element(s)"),
            (Way::Up, Lang::Vi) => writeln!(
                out,
                "Các thành phần phụ thuộc vào nó (up): {count} thành phần"
            ),
            (Way::Down, Lang::En) => writeln!(out, "What it depends on (down): {count} element(s)"),
            (Way::Down, Lang::Vi) => writeln!(
                out,
                "Các thành phần nó phụ thuộc (down): {count} thành phần"
            ),
        };
        let width = impact
            .reached
            .iter()
            .map(|r| g.node(r.node).id.chars().count())
            .max()
            .unwrap_or(0);
        for (layer, reached) in impact.by_layer(g) {
            let (en, vi) = layer.titles();
            let title = if lang == Lang::En { en } else { vi };
            let _ = writeln!(out, "  {title} ({})", reached.len());
            for r in reached {
                let n = g.node(r.node);
                let field = g.edge(r.edge).relation.field();
                let via = g.node(r.via).id;
                let how = match lang {
                    Lang::En => format!("{} step(s), via `{via}` ({field})", r.distance),
                    Lang::Vi => format!("cách {} bước, qua `{via}` ({field})", r.distance),
                };
                let _ = writeln!(out, "    {:<width$}  {}  [{how}]", n.id, n.name);
            }
        }
        if impact.truncated {
            let _ = match lang {
                Lang::En => writeln!(out, "  … stopped at --depth; more elements lie beyond"),
                Lang::Vi => writeln!(out, "  … dừng ở độ sâu --depth; còn thành phần ở xa hơn"),
            };
        }
    }
    out
}

/// JSON: the element, then per direction the reached elements grouped by layer.
pub fn json(g: &ArchGraph, impacts: &[Impact], depth: Option<usize>) -> Value {
    let Some(first) = impacts.first() else {
        return Value::Null;
    };
    let root = g.node(first.root);
    let mut directions = serde_json::Map::new();
    for impact in impacts {
        let layers: Vec<Value> = impact
            .by_layer(g)
            .into_iter()
            .map(|(layer, reached)| {
                json!({
                    "layer": layer.as_str(),
                    "elements": reached.iter().map(|r| {
                        let n = g.node(r.node);
                        json!({
                            "id": n.id,
                            "name": n.name,
                            "distance": r.distance,
                            "via": g.node(r.via).id,
                            "relation": g.edge(r.edge).relation.field(),
                        })
                    }).collect::<Vec<_>>(),
                })
            })
            .collect();
        directions.insert(
            way_str(impact.way).to_owned(),
            json!({ "count": impact.reached.len(), "truncated": impact.truncated, "layers": layers }),
        );
    }
    json!({
        "element": { "id": root.id, "name": root.name, "layer": root.role.layer().as_str() },
        "depth": depth,
        "directions": directions,
    })
}

/// The view a Mermaid impact diagram draws: the element, what was reached,
/// and the edges the walk followed.
pub fn view(g: &ArchGraph, impacts: &[Impact]) -> View {
    let root = impacts.first().map(|i| i.root);
    let mut nodes: Vec<_> = root.into_iter().collect();
    let mut edges = Vec::new();
    for impact in impacts {
        for r in &impact.reached {
            nodes.push(r.node);
            edges.push(r.edge);
        }
    }
    nodes.sort_unstable();
    nodes.dedup();
    edges.sort_unstable();
    edges.dedup();
    let name = root.map_or("", |r| g.node(r).name);
    View {
        title_vi: format!("Phạm vi ảnh hưởng của {name}"),
        title_en: format!("Impact of {name}"),
        nodes,
        edges,
        focus: root,
        note_vi: None,
    }
}

/// Every layer name, for messages.
pub fn layer_names() -> String {
    Layer::ALL
        .iter()
        .map(|l| l.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}
