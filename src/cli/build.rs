//! `kientruc build`: validate, then write the approval documents (decision,
//! submission, conformance report) as HTML, DOCX and Markdown into one folder,
//! replaced so that a failed or killed run leaves the old documents or the new
//! ones (see `documents::output`).

use super::check::rule_infos;
use super::{EXIT_CLEAN, EXIT_FINDINGS, Failure, GlobalArgs};
use crate::diagnostic::{Lang, Msg, Severity};
use crate::documents::{self, Input, Kind, Templates, output};
use crate::model::Date;
use crate::pipeline::{self, Options};
use crate::report::{self, Format, ReportContext, Summary};
use clap::Args;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// The architecture folder.
    #[arg(default_value = "architecture")]
    pub dir: PathBuf,

    /// The output folder. It is replaced as a whole on every build.
    #[arg(long, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,

    /// Write the documents even if the model has errors; each then carries a
    /// "DỰ THẢO – còn N lỗi" (draft, N errors) banner.
    #[arg(long)]
    pub allow_findings: bool,

    /// A folder of templates overriding the built-in ones by file name
    /// (decision.html, submission.md, style.css …).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,

    /// The day waivers are judged against, YYYY-MM-DD (default: today), for reproducible runs.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub today: Option<Date>,
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s).ok_or_else(|| {
        super::value_error(
            format!("`{s}` is not a date in the form YYYY-MM-DD"),
            format!("`{s}` không phải là ngày viết theo dạng YYYY-MM-DD (năm-tháng-ngày)"),
        )
    })
}

fn say(lang: Lang, msg: &Msg) {
    eprintln!("{}", msg.get(lang));
}

pub fn run(args: &BuildArgs, global: &GlobalArgs) -> Result<u8, Failure> {
    let lang = global.lang();
    let mut options = Options::default();
    if let Some(today) = args.today {
        options.today = today;
    }
    // Templates first: a broken override should fail before any work.
    let templates = Templates::load(args.templates.as_deref())
        .map_err(|m| Failure(m.get(lang).into_owned()))?;
    // Whatever happens next, a killed earlier run leaves no missing `out`.
    output::recover(&args.out).map_err(|m| Failure(m.get(lang).into_owned()))?;
    let checked = pipeline::check(&args.dir, &options).map_err(|e| Failure::walk(e, lang))?;

    let rules = rule_infos();
    let context = ReportContext {
        sources: &checked.sources,
        lang,
        color: false,
        summary: Summary {
            files: checked.file_count(),
            elements: checked.model.element_count(),
        },
        rules: &rules,
        partial: &checked.partial,
        tool_version: env!("CARGO_PKG_VERSION"),
    };
    let shown: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.waived.is_none() && d.severity >= Severity::Warning)
        .cloned()
        .collect();
    if !shown.is_empty() {
        let text = report::render(Format::Human, &shown, &context);
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(text.as_bytes());
    }

    let diagram_svg = match documents::overall_svg(&checked.model) {
        Ok(svg) => Some(svg),
        Err(why) => {
            say(lang, &why);
            None
        }
    };
    let input = Input {
        model: &checked.model,
        extras: &checked.extras,
        sources: &checked.sources,
        diagnostics: &checked.diagnostics,
        partial: &checked.partial,
        diagram_svg,
        diagram_table: documents::overall_table(&checked.model),
    };
    let errors = input.error_count();
    if checked.model.manifest.is_none() {
        say(
            lang,
            &Msg::new(
                "no documents written: the model has no readable manifest",
                "không sinh văn bản: mô hình chưa có tệp khai báo chung đọc được",
            ),
        );
        return Ok(EXIT_FINDINGS);
    }
    if errors > 0 && !args.allow_findings {
        say(
            lang,
            &Msg::new(
                format!(
                    "no documents written: the model has {errors} error(s); fix them, or pass --allow-findings for a draft"
                ),
                format!(
                    "không sinh văn bản: mô hình còn {errors} lỗi; hãy sửa, hoặc dùng --allow-findings để sinh bản dự thảo"
                ),
            ),
        );
        return Ok(EXIT_FINDINGS);
    }

    let files =
        documents::generate(&input, &templates).map_err(|m| Failure(m.get(lang).into_owned()))?;
    output::write_all(&args.out, &files).map_err(|m| Failure(m.get(lang).into_owned()))?;

    let mut out = std::io::stdout().lock();
    let header = Msg::new(
        format!("wrote {} files to {}:", files.len(), args.out.display()),
        format!("đã ghi {} tệp vào {}:", files.len(), args.out.display()),
    );
    let _ = writeln!(out, "{}", header.get(lang));
    for kind in Kind::ALL {
        let _ = writeln!(
            out,
            "  {}.{{html,docx,md}}  {}",
            kind.file_stem(),
            kind.title().get(lang)
        );
    }
    if input.diagram_svg.is_some() {
        let _ = writeln!(
            out,
            "  so-do-tong-the.svg  {}",
            Msg::new("the overall diagram", "sơ đồ tổng thể").get(lang)
        );
    }
    if !templates.overridden.is_empty() {
        let note = Msg::new(
            format!("templates overridden: {}", templates.overridden.join(", ")),
            format!("mẫu được thay thế: {}", templates.overridden.join(", ")),
        );
        let _ = writeln!(out, "{}", note.get(lang));
    }
    if errors > 0 {
        say(
            lang,
            &Msg::new(
                format!(
                    "the documents are drafts: each carries the banner \"DỰ THẢO – còn {errors} lỗi\""
                ),
                format!("các văn bản là bản dự thảo, có dòng \"DỰ THẢO – còn {errors} lỗi\""),
            ),
        );
    }
    let _ = out.flush();
    Ok(EXIT_CLEAN)
}
