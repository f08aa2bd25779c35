//! The dependency graph of an architecture: every element is a node (the
//! national catalogue included), every reference a typed edge that keeps the
//! span of the reference, so graph findings point at the YAML that causes them.
//!
//! The edges come from [`for_each_ref`], the model's single list of relations.
//! Besides the full graph, [`ArchGraph::deps`] holds the dependency edges only,
//! each turned to point from the element that needs to the element it needs.

pub mod analysis;
pub mod impact;
pub mod role;
pub mod view;

pub use role::{Band, Flow, Layer, Role, Style};

use crate::model::catalogue::{self, NationalKind};
use crate::model::common::Status;
use crate::model::index::{Relation, for_each_ref};
use crate::model::{ControlKind, ElementKind, InfraKind, Model};
use crate::source::Span;
use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A fast hasher for short ids (the Fx multiply-rotate scheme). Ids come from
/// the user's files, but a slow path on crafted collisions only costs time
/// in proportion to the input; SipHash's protection is not needed here.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type IdMap<'a> = HashMap<&'a str, NodeIndex, BuildHasherDefault<IdHasher>>;

/// An element.
#[derive(Debug, Clone)]
pub struct Node<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: ElementKind,
    pub role: Role,
    pub status: Status,
    /// The id's span; `None` for catalogue entries.
    pub span: Option<Span>,
    /// A disaster-recovery site (infrastructure of kind `dr-site`).
    pub dr_site: bool,
    /// A backup control (control of kind `backup`).
    pub backup: bool,
}

/// A reference from one element to another.
#[derive(Debug, Clone, Copy)]
pub struct Edge {
    pub relation: Relation,
    /// The span of the reference (the target id as written).
    pub span: Span,
    pub flow: Flow,
    pub style: Style,
}

/// The graph of one model. Node and edge order follow the model's sorted
/// sections and [`for_each_ref`], so every walk over it is deterministic.
pub struct ArchGraph<'a> {
    pub graph: DiGraph<Node<'a>, Edge>,
    /// Dependency edges (flows `Down` and `Up`), from the element that needs
    /// to the element it needs; the weight is the edge in `graph`. Same node indices.
    pub deps: DiGraph<(), EdgeIndex>,
    ids: IdMap<'a>,
}

impl<'a> ArchGraph<'a> {
    /// Builds the graph. References that do not resolve are left out: the
    /// reference checks report them.
    pub fn build(model: &'a Model) -> ArchGraph<'a> {
        let count = model.element_count()
            + catalogue::NATIONAL_SYSTEMS.len()
            + catalogue::TT39_STANDARDS.len();
        let mut graph = DiGraph::with_capacity(count, count * 2);
        let mut ids = IdMap::with_capacity_and_hasher(count, Default::default());
        let mut add = |graph: &mut DiGraph<Node<'a>, Edge>, node: Node<'a>| {
            // A duplicate id is REF-003; the first declaration wins.
            ids.entry(node.id).or_insert_with(|| graph.add_node(node));
        };
        for e in model.elements() {
            add(
                &mut graph,
                Node {
                    id: e.id.as_str(),
                    name: e.name.as_str(),
                    kind: e.kind,
                    role: Role::of_kind(e.kind),
                    status: Status::Existing,
                    span: Some(e.id.span),
                    dr_site: false,
                    backup: false,
                },
            );
        }
        for n in catalogue::NATIONAL_SYSTEMS {
            let role = match n.kind {
                NationalKind::System => Role::NationalSystem,
                NationalKind::Database => Role::NationalDatabase,
                NationalKind::Infrastructure => Role::NationalInfrastructure,
            };
            add(
                &mut graph,
                national_node(n.id, n.name_vi, ElementKind::National, role),
            );
        }
        for s in catalogue::TT39_STANDARDS {
            add(
                &mut graph,
                national_node(s.id, s.code, ElementKind::CatalogueStandard, Role::Standard),
            );
        }
        let mut g = ArchGraph {
            graph,
            deps: DiGraph::default(),
            ids,
        };
        g.refine(model);
        g.add_edges(model);
        g
    }

    /// Fills in what the element walk does not carry: status and the finer roles.
    fn refine(&mut self, model: &'a Model) {
        macro_rules! status {
            ($($list:ident),*) => {$(
                for e in &model.$list {
                    if let Some(n) = self.node_mut(e.id.as_str()) {
                        n.status = e.status.value;
                    }
                }
            )*};
        }
        status!(
            actors,
            channels,
            services,
            applications,
            databases,
            catalogs,
            exchanges,
            infrastructure,
            controls
        );
        for a in &model.applications {
            if let Some(n) = self.node_mut(a.id.as_str()) {
                n.role = Role::of_app(a.kind.value);
            }
        }
        for i in &model.infrastructure {
            if let Some(n) = self.node_mut(i.id.as_str()) {
                n.dr_site = i.kind.value == InfraKind::DrSite;
            }
        }
        for c in &model.controls {
            if let Some(n) = self.node_mut(c.id.as_str()) {
                n.backup = c.kind.value == ControlKind::Backup;
            }
        }
    }

    fn add_edges(&mut self, model: &'a Model) {
        let mut deps = DiGraph::with_capacity(self.graph.node_count(), self.graph.node_count() * 2);
        for _ in 0..self.graph.node_count() {
            deps.add_node(());
        }
        // References come grouped by holder: look each holder up once.
        let mut last: Option<(&str, NodeIndex)> = None;
        for_each_ref(model, |site| {
            let (Some((_, from)), Some(&to)) = (site.from, self.ids.get(site.target.as_str()))
            else {
                return;
            };
            let from = match last {
                Some((id, i)) if std::ptr::eq(id, from) => i,
                _ => {
                    let Some(&i) = self.ids.get(from) else { return };
                    last = Some((from, i));
                    i
                }
            };
            let (flow, style) = role::classify(site.relation);
            let edge = self.graph.add_edge(
                from,
                to,
                Edge {
                    relation: site.relation,
                    span: site.target.span,
                    flow,
                    style,
                },
            );
            match flow {
                Flow::Down => {
                    deps.add_edge(from, to, edge);
                }
                Flow::Up => {
                    deps.add_edge(to, from, edge);
                }
                _ => {}
            }
        });
        self.deps = deps;
    }

    fn node_mut(&mut self, id: &str) -> Option<&mut Node<'a>> {
        let i = *self.ids.get(id)?;
        self.graph.node_weight_mut(i)
    }

    /// The node of an id.
    pub fn index(&self, id: &str) -> Option<NodeIndex> {
        self.ids.get(id).copied()
    }

    pub fn node(&self, i: NodeIndex) -> &Node<'a> {
        &self.graph[i]
    }

    pub fn edge(&self, e: EdgeIndex) -> &Edge {
        &self.graph[e]
    }

    /// The two ends of an edge of the full graph, as written (holder, target).
    pub fn ends(&self, e: EdgeIndex) -> (NodeIndex, NodeIndex) {
        self.graph.edge_endpoints(e).expect("edge of this graph")
    }

    /// Every node id, for "did you mean".
    pub fn ids(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.graph.node_weights().map(|n| n.id)
    }

    /// Whether a node is declared in the model (not from the catalogue).
    pub fn is_declared(&self, i: NodeIndex) -> bool {
        self.graph[i].span.is_some()
    }
}

fn national_node<'a>(id: &'a str, name: &'a str, kind: ElementKind, role: Role) -> Node<'a> {
    Node {
        id,
        name,
        kind,
        role,
        status: Status::Existing,
        span: None,
        dr_site: false,
        backup: false,
    }
}
