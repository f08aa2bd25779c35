//! `kientruc graph`: draw a view of the architecture as DOT, Mermaid or SVG.

use super::{EXIT_CLEAN, Failure, GlobalArgs};
use crate::diagnostic::{Lang, Severity};
use crate::graph::ArchGraph;
use crate::graph::view::{self, ViewError, ViewSpec};
use crate::pipeline::{self, Checked, Options};
use crate::render::{Drawing, dot, mermaid, svg};
use crate::write::write_atomic;
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct GraphArgs {
    /// The architecture folder.
    #[arg(default_value = "architecture")]
    pub dir: PathBuf,

    /// What to draw: `overall` (the provincial diagram), `layer:NAME`
    /// (business, application, data, infrastructure, security, governance)
    /// or `focus:ID` (an element and its dependencies).
    #[arg(long, default_value = "overall", value_parser = ViewSpec::parse)]
    pub view: ViewSpec,

    /// For `focus:ID`: how many dependency steps to show each way.
    #[arg(long, default_value_t = 2)]
    pub depth: usize,

    /// Output format.
    #[arg(long, value_enum, default_value_t = GraphFormat::Mermaid)]
    pub format: GraphFormat,

    /// Write to this file (atomically) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    /// Graphviz DOT.
    Dot,
    /// Mermaid flowchart (renders on GitHub and GitLab).
    Mermaid,
    /// SVG, laid out by kientruc itself.
    Svg,
}

/// Loads a model for a command that draws or walks it: load errors stop it.
pub(crate) fn load(dir: &Path, lang: Lang) -> Result<Checked, Failure> {
    // Drawing and walking need the model, not the rules' verdict.
    let options = Options {
        run_rules: false,
        ..Options::default()
    };
    let checked = pipeline::check(dir, &options).map_err(|e| Failure::walk(e, lang))?;
    let errors = checked
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error && !d.code.is_rule())
        .count();
    if errors > 0 {
        return Err(Failure(match lang {
            Lang::En => format!(
                "the model in `{}` has {errors} error(s); run `kientruc check {}` and fix them first",
                dir.display(),
                dir.display()
            ),
            Lang::Vi => format!(
                "mô hình trong `{}` có {errors} lỗi; chạy `kientruc check {}` và sửa trước",
                dir.display(),
                dir.display()
            ),
        }));
    }
    Ok(checked)
}

/// "Phiên bản 1.0" from the manifest.
pub(crate) fn subtitle(checked: &Checked) -> String {
    checked
        .model
        .manifest
        .as_ref()
        .map(|m| format!("Phiên bản {}", m.architecture.version.as_str()))
        .unwrap_or_default()
}

pub(crate) fn view_error(e: ViewError, lang: Lang) -> Failure {
    Failure(match (e, lang) {
        (ViewError::UnknownId { id, suggestion }, Lang::En) => {
            let hint = suggestion
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_default();
            format!("no element has the id `{id}`{hint}")
        }
        (ViewError::UnknownId { id, suggestion }, Lang::Vi) => {
            let hint = suggestion
                .map(|s| format!("; có phải ý bạn là `{s}`?"))
                .unwrap_or_default();
            format!("không có phần tử nào có mã `{id}`{hint}")
        }
        (ViewError::NotDrawable { id }, Lang::En) => {
            format!(
                "`{id}` is a roadmap, review or standard entry, which diagrams do not show; focus on an architecture element"
            )
        }
        (ViewError::NotDrawable { id }, Lang::Vi) => {
            format!(
                "`{id}` thuộc lộ trình, ý kiến thẩm định hoặc tiêu chuẩn, không thể hiện trên sơ đồ; hãy chọn một thành phần kiến trúc"
            )
        }
    })
}

/// Writes `text` to `output`, or to standard output.
pub(crate) fn emit(text: &str, output: Option<&Path>, lang: Lang) -> Result<(), Failure> {
    match output {
        Some(path) => {
            write_atomic(path, text.as_bytes()).map_err(|e| Failure::cannot_write(lang, path, &e))
        }
        None => {
            let mut out = std::io::stdout().lock();
            // A closed pipe is not a failure.
            let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
            Ok(())
        }
    }
}

pub fn run(args: &GraphArgs, global: &GlobalArgs) -> Result<u8, Failure> {
    let lang = global.lang();
    let checked = load(&args.dir, lang)?;
    let g = ArchGraph::build(&checked.model);
    let v = view::select(&g, &checked.model, &args.view, args.depth)
        .map_err(|e| view_error(e, lang))?;
    let drawing = Drawing::new(&g, &v, subtitle(&checked));
    let text = match args.format {
        GraphFormat::Dot => dot::render(&drawing),
        GraphFormat::Mermaid => mermaid::render(&drawing),
        GraphFormat::Svg => svg::render(&drawing).map_err(|too| {
            Failure(match lang {
                Lang::En => format!(
                    "this view has {} elements, too many for a readable SVG (the limit is {}); draw part of it with `--view focus:ID --depth N` or `--view layer:NAME`, or use `--format dot` or `--format mermaid`, whose viewers zoom",
                    too.nodes,
                    svg::MAX_NODES
                ),
                Lang::Vi => format!(
                    "sơ đồ này có {} thành phần, quá nhiều để vẽ SVG dễ đọc (giới hạn {}); hãy vẽ một phần bằng `--view focus:ID --depth N` hoặc `--view layer:TÊN`, hoặc dùng `--format dot` hay `--format mermaid`",
                    too.nodes,
                    svg::MAX_NODES
                ),
            })
        })?,
    };
    emit(&text, args.output.as_deref(), lang)?;
    Ok(EXIT_CLEAN)
}
