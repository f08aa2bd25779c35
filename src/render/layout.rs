//! The layered layout of the SVG diagrams.
//!
//! Rows follow the bands of the provincial diagram, top to bottom; security
//! and governance are side columns. Nodes are ordered inside each band by the
//! barycentre of their neighbours (a few sweeps down and up), and a band wider
//! than [`MAX_PER_ROW`] wraps into several rows, so that no picture grows
//! wider than a page allows. Edges are orthogonal: they leave a box at the
//! bottom, run along a track in the gap between rows, cross rows they skip in
//! free vertical corridors between boxes, and enter the target at the top.
//! Lines into the same box share one horizontal bus, so twenty applications
//! hosted in one data centre draw as one tree, not twenty diagonals.
//! Everything is a function of the drawing's order, so output is stable.

use super::text::wrap;
use super::{Drawing, DrawnEdge};
use crate::graph::{Band, Style};
use std::collections::{BTreeMap, HashMap};

pub const FONT: f64 = 13.0;
pub const LINE_H: f64 = 16.0;
pub const BOX_W: f64 = 190.0;
const BOX_PAD: f64 = 8.0;
/// At most this many characters a line in a box.
pub const MAX_CHARS: usize = 28;
/// At most this many boxes in a row: about 1,900 px for the whole picture.
pub const MAX_PER_ROW: usize = 7;
const H_GAP: f64 = 36.0;
pub const MARGIN: f64 = 24.0;
pub const STRIP_W: f64 = 118.0;
const INNER: f64 = 28.0;
const RIGHT_ROOM: f64 = 44.0;
pub const COL_W: f64 = BOX_W + 28.0;
const COL_GAP: f64 = 22.0;
const BAND_PAD: f64 = 14.0;
const TRACK_SP: f64 = 7.0;
const PORT_SP: f64 = 12.0;
pub const TITLE_H: f64 = 74.0;

/// A box placed on the page.
#[derive(Debug, Clone)]
pub struct Placed {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub lines: Vec<String>,
}

/// A band's background, or a side column.
#[derive(Debug, Clone)]
pub struct Region {
    pub bands: Vec<Band>,
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    /// Title lines, drawn in the left strip (bands) or at the top (columns).
    pub title: Vec<String>,
    pub column: bool,
}

/// One straight piece of an edge.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Segment {
    pub style: Style,
    pub x1: f64,
    pub y1: f64,
    pub x2: f64,
    pub y2: f64,
}

/// Where an arrow points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Heading {
    Down,
    Up,
    Left,
    Right,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Arrow {
    pub style: Style,
    pub x: f64,
    pub y: f64,
    pub heading: Heading,
}

/// The whole page.
#[derive(Debug, Clone)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    /// Where the legend starts.
    pub legend_y: f64,
    /// One per drawing node, same order.
    pub boxes: Vec<Placed>,
    pub regions: Vec<Region>,
    pub segments: Vec<Segment>,
    pub arrows: Vec<Arrow>,
    pub dots: Vec<(Style, f64, f64)>,
}

/// A y coordinate known only once the gaps have their heights.
#[derive(Debug, Clone, Copy)]
enum Y {
    Top(usize),
    Bottom(usize),
    Mid(usize),
    /// The track of a run in the gap below a row.
    Run(usize, RunKey),
}

/// Horizontal runs sharing one track: buses into a box, fan-outs from a box,
/// or a single edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum RunKey {
    Into(usize, Style, bool),
    From(usize, Style, bool),
    Single(usize),
}

struct Row {
    group: usize,
    nodes: Vec<usize>,
}

/// Groups of bands that share one background: applications and databases
/// form one block of the framework's diagram.
fn group_of(band: Band) -> usize {
    match band {
        Band::Users => 0,
        Band::Channels => 1,
        Band::PortalServices => 2,
        Band::Applications | Band::Databases => 3,
        Band::Integration => 4,
        Band::Infrastructure => 5,
        Band::Governance => 6,
        Band::Security => 7,
    }
}

fn group_title(group: usize, bands: &[Band]) -> String {
    match group {
        3 if bands.len() == 2 => "Ứng dụng và cơ sở dữ liệu".to_owned(),
        _ => bands[0].title_vi().to_owned(),
    }
}

