//! Impact analysis: what depends on an element, transitively (up), and what
//! it depends on (down).

use super::{ArchGraph, Layer};
use petgraph::Direction;
use petgraph::graph::{EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use std::collections::VecDeque;

/// Which way to walk the dependencies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Way {
    /// What depends on the element: what a failure of it affects.
    Up,
    /// What the element depends on.
    Down,
}

/// An element reached, with how far and through which edge.
#[derive(Debug, Clone, Copy)]
pub struct Reached {
    pub node: NodeIndex,
    /// Number of dependency steps from the root (1 = direct).
    pub distance: usize,
    /// The element it was reached from.
    pub via: NodeIndex,
    /// The edge of the full graph that links them.
    pub edge: EdgeIndex,
}

/// The result of one walk.
#[derive(Debug, Clone)]
pub struct Impact {
    pub root: NodeIndex,
    pub way: Way,
    /// In breadth-first order: by distance, then graph order.
    pub reached: Vec<Reached>,
    /// Whether `--depth` stopped the walk before it ran out of elements.
    pub truncated: bool,
}

impl Impact {
    /// The reached elements grouped by layer, in stack order; each group in
    /// reach order.
    pub fn by_layer(&self, g: &ArchGraph) -> Vec<(Layer, Vec<Reached>)> {
        let mut groups: Vec<(Layer, Vec<Reached>)> =
            Layer::ALL.iter().map(|&l| (l, Vec::new())).collect();
        for r in &self.reached {
            let layer = g.node(r.node).role.layer();
            if let Some(group) = groups.iter_mut().find(|(l, _)| *l == layer) {
                group.1.push(*r);
            }
        }
        groups.retain(|(_, v)| !v.is_empty());
        groups
    }
}

/// Walks the dependencies of `root` breadth-first, at most `depth` steps.
pub fn walk(g: &ArchGraph, root: NodeIndex, way: Way, depth: Option<usize>) -> Impact {
    let direction = match way {
        Way::Up => Direction::Incoming,
        Way::Down => Direction::Outgoing,
    };
    let mut seen = vec![false; g.deps.node_count()];
    seen[root.index()] = true;
    let mut queue = VecDeque::from([(root, 0usize)]);
    let mut reached = Vec::new();
    let mut truncated = false;
    while let Some((n, d)) = queue.pop_front() {
        let mut next: Vec<_> = g
            .deps
            .edges_directed(n, direction)
            .map(|e| {
                let other = if way == Way::Up {
                    e.source()
                } else {
                    e.target()
                };
                (other, *e.weight())
            })
            .collect();
        next.sort_unstable_by_key(|&(other, e)| (other, e));
        for (other, edge) in next {
            if seen[other.index()] {
                continue;
            }
            if depth.is_some_and(|max| d >= max) {
                truncated = true;
                break;
            }
            seen[other.index()] = true;
            reached.push(Reached {
                node: other,
                distance: d + 1,
                via: n,
                edge,
            });
            queue.push_back((other, d + 1));
        }
    }
    Impact {
        root,
        way,
        reached,
        truncated,
    }
}
