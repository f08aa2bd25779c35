//! The minijinja environment: templates embedded in the binary, any of which
//! a province can override by name (`--templates DIR`). HTML templates are
//! HTML-escaped and Markdown templates Markdown-escaped automatically, so model
//! text can never become markup.

use crate::diagnostic::Msg;
use minijinja::{AutoEscape, Environment, Value};
use std::path::Path;

/// Every template, by name, with its embedded source.
pub const TEMPLATES: &[(&str, &str)] = &[
    (
        "style.css",
        include_str!("../../templates/documents/style.css"),
    ),
    (
        "base.html",
        include_str!("../../templates/documents/base.html"),
    ),
    (
        "macros.html",
        include_str!("../../templates/documents/macros.html"),
    ),
    (
        "decision.html",
        include_str!("../../templates/documents/decision.html"),
    ),
    (
        "submission.html",
        include_str!("../../templates/documents/submission.html"),
    ),
    (
        "report.html",
        include_str!("../../templates/documents/report.html"),
    ),
    (
        "macros.md",
        include_str!("../../templates/documents/macros.md"),
    ),
    (
        "decision.md",
        include_str!("../../templates/documents/decision.md"),
    ),
    (
        "submission.md",
        include_str!("../../templates/documents/submission.md"),
    ),
    (
        "report.md",
        include_str!("../../templates/documents/report.md"),
    ),
];

/// Largest override file read: templates are small; a huge file is a mistake.
const MAX_TEMPLATE_BYTES: u64 = 1 << 20;

/// Characters Markdown would read as markup. Escaped with a backslash, which
/// CommonMark allows before any ASCII punctuation.
const MARKDOWN_SPECIAL: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '!'];

/// Escapes model text for Markdown, on one line (it may sit in a table cell).
pub fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            c if MARKDOWN_SPECIAL.contains(&c) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Escapes model text for a raw HTML line of a Markdown template
/// (`<p align="center">…</p>`): Markdown renderers pass such a block through
/// untouched, so backslash escapes do not apply there and `\<img onerror=…>`
/// would run. HTML entities do; line breaks become spaces so that the block
/// cannot end early. Templates use it as `{{ value | html }}`.
pub fn escape_html_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn auto_escape(name: &str) -> AutoEscape {
    if name.ends_with(".md") {
        AutoEscape::Custom("markdown".into())
    } else {
        minijinja::default_auto_escape_callback(name)
    }
}

/// The templates, with the overrides found in `dir` (if any).
pub struct Templates {
    env: Environment<'static>,
    /// Names taken from the override folder, for the build summary.
    pub overridden: Vec<String>,
}

impl Templates {
    /// The embedded templates, optionally overridden from `dir`. An override
    /// that cannot be read or parsed is an error naming the file.
    pub fn load(dir: Option<&Path>) -> Result<Templates, Msg> {
        let mut env = Environment::new();
        env.set_auto_escape_callback(auto_escape);
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        env.set_formatter(|out, state, value| {
            if let AutoEscape::Custom(name) = state.auto_escape()
                && name == "markdown"
                && !value.is_safe()
            {
                let text = if value.is_none() || value.is_undefined() {
                    String::new()
                } else {
                    value.to_string()
                };
                return out
                    .write_str(&escape_markdown(&text))
                    .map_err(minijinja::Error::from);
            }
            minijinja::escape_formatter(out, state, value)
        });
        // A mistyped `--templates` folder would otherwise build with the
        // built-in templates without a word.
        if let Some(dir) = dir
            && !dir.is_dir()
        {
            let shown = dir.display();
            return Err(if dir.exists() {
                Msg::new(
                    format!("the templates folder `{shown}` is not a folder"),
                    format!("thư mục mẫu `{shown}` không phải là thư mục"),
                )
            } else {
                Msg::new(
                    format!(
                        "the templates folder `{shown}` does not exist; check the path given to --templates"
                    ),
                    format!(
                        "thư mục mẫu `{shown}` không tồn tại; hãy kiểm tra đường dẫn truyền cho --templates"
                    ),
                )
            });
        }
        env.add_filter("html", |s: String| {
            Value::from_safe_string(escape_html_line(&s))
        });
        let mut overridden = Vec::new();
        for (name, source) in TEMPLATES {
            let custom = match dir {
                Some(dir) => read_override(&dir.join(name))?,
                None => None,
            };
            let result = match custom {
                Some(text) => {
                    overridden.push((*name).to_owned());
                    env.add_template_owned(*name, text)
                }
                None => env.add_template(name, source),
            };
            result.map_err(|e| {
                Msg::new(
                    format!("template `{name}` does not parse: {e}"),
                    format!("mẫu `{name}` sai cú pháp: {e}"),
                )
            })?;
        }
        Ok(Templates { env, overridden })
    }

    /// Renders template `name` with `context`.
    pub fn render<T: serde::Serialize>(&self, name: &str, context: &T) -> Result<String, Msg> {
        let fail = |e: minijinja::Error| {
            let mut detail = e.to_string();
            let mut source = std::error::Error::source(&e);
            while let Some(s) = source {
                detail.push_str(": ");
                detail.push_str(&s.to_string());
                source = s.source();
            }
            Msg::new(
                format!("template `{name}` failed: {detail}"),
                format!("mẫu `{name}` lỗi khi sinh văn bản: {detail}"),
            )
        };
        let template = self.env.get_template(name).map_err(fail)?;
        template
            .render(Value::from(minijinja::value::Serde(context)))
            .map_err(fail)
    }
}

fn read_override(path: &Path) -> Result<Option<String>, Msg> {
    let shown = path.display();
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Msg::new(
                format!("cannot read template `{shown}`: {e}"),
                format!("không đọc được mẫu `{shown}`: {e}"),
            ));
        }
    };
    if meta.len() > MAX_TEMPLATE_BYTES {
        return Err(Msg::new(
            format!("template `{shown}` is larger than 1 MiB"),
            format!("mẫu `{shown}` lớn hơn 1 MiB"),
        ));
    }
    std::fs::read_to_string(path).map(Some).map_err(|e| {
        Msg::new(
            format!("cannot read template `{shown}`: {e}"),
            format!("không đọc được mẫu `{shown}`: {e}"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escaping_neutralises_markup() {
        assert_eq!(
            escape_markdown("<script>alert(1)</script>"),
            "\\<script\\>alert(1)\\</script\\>"
        );
        assert_eq!(escape_markdown("a | b\nc"), "a \\| b c");
        assert_eq!(escape_markdown("Sở TT&TT"), "Sở TT&TT");
    }

    #[test]
    fn html_and_markdown_templates_escape_values() {
        let t = Templates::load(None).unwrap();
        let mut env = t.env;
        env.add_template("x.html", "{{ v }}").unwrap();
        env.add_template("x.md", "{{ v }}").unwrap();
        let v = minijinja::context! { v => "<b>*x*</b>" };
        assert_eq!(
            env.get_template("x.html").unwrap().render(&v).unwrap(),
            "&lt;b&gt;*x*&lt;&#x2f;b&gt;"
        );
        assert_eq!(
            env.get_template("x.md").unwrap().render(&v).unwrap(),
            "\\<b\\>\\*x\\*\\</b\\>"
        );
    }
}
