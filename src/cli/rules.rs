//! `kientruc rules` and `kientruc explain`: the rule list and one rule's documentation.

use super::{EXIT_CLEAN, Failure, GlobalArgs};
use crate::diagnostic::{Lang, did_you_mean};
use crate::rules::registry::{self, RuleMeta};
use clap::Args;

#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Print as JSON (code, severity, title, basis) instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// Rule code, e.g. FW1-LGSP-002 (case-insensitive).
    pub code: String,
}

fn title(rule: &RuleMeta, lang: Lang) -> &'static str {
    match lang {
        Lang::En => rule.title_en,
        Lang::Vi => rule.title_vi,
    }
}

pub fn list(args: &RulesArgs, global: &GlobalArgs) -> Result<u8, Failure> {
    let lang = global.lang();
    let rules = registry::all();
    let mut out = String::new();
    if args.json {
        let items: Vec<_> = rules
            .iter()
            .map(|r| {
                serde_json::json!({
                    "code": r.code,
                    "severity": r.severity.as_str(),
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
            out.push_str(&format!(
                "{:width$}  {:7}  {}\n",
                r.code,
                r.severity.as_str(),
                title(r, lang)
            ));
        }
    }
    // Not `print!`: it panics on a closed pipe (`kientruc rules | head -1`).
    super::graph::emit(&out, None)?;
    Ok(EXIT_CLEAN)
}

pub fn explain(args: &ExplainArgs, _global: &GlobalArgs) -> Result<u8, Failure> {
    match registry::find(args.code.trim()) {
        Some(rule) => {
            super::graph::emit(&rule.markdown(), None)?;
            Ok(EXIT_CLEAN)
        }
        None => {
            let codes: Vec<&str> = registry::all().iter().map(|r| r.code).collect();
            let upper = args.code.trim().to_ascii_uppercase();
            let hint = did_you_mean(&upper, codes.iter().copied())
                .map(|c| format!("; did you mean `{c}`?"))
                .unwrap_or_else(|| "; `kientruc rules` lists them".to_owned());
            Err(Failure(format!("unknown rule code `{}`{hint}", args.code)))
        }
    }
}
