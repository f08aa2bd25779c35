//! Timings of the graph on the generated 100,000-element benchmark model.
//! Not a correctness test: run it in release and read the numbers:
//! `cargo test --release --test graph_perf -- --ignored --nocapture`.

#[path = "../benches/support/generate.rs"]
mod generate;

use kientruc::graph::impact::{Way, walk};
use kientruc::graph::{ArchGraph, analysis};
use kientruc::model::Date;
use kientruc::pipeline::{self, Options};
use kientruc::rules::settings::Selection;
use std::time::{Duration, Instant};

fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        let v = f();
        best = best.min(start.elapsed());
        last = Some(v);
    }
    (best, last.unwrap())
}

#[test]
#[ignore = "benchmark; run in release"]
fn graph_timings_on_100k() {
    let dir = std::env::temp_dir().join("kientruc-graph-bench");
    let written = generate::generate(&dir, 100_000, 500, generate::Profile::Clean).unwrap();
    let options = |ignore: Vec<String>| Options {
        selection: Selection {
            select: Vec::new(),
            ignore,
        },
        today: Date::parse("2024-01-01").unwrap(),
        ..Options::default()
    };
    let (without, _) = best(3, || {
        pipeline::check(&dir, &options(vec!["FW1-GRAPH".into()])).unwrap()
    });
    let (with, checked) = best(3, || pipeline::check(&dir, &options(Vec::new())).unwrap());
    let graph_findings = checked
        .diagnostics
        .iter()
        .filter(|d| d.code.matches("FW1-GRAPH"))
        .count();
    let model = &checked.model;
    let (build, g) = best(5, || ArchGraph::build(model));
    let (cycles, c) = best(5, || analysis::cycles(&g));
    let (upward, u) = best(5, || analysis::upward_edges(&g));
    let (orphans, o) = best(5, || analysis::orphans(&g));
    let (unreach, r) = best(5, || {
        analysis::unreachable_services(&g, &analysis::grounded(&g))
    });
    let (spof, s) = best(5, || analysis::single_points(&g, 3));
    let dc = g.index("infra-0").unwrap();
    let (up, imp_up) = best(5, || walk(&g, dc, Way::Up, None));
    let svc = g.index("dvc-0").unwrap();
    let (down, imp_down) = best(5, || walk(&g, svc, Way::Down, None));
    println!(
        "elements written: {written}; nodes {} edges {} dependency edges {}",
        g.graph.node_count(),
        g.graph.edge_count(),
        g.deps.edge_count()
    );
    println!(
        "check without graph rules: {without:?}; with: {with:?} (+{:.1}%); {graph_findings} graph findings",
        (with.as_secs_f64() / without.as_secs_f64() - 1.0) * 100.0
    );
    println!(
        "build {build:?}; cycles {cycles:?} ({}); layering {upward:?} ({}); orphans {orphans:?} ({}); unreachable {unreach:?} ({}); single points {spof:?} ({})",
        c.len(),
        u.len(),
        o.len(),
        r.len(),
        s.len()
    );
    println!(
        "impact up from infra-0: {up:?} ({} reached); down from dvc-0: {down:?} ({} reached)",
        imp_up.reached.len(),
        imp_down.reached.len()
    );
}
