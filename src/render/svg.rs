//! SVG in pure Rust: the layered layout of [`super::layout`], drawn with
//! serif fonts that carry Vietnamese diacritics, edges behind boxes, a title
//! and a legend.

use super::layout::{self, FONT, Heading, LINE_H, Layout, MARGIN};
use super::palette::{self, Line};
use super::text::{width, wrap, xml_escape};
use super::{Drawing, DrawnNode};
use crate::graph::{Band, Style};
use crate::model::common::Status;
use std::fmt::Write;

/// Above this many nodes a picture is no longer readable: use a focused view,
/// or DOT/Mermaid, whose viewers zoom and pan.
pub const MAX_NODES: usize = 150;

/// Above this many edges, lines no longer explain anything: the picture
/// becomes a block diagram of the bands, like the framework's own figure,
/// and a note points to focused views.
pub const MAX_EDGES: usize = 90;

const FONT_FAMILY: &str = "'Times New Roman', 'Liberation Serif', serif";

/// The view has too many nodes to draw legibly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLarge {
    pub nodes: usize,
}

fn n(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r == r.trunc() {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

fn dash(line: Line) -> &'static str {
    match line {
        Line::Solid => "",
        Line::Dashed => " stroke-dasharray=\"7 4\"",
        Line::Dotted => " stroke-dasharray=\"2 3\"",
    }
}

/// One legend entry: a line sample or a box sample, and its text.
enum Entry {
    Line(Style),
    Box {
        fill: &'static str,
        stroke: &'static str,
        dashed: bool,
    },
}

fn legend_entries(d: &Drawing) -> Vec<(Entry, String)> {
    let mut out = Vec::new();
    for style in Style::ALL {
        if d.edges.iter().any(|e| e.style == style) {
            out.push((Entry::Line(style), style.title_vi().to_owned()));
        }
    }
    if d.nodes.iter().any(|n| n.status == Status::Planned) {
        out.push((
            Entry::Box {
                fill: "#ffffff",
                stroke: "#555555",
                dashed: true,
            },
            "Thành phần xây dựng mới".to_owned(),
        ));
    }
    if d.nodes.iter().any(|n| n.status == Status::Retiring) {
        out.push((
            Entry::Box {
                fill: "#f4f4f4",
                stroke: "#aaaaaa",
                dashed: false,
            },
            "Thành phần dừng sử dụng".to_owned(),
        ));
    }
    if d.nodes.iter().any(|n| n.national) {
        out.push((
            Entry::Box {
                fill: "#ececec",
                stroke: "#555555",
                dashed: false,
            },
            "Hệ thống quốc gia, ngoài phạm vi tỉnh".to_owned(),
        ));
    }
    out
}

const ENTRY_SAMPLE: f64 = 44.0;
const ENTRY_GAP: f64 = 28.0;

/// Positions of legend entries, flowing left to right, and the legend height.
fn legend_layout(entries: &[(Entry, String)], width_avail: f64) -> (Vec<(f64, f64)>, f64) {
    let mut pos = Vec::new();
    let (mut x, mut y) = (0.0, 28.0);
    for (_, text) in entries {
        let w = ENTRY_SAMPLE + 8.0 + width(text, 12.0);
        if x > 0.0 && x + w > width_avail {
            x = 0.0;
            y += 22.0;
        }
        pos.push((x, y));
        x += w + ENTRY_GAP;
    }
    (pos, y + 18.0)
}

/// Renders the drawing, or refuses when it is too large to read.
pub fn render(d: &Drawing) -> Result<String, TooLarge> {
    if d.nodes.len() > MAX_NODES {
        return Err(TooLarge {
            nodes: d.nodes.len(),
        });
    }
    let mut notes: Vec<&str> = Vec::new();
    let blocks_only;
    let d = if d.edges.len() > MAX_EDGES {
        blocks_only = Drawing {
            edges: Vec::new(),
            ..d.clone()
        };
        notes.push("Sơ đồ khối: quan hệ giữa các thành phần được trình bày trong các sơ đồ chi tiết (kientruc graph --view focus:MÃ).");
        &blocks_only
    } else {
        d
    };
    let l = layout::layout(d);
    let entries = legend_entries(d);
    notes.extend(d.note);
    if d.nodes.iter().any(|n| n.band.is_column()) {
        notes.push("An toàn thông tin và quản lý, chỉ đạo là các thành phần xuyên suốt, áp dụng cho mọi lớp.");
    }
    let note = notes.join(" ");
    let (legend_pos, mut legend_h) = legend_layout(&entries, l.width - 2.0 * MARGIN);
    if !note.is_empty() {
        legend_h += 20.0;
    }
    let height = l.height + legend_h + 8.0;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"{FONT_FAMILY}\">",
        w = n(l.width),
        h = n(height)
    );
    let _ = writeln!(out, "<title>{}</title>", xml_escape(&d.title));
    let _ = writeln!(
        out,
        "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
    );
    title(&mut out, d, &l);
    regions(&mut out, &l);
    edges(&mut out, &l);
    for (k, node) in d.nodes.iter().enumerate() {
        node_box(&mut out, node, &l.boxes[k]);
    }
    legend(&mut out, &l, &entries, &legend_pos, &note);
    out.push_str("</svg>\n");
    Ok(out)
}

