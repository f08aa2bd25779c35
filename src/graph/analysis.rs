//! Graph-wide findings as data: cycles, edges up the stack, orphans, services
//! cut off from infrastructure, single points of failure. The rules in
//! `rules::fw1::graph` turn them into diagnostics. Everything here is linear in
//! the size of the graph, except the dependant counts of single points of
//! failure, which are bounded by [`DEPENDANT_CAP`] per candidate.

use super::{ArchGraph, Flow, Role};
use petgraph::Direction;
use petgraph::algo::tarjan_scc;
use petgraph::graph::{EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use std::collections::VecDeque;

/// A dependency cycle: the edges of the full graph, in order, each one's
/// dependent being the previous one's dependency.
#[derive(Debug, Clone)]
pub struct Cycle {
    /// The nodes in order; the first is repeated implicitly at the end.
    pub nodes: Vec<NodeIndex>,
    /// `edges[i]` goes from `nodes[i]` to `nodes[(i + 1) % len]`.
    pub edges: Vec<EdgeIndex>,
}

/// One cycle per strongly connected component, starting at the component's
/// smallest node (in graph order) and as short as a breadth-first search finds.
pub fn cycles(g: &ArchGraph) -> Vec<Cycle> {
    let mut out = Vec::new();
    let mut in_scc = vec![false; g.deps.node_count()];
    let mut sccs = tarjan_scc(&g.deps);
    for scc in &mut sccs {
        scc.sort_unstable();
    }
    sccs.sort_unstable_by_key(|scc| scc[0]);
    for scc in sccs {
        let start = scc[0];
        if scc.len() == 1 {
            if let Some(e) = g.deps.edges_connecting(start, start).next() {
                out.push(Cycle {
                    nodes: vec![start],
                    edges: vec![*e.weight()],
                });
            }
            continue;
        }
        for &n in &scc {
            in_scc[n.index()] = true;
        }
        if let Some(cycle) = shortest_cycle_through(g, start, &in_scc) {
            out.push(cycle);
        }
        for &n in &scc {
            in_scc[n.index()] = false;
        }
    }
    out
}

/// Breadth-first from `start` inside its component back to `start`.
fn shortest_cycle_through(g: &ArchGraph, start: NodeIndex, in_scc: &[bool]) -> Option<Cycle> {
    use std::collections::HashMap;
    let mut came_from: HashMap<NodeIndex, (NodeIndex, EdgeIndex)> = HashMap::new();
    let mut queue = VecDeque::from([start]);
    let mut closing = None;
    'search: while let Some(n) = queue.pop_front() {
        // Edges in insertion order keep the result stable.
        let mut out: Vec<_> = g.deps.edges(n).collect();
        out.sort_unstable_by_key(|e| e.id());
        for e in out {
            let t = e.target();
            if !in_scc[t.index()] {
                continue;
            }
            if t == start {
                closing = Some((n, *e.weight()));
                break 'search;
            }
            if let std::collections::hash_map::Entry::Vacant(v) = came_from.entry(t) {
                v.insert((n, *e.weight()));
                queue.push_back(t);
            }
        }
    }
    let (mut at, last) = closing?;
    let mut nodes = vec![at];
    let mut edges = vec![last];
    while at != start {
        let (prev, e) = came_from[&at];
        nodes.push(prev);
        edges.push(e);
        at = prev;
    }
    nodes.reverse();
    edges.reverse();
    Some(Cycle { nodes, edges })
}

/// A dependency that points up the stack.
#[derive(Debug, Clone, Copy)]
pub struct Upward {
    pub edge: EdgeIndex,
    /// The element that needs, and the element it needs (higher in the stack).
    pub dependent: NodeIndex,
    pub dependency: NodeIndex,
}

/// Dependencies from an element to one higher in the stack ([`Role::stack_rank`]).
pub fn upward_edges(g: &ArchGraph) -> Vec<Upward> {
    let mut out = Vec::new();
    for e in g.deps.edge_references() {
        let edge = g.edge(*e.weight());
        if super::role::layering_exempt(edge.relation) {
            continue;
        }
        let (from, to) = (e.source(), e.target());
        let (Some(a), Some(b)) = (g.node(from).role.stack_rank(), g.node(to).role.stack_rank())
        else {
            continue;
        };
        if b < a {
            out.push(Upward {
                edge: *e.weight(),
                dependent: from,
                dependency: to,
            });
        }
    }
    out.sort_by_key(|u| u.edge);
    out
}

/// Roles whose elements exist to be used: one nothing uses is an orphan.
fn needs_dependants(role: Role) -> bool {
    matches!(
        role,
        Role::Channel
            | Role::Service
            | Role::Portal
            | Role::Application
            | Role::Platform
            | Role::Lgsp
            | Role::Database
            | Role::Catalog
            | Role::Infrastructure
    )
}

