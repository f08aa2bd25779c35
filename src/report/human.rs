//! rustc-style output through `annotate-snippets`.
//!
//! Only the lines around the labels are handed to the renderer, so the cost of one
//! diagnostic does not depend on the size of its file. Waived findings are shown as
//! one-line notes (header, location, reason) so that a waiver never hides a finding
//! silently; the summary line counts them separately.

use super::{ReportContext, printable, printable_inline, summary_line, waived_text};
use crate::diagnostic::{Diagnostic, Label, Lang, Severity};
use crate::source::{SourceFile, SourceMap};
use annotate_snippets::{AnnotationKind, Element, Group, Level, Origin, Renderer, Snippet};
use std::borrow::Cow;

/// A label spanning more lines than this is shortened to its first line.
const MAX_LABEL_LINES: u32 = 8;
/// Labels this many lines apart or fewer share one snippet.
const MAX_GAP_LINES: u32 = 4;
/// A snippet larger than this (a minified one-line file) is replaced by its location.
const MAX_SNIPPET_BYTES: usize = 16 * 1024;

pub(super) fn render(diagnostics: &[Diagnostic], ctx: &ReportContext) -> String {
    let renderer = if ctx.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for d in diagnostics {
        let report = report_for(d, ctx);
        if is_located(d, ctx.sources) {
            out.push_str(&renderer.render(&report));
        } else {
            // Rendered together, the groups would be joined by an empty gutter line
            // that means nothing without a snippet above it.
            let parts: Vec<String> = report.into_iter().map(|g| renderer.render(&[g])).collect();
            out.push_str(&parts.join("\n"));
        }
        out.push_str("\n\n");
    }
    out.push_str(&summary_line(diagnostics, ctx));
    out.push('\n');
    out
}

fn is_located(d: &Diagnostic, sources: &SourceMap) -> bool {
    d.primary
        .iter()
        .chain(&d.secondary)
        .any(|l| sources.try_get(l.span.file).is_some())
}

fn report_for<'a>(d: &'a Diagnostic, ctx: &ReportContext<'a>) -> Vec<Group<'a>> {
    let lang = ctx.lang;
    let message = printable(&d.message.get(lang)).into_owned();
    if let Some(reason) = &d.waived {
        let group = note_level(lang)
            .primary_title(message)
            .id(d.code.as_str())
            .elements(origins(d, ctx.sources))
            .element(
                Level::NOTE
                    .no_name()
                    .message(printable(&waived_text(reason, lang)).into_owned()),
            );
        return vec![group];
    }
    let title = severity_level(d.severity, lang)
        .primary_title(message)
        .id(d.code.as_str());
    let mut report = vec![title.elements(snippets(d, ctx.sources, lang))];
    if let Some(help) = &d.help {
        report.push(Group::with_title(
            help_level(lang).secondary_title(printable(&help.get(lang)).into_owned()),
        ));
    }
    report
}

fn severity_level(severity: Severity, lang: Lang) -> Level<'static> {
    match severity {
        Severity::Error => named(Level::ERROR, "lỗi", lang),
        Severity::Warning => named(Level::WARNING, "cảnh báo", lang),
        Severity::Info => named(Level::INFO, "thông tin", lang),
    }
}

fn note_level(lang: Lang) -> Level<'static> {
    named(Level::NOTE, "ghi chú", lang)
}

fn help_level(lang: Lang) -> Level<'static> {
    named(Level::HELP, "gợi ý", lang)
}

/// The renderer's English level names, or their Vietnamese translation.
fn named(level: Level<'static>, vi: &'static str, lang: Lang) -> Level<'static> {
    match lang {
        Lang::En => level,
        Lang::Vi => level.with_name(vi),
    }
}

/// `--> file:line:col` without source, for waived findings.
fn origins<'a>(d: &Diagnostic, sources: &SourceMap) -> Vec<Origin<'a>> {
    d.primary
        .iter()
        .filter_map(|label| Some(origin(sources.try_get(label.span.file)?, label.span.start)))
        .collect()
}

fn origin<'a>(file: &SourceFile, offset: u32) -> Origin<'a> {
    let at = file.line_col(offset);
    Origin::path(printable_inline(&file.display_path()).into_owned())
        .line(at.line as usize)
        .char_column(at.column as usize)
}