fn title(out: &mut String, d: &Drawing, l: &Layout) {
    let cx = n(l.width / 2.0);
    let lines = wrap(&d.title, 90, l.width - 2.0 * MARGIN, 20.0);
    let mut y = MARGIN + 18.0;
    for line in &lines {
        let _ = writeln!(
            out,
            "<text x=\"{cx}\" y=\"{}\" text-anchor=\"middle\" font-size=\"20\" font-weight=\"bold\" fill=\"#1a1a1a\">{}</text>",
            n(y),
            xml_escape(line)
        );
        y += 24.0;
    }
    if !d.subtitle.is_empty() {
        let _ = writeln!(
            out,
            "<text x=\"{cx}\" y=\"{}\" text-anchor=\"middle\" font-size=\"13\" font-style=\"italic\" fill=\"#444444\">{}</text>",
            n(y - 2.0),
            xml_escape(&d.subtitle)
        );
    }
}

fn regions(out: &mut String, l: &Layout) {
    out.push_str("<g class=\"bands\">\n");
    for r in &l.regions {
        let (fill, stroke) = palette::band(r.bands[0]);
        let _ = writeln!(
            out,
            "<rect class=\"band\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{fill}\" stroke=\"{stroke}\"/>",
            n(r.x),
            n(r.y),
            n(r.w),
            n(r.h)
        );
        let text_h = r.title.len() as f64 * 15.0;
        let (cx, mut y) = if r.column {
            (r.x + r.w / 2.0, r.y + 12.0 + 11.0)
        } else {
            let _ = writeln!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{stroke}\" fill-opacity=\"0.35\"/>",
                n(r.x),
                n(r.y),
                n(layout::STRIP_W),
                n(r.h)
            );
            (
                r.x + layout::STRIP_W / 2.0,
                r.y + (r.h - text_h) / 2.0 + 11.0,
            )
        };
        for line in &r.title {
            let _ = writeln!(
                out,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"12.5\" font-weight=\"bold\" fill=\"#333333\">{}</text>",
                n(cx),
                n(y),
                xml_escape(line)
            );
            y += 15.0;
        }
    }
    out.push_str("</g>\n");
}

fn edges(out: &mut String, l: &Layout) {
    out.push_str("<g class=\"edges\" fill=\"none\" stroke-width=\"1.3\">\n");
    for s in &l.segments {
        let (color, line) = palette::edge(s.style);
        let _ = writeln!(
            out,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{color}\"{}/>",
            n(s.x1),
            n(s.y1),
            n(s.x2),
            n(s.y2),
            dash(line)
        );
    }
    for &(style, x, y) in &l.dots {
        let _ = writeln!(
            out,
            "<circle cx=\"{}\" cy=\"{}\" r=\"2.6\" fill=\"{}\" stroke=\"none\"/>",
            n(x),
            n(y),
            palette::edge(style).0
        );
    }
    for a in &l.arrows {
        let (x, y) = (a.x, a.y);
        let pts = match a.heading {
            Heading::Down => [(x, y), (x - 4.5, y - 9.0), (x + 4.5, y - 9.0)],
            Heading::Up => [(x, y), (x - 4.5, y + 9.0), (x + 4.5, y + 9.0)],
            Heading::Right => [(x, y), (x - 9.0, y - 4.5), (x - 9.0, y + 4.5)],
            Heading::Left => [(x, y), (x + 9.0, y - 4.5), (x + 9.0, y + 4.5)],
        };
        let pts: Vec<String> = pts
            .iter()
            .map(|(px, py)| format!("{},{}", n(*px), n(*py)))
            .collect();
        let _ = writeln!(
            out,
            "<polygon points=\"{}\" fill=\"{}\" stroke=\"none\"/>",
            pts.join(" "),
            palette::edge(a.style).0
        );
    }
    out.push_str("</g>\n");
}