/// Lays out a drawing.
pub fn layout(d: &Drawing) -> Layout {
    let n = d.nodes.len();
    let lines: Vec<Vec<String>> = d
        .nodes
        .iter()
        .map(|n| wrap(n.name, MAX_CHARS, BOX_W - 2.0 * BOX_PAD, FONT))
        .collect();
    let box_h = |k: usize| 2.0 * BOX_PAD + 2.0 + lines[k].len() as f64 * LINE_H;

    // Bands present, in order, and their nodes ordered by barycentre.
    let row_bands: Vec<Band> = Band::ROWS
        .into_iter()
        .filter(|b| d.nodes.iter().any(|n| n.band == *b))
        .collect();
    let mut order: Vec<Vec<usize>> = row_bands
        .iter()
        .map(|b| (0..n).filter(|&k| d.nodes[k].band == *b).collect())
        .collect();
    let band_rank: HashMap<Band, usize> =
        row_bands.iter().enumerate().map(|(i, b)| (*b, i)).collect();
    let rank_of = |k: usize| band_rank.get(&d.nodes[k].band).copied();
    let mut neighbours: Vec<Vec<usize>> = vec![Vec::new(); n];
    for e in &d.edges {
        if rank_of(e.from).is_some() && rank_of(e.to).is_some() && e.from != e.to {
            neighbours[e.from].push(e.to);
            neighbours[e.to].push(e.from);
        }
    }
    order_by_barycentre(&mut order, &neighbours, &rank_of);
    keep_peers_together(&mut order, &neighbours, &rank_of);

    // Wrap wide bands into rows.
    let mut rows: Vec<Row> = Vec::new();
    for (bi, nodes) in order.iter().enumerate() {
        let count = nodes.len().div_ceil(MAX_PER_ROW).max(1);
        let per = nodes.len().div_ceil(count).max(1);
        for chunk in nodes.chunks(per) {
            rows.push(Row {
                group: group_of(row_bands[bi]),
                nodes: chunk.to_vec(),
            });
        }
    }
    let mut row_of = vec![usize::MAX; n];
    let mut slot_of = vec![0usize; n];
    for (r, row) in rows.iter().enumerate() {
        for (s, &k) in row.nodes.iter().enumerate() {
            row_of[k] = r;
            slot_of[k] = s;
        }
    }

    // x: the band region sits between the optional side columns.
    let has_col = |b: Band| d.nodes.iter().any(|n| n.band == b);
    let left = MARGIN
        + if has_col(Band::Governance) {
            COL_W + COL_GAP
        } else {
            0.0
        };
    let row_w =
        |r: &Row| r.nodes.len() as f64 * BOX_W + (r.nodes.len().saturating_sub(1)) as f64 * H_GAP;
    let content_w = rows.iter().map(row_w).fold(BOX_W * 2.0 + H_GAP, f64::max);
    let content_l = left + STRIP_W + INNER;
    let right = content_l + content_w + RIGHT_ROOM;
    let mut bx = vec![0.0; n];
    for row in &rows {
        let start = content_l + (content_w - row_w(row)) / 2.0;
        for (s, &k) in row.nodes.iter().enumerate() {
            bx[k] = start + s as f64 * (BOX_W + H_GAP);
        }
    }

    // Ports: where lines leave and enter a box, spread along its side.
    let in_rows = |k: usize| row_of[k] != usize::MAX;
    let mut ports: BTreeMap<(usize, bool), Vec<(Style, bool)>> = BTreeMap::new(); // (node, bottom side)
    let mut plan = Vec::new();
    for (i, e) in d.edges.iter().enumerate() {
        if !in_rows(e.from) || !in_rows(e.to) || e.from == e.to {
            continue;
        }
        let (t, b) = if row_of[e.from] <= row_of[e.to] {
            (e.from, e.to)
        } else {
            (e.to, e.from)
        };
        let arrow_at_b = e.arrow && b == e.to;
        let arrow_at_t = e.arrow && t == e.to;
        if row_of[t] == row_of[b] {
            if slot_of[t].abs_diff(slot_of[b]) == 1 {
                plan.push((i, t, b, false, false));
                continue;
            }
            ports
                .entry((t, true))
                .or_default()
                .push((e.style, arrow_at_t));
            ports
                .entry((b, true))
                .or_default()
                .push((e.style, arrow_at_b));
        } else {
            ports
                .entry((t, true))
                .or_default()
                .push((e.style, arrow_at_t));
            ports
                .entry((b, false))
                .or_default()
                .push((e.style, arrow_at_b));
        }
        plan.push((i, t, b, arrow_at_t, arrow_at_b));
    }
    for list in ports.values_mut() {
        list.sort();
        list.dedup();
    }
    let port_x = |k: usize, bottom: bool, key: (Style, bool)| {
        let list = &ports[&(k, bottom)];
        let i = list.iter().position(|p| *p == key).unwrap_or(0) as f64;
        let spread = (list.len() as f64 - 1.0) * PORT_SP;
        let spread = spread.min(BOX_W - 24.0);
        let step = if list.len() > 1 {
            spread / (list.len() as f64 - 1.0)
        } else {
            0.0
        };
        bx[k] + BOX_W / 2.0 - spread / 2.0 + i * step
    };

    // Routes with symbolic y, runs per gap, corridors through skipped rows.
    let mut runs: Vec<BTreeMap<RunKey, (f64, f64)>> = vec![BTreeMap::new(); rows.len()];
    let mut corridors: Vec<(f64, usize, usize)> = Vec::new();
    let mut routes: Vec<(Style, Vec<(f64, Y)>)> = Vec::new();
    let mut arrows_sym: Vec<(Style, f64, Y, Heading)> = Vec::new();
    let widen =
        |runs: &mut Vec<BTreeMap<RunKey, (f64, f64)>>, gap: usize, key: RunKey, a: f64, b: f64| {
            let e = runs[gap].entry(key).or_insert((a.min(b), a.max(b)));
            e.0 = e.0.min(a.min(b));
            e.1 = e.1.max(a.max(b));
        };
    for &(i, t, b, arrow_t, arrow_b) in &plan {
        let e: &DrawnEdge = &d.edges[i];
        let (rt, rb) = (row_of[t], row_of[b]);
        if rt == rb && slot_of[t].abs_diff(slot_of[b]) == 1 {
            let (l, r) = if slot_of[t] < slot_of[b] {
                (t, b)
            } else {
                (b, t)
            };
            let (x1, x2) = (bx[l] + BOX_W, bx[r]);
            routes.push((e.style, vec![(x1, Y::Mid(rt)), (x2, Y::Mid(rt))]));
            if e.arrow {
                let (x, heading) = if e.to == r {
                    (x2, Heading::Right)
                } else {
                    (x1, Heading::Left)
                };
                arrows_sym.push((e.style, x, Y::Mid(rt), heading));
            }
            continue;
        }
        if rt == rb {
            let (xt, xb) = (
                port_x(t, true, (e.style, arrow_t)),
                port_x(b, true, (e.style, arrow_b)),
            );
            let key = RunKey::Single(i);
            widen(&mut runs, rt, key, xt, xb);
            routes.push((
                e.style,
                vec![
                    (xt, Y::Bottom(rt)),
                    (xt, Y::Run(rt, key)),
                    (xb, Y::Run(rt, key)),
                    (xb, Y::Bottom(rb)),
                ],
            ));
            if e.arrow {
                let x = if e.to == b { xb } else { xt };
                arrows_sym.push((e.style, x, Y::Bottom(rt), Heading::Up));
            }
            continue;
        }
        let xt = port_x(t, true, (e.style, arrow_t));
        let xb = port_x(b, false, (e.style, arrow_b));
        let into = RunKey::Into(b, e.style, arrow_b);
        if rb == rt + 1 {
            widen(&mut runs, rt, into, xt, xb);
            routes.push((
                e.style,
                vec![
                    (xt, Y::Bottom(rt)),
                    (xt, Y::Run(rt, into)),
                    (xb, Y::Run(rt, into)),
                    (xb, Y::Top(rb)),
                ],
            ));
        } else {
            let cx = corridor(
                &rows,
                &bx,
                (rt + 1, rb - 1),
                (xt + xb) / 2.0,
                content_l - INNER + 8.0,
                right - 8.0,
                &corridors,
            );
            corridors.push((cx, rt + 1, rb - 1));
            let from = RunKey::From(t, e.style, arrow_t);
            widen(&mut runs, rt, from, xt, cx);
            widen(&mut runs, rb - 1, into, cx, xb);
            routes.push((
                e.style,
                vec![
                    (xt, Y::Bottom(rt)),
                    (xt, Y::Run(rt, from)),
                    (cx, Y::Run(rt, from)),
                    (cx, Y::Run(rb - 1, into)),
                    (xb, Y::Run(rb - 1, into)),
                    (xb, Y::Top(rb)),
                ],
            ));
        }
        if arrow_b {
            arrows_sym.push((e.style, xb, Y::Top(rb), Heading::Down));
        }
        if arrow_t {
            arrows_sym.push((e.style, xt, Y::Bottom(rt), Heading::Up));
        }
    }

    // Tracks per gap: runs whose extents do not overlap share one.
    let mut track_of: Vec<HashMap<RunKey, usize>> = vec![HashMap::new(); rows.len()];
    let mut tracks_in = vec![0usize; rows.len()];
    for (gap, list) in runs.iter().enumerate() {
        let mut sorted: Vec<(RunKey, (f64, f64))> = list.iter().map(|(k, v)| (*k, *v)).collect();
        sorted.sort_by(|a, b| a.1.0.total_cmp(&b.1.0).then(a.0.cmp(&b.0)));
        let mut ends: Vec<f64> = Vec::new();
        for (key, (lo, hi)) in sorted {
            let t = match ends.iter().position(|&end| end + 10.0 < lo) {
                Some(t) => t,
                None => {
                    ends.push(f64::NEG_INFINITY);
                    ends.len() - 1
                }
            };
            ends[t] = hi;
            track_of[gap].insert(key, t);
        }
        tracks_in[gap] = ends.len();
    }

    // y: rows and gaps, top to bottom.
    let mut top = vec![0.0; rows.len()];
    let mut row_h = vec![0.0; rows.len()];
    let mut gap_pre = vec![0.0; rows.len()];
    let mut y = TITLE_H + MARGIN;
    let mut regions = Vec::new();
    let mut group_start = (usize::MAX, 0.0);
    for r in 0..rows.len() {
        let new_group = r == 0 || rows[r - 1].group != rows[r].group;
        if new_group {
            group_start = (rows[r].group, y);
            y += BAND_PAD;
        }
        top[r] = y;
        row_h[r] = rows[r].nodes.iter().map(|&k| box_h(k)).fold(0.0, f64::max);
        y += row_h[r];
        let last_of_group = r + 1 == rows.len() || rows[r + 1].group != rows[r].group;
        if last_of_group {
            y += BAND_PAD;
            let bands: Vec<Band> = row_bands
                .iter()
                .copied()
                .filter(|b| group_of(*b) == group_start.0)
                .collect();
            let title = group_title(group_start.0, &bands);
            regions.push(Region {
                title: wrap(&title, 18, STRIP_W - 14.0, 12.5),
                bands,
                x: left,
                y: group_start.1,
                w: right - left,
                h: y - group_start.1,
                column: false,
            });
        }
        let pad = if last_of_group { 10.0 } else { 12.0 };
        gap_pre[r] = y + pad - (top[r] + row_h[r]);
        let k = tracks_in[r];
        y += pad + (k.max(1) - 1) as f64 * TRACK_SP + if k > 0 { pad } else { 0.0 };
        if !last_of_group && k == 0 {
            y += 12.0;
        }
    }
    let bands_bottom = regions
        .last()
        .map_or(TITLE_H + MARGIN, |r: &Region| r.y + r.h);
    let mut bottom = y.max(bands_bottom);

    let resolve = |yy: Y| -> f64 {
        match yy {
            Y::Top(r) => top[r],
            Y::Bottom(r) => top[r] + row_h[r],
            Y::Mid(r) => top[r] + row_h[r] / 2.0,
            Y::Run(r, key) => {
                top[r]
                    + row_h[r]
                    + gap_pre[r]
                    + track_of[r].get(&key).copied().unwrap_or(0) as f64 * TRACK_SP
            }
        }
    };

    // Boxes: vertically centred in their row.
    let mut boxes: Vec<Placed> = (0..n)
        .map(|k| Placed {
            x: bx[k],
            y: 0.0,
            w: BOX_W,
            h: box_h(k),
            lines: lines[k].clone(),
        })
        .collect();
    for (r, row) in rows.iter().enumerate() {
        for &k in &row.nodes {
            boxes[k].y = top[r] + (row_h[r] - boxes[k].h) / 2.0;
        }
    }

    // Side columns.
    let span_top = regions.first().map_or(TITLE_H + MARGIN, |r| r.y);
    for (band, x) in [
        (Band::Governance, MARGIN),
        (Band::Security, right + COL_GAP),
    ] {
        if !has_col(band) {
            continue;
        }
        let title = wrap(band.title_vi(), 24, COL_W - 16.0, 12.5);
        let mut cy = span_top + 12.0 + title.len() as f64 * 16.0 + 8.0;
        for k in (0..n).filter(|&k| d.nodes[k].band == band) {
            boxes[k].x = x + (COL_W - BOX_W) / 2.0;
            boxes[k].y = cy;
            cy += boxes[k].h + 12.0;
        }
        let h = (cy + 2.0 - span_top).max(bands_bottom - span_top);
        bottom = bottom.max(span_top + h);
        regions.push(Region {
            bands: vec![band],
            x,
            y: span_top,
            w: COL_W,
            h,
            title,
            column: true,
        });
    }

    // Segments: resolve, then merge collinear pieces of one style.
    let mut raw = Vec::new();
    for (style, points) in &routes {
        let pts: Vec<(f64, f64)> = points.iter().map(|&(x, yy)| (x, resolve(yy))).collect();
        for w in pts.windows(2) {
            raw.push(Segment {
                style: *style,
                x1: w[0].0,
                y1: w[0].1,
                x2: w[1].0,
                y2: w[1].1,
            });
        }
    }
    let segments = merge(raw);
    let mut arrows: Vec<Arrow> = arrows_sym
        .iter()
        .map(|&(style, x, yy, heading)| Arrow {
            style,
            x,
            y: resolve(yy),
            heading,
        })
        .collect();
    arrows.dedup_by(|a, b| a == b);
    let mut seen = Vec::new();
    arrows.retain(|a| {
        let key = (
            a.style,
            (a.x * 10.0).round() as i64,
            (a.y * 10.0).round() as i64,
            a.heading,
        );
        if seen.contains(&key) {
            false
        } else {
            seen.push(key);
            true
        }
    });
    let dots = junctions(&segments);
    let width = if has_col(Band::Security) {
        right + COL_GAP + COL_W
    } else {
        right
    } + MARGIN;
    Layout {
        width,
        height: bottom + MARGIN,
        legend_y: bottom + 8.0,
        boxes,
        regions,
        segments,
        arrows,
        dots,
    }
}

