//! The command line: one file per command. Each turns options into one
//! pipeline call and one output, and returns the process exit code.

pub mod build;
pub mod check;
pub mod graph;
pub mod impact;
pub mod init;
pub mod rules;
pub mod schema;

use crate::diagnostic::Lang;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::io::IsTerminal;
use std::process::ExitCode;

/// Exit code: the model is clean (or only has findings below `--fail-on`).
pub const EXIT_CLEAN: u8 = 0;
/// Exit code: the model has findings.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit code: the tool could not run (bad usage, missing folder, I/O error).
pub const EXIT_FAILURE: u8 = 2;

/// Architecture as code for Vietnamese provincial e-government.
///
/// kientruc reads a provincial e-government architecture declared as YAML
/// files, checks it against the national framework (Khung Kiến trúc Chính phủ
/// điện tử Việt Nam 1.0, 1178/BTTTT-THH, 21/4/2015) and the laws it relies on,
/// and reports every problem with its file, line and column.
///
/// Exit codes: 0 clean, 1 findings, 2 the tool could not run.
#[derive(Debug, Parser)]
#[command(
    name = "kientruc",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    #[command(flatten)]
    pub global: GlobalArgs,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Language of messages. Default: from the locale (LC_ALL, LC_MESSAGES, LANG; `vi_*` gives Vietnamese).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,

    /// When to use colours. `auto` colours only a terminal and respects NO_COLOR.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Tiếng Việt.
    Vi,
    /// English.
    En,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate an architecture folder: YAML, schema, references and rules.
    Check(check::CheckArgs),
    /// Create a new, valid architecture folder for a province.
    Init(init::InitArgs),
    /// List every rule with its code, default severity and title.
    Rules(rules::RulesArgs),
    /// Print a rule's documentation: what it checks, why, its legal basis, examples.
    Explain(rules::ExplainArgs),
    /// Draw the architecture as DOT, Mermaid or SVG: the overall diagram, a layer, or one element's dependencies.
    Graph(graph::GraphArgs),
    /// Show what depends on an element (what its failure affects) and what it depends on, by layer.
    Impact(impact::ImpactArgs),
    /// Print or write the JSON Schemas of the model files (for editors and CI).
    Schema(schema::SchemaArgs),
    /// Validate, then write the approval documents (decision, submission, conformance report) as HTML, DOCX and Markdown.
    Build(build::BuildArgs),
}

impl GlobalArgs {
    pub fn lang(&self) -> Lang {
        match self.lang {
            Some(LangArg::Vi) => Lang::Vi,
            Some(LangArg::En) => Lang::En,
            None => {
                let var = |k| std::env::var(k).ok();
                Lang::from_locale(
                    var("LC_ALL").as_deref(),
                    var("LC_MESSAGES").as_deref(),
                    var("LANG").as_deref(),
                )
            }
        }
    }

    /// Whether stdout gets colours.
    pub fn color(&self) -> bool {
        match self.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
            }
        }
    }
}

/// A failure that stops the tool (exit code 2), with a one-line reason.
#[derive(Debug)]
pub struct Failure(pub String);

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure(e.to_string())
    }
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    let result = match &cli.command {
        Command::Check(args) => check::run(args, &cli.global),
        Command::Init(args) => init::run(args, &cli.global),
        Command::Rules(args) => rules::list(args, &cli.global),
        Command::Explain(args) => rules::explain(args, &cli.global),
        Command::Schema(args) => schema::run(args, &cli.global),
        Command::Build(args) => build::run(args, &cli.global),
        Command::Graph(args) => graph::run(args, &cli.global),
        Command::Impact(args) => impact::run(args, &cli.global),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(Failure(reason)) => {
            eprintln!("kientruc: error: {reason}");
            ExitCode::from(EXIT_FAILURE)
        }
    }
}
