//! Diagrams of a view: DOT and Mermaid text, and SVG drawn by our own layered
//! layout (no Graphviz, no browser). All three read the same [`Drawing`], so
//! they show the same nodes, edges and bands, in the same stable order.

pub mod dot;
pub mod impact;
pub mod layout;
pub mod mermaid;
pub mod palette;
pub mod svg;
pub mod text;

use crate::graph::view::View;
use crate::graph::{ArchGraph, Band, Flow, Style};
use crate::model::common::Status;
use petgraph::graph::NodeIndex;
use std::collections::HashSet;

/// A node as diagrams show it.
#[derive(Debug, Clone)]
pub struct DrawnNode<'a> {
    pub index: NodeIndex,
    pub id: &'a str,
    pub name: &'a str,
    pub band: Band,
    pub status: Status,
    /// From the national catalogue, outside the province.
    pub national: bool,
    /// A shared platform (LGSP, authentication, payment, signature).
    pub platform: bool,
    pub focus: bool,
}

/// An edge as diagrams show it: from the element that needs to the element it
/// needs (peer links as written).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DrawnEdge {
    /// Positions in [`Drawing::nodes`].
    pub from: usize,
    pub to: usize,
    pub style: Style,
    /// Whether the line ends in an arrow (peer links do not).
    pub arrow: bool,
}

/// What a renderer draws.
#[derive(Debug, Clone)]
pub struct Drawing<'a> {
    pub title: String,
    pub subtitle: String,
    /// In band order, then graph order.
    pub nodes: Vec<DrawnNode<'a>>,
    /// In graph order, without repeats.
    pub edges: Vec<DrawnEdge>,
    /// What the view leaves out.
    pub note: Option<&'static str>,
}

impl<'a> Drawing<'a> {
    pub fn new(g: &ArchGraph<'a>, view: &View, subtitle: String) -> Drawing<'a> {
        let mut nodes: Vec<DrawnNode<'a>> = view
            .nodes
            .iter()
            .filter_map(|&i| {
                let n = g.node(i);
                Some(DrawnNode {
                    index: i,
                    id: n.id,
                    name: n.name,
                    band: n.role.band()?,
                    status: n.status,
                    national: !g.is_declared(i),
                    platform: matches!(
                        n.role,
                        crate::graph::Role::Platform | crate::graph::Role::Lgsp
                    ),
                    focus: view.focus == Some(i),
                })
            })
            .collect();
        nodes.sort_by_key(|n| (n.band, n.index));
        let position: std::collections::HashMap<NodeIndex, usize> = nodes
            .iter()
            .enumerate()
            .map(|(k, n)| (n.index, k))
            .collect();
        let mut seen = HashSet::new();
        let mut edges = Vec::new();
        for &e in &view.edges {
            let (a, b) = g.ends(e);
            let edge = g.edge(e);
            let (Some(&pa), Some(&pb)) = (position.get(&a), position.get(&b)) else {
                continue;
            };
            let (from, to) = if edge.flow == Flow::Up {
                (pb, pa)
            } else {
                (pa, pb)
            };
            let drawn = DrawnEdge {
                from,
                to,
                style: edge.style,
                arrow: edge.flow != Flow::Link,
            };
            if seen.insert(drawn) {
                edges.push(drawn);
            }
        }
        Drawing {
            title: view.title_vi.clone(),
            subtitle,
            nodes,
            edges,
            note: view.note_vi,
        }
    }

    /// Bands that have nodes, in order.
    pub fn bands(&self) -> Vec<Band> {
        let mut bands: Vec<Band> = self.nodes.iter().map(|n| n.band).collect();
        bands.dedup();
        bands
    }
}