/// Orders each band by the barycentre of its neighbours in other bands:
/// four sweeps down and up, stable so that ties keep the drawing's order.
fn order_by_barycentre(
    order: &mut [Vec<usize>],
    neighbours: &[Vec<usize>],
    rank_of: &dyn Fn(usize) -> Option<usize>,
) {
    let n = neighbours.len();
    let mut pos = vec![0.0f64; n];
    let place = |order: &[Vec<usize>], pos: &mut Vec<f64>| {
        for band in order {
            for (i, &k) in band.iter().enumerate() {
                pos[k] = (i as f64 + 0.5) / band.len() as f64;
            }
        }
    };
    place(order, &mut pos);
    for sweep in 0..8 {
        let down = sweep % 2 == 0;
        let bands: Vec<usize> = if down {
            (1..order.len()).collect()
        } else {
            (0..order.len().saturating_sub(1)).rev().collect()
        };
        for bi in bands {
            let mut keyed: Vec<(f64, usize)> = order[bi]
                .iter()
                .map(|&k| {
                    let near: Vec<f64> = neighbours[k]
                        .iter()
                        .filter(|&&m| {
                            rank_of(m).is_some_and(|r| if down { r < bi } else { r > bi })
                        })
                        .map(|&m| pos[m])
                        .collect();
                    let bary = if near.is_empty() {
                        pos[k]
                    } else {
                        near.iter().sum::<f64>() / near.len() as f64
                    };
                    (bary, k)
                })
                .collect();
            keyed.sort_by(|a, b| a.0.total_cmp(&b.0));
            order[bi] = keyed.into_iter().map(|(_, k)| k).collect();
            for (i, &k) in order[bi].iter().enumerate() {
                pos[k] = (i as f64 + 0.5) / order[bi].len() as f64;
            }
        }
    }
}

