//! The generated documents: the approval decision with its annex, the
//! department's submission with the comment-resolution table, and the
//! conformance report, each as HTML, DOCX and Markdown. Built from the model,
//! so they cannot drift from it.

pub mod budget;
pub mod context;
pub mod docx;
pub mod output;
pub mod templates;

pub use context::Input;
pub use templates::Templates;

use crate::diagnostic::Msg;
use unicode_normalization::UnicodeNormalization;

/// The three documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Decision,
    Submission,
    Report,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Decision, Kind::Submission, Kind::Report];

    /// Template name stem and output file stem.
    pub fn template(self) -> &'static str {
        match self {
            Kind::Decision => "decision",
            Kind::Submission => "submission",
            Kind::Report => "report",
        }
    }

    /// Output file stem, in Vietnamese so the province recognises them.
    pub fn file_stem(self) -> &'static str {
        match self {
            Kind::Decision => "quyet-dinh-phe-duyet",
            Kind::Submission => "to-trinh",
            Kind::Report => "bao-cao-danh-gia-su-phu-hop",
        }
    }

    pub fn title(self) -> Msg {
        match self {
            Kind::Decision => Msg::new(
                "approval decision with the architecture annex",
                "quyết định phê duyệt kèm Phụ lục kiến trúc",
            ),
            Kind::Submission => Msg::new(
                "submission with the comment-resolution table",
                "tờ trình kèm bảng tổng hợp tiếp thu, giải trình ý kiến",
            ),
            Kind::Report => Msg::new(
                "conformance report for reviewers",
                "báo cáo đánh giá sự phù hợp",
            ),
        }
    }
}

/// One output file: a path relative to the output folder and its bytes.
#[derive(Debug, Clone)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Renders one document in one text form.
fn render_text(kind: Kind, ext: &str, input: &Input, templates: &Templates) -> Result<String, Msg> {
    let name = format!("{}.{ext}", kind.template());
    let text = match kind {
        Kind::Decision => templates.render(&name, &context::decision::build(input)),
        Kind::Submission => templates.render(&name, &context::submission::build(input)),
        Kind::Report => templates.render(&name, &context::report::build(input)),
    }?;
    Ok(text.nfc().collect())
}

/// The overall view's drawing, handed to `f` (the graph it borrows lives here).
fn with_overall<R>(
    model: &crate::model::Model,
    f: impl FnOnce(&crate::render::Drawing) -> R,
) -> Result<R, Msg> {
    use crate::graph::ArchGraph;
    use crate::graph::view::{self, ViewSpec};
    let g = ArchGraph::build(model);
    let v = view::select(&g, model, &ViewSpec::Overall, 1).map_err(|_| {
        Msg::new(
            "the overall view cannot be drawn",
            "không vẽ được sơ đồ tổng thể",
        )
    })?;
    let subtitle = model
        .manifest
        .as_ref()
        .map(|m| format!("Phiên bản {}", m.architecture.version.as_str()))
        .unwrap_or_default();
    Ok(f(&crate::render::Drawing::new(&g, &v, subtitle)))
}

/// The overall view as SVG, or why there is none (too many elements to draw
/// legibly: then the documents show a note pointing at `kientruc graph`).
pub fn overall_svg(model: &crate::model::Model) -> Result<String, Msg> {
    use crate::render::svg;
    with_overall(model, svg::render)?.map_err(|too| {
        Msg::new(
            format!(
                "the overall view has {} elements, more than the {} an SVG shows legibly",
                too.nodes,
                svg::MAX_NODES
            ),
            format!(
                "sơ đồ tổng thể có {} thành phần, nhiều hơn giới hạn {} để vẽ dễ đọc; xem bằng `kientruc graph --format dot`",
                too.nodes,
                svg::MAX_NODES
            ),
        )
    })
}

/// The overall view as a block table — one row per band of the framework's
/// diagram with its components — for the DOCX, which cannot embed the SVG.
pub fn overall_table(model: &crate::model::Model) -> Option<context::Table> {
    use context::{Align, Column, Row, Table};
    with_overall(model, |drawing| {
        let mut rows: Vec<Row> = Vec::new();
        for band in drawing.bands() {
            let names: Vec<&str> = drawing
                .nodes
                .iter()
                .filter(|n| n.band == band)
                .map(|n| n.name)
                .collect();
            rows.push(Row::data(vec![
                band.title_vi().to_owned(),
                names.join("; "),
            ]));
        }
        Table {
            unit: None,
            columns: vec![
                Column {
                    label: "Khối".into(),
                    align: Align::Left,
                    width: 28,
                },
                Column {
                    label: "Thành phần".into(),
                    align: Align::Left,
                    width: 72,
                },
            ],
            rows,
        }
    })
    .ok()
    .filter(|t| !t.rows.is_empty())
}

/// Every document in every form, in a stable order; the overall diagram as
/// `so-do-tong-the.svg` when it could be drawn.
pub fn generate(input: &Input, templates: &Templates) -> Result<Vec<OutputFile>, Msg> {
    let mut files = Vec::new();
    for kind in Kind::ALL {
        let stem = kind.file_stem();
        for ext in ["html", "md"] {
            files.push(OutputFile {
                path: format!("{stem}.{ext}"),
                bytes: render_text(kind, ext, input, templates)?.into_bytes(),
            });
        }
        let docx = match kind {
            Kind::Decision => docx::decision(&context::decision::build(input)),
            Kind::Submission => docx::submission(&context::submission::build(input)),
            Kind::Report => docx::report(&context::report::build(input)),
        }?;
        files.push(OutputFile {
            path: format!("{stem}.docx"),
            bytes: docx,
        });
    }
    if let Some(svg) = &input.diagram_svg {
        files.push(OutputFile {
            path: "so-do-tong-the.svg".into(),
            bytes: svg.clone().into_bytes(),
        });
    }
    Ok(files)
}