/// Declared elements nothing uses and that serve nothing: no dependant, and
/// no network, backup or protection link. Actors and controls are orphans
/// only when nothing at all links them.
pub fn orphans(g: &ArchGraph) -> Vec<NodeIndex> {
    let mut out = Vec::new();
    for i in g.graph.node_indices() {
        if !g.is_declared(i) {
            continue;
        }
        let role = g.node(i).role;
        let linked = || {
            g.graph
                .edges_directed(i, Direction::Outgoing)
                .chain(g.graph.edges_directed(i, Direction::Incoming))
                .any(|e| e.weight().flow == Flow::Link)
        };
        let orphan = if needs_dependants(role) {
            g.deps
                .edges_directed(i, Direction::Incoming)
                .next()
                .is_none()
                && !linked()
        } else if matches!(role, Role::Actor | Role::Control) {
            g.deps
                .edges_directed(i, Direction::Incoming)
                .next()
                .is_none()
                && g.deps
                    .edges_directed(i, Direction::Outgoing)
                    .next()
                    .is_none()
                && !linked()
        } else {
            false
        };
        if orphan {
            out.push(i);
        }
    }
    out
}

/// Whether each node reaches infrastructure (declared or national) through
/// its dependencies: one backward sweep from all infrastructure at once.
pub fn grounded(g: &ArchGraph) -> Vec<bool> {
    let mut seen = vec![false; g.deps.node_count()];
    let mut queue = VecDeque::new();
    for i in g.graph.node_indices() {
        if matches!(
            g.node(i).role,
            Role::Infrastructure | Role::NationalInfrastructure
        ) {
            seen[i.index()] = true;
            queue.push_back(i);
        }
    }
    while let Some(n) = queue.pop_front() {
        for d in g.deps.neighbors_directed(n, Direction::Incoming) {
            if !seen[d.index()] {
                seen[d.index()] = true;
                queue.push_back(d);
            }
        }
    }
    seen
}

/// Declared online services whose chain to infrastructure is broken.
pub fn unreachable_services(g: &ArchGraph, grounded: &[bool]) -> Vec<NodeIndex> {
    g.graph
        .node_indices()
        .filter(|&i| g.node(i).role == Role::Service && g.is_declared(i) && !grounded[i.index()])
        .collect()
}

/// Dependant counting stops here: enough to say "many", and it bounds the work.
pub const DEPENDANT_CAP: usize = 10_000;

/// A single point of failure.
#[derive(Debug, Clone)]
pub struct SinglePoint {
    pub node: NodeIndex,
    /// Elements that depend on it, transitively (capped at [`DEPENDANT_CAP`]).
    pub dependants: usize,
    /// Of those, online services.
    pub services: usize,
}

/// Hosting infrastructure and shared platforms that at least `threshold`
/// elements depend on, with no DR site backing them up and no backup control
/// protecting them. A platform is also covered when a DR site backs up the
/// infrastructure it runs on.
pub fn single_points(g: &ArchGraph, threshold: usize) -> Vec<SinglePoint> {
    let backed_up = |i: NodeIndex| {
        g.graph.edges_directed(i, Direction::Incoming).any(|e| {
            let source = g.node(e.source());
            (e.weight().relation == crate::model::index::Relation::BacksUp && source.dr_site)
                || (e.weight().relation == crate::model::index::Relation::Protects && source.backup)
        })
    };
    let mut stamp = vec![0u32; g.deps.node_count()];
    let mut round = 0u32;
    let mut queue = VecDeque::new();
    let mut out = Vec::new();
    for i in g.graph.node_indices() {
        let node = g.node(i);
        let candidate = match node.role {
            Role::Infrastructure => !node.dr_site,
            Role::Lgsp | Role::Platform => true,
            _ => false,
        };
        if !candidate || !g.is_declared(i) || backed_up(i) {
            continue;
        }
        if matches!(node.role, Role::Lgsp | Role::Platform)
            && g.deps.edges(i).any(|e| {
                g.edge(*e.weight()).relation == crate::model::index::Relation::HostedOn
                    && backed_up(e.target())
            })
        {
            continue;
        }
        // Cheap test first: no direct dependants, no transitive ones.
        if g.deps
            .edges_directed(i, Direction::Incoming)
            .next()
            .is_none()
        {
            continue;
        }
        round += 1;
        stamp[i.index()] = round;
        queue.clear();
        queue.push_back(i);
        let (mut dependants, mut services) = (0, 0);
        'walk: while let Some(n) = queue.pop_front() {
            for d in g.deps.neighbors_directed(n, Direction::Incoming) {
                if stamp[d.index()] != round {
                    stamp[d.index()] = round;
                    dependants += 1;
                    services += usize::from(g.node(d).role == Role::Service);
                    if dependants >= DEPENDANT_CAP {
                        break 'walk;
                    }
                    queue.push_back(d);
                }
            }
        }
        if dependants >= threshold {
            out.push(SinglePoint {
                node: i,
                dependants,
                services,
            });
        }
    }
    out
}