/// A node linked only within its own band (the NGSP, linked to the LGSP)
/// moves next to the first such neighbour, so that their line stays short.
fn keep_peers_together(
    order: &mut [Vec<usize>],
    neighbours: &[Vec<usize>],
    rank_of: &dyn Fn(usize) -> Option<usize>,
) {
    for (bi, band) in order.iter_mut().enumerate() {
        let loners: Vec<usize> = band
            .iter()
            .copied()
            .filter(|&k| {
                !neighbours[k].is_empty() && neighbours[k].iter().all(|&m| rank_of(m) == Some(bi))
            })
            .collect();
        for k in loners {
            let Some(&peer) = neighbours[k].iter().find(|m| {
                band.contains(m) && !neighbours[**m].iter().all(|&x| rank_of(x) == Some(bi))
            }) else {
                continue;
            };
            band.retain(|&m| m != k);
            let at = band
                .iter()
                .position(|&m| m == peer)
                .map_or(band.len(), |p| p + 1);
            band.insert(at, k);
        }
    }
}

/// A free x for a vertical line through rows `span.0..=span.1`: outside
/// every box of those rows and clear of corridors already taken, as close to
/// `ideal` as possible.
fn corridor(
    rows: &[Row],
    bx: &[f64],
    span: (usize, usize),
    ideal: f64,
    lo: f64,
    hi: f64,
    taken: &[(f64, usize, usize)],
) -> f64 {
    let blocked = |x: f64| {
        (span.0..=span.1).any(|r| {
            rows[r]
                .nodes
                .iter()
                .any(|&k| x > bx[k] - 6.0 && x < bx[k] + BOX_W + 6.0)
        }) || taken
            .iter()
            .any(|&(tx, a, b)| (tx - x).abs() < 5.0 && a <= span.1 && span.0 <= b)
    };
    let mut best: Option<f64> = None;
    let mut x = lo;
    while x <= hi {
        if !blocked(x) && best.is_none_or(|b| (x - ideal).abs() < (b - ideal).abs()) {
            best = Some(x);
        }
        x += 6.0;
    }
    // Every slot taken: share the rightmost margin rather than cross a box.
    best.unwrap_or(hi)
}

