//! GitHub Actions workflow commands: each finding becomes an annotation on the
//! pull request. Waived findings are left out (they need no attention); the
//! summary line is printed as ordinary log text.

use super::{ReportContext, primary_location, printable, summary_line};
use crate::diagnostic::{Diagnostic, Severity};
use std::fmt::Write as _;

pub(super) fn render(diagnostics: &[Diagnostic], ctx: &ReportContext) -> String {
    let mut out = String::new();
    for d in diagnostics.iter().filter(|d| d.waived.is_none()) {
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let mut properties = Vec::new();
        if let Some(at) = primary_location(ctx.sources, d) {
            properties.push(format!("file={}", escape_property(&at.path)));
            properties.push(format!("line={}", at.start.line));
            properties.push(format!("col={}", at.start.column));
            properties.push(format!("endLine={}", at.end.line));
            properties.push(format!("endColumn={}", at.end.column));
        }
        properties.push(format!("title={}", escape_property(d.code.as_str())));
        let mut message = d.message.get(ctx.lang).into_owned();
        if let Some(help) = &d.help {
            message.push('\n');
            message.push_str(&help.get(ctx.lang));
        }
        let _ = writeln!(
            out,
            "::{command} {}::{}",
            properties.join(","),
            escape_data(&message)
        );
    }
    out.push_str(&summary_line(diagnostics, ctx));
    out.push('\n');
    out
}

/// Escaping of a command's message (GitHub's `escapeData`); other control
/// characters are made visible so that they cannot drive the log viewer.
pub(crate) fn escape_data(text: &str) -> String {
    let escaped = text
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    printable(&escaped).into_owned()
}

/// Escaping of a property value (GitHub's `escapeProperty`): also `:` and `,`.
pub(crate) fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_like_the_actions_toolkit() {
        assert_eq!(escape_data("50%\r\nxong: a,b"), "50%25%0D%0Axong: a,b");
        assert_eq!(
            escape_property("thư mục/a:b,c%\n"),
            "thư mục/a%3Ab%2Cc%25%0A"
        );
    }
}
