//! Diagrams: DOT and Mermaid snapshots of the graph fixture, the SVG read back
//! as XML (every label present, no boxes overlapping, bounded width), and the
//! committed example diagrams under docs/diagrams kept in step with
//! `architecture/`.

mod graph_common;

use graph_common::{load, xml};
use kientruc::graph::ArchGraph;
use kientruc::graph::view::{self, ViewSpec};
use kientruc::render::{Drawing, DrawnNode, dot, mermaid, svg};
use std::path::Path;

fn drawing_for<'a>(
    g: &ArchGraph<'a>,
    model: &'a kientruc::model::Model,
    spec: &str,
    depth: usize,
) -> Drawing<'a> {
    let v = view::select(g, model, &ViewSpec::parse(spec).unwrap(), depth).unwrap();
    Drawing::new(g, &v, "Phiên bản 1.0".to_owned())
}

#[test]
fn dot_and_mermaid_are_stable() {
    let checked = load("tests/fixtures/graph");
    let g = ArchGraph::build(&checked.model);
    for spec in ["overall", "focus:mot-cua"] {
        let d = drawing_for(&g, &checked.model, spec, 2);
        let name = spec.replace(':', "-");
        insta::assert_snapshot!(format!("dot_{name}"), dot::render(&d));
        insta::assert_snapshot!(format!("mermaid_{name}"), mermaid::render(&d));
        // Same input, same bytes.
        assert_eq!(
            dot::render(&d),
            dot::render(&drawing_for(&g, &checked.model, spec, 2))
        );
    }
}

/// Checks an SVG: well-formed, every node's name in its box, no two boxes
/// overlapping, and no wider than a page can take.
fn check_svg(text: &str, d: &Drawing) {
    let root = xml::parse(text).unwrap_or_else(|e| panic!("the SVG is not well-formed XML: {e}"));
    assert_eq!(root.name, "svg");
    let width = root.num("width");
    assert!(width <= 4000.0, "the picture is {width} px wide");
    let nodes: Vec<&xml::Element> = root
        .descendants()
        .into_iter()
        .filter(|e| e.name == "g" && e.attr("class") == Some("node"))
        .collect();
    assert_eq!(nodes.len(), d.nodes.len());
    let mut rects = Vec::new();
    for (g, n) in nodes.iter().zip(&d.nodes) {
        assert_eq!(g.attr("data-id"), Some(n.id));
        let label: Vec<&str> = g
            .children
            .iter()
            .filter(|c| c.name == "text")
            .map(|c| c.text.as_str())
            .collect();
        assert_eq!(
            label.join(" "),
            n.name.split_whitespace().collect::<Vec<_>>().join(" "),
            "label of {}",
            n.id
        );
        assert!(
            label.iter().all(|l| l.chars().count() <= 28),
            "{} has a line over 28 characters",
            n.id
        );
        let r = g.children.iter().find(|c| c.name == "rect").expect("a box");
        let (x, y, w, h) = (r.num("x"), r.num("y"), r.num("width"), r.num("height"));
        assert!(
            x >= 0.0 && x + w <= width,
            "{} is outside the picture",
            n.id
        );
        rects.push((n.id, x, y, w, h));
    }
    for (i, a) in rects.iter().enumerate() {
        for b in &rects[i + 1..] {
            let apart =
                a.1 + a.3 <= b.1 || b.1 + b.3 <= a.1 || a.2 + a.4 <= b.2 || b.2 + b.4 <= a.2;
            assert!(apart, "boxes of `{}` and `{}` overlap", a.0, b.0);
        }
    }
}

#[test]
fn svg_of_the_fixture_is_readable() {
    let checked = load("tests/fixtures/graph");
    let g = ArchGraph::build(&checked.model);
    for spec in [
        "overall",
        "focus:mot-cua",
        "focus:ttdl",
        "layer:application",
        "layer:infrastructure",
    ] {
        let d = drawing_for(&g, &checked.model, spec, 2);
        let text = svg::render(&d).unwrap();
        check_svg(&text, &d);
        assert!(text.contains("font-family=\"'Times New Roman', 'Liberation Serif', serif\""));
        assert!(text.contains("Chú giải"), "{spec}: a legend");
    }
}

#[test]
fn svg_of_the_example_is_readable() {
    let checked = load("architecture");
    let g = ArchGraph::build(&checked.model);
    for spec in [
        "overall",
        "focus:mot-cua",
        "focus:lgsp",
        "layer:infrastructure",
    ] {
        let d = drawing_for(&g, &checked.model, spec, 2);
        check_svg(&svg::render(&d).unwrap(), &d);
    }
}

#[test]
fn svg_refuses_views_too_large_to_read() {
    let node = DrawnNode {
        index: Default::default(),
        id: "x",
        name: "Ứng dụng",
        band: kientruc::graph::Band::Applications,
        status: Default::default(),
        national: false,
        platform: false,
        focus: false,
    };
    let d = Drawing {
        title: String::new(),
        subtitle: String::new(),
        nodes: vec![node; svg::MAX_NODES + 1],
        edges: Vec::new(),
        note: None,
    };
    assert_eq!(svg::render(&d).unwrap_err().nodes, svg::MAX_NODES + 1);
}

#[test]
fn wide_bands_wrap_into_rows() {
    let node = |k: usize| DrawnNode {
        index: petgraph::graph::NodeIndex::new(k),
        id: "x",
        name: "Cơ sở dữ liệu chuyên ngành",
        band: kientruc::graph::Band::Databases,
        status: Default::default(),
        national: false,
        platform: false,
        focus: false,
    };
    let d = Drawing {
        title: "Thử".into(),
        subtitle: String::new(),
        nodes: (0..140).map(node).collect(),
        edges: Vec::new(),
        note: None,
    };
    let text = svg::render(&d).unwrap();
    let root = xml::parse(&text).unwrap();
    assert!(root.num("width") <= 2400.0, "{}", root.num("width"));
}

/// The diagrams in docs/diagrams are generated from `architecture/`. Set
/// KIENTRUC_UPDATE_DIAGRAMS=1 to rewrite them after changing the example or the renderers.
#[test]
fn committed_example_diagrams_are_current() {
    let checked = load("architecture");
    let g = ArchGraph::build(&checked.model);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/diagrams");
    let update = std::env::var_os("KIENTRUC_UPDATE_DIAGRAMS").is_some();
    let mut stale = Vec::new();
    for (file, spec, depth) in [
        ("overall.svg", "overall", 2),
        ("overall.mmd", "overall", 2),
        ("focus-mot-cua.svg", "focus:mot-cua", 2),
        ("focus-lgsp.svg", "focus:lgsp", 1),
        ("focus-trung-tam-du-lieu.svg", "focus:trung-tam-du-lieu", 1),
        ("layer-infrastructure.svg", "layer:infrastructure", 1),
    ] {
        let d = drawing_for(&g, &checked.model, spec, depth);
        let text = if file.ends_with(".svg") {
            svg::render(&d).unwrap()
        } else {
            mermaid::render(&d)
        };
        let path = dir.join(file);
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &text).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(file);
        }
    }
    assert!(
        stale.is_empty(),
        "stale diagrams in docs/diagrams: {stale:?}; regenerate with KIENTRUC_UPDATE_DIAGRAMS=1 cargo test --test graph_render"
    );
}
