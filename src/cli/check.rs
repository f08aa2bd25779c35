//! `kientruc check`: validate an architecture folder and report findings.

use super::{EXIT_CLEAN, EXIT_FINDINGS, Failure, GlobalArgs, value_error};
use crate::diagnostic::{Msg, Severity};
use crate::model::Date;
use crate::pipeline::{self, Options};
use crate::report::{self, Format, ReportContext, RuleInfo, Summary};
use crate::rules::registry;
use crate::rules::settings::{self, Selection};
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
    Date::parse(s).ok_or_else(|| {
        value_error(
            format!("`{s}` is not a date in the form YYYY-MM-DD"),
            format!("`{s}` không phải là ngày viết theo dạng YYYY-MM-DD (năm-tháng-ngày)"),
        )
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
}

fn parse_report(s: &str) -> Result<(Format, PathBuf), String> {
    let (format, file) = s.split_once('=').ok_or_else(|| {
        value_error(
            format!("expected FORMAT=FILE, got `{s}`"),
            format!("cần viết theo dạng ĐỊNH_DẠNG=TỆP, nhận được `{s}`"),
        )
    })?;
    let format = Format::from_str(format, true).map_err(|_| {
        let names: Vec<_> = Format::value_variants()
            .iter()
            .filter_map(|v| v.to_possible_value().map(|p| p.get_name().to_owned()))
            .collect();
        value_error(
            format!("unknown format `{format}`; one of: {}", names.join(", ")),
            format!(
                "không có định dạng `{format}`; các định dạng: {}",
                names.join(", ")
            ),
        )
    })?;
    if file.is_empty() {
        return Err(value_error(
            "the file name is empty".into(),
            "tên tệp đang để trống".into(),
        ));
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

/// What the reports of a check need, once the model is freed.
struct Reported {
    sources: crate::source::SourceMap,
    diagnostics: Vec<crate::diagnostic::Diagnostic>,
    partial: crate::rules::impaired::Partial,
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
    let lang = global.lang();
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
        if !settings::names_a_code(pattern) {
            let hint = crate::diagnostic::did_you_mean(
                &pattern.to_ascii_uppercase(),
                known.iter().copied(),
            )
            .map(|c| c.to_owned());
            let (hint_en, hint_vi) = match hint {
                Some(c) => (
                    format!("; did you mean `{c}`?"),
                    format!("; có phải ý bạn là `{c}`?"),
                ),
                None => (String::new(), String::new()),
            };
            return Err(Failure::new(
                lang,
                format!("`{pattern}` matches no rule code{hint_en}"),
                format!("`{pattern}` không khớp với mã quy tắc nào{hint_vi}"),
            ));
        }
    }
    same_file_twice(args).map_err(|m| Failure(m.get(lang).into_owned()))?;
    let checked = pipeline::check(&args.dir, &options).map_err(|e| Failure::walk(e, lang))?;
    let summary = Summary {
        files: checked.file_count(),
        elements: checked.model.element_count(),
    };
    // The reports need the sources and the findings only: freeing the model
    // first lowers the peak on large models with many findings.
    let pipeline::Checked {
        sources,
        diagnostics,
        partial,
        ..
    } = checked;
    let checked = Reported {
        sources,
        diagnostics,
        partial,
    };

    let rules = rule_infos();
    let version = env!("CARGO_PKG_VERSION");
    let context = |color| ReportContext {
        sources: &checked.sources,
        lang,
        color,
        summary: Summary { ..summary },
        rules: &rules,
        partial: &checked.partial,
        tool_version: version,
    };

    for (format, path) in &args.report {
        let text = report::render(*format, &checked.diagnostics, &context(false));
        write_atomic(path, text.as_bytes()).map_err(|e| Failure::cannot_write(lang, path, &e))?;
    }
    match &args.output {
        Some(path) => {
            let text = report::render(args.format, &checked.diagnostics, &context(false));
            write_atomic(path, text.as_bytes())
                .map_err(|e| Failure::cannot_write(lang, path, &e))?;
        }
        None => {
            let color = global.color() && args.format == Format::Human;
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            // A closed pipe (`kientruc check | head`) is not a failure of the check.
            let _ = report::render_to(args.format, &checked.diagnostics, &context(color), &mut out)
                .and_then(|_| out.flush());
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
