//! One line per finding, `file:line:col: severity[CODE] message`, for grep and editors.
//!
//! The severity word stays English in both languages (editors' problem matchers look
//! for `error`/`warning`); waived findings print as `note` with the waiver's reason.

use super::{
    ReportContext, primary_location, printable, printable_inline, summary_line, waived_text,
};
use crate::diagnostic::Diagnostic;
use std::fmt::Write as _;

pub(super) fn render(diagnostics: &[Diagnostic], ctx: &ReportContext) -> String {
    let mut out = Vec::new();
    // Writing into a vector cannot fail, and every piece written is UTF-8.
    let _ = write(diagnostics, ctx, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Streams the report into `sink`, one line per finding.
pub(super) fn write(
    diagnostics: &[Diagnostic],
    ctx: &ReportContext,
    sink: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let mut out = String::new();
    for d in diagnostics {
        out.clear();
        if let Some(at) = primary_location(ctx.sources, d) {
            // A file name may hold a line feed: one finding stays one line.
            let path = printable_inline(&at.path);
            let _ = write!(out, "{path}:{}:{}: ", at.start.line, at.start.column);
        }
        let severity = if d.waived.is_some() {
            "note"
        } else {
            d.severity.as_str()
        };
        let _ = write!(
            out,
            "{severity}[{}] {}",
            d.code,
            one_line(&d.message.get(ctx.lang))
        );
        if let Some(reason) = &d.waived {
            let _ = write!(out, " ({})", one_line(&waived_text(reason, ctx.lang)));
        }
        out.push('\n');
        sink.write_all(out.as_bytes())?;
    }
    sink.write_all(summary_line(diagnostics, ctx).as_bytes())?;
    sink.write_all(b"\n")
}

/// Keeps one finding on one printable line whatever the message holds.
fn one_line(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(|c: char| c.is_control()) {
        return std::borrow::Cow::Borrowed(text);
    }
    let line = text
        .split(['\r', '\n'])
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    std::borrow::Cow::Owned(printable(&line).into_owned())
}
