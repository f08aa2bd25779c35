//! `kientruc check`: validate an architecture folder and report findings.

use super::{EXIT_CLEAN, EXIT_FINDINGS, Failure, GlobalArgs};
use crate::diagnostic::{Msg, Severity};
use crate::model::Date;
use crate::pipeline::{self, Options};
use crate::report::{self, Format, ReportContext, RuleInfo, Summary};
use crate::rules::engine::Selection;
use crate::rules::registry;
use crate::write::write_atomic;
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The architecture folder.
    #[arg(default_value = "architecture")]
    pub dir: PathBuf,

    /// Output format on standard output (or in `--output`).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Write the `--format` output to this file (atomically) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Also write a report in another format to a file, e.g. `--report sarif=kientruc.sarif`. Repeatable.
    #[arg(long, value_name = "FORMAT=FILE", value_parser = parse_report)]
    pub report: Vec<(Format, PathBuf)>,

    /// Lowest severity that makes the exit code 1.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,

    /// Run only these rules (codes or group prefixes such as FW1-LGSP). Repeatable, or comma-separated.
    #[arg(long, value_delimiter = ',', value_name = "CODE")]
    pub select: Vec<String>,

    /// Do not run these rules (codes or group prefixes). Repeatable, or comma-separated.
    #[arg(long, value_delimiter = ',', value_name = "CODE")]
    pub ignore: Vec<String>,

    /// The day waivers are judged against, YYYY-MM-DD (default: today), for reproducible runs.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub today: Option<Date>,

    /// Accept YAML anchors and aliases (expanded under a node budget).
    #[arg(long)]
    pub allow_aliases: bool,
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s).ok_or_else(|| format!("`{s}` is not a date in the form YYYY-MM-DD"))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
}

fn parse_report(s: &str) -> Result<(Format, PathBuf), String> {
    let (format, file) = s
        .split_once('=')
        .ok_or_else(|| format!("expected FORMAT=FILE, got `{s}`"))?;
    let format = Format::from_str(format, true).map_err(|_| {
        let names: Vec<_> = Format::value_variants()
            .iter()
            .filter_map(|v| v.to_possible_value().map(|p| p.get_name().to_owned()))
            .collect();
        format!("unknown format `{format}`; one of: {}", names.join(", "))
    })?;
    if file.is_empty() {
        return Err("the file name is empty".into());
    }
    Ok((format, PathBuf::from(file)))
}

/// The rule metadata renderers show (SARIF rules, JUnit suites).
pub fn rule_infos() -> Vec<RuleInfo> {
    registry::all()
        .into_iter()
        .map(|r| RuleInfo {
            code: r.code.to_owned(),
            title: r.title(),
            default_severity: r.severity,
            help_uri: Some(r.help_uri()),
        })
        .collect()
}

/// Two outputs to one file would overwrite each other: refused before any work.
fn same_file_twice(args: &CheckArgs) -> Result<(), Msg> {
    let mut seen: Vec<(PathBuf, &Path)> = Vec::new();
    let targets = args
        .output
        .iter()
        .chain(args.report.iter().map(|(_, path)| path));
    for path in targets {
        // Lexically absolute (`./r.sarif` and `r.sarif` are one file); without
        // resolving links, which may not exist yet.
        let key: PathBuf = std::path::absolute(path)
            .unwrap_or_else(|_| path.clone())
            .components()
            .collect();
        if let Some((_, first)) = seen.iter().find(|(k, _)| *k == key) {
            let (first, path) = (first.display(), path.display());
            return Err(Msg::new(
                format!(
                    "`{path}` is given twice as an output file (also as `{first}`); give each report its own file"
                ),
                format!(
                    "tệp `{path}` được chỉ định hai lần làm tệp đầu ra (cùng với `{first}`); hãy dùng một tệp riêng cho mỗi báo cáo"
                ),
            ));
        }
        seen.push((key, path));
    }
    Ok(())
}

pub fn run(args: &CheckArgs, global: &GlobalArgs) -> Result<u8, Failure> {
    let mut options = Options::default();
    options.limits.allow_aliases = args.allow_aliases;
    options.selection = Selection {
        select: args.select.clone(),
        ignore: args.ignore.clone(),
    };
    if let Some(today) = args.today {
        options.today = today;
    }
    let known: Vec<&str> = registry::all().iter().map(|r| r.code).collect();
    for pattern in args.select.iter().chain(&args.ignore) {
        if !known.iter().any(|c| {
            Selection {
                select: vec![pattern.clone()],
                ignore: vec![],
            }
            .includes(c)
        }) {
            let hint = crate::diagnostic::did_you_mean(
                &pattern.to_ascii_uppercase(),
                known.iter().copied(),
            )
            .map(|c| format!("; did you mean `{c}`?"))
            .unwrap_or_default();
            return Err(Failure(format!("`{pattern}` matches no rule code{hint}")));
        }
    }
    let lang = global.lang();
    same_file_twice(args).map_err(|m| Failure(m.get(lang).to_owned()))?;
    let checked = pipeline::check(&args.dir, &options)?;

    let rules = rule_infos();
    let summary = Summary {
        files: checked.file_count(),
        elements: checked.model.element_count(),
    };
    let version = env!("CARGO_PKG_VERSION");
    let context = |color| ReportContext {
        sources: &checked.sources,
        lang,
        color,
        summary: Summary { ..summary },
        rules: &rules,
        tool_version: version,
    };

    for (format, path) in &args.report {
        let text = report::render(*format, &checked.diagnostics, &context(false));
        write_atomic(path, text.as_bytes())
            .map_err(|e| Failure(format!("cannot write `{}`: {e}", path.display())))?;
    }
    match &args.output {
        Some(path) => {
            let text = report::render(args.format, &checked.diagnostics, &context(false));
            write_atomic(path, text.as_bytes())
                .map_err(|e| Failure(format!("cannot write `{}`: {e}", path.display())))?;
        }
        None => {
            let color = global.color() && args.format == Format::Human;
            let text = report::render(args.format, &checked.diagnostics, &context(color));
            let mut out = std::io::stdout().lock();
            // A closed pipe (`kientruc check | head`) is not a failure of the check.
            let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
        }
    }

    let threshold = match args.fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
        FailOn::Info => Severity::Info,
    };
    let failing = checked
        .diagnostics
        .iter()
        .any(|d| d.waived.is_none() && d.severity >= threshold);
    Ok(if failing { EXIT_FINDINGS } else { EXIT_CLEAN })
}
