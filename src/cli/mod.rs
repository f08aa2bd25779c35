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
use crate::load::walk::WalkError;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::error::Error as _;
use std::io::{self, IsTerminal};
use std::path::Path;
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
            None => locale_lang(),
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

fn locale_lang() -> Lang {
    let var = |k| std::env::var(k).ok();
    Lang::from_locale(
        var("LC_ALL").as_deref(),
        var("LC_MESSAGES").as_deref(),
        var("LANG").as_deref(),
    )
}

/// The language of a run before its command line is parsed, for clap's usage
/// errors and our value parsers: `--lang vi|en` (or `--lang=…`) among the
/// arguments, else the locale.
pub fn early_lang() -> Lang {
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let mut lang = None;
    for (i, arg) in args.iter().enumerate() {
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.get(i + 1).map(String::as_str),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        match value {
            Some("vi") => lang = Some(Lang::Vi),
            Some("en") => lang = Some(Lang::En),
            _ => {}
        }
    }
    lang.unwrap_or_else(locale_lang)
}

/// A value parser's error in the language of the run.
pub(crate) fn value_error(en: String, vi: String) -> String {
    match early_lang() {
        Lang::En => en,
        Lang::Vi => vi,
    }
}

/// A failure that stops the tool (exit code 2), with a one-line reason in the
/// language of the run.
#[derive(Debug)]
pub struct Failure(pub String);

impl Failure {
    pub fn new(lang: Lang, en: impl Into<String>, vi: impl Into<String>) -> Failure {
        Failure(match lang {
            Lang::En => en.into(),
            Lang::Vi => vi.into(),
        })
    }

    /// The architecture folder cannot be walked.
    pub fn walk(e: WalkError, lang: Lang) -> Failure {
        match e {
            WalkError::NotFound(p) => Failure::new(
                lang,
                format!("architecture folder `{}` does not exist", p.display()),
                format!("thư mục kiến trúc `{}` không tồn tại", p.display()),
            ),
            WalkError::NotADirectory(p) => Failure::new(
                lang,
                format!("`{}` is not a folder", p.display()),
                format!("`{}` không phải là thư mục", p.display()),
            ),
            WalkError::Io(p, e) => Failure::cannot_read(lang, &p, &e),
        }
    }

    pub fn cannot_read(lang: Lang, path: &Path, e: &io::Error) -> Failure {
        Failure::new(
            lang,
            format!("cannot read `{}`: {e}", path.display()),
            format!("không đọc được `{}`: {}", path.display(), io_reason_vi(e)),
        )
    }

    pub fn cannot_write(lang: Lang, path: &Path, e: &io::Error) -> Failure {
        Failure::new(
            lang,
            format!("cannot write `{}`: {e}", path.display()),
            format!("không ghi được `{}`: {}", path.display(), io_reason_vi(e)),
        )
    }
}

/// The operating system words its errors in English; the common ones get a
/// Vietnamese reason, the rest keep the system's text.
fn io_reason_vi(e: &io::Error) -> String {
    let reason = match e.kind() {
        io::ErrorKind::NotFound => "không tồn tại",
        io::ErrorKind::PermissionDenied => "không có quyền truy cập",
        io::ErrorKind::AlreadyExists => "đã tồn tại",
        io::ErrorKind::NotADirectory => "không phải là thư mục",
        io::ErrorKind::IsADirectory => "là một thư mục, không phải tệp",
        io::ErrorKind::DirectoryNotEmpty => "thư mục không trống",
        io::ErrorKind::ReadOnlyFilesystem => "hệ thống tệp chỉ cho phép đọc",
        io::ErrorKind::StorageFull => "hết dung lượng lưu trữ",
        io::ErrorKind::InvalidData => "dữ liệu không hợp lệ",
        _ => return e.to_string(),
    };
    reason.to_owned()
}

/// Clap's own usage errors, reworded in Vietnamese from their parts; `None`
/// for the kinds clap words best itself (help, version, …).
pub fn usage_error_vi(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let get = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        _ => None,
    };
    let arg = get(ContextKind::InvalidArg)
        .or_else(|| get(ContextKind::InvalidSubcommand))
        .unwrap_or_default();
    let value = get(ContextKind::InvalidValue).unwrap_or_default();
    let suggestion = get(ContextKind::SuggestedArg)
        .or_else(|| get(ContextKind::SuggestedSubcommand))
        .or_else(|| get(ContextKind::SuggestedValue))
        .map(|s| format!("; có phải ý bạn là `{s}`?"))
        .unwrap_or_default();
    let text = match e.kind() {
        ErrorKind::InvalidValue => {
            let valid = get(ContextKind::ValidValue)
                .map(|v| format!("; các giá trị được phép: {v}"))
                .unwrap_or_default();
            if value.is_empty() {
                format!("`{arg}` cần một giá trị{valid}")
            } else {
                format!("giá trị `{value}` không hợp lệ cho `{arg}`{suggestion}{valid}")
            }
        }
        ErrorKind::ValueValidation => {
            // The value parsers' own reasons are already in the run's language.
            let reason = e.source().map(|s| s.to_string()).unwrap_or_default();
            format!("giá trị `{value}` không hợp lệ cho `{arg}`: {reason}")
        }
        ErrorKind::UnknownArgument => format!("tùy chọn `{arg}` không tồn tại{suggestion}"),
        ErrorKind::InvalidSubcommand => {
            format!("lệnh `{arg}` không tồn tại{suggestion}; `kientruc --help` liệt kê các lệnh")
        }
        ErrorKind::MissingRequiredArgument => format!("thiếu tham số bắt buộc: {arg}"),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            "thiếu lệnh; `kientruc --help` liệt kê các lệnh".to_owned()
        }
        ErrorKind::ArgumentConflict => {
            let other = get(ContextKind::PriorArg).unwrap_or_default();
            format!("không dùng được `{arg}` cùng với `{other}`")
        }
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            format!("số giá trị cho `{arg}` không đúng")
        }
        ErrorKind::NoEquals => format!("`{arg}` cần dấu `=` trước giá trị"),
        ErrorKind::InvalidUtf8 => "tham số không phải UTF-8 hợp lệ".to_owned(),
        _ => return None,
    };
    Some(format!(
        "kientruc: lỗi: {text}\nxem `kientruc --help` (phần trợ giúp viết bằng tiếng Anh)\n"
    ))
}

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure(e.to_string())
    }
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    let lang = cli.global.lang();
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
            match lang {
                Lang::En => eprintln!("kientruc: error: {reason}"),
                Lang::Vi => eprintln!("kientruc: lỗi: {reason}"),
            }
            ExitCode::from(EXIT_FAILURE)
        }
    }
}