/// One label, clamped to its file and to a bounded number of lines.
struct Mark<'a> {
    start: usize,
    end: usize,
    first_line: u32,
    last_line: u32,
    primary: bool,
    text: Option<Cow<'a, str>>,
}

/// The snippets of a diagnostic: one per file and group of nearby labels, the
/// primary label's first (it prints `-->`, the others `:::`).
fn snippets<'a>(d: &'a Diagnostic, sources: &'a SourceMap, lang: Lang) -> Vec<Element<'a>> {
    let labels = d
        .primary
        .iter()
        .map(|l| (l, true))
        .chain(d.secondary.iter().map(|l| (l, false)));
    // Files in order of first appearance, each with its marks.
    let mut files: Vec<(&SourceFile, Vec<Mark<'a>>)> = Vec::new();
    for (label, primary) in labels {
        let Some(file) = sources.try_get(label.span.file) else {
            continue;
        };
        let mark = mark(file, label, primary, lang);
        match files.iter_mut().find(|(f, _)| std::ptr::eq(*f, file)) {
            Some((_, marks)) => marks.push(mark),
            None => files.push((file, vec![mark])),
        }
    }
    let mut clusters: Vec<(&SourceFile, Vec<Mark<'a>>)> = Vec::new();
    for (file, mut marks) in files {
        marks.sort_by_key(|m| (m.first_line, !m.primary));
        let mut file_clusters: Vec<Vec<Mark<'a>>> = Vec::new();
        for m in marks {
            match file_clusters.last_mut() {
                Some(c) if m.first_line <= last_line(c) + MAX_GAP_LINES => c.push(m),
                _ => file_clusters.push(vec![m]),
            }
        }
        // Stable sort: the primary's cluster moves to the front, the rest keep line order.
        file_clusters.sort_by_key(|c| !c.iter().any(|m| m.primary));
        clusters.extend(file_clusters.into_iter().map(|c| (file, c)));
    }
    clusters
        .into_iter()
        .map(|(file, marks)| snippet(file, marks))
        .collect()
}

fn last_line(marks: &[Mark]) -> u32 {
    marks.iter().map(|m| m.last_line).max().unwrap_or(0)
}

fn mark<'a>(file: &SourceFile, label: &'a Label, primary: bool, lang: Lang) -> Mark<'a> {
    let text = &file.text;
    let start = floor_char_boundary(text, label.span.start as usize);
    let mut end = floor_char_boundary(text, label.span.end as usize).max(start);
    let first_line = file.line_of(start as u32);
    let mut last_line = file.line_of(end as u32);
    if last_line - first_line >= MAX_LABEL_LINES {
        end = (file.line_range(first_line).1 as usize).max(start);
        last_line = first_line;
    }
    Mark {
        start,
        end,
        first_line,
        last_line,
        primary,
        text: label
            .text
            .as_ref()
            .map(|m| Cow::Owned(printable(&m.get(lang)).into_owned())),
    }
}

fn snippet<'a>(file: &'a SourceFile, marks: Vec<Mark<'a>>) -> Element<'a> {
    let first = marks.iter().map(|m| m.first_line).min().unwrap_or(1);
    let last = last_line(&marks).max(first);
    let from = file.line_start(first) as usize;
    let to = (file.line_range(last).1 as usize).max(from);
    if to - from > MAX_SNIPPET_BYTES {
        let at = marks.iter().find(|m| m.primary).or(marks.first());
        return origin(file, at.map_or(from, |m| m.start) as u32).into();
    }
    let annotations = marks.into_iter().map(|m| {
        let kind = if m.primary {
            AnnotationKind::Primary
        } else {
            AnnotationKind::Context
        };
        let start = m.start.clamp(from, to) - from;
        let end = m.end.clamp(from, to) - from;
        kind.span(start..end).label(m.text)
    });
    Snippet::source(&file.text[from..to])
        .line_start(first as usize)
        .path(printable_inline(&file.display_path()).into_owned())
        .annotations(annotations)
        .into()
}

fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut i = at.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}
