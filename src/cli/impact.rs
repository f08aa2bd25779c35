//! `kientruc impact`: what depends on an element, and what it depends on.

use super::graph::{emit, load, view_error};
use super::{EXIT_CLEAN, Failure, GlobalArgs};
use crate::graph::ArchGraph;
use crate::graph::impact::{Way, walk};
use crate::graph::view::ViewError;
use crate::render::{Drawing, impact, mermaid};
use clap::{Args, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ImpactArgs {
    /// The element's id, e.g. `trung-tam-du-lieu` or `national:ngsp`.
    pub id: String,

    /// The architecture folder.
    #[arg(default_value = "architecture")]
    pub dir: PathBuf,

    /// `up`: what depends on the element (what its failure affects);
    /// `down`: what it depends on. Default: both.
    #[arg(long, value_enum)]
    pub direction: Option<DirectionArg>,

    /// At most this many dependency steps (default: all).
    #[arg(long)]
    pub depth: Option<usize>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ImpactFormat::Human)]
    pub format: ImpactFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DirectionArg {
    Up,
    Down,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImpactFormat {
    /// Text grouped by layer.
    Human,
    /// JSON for scripts and CI.
    Json,
    /// A Mermaid flowchart of the affected elements.
    Mermaid,
}

pub fn run(args: &ImpactArgs, global: &GlobalArgs) -> Result<u8, Failure> {
    let lang = global.lang();
    let checked = load(&args.dir, lang)?;
    let g = ArchGraph::build(&checked.model);
    let root = g.index(&args.id).ok_or_else(|| {
        view_error(
            ViewError::UnknownId {
                id: args.id.clone(),
                suggestion: crate::diagnostic::did_you_mean(&args.id, g.ids()).map(str::to_owned),
            },
            lang,
        )
    })?;
    let ways: &[Way] = match args.direction {
        Some(DirectionArg::Up) => &[Way::Up],
        Some(DirectionArg::Down) => &[Way::Down],
        None => &[Way::Up, Way::Down],
    };
    let impacts: Vec<_> = ways
        .iter()
        .map(|&w| walk(&g, root, w, args.depth))
        .collect();
    let text = match args.format {
        // Names go to a terminal: no escape sequences or bidi controls from the model.
        ImpactFormat::Human => {
            crate::report::printable(&impact::human(&g, &impacts, lang)).into_owned()
        }
        ImpactFormat::Json => {
            let mut s = serde_json::to_string_pretty(&impact::json(&g, &impacts, args.depth))
                .unwrap_or_default();
            s.push('\n');
            s
        }
        ImpactFormat::Mermaid => {
            let v = impact::view(&g, &impacts);
            mermaid::render(&Drawing::new(&g, &v, String::new()))
        }
    };
    emit(&text, None, lang)?;
    Ok(EXIT_CLEAN)
}
