//! A stable JSON document, `"version": 1`. The structure is documented in
//! `docs/output-formats.md`; adding fields is compatible, renaming or removing is not.

use super::{Location, ReportContext, TOOL_NAME, locate, primary_location};
use crate::diagnostic::{Counts, Diagnostic, Lang};
use serde::Serialize;
use std::borrow::Cow;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    tool: Tool<'a>,
    summary: Summary<'a>,
    diagnostics: Vec<Item<'a>>,
}

#[derive(Serialize)]
struct Tool<'a> {
    name: &'a str,
    version: &'a str,
}

#[derive(Serialize)]
struct Summary<'a> {
    files: usize,
    elements: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
    waived: usize,
    /// Rules that judged only part of the model because of load errors.
    partial: Partial<'a>,
}

#[derive(Serialize)]
struct Partial<'a> {
    load_errors: usize,
    rules: Vec<&'a str>,
}

#[derive(Serialize)]
struct Item<'a> {
    code: &'a str,
    severity: &'a str,
    message: Cow<'a, str>,
    help: Option<Cow<'a, str>>,
    file: Option<String>,
    line: Option<u32>,
    column: Option<u32>,
    end_line: Option<u32>,
    end_column: Option<u32>,
    element: Option<&'a str>,
    /// The element's field the finding is about (`hosted_on`, `budget[0].amount`).
    field: Option<&'a str>,
    waived: bool,
    waiver_reason: Option<Cow<'a, str>>,
    related: Vec<Related<'a>>,
}

#[derive(Serialize)]
struct Related<'a> {
    file: String,
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
    message: Option<Cow<'a, str>>,
}

pub(super) fn render(diagnostics: &[Diagnostic], ctx: &ReportContext) -> String {
    let counts = Counts::of(diagnostics);
    let document = Document {
        version: 1,
        tool: Tool {
            name: TOOL_NAME,
            version: ctx.tool_version,
        },
        summary: Summary {
            files: ctx.summary.files,
            elements: ctx.summary.elements,
            errors: counts.errors,
            warnings: counts.warnings,
            infos: counts.infos,
            waived: counts.waived,
            partial: Partial {
                load_errors: ctx.partial.load_errors,
                rules: ctx.partial.rules.iter().map(|c| c.as_str()).collect(),
            },
        },
        diagnostics: diagnostics.iter().map(|d| item(d, ctx)).collect(),
    };
    // Serialising plain structs of strings and numbers cannot fail.
    let mut out = serde_json::to_string_pretty(&document).unwrap_or_default();
    out.push('\n');
    out
}

fn item<'a>(d: &'a Diagnostic, ctx: &ReportContext) -> Item<'a> {
    let lang = ctx.lang;
    let at = primary_location(ctx.sources, d);
    Item {
        code: d.code.as_str(),
        severity: d.severity.as_str(),
        message: d.message.get(lang),
        help: d.help.as_ref().map(|h| h.get(lang)),
        file: at.as_ref().map(|a| a.path.clone()),
        line: at.as_ref().map(|a| a.start.line),
        column: at.as_ref().map(|a| a.start.column),
        end_line: at.as_ref().map(|a| a.end.line),
        end_column: at.as_ref().map(|a| a.end.column),
        element: d.element.as_deref(),
        field: d.field.as_deref(),
        waived: d.waived.is_some(),
        waiver_reason: d.waived.as_ref().map(|w| w.get(lang)),
        related: d
            .secondary
            .iter()
            .filter_map(|l| locate(ctx.sources, l))
            .map(|l| related(l, lang))
            .collect(),
    }
}

fn related(l: Location<'_>, lang: Lang) -> Related<'_> {
    Related {
        file: l.path,
        line: l.start.line,
        column: l.start.column,
        end_line: l.end.line,
        end_column: l.end.column,
        message: l.label.map(|m| m.get(lang)),
    }
}
