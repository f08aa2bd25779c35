//! Diagrams of the graph fixture: DOT and Mermaid snapshots, and the SVG read
//! back as XML to check that every label is there and no boxes overlap.

mod graph_common;

use graph_common::{load, xml};
use kientruc::graph::ArchGraph;
use kientruc::graph::view::{self, ViewSpec};
use kientruc::render::{Drawing, dot, mermaid, svg};

fn drawing_for<'a>(g: &ArchGraph<'a>, model: &'a kientruc::model::Model, spec: &str, depth: usize) -> Drawing<'a> {
    let v = view::select(g, model, &ViewSpec::parse(spec).unwrap(), depth).unwrap();
    Drawing::new(g, &v, "Phiên bản 1.0".to_owned())
}

#[test]
fn dump_for_review() {
    let Some(dir) = std::env::var_os("KIENTRUC_DUMP") else { return };
    let checked = load("tests/fixtures/graph");
    let g = ArchGraph::build(&checked.model);
    for (name, spec) in [("overall", "overall"), ("focus-mot-cua", "focus:mot-cua"), ("layer-app", "layer:application")] {
        let d = drawing_for(&g, &checked.model, spec, 2);
        let path = std::path::Path::new(&dir).join(format!("{name}.svg"));
        std::fs::write(path, svg::render(&d).unwrap()).unwrap();
    }
}