fn node_box(out: &mut String, node: &DrawnNode, b: &layout::Placed) {
    let (fill, stroke) = if node.status == Status::Retiring {
        ("#f4f4f4", "#aaaaaa")
    } else {
        palette::node(node)
    };
    let width = if node.focus {
        3.0
    } else if node.platform {
        1.8
    } else {
        1.2
    };
    let dashed = if node.status == Status::Planned {
        " stroke-dasharray=\"6 3\""
    } else {
        ""
    };
    let rx = match node.band {
        Band::Infrastructure => 1.0,
        Band::Databases => 9.0,
        _ => 5.0,
    };
    let _ = writeln!(
        out,
        "<g class=\"node\" data-id=\"{}\">",
        xml_escape(node.id)
    );
    let _ = writeln!(
        out,
        "<title>{} ({})</title>",
        xml_escape(node.name),
        xml_escape(node.id)
    );
    let _ = writeln!(
        out,
        "<rect class=\"node-box\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{rx}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{width}\"{dashed}/>",
        n(b.x),
        n(b.y),
        n(b.w),
        n(b.h)
    );
    let text_color = if node.status == Status::Retiring {
        "#777777"
    } else {
        "#1a1a1a"
    };
    let mut y = b.y + (b.h - b.lines.len() as f64 * LINE_H) / 2.0 + LINE_H * 0.76;
    for line in &b.lines {
        let _ = writeln!(
            out,
            "<text class=\"label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"{FONT}\" fill=\"{text_color}\">{}</text>",
            n(b.x + b.w / 2.0),
            n(y),
            xml_escape(line)
        );
        y += LINE_H;
    }
    out.push_str("</g>\n");
}

fn legend(
    out: &mut String,
    l: &Layout,
    entries: &[(Entry, String)],
    pos: &[(f64, f64)],
    note: &str,
) {
    let (x0, y0) = (MARGIN, l.legend_y);
    let _ = writeln!(
        out,
        "<g class=\"legend\" font-size=\"12\" fill=\"#333333\">"
    );
    let _ = writeln!(
        out,
        "<text x=\"{}\" y=\"{}\" font-weight=\"bold\" font-size=\"13\">Chú giải</text>",
        n(x0),
        n(y0 + 12.0)
    );
    for ((entry, text), (x, y)) in entries.iter().zip(pos) {
        let (x, y) = (x0 + x, y0 + y);
        match entry {
            Entry::Line(style) => {
                let (color, line) = palette::edge(*style);
                let _ = writeln!(
                    out,
                    "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{color}\" stroke-width=\"1.3\"{}/>",
                    n(x),
                    n(y),
                    n(x + ENTRY_SAMPLE - 8.0),
                    n(y),
                    dash(line)
                );
                let tip = x + ENTRY_SAMPLE - 2.0;
                if *style == Style::Link {
                    let _ = writeln!(
                        out,
                        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{color}\" stroke-width=\"1.3\"{}/>",
                        n(tip - 8.0),
                        n(y),
                        n(tip),
                        n(y),
                        dash(line)
                    );
                } else {
                    let _ = writeln!(
                        out,
                        "<polygon points=\"{},{} {},{} {},{}\" fill=\"{color}\"/>",
                        n(tip),
                        n(y),
                        n(tip - 8.0),
                        n(y - 4.0),
                        n(tip - 8.0),
                        n(y + 4.0)
                    );
                }
            }
            Entry::Box {
                fill,
                stroke,
                dashed,
            } => {
                let dash = if *dashed {
                    " stroke-dasharray=\"6 3\""
                } else {
                    ""
                };
                let _ = writeln!(
                    out,
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"14\" rx=\"3\" fill=\"{fill}\" stroke=\"{stroke}\"{dash}/>",
                    n(x),
                    n(y - 7.0),
                    n(ENTRY_SAMPLE)
                );
            }
        }
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\">{}</text>",
            n(x + ENTRY_SAMPLE + 8.0),
            n(y + 4.0),
            xml_escape(text)
        );
    }
    if !note.is_empty() {
        let y = y0 + pos.last().map_or(28.0, |p| p.1) + 24.0;
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" font-style=\"italic\">{}</text>",
            n(x0),
            n(y),
            xml_escape(note)
        );
    }
    out.push_str("</g>\n");
}
