//! `kientruc rules` and `kientruc explain`: the rule list and one rule's documentation.

use super::{EXIT_CLEAN, Failure, GlobalArgs};
use crate::code::Code;
use crate::diagnostic::{Lang, did_you_mean};
use crate::model::manifest::RuleSetting;
use crate::pipeline::{self, Options};
use crate::rules::{registry, settings};
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Architecture folder whose manifest settings (`rules:`) to apply: each
    /// code is then shown at the severity it is really reported at, or `off`.
    pub dir: Option<PathBuf>,
    /// Print as JSON (code, severity, default severity, title, basis) instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// Rule code, e.g. FW1-LGSP-002 (case-insensitive).
    pub code: String,
}

fn title(rule: &Code, lang: Lang) -> &'static str {
    match lang {
        Lang::En => rule.title_en,
        Lang::Vi => rule.title_vi,
    }
}

/// The severity a code is reported at under the manifest's settings, or `off`.
fn effective(code: &Code, setting: Option<RuleSetting>) -> &'static str {
    match setting {
        Some(RuleSetting::Off) => "off",
        Some(RuleSetting::Error) => "error",
        Some(RuleSetting::Warning) => "warning",
        Some(RuleSetting::Info) => "info",
        None => code.severity.as_str(),
    }
}

pub fn list(args: &RulesArgs, global: &GlobalArgs) -> Result<u8, Failure> {
    let lang = global.lang();
    let rules = registry::all();
    // Only the manifest's settings matter here, so the rules are not run.
    let checked = match &args.dir {
        Some(dir) => Some(pipeline::check(
            dir,
            &Options {
                run_rules: false,
                ..Options::default()
            },
        )?),
        None => None,
    };
    let manifest = checked.as_ref().and_then(|c| c.model.manifest.as_ref());
    let severity = |r: &Code| effective(r, settings::setting_for(manifest, r));
    let mut out = String::new();
    if args.json {
        let items: Vec<_> = rules
            .iter()
            .map(|r| {
                serde_json::json!({
                    "code": r.code,
                    "severity": severity(r),
                    "default_severity": r.severity.as_str(),
                    "title": { "en": r.title_en, "vi": r.title_vi },
                    "basis": r.basis,
                    "basis_kind": r.basis_kind.as_str(),
                })
            })
            .collect();
        out = serde_json::to_string_pretty(&items)?;
        out.push('\n');
    } else {
        let width = rules.iter().map(|r| r.code.len()).max().unwrap_or(0);
        for r in &rules {
            let shown = severity(r);
            let changed = if shown == r.severity.as_str() {
                String::new()
            } else {
                match lang {
                    Lang::En => format!(" (default: {})", r.severity),
                    Lang::Vi => format!(" (mặc định: {})", r.severity),
                }
            };
            out.push_str(&format!(
                "{:width$}  {:7}  {}{changed}\n",
                r.code,
                shown,
                title(r, lang)
            ));
        }
    }
    // Not `print!`: it panics on a closed pipe (`kientruc rules | head -1`).
    super::graph::emit(&out, None, lang)?;
    Ok(EXIT_CLEAN)
}

pub fn explain(args: &ExplainArgs, global: &GlobalArgs) -> Result<u8, Failure> {
    let lang = global.lang();
    match registry::find(args.code.trim()) {
        Some(rule) => {
            super::graph::emit(&rule.markdown_for(lang), None, lang)?;
            Ok(EXIT_CLEAN)
        }
        None => {
            let codes: Vec<&str> = registry::all().iter().map(|r| r.code).collect();
            let upper = args.code.trim().to_ascii_uppercase();
            let (hint_en, hint_vi) = match did_you_mean(&upper, codes.iter().copied()) {
                Some(c) => (
                    format!("; did you mean `{c}`?"),
                    format!("; có phải ý bạn là `{c}`?"),
                ),
                None => (
                    "; `kientruc rules` lists them".to_owned(),
                    "; `kientruc rules` liệt kê các mã quy tắc".to_owned(),
                ),
            };
            Err(Failure::new(
                lang,
                format!("unknown rule code `{}`{hint_en}", args.code),
                format!("không có quy tắc mã `{}`{hint_vi}", args.code),
            ))
        }
    }
}
