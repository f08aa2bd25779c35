//! Views: which nodes and edges a diagram shows.

use super::impact::{Way, walk};
use super::{ArchGraph, Flow, Layer, Role};
use crate::model::Model;
use petgraph::Direction;
use petgraph::graph::{EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;

/// What to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ViewSpec {
    /// The provincial diagram: every band and both side columns.
    Overall,
    /// One layer and its direct dependencies in other layers.
    Layer(Layer),
    /// One element, what depends on it and what it depends on, `depth` steps each way.
    Focus(String),
}

impl ViewSpec {
    /// Parses `overall`, `layer:NAME` or `focus:ID`.
    pub fn parse(s: &str) -> Result<ViewSpec, String> {
        if s == "overall" {
            return Ok(ViewSpec::Overall);
        }
        if let Some(name) = s.strip_prefix("layer:") {
            return Layer::parse(name).map(ViewSpec::Layer).ok_or_else(|| {
                let names: Vec<_> = Layer::ALL.iter().map(|l| l.as_str()).collect();
                format!("unknown layer `{name}`; one of: {}", names.join(", "))
            });
        }
        if let Some(id) = s.strip_prefix("focus:")
            && !id.is_empty()
        {
            return Ok(ViewSpec::Focus(id.to_owned()));
        }
        Err(format!(
            "unknown view `{s}`; use `overall`, `layer:NAME` or `focus:ID`"
        ))
    }
}

/// The nodes and edges of a view, in graph order.
#[derive(Debug, Clone)]
pub struct View {
    pub title_vi: String,
    pub title_en: String,
    pub nodes: Vec<NodeIndex>,
    pub edges: Vec<EdgeIndex>,
    /// The focused element, drawn highlighted.
    pub focus: Option<NodeIndex>,
    /// What the view leaves out, for the legend.
    pub note_vi: Option<&'static str>,
}

/// Why a view cannot be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ViewError {
    UnknownId {
        id: String,
        suggestion: Option<String>,
    },
    NotDrawable {
        id: String,
    },
}

/// Selects the view's nodes and edges.
pub fn select(
    g: &ArchGraph,
    model: &Model,
    spec: &ViewSpec,
    depth: usize,
) -> Result<View, ViewError> {
    let province = model
        .manifest
        .as_ref()
        .map(|m| m.architecture.province.name.as_str())
        .unwrap_or("");
    let mut keep = vec![false; g.graph.node_count()];
    let mut focus = None;
    let mut note_vi = None;
    let mut with_hosting = true;
    // A focus view draws the paths its walks followed, not every edge between
    // the nodes it reached: a tree reads; a hairball does not.
    let mut only_edges: Option<Vec<EdgeIndex>> = None;
    let (title_vi, title_en, with_callbacks) = match spec {
        ViewSpec::Overall => {
            for i in g.graph.node_indices() {
                let role = g.node(i).role;
                keep[i.index()] = g.is_declared(i)
                    && role.band().is_some()
                    && !matches!(role, Role::Exchange | Role::Organization | Role::Standard);
            }
            // National systems the province links to.
            for i in g.graph.node_indices() {
                if !g.is_declared(i)
                    && g.node(i).role.band().is_some()
                    && g.node(i).role != Role::Standard
                {
                    keep[i.index()] = g
                        .graph
                        .edges_directed(i, Direction::Incoming)
                        .any(|e| keep[e.source().index()] && e.weight().flow != Flow::Meta);
                }
            }
            // Governance: who steers and who maintains the architecture.
            if let Some(m) = &model.manifest {
                for r in
                    std::iter::once(&m.architecture.maintainer).chain(&m.architecture.steering_body)
                {
                    if let Some(i) = g.index(r.as_str()) {
                        keep[i.index()] = true;
                    }
                }
            }
            // Everything runs on the infrastructure band: lines to it would
            // only hide the rest. The infrastructure layer view shows them.
            with_hosting = false;
            note_vi = Some(
                "Các ứng dụng, cơ sở dữ liệu và nền tảng được triển khai trên hạ tầng kỹ thuật; quan hệ triển khai chi tiết xem sơ đồ lớp hạ tầng.",
            );
            (
                format!("Sơ đồ tổng thể Kiến trúc Chính quyền điện tử tỉnh {province}"),
                format!("Overall e-government architecture of {province} province"),
                false,
            )
        }
        ViewSpec::Layer(layer) => {
            for i in g.graph.node_indices() {
                if g.node(i).role.layer() == *layer
                    && g.node(i).role.band().is_some()
                    && g.is_declared(i)
                {
                    keep[i.index()] = true;
                    for n in g.deps.neighbors_undirected(i) {
                        keep[n.index()] |= g.node(n).role.band().is_some();
                    }
                }
            }
            let (en, vi) = layer.titles();
            (
                format!("Lớp {} — tỉnh {province}", vi.to_lowercase()),
                format!("{en} layer — {province} province"),
                true,
            )
        }
        ViewSpec::Focus(id) => {
            let Some(root) = g.index(id) else {
                return Err(ViewError::UnknownId {
                    id: id.clone(),
                    suggestion: crate::diagnostic::did_you_mean(id, g.ids()).map(str::to_owned),
                });
            };
            if g.node(root).role.band().is_none() {
                return Err(ViewError::NotDrawable { id: id.clone() });
            }
            focus = Some(root);
            keep[root.index()] = true;
            let mut followed = Vec::new();
            for way in [Way::Up, Way::Down] {
                for r in walk(g, root, way, Some(depth)).reached {
                    keep[r.node.index()] = g.node(r.node).role.band().is_some();
                    followed.push(r.edge);
                }
            }
            for e in g
                .graph
                .edges_directed(root, Direction::Incoming)
                .chain(g.graph.edges(root))
            {
                if matches!(e.weight().flow, Flow::Link | Flow::Callback) {
                    let other = if e.source() == root {
                        e.target()
                    } else {
                        e.source()
                    };
                    keep[other.index()] = g.node(other).role.band().is_some();
                    followed.push(e.id());
                }
            }
            followed.sort_unstable();
            only_edges = Some(followed);
            let name = g.node(root).name;
            (
                format!("Phụ thuộc của {name}"),
                format!("Dependencies of {name} ({id})"),
                true,
            )
        }
    };
    let nodes: Vec<NodeIndex> = g.graph.node_indices().filter(|i| keep[i.index()]).collect();
    let edges = g
        .graph
        .edge_indices()
        .filter(|&e| {
            let (a, b) = g.ends(e);
            let flow = g.edge(e).flow;
            if !with_hosting && g.edge(e).style == super::Style::Hosting {
                return false;
            }
            if let Some(only) = &only_edges
                && only.binary_search(&e).is_err()
            {
                return false;
            }
            keep[a.index()]
                && keep[b.index()]
                && a != b
                && match flow {
                    Flow::Down | Flow::Up | Flow::Link => true,
                    Flow::Callback => with_callbacks,
                    Flow::Meta => false,
                }
        })
        .collect();
    Ok(View {
        title_vi,
        title_en,
        nodes,
        edges,
        focus,
        note_vi,
    })
}