/// Merges overlapping collinear segments of the same style, so that shared
/// runs are drawn once (dashes stay in phase).
fn merge(raw: Vec<Segment>) -> Vec<Segment> {
    let key = |v: f64| (v * 10.0).round() as i64;
    let mut horizontal: BTreeMap<(Style, i64), Vec<(f64, f64)>> = BTreeMap::new();
    let mut vertical: BTreeMap<(Style, i64), Vec<(f64, f64)>> = BTreeMap::new();
    for s in raw {
        if (s.y1 - s.y2).abs() < 0.05 {
            if (s.x1 - s.x2).abs() >= 0.05 {
                horizontal
                    .entry((s.style, key(s.y1)))
                    .or_default()
                    .push((s.x1.min(s.x2), s.x1.max(s.x2)));
            }
        } else if (s.x1 - s.x2).abs() < 0.05 {
            vertical
                .entry((s.style, key(s.x1)))
                .or_default()
                .push((s.y1.min(s.y2), s.y1.max(s.y2)));
        }
    }
    let mut out = Vec::new();
    for (horizontal_run, map) in [(true, horizontal), (false, vertical)] {
        for ((style, at), mut spans) in map {
            spans.sort_by(|a, b| a.0.total_cmp(&b.0));
            let mut merged: Vec<(f64, f64)> = Vec::new();
            for (a, b) in spans {
                match merged.last_mut() {
                    Some(last) if a <= last.1 + 0.05 => last.1 = last.1.max(b),
                    _ => merged.push((a, b)),
                }
            }
            let at = at as f64 / 10.0;
            for (a, b) in merged {
                out.push(if horizontal_run {
                    Segment {
                        style,
                        x1: a,
                        y1: at,
                        x2: b,
                        y2: at,
                    }
                } else {
                    Segment {
                        style,
                        x1: at,
                        y1: a,
                        x2: at,
                        y2: b,
                    }
                });
            }
        }
    }
    out
}

/// Dots where a line joins another in the middle (a T), so that joins read
/// differently from crossings.
fn junctions(segments: &[Segment]) -> Vec<(Style, f64, f64)> {
    let mut dots = Vec::new();
    for s in segments {
        for (x, y) in [(s.x1, s.y1), (s.x2, s.y2)] {
            let inside = segments.iter().any(|o| {
                o.style == s.style
                    && if (o.y1 - o.y2).abs() < 0.05 {
                        (o.y1 - y).abs() < 0.05
                            && x > o.x1.min(o.x2) + 0.5
                            && x < o.x1.max(o.x2) - 0.5
                    } else {
                        (o.x1 - x).abs() < 0.05
                            && y > o.y1.min(o.y2) + 0.5
                            && y < o.y1.max(o.y2) - 0.5
                    }
            });
            if inside
                && !dots.iter().any(|&(st, dx, dy): &(Style, f64, f64)| {
                    st == s.style && (dx - x).abs() < 0.05 && (dy - y).abs() < 0.05
                })
            {
                dots.push((s.style, x, y));
            }
        }
    }
    dots
}
