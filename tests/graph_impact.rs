//! Impact analysis on the graph fixture, against expectations worked out by
//! hand from tests/fixtures/graph/model.yaml.

mod graph_common;

use graph_common::load;
use kientruc::graph::impact::{Way, walk};
use kientruc::graph::{ArchGraph, Layer};
use std::collections::BTreeMap;

/// Reached ids by layer, each list sorted.
fn by_layer(
    g: &ArchGraph,
    id: &str,
    way: Way,
    depth: Option<usize>,
) -> BTreeMap<&'static str, Vec<String>> {
    let impact = walk(g, g.index(id).unwrap(), way, depth);
    impact
        .by_layer(g)
        .into_iter()
        .map(|(layer, reached)| {
            let mut ids: Vec<String> = reached
                .iter()
                .map(|r| g.node(r.node).id.to_owned())
                .collect();
            ids.sort();
            (layer.as_str(), ids)
        })
        .collect()
}

fn expect(pairs: &[(&'static str, &[&str])]) -> BTreeMap<&'static str, Vec<String>> {
    pairs
        .iter()
        .map(|(l, ids)| (*l, ids.iter().map(|s| s.to_string()).collect()))
        .collect()
}

#[test]
fn data_centre_down_affects_everything_hosted_and_everyone_above() {
    let checked = load("tests/fixtures/graph");
    let g = ArchGraph::build(&checked.model);
    // Hosted on ttdl: 5 applications, 2 databases. Above them: the exchange
    // (from mot-cua), both services (supported_by mot-cua), both channels,
    // and all three user groups. Not the SMS channel: it needs nothing
    // (a service notifying through it is a callback, not a dependency).
    let got = by_layer(&g, "ttdl", Way::Up, None);
    assert_eq!(
        got,
        expect(&[
            (
                "business",
                &[
                    "can-bo",
                    "cong-dvc-web",
                    "doanh-nghiep",
                    "dvc-dat-dai",
                    "dvc-ho-tich",
                    "mot-cua-tthc",
                    "nguoi-dan"
                ]
            ),
            (
                "application",
                &[
                    "cong-dvc",
                    "ex-ho-tich-dan-cu",
                    "lgsp",
                    "mot-cua",
                    "qlvb",
                    "xac-thuc"
                ]
            ),
            ("data", &["csdl-ho-so", "csdl-van-ban"]),
        ])
    );
}

#[test]
fn depth_limits_the_walk_and_distances_are_shortest() {
    let checked = load("tests/fixtures/graph");
    let g = ArchGraph::build(&checked.model);
    let impact = walk(&g, g.index("ttdl").unwrap(), Way::Up, Some(1));
    assert!(impact.truncated);
    let mut direct: Vec<&str> = impact.reached.iter().map(|r| g.node(r.node).id).collect();
    direct.sort();
    assert_eq!(
        direct,
        [
            "cong-dvc",
            "csdl-ho-so",
            "csdl-van-ban",
            "lgsp",
            "mot-cua",
            "qlvb",
            "xac-thuc"
        ]
    );

    let full = walk(&g, g.index("ttdl").unwrap(), Way::Up, None);
    assert!(!full.truncated);
    let distance = |id: &str| {
        full.reached
            .iter()
            .find(|r| g.node(r.node).id == id)
            .unwrap()
            .distance
    };
    // nguoi-dan → cong-dvc-web → cong-dvc → ttdl.
    assert_eq!(distance("nguoi-dan"), 3);
    assert_eq!(distance("dvc-ho-tich"), 2);
}

#[test]
fn portal_depends_on_one_stop_platforms_and_national_systems() {
    let checked = load("tests/fixtures/graph");
    let g = ArchGraph::build(&checked.model);
    let got = by_layer(&g, "cong-dvc", Way::Down, None);
    // cong-dvc → mot-cua, xac-thuc, lgsp, ttdl; mot-cua → csdl-ho-so →
    // national:csdl-dan-cu; lgsp → national:ngsp.
    assert_eq!(
        got,
        expect(&[
            (
                "application",
                &["lgsp", "mot-cua", "national:ngsp", "xac-thuc"]
            ),
            ("data", &["csdl-ho-so", "national:csdl-dan-cu"]),
            ("infrastructure", &["ttdl"]),
        ])
    );
    assert_eq!(Layer::parse("DATA"), Some(Layer::Data));
}

#[test]
fn impact_renders_as_text_and_json() {
    let checked = load("tests/fixtures/graph");
    let g = ArchGraph::build(&checked.model);
    let root = g.index("csdl-ho-so").unwrap();
    let impacts = [
        walk(&g, root, Way::Up, None),
        walk(&g, root, Way::Down, None),
    ];
    let text = kientruc::render::impact::human(&g, &impacts, kientruc::diagnostic::Lang::Vi);
    insta::assert_snapshot!("impact_csdl_ho_so_vi", text);
    let json = kientruc::render::impact::json(&g, &impacts, None);
    // Down: the national database it syncs with, and the data centre.
    assert_eq!(json["directions"]["down"]["count"], 2);
    assert_eq!(
        json["directions"]["down"]["layers"][0]["elements"][0]["id"],
        "national:csdl-dan-cu"
    );
    insta::assert_json_snapshot!("impact_csdl_ho_so_json", json);
}

#[test]
fn the_fixture_passes_every_graph_check() {
    let checked = load("tests/fixtures/graph");
    let graph: Vec<String> = checked
        .diagnostics
        .iter()
        .filter(|d| d.code.code.starts_with("FW1-GRAPH"))
        .map(|d| d.message.en().to_string())
        .collect();
    assert!(graph.is_empty(), "{graph:?}");
}
