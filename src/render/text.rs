//! Text helpers for diagrams: escaping, width estimates and line wrapping.

/// Escapes text for XML content and attribute values.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            '\u{FFFE}' | '\u{FFFF}' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A conservative estimate of the width of `s` in a serif font of `size` px:
/// wider than Times New Roman and Liberation Serif really are, so that text
/// never spills out of its box. Diacritics do not change a letter's width.
pub fn width(s: &str, size: f64) -> f64 {
    s.chars()
        .map(|c| {
            let em = if c == ' ' {
                0.28
            } else if c.is_uppercase() {
                0.72
            } else if c.is_ascii_digit() {
                0.52
            } else if matches!(
                c,
                'i' | 'l' | 'j' | 't' | 'f' | 'r' | '.' | ',' | ':' | ';' | '(' | ')' | '\'' | '|'
            ) {
                0.36
            } else if matches!(c, 'm' | 'w') {
                0.78
            } else if c.is_alphabetic() {
                0.54
            } else {
                0.6
            };
            em * size
        })
        .sum()
}

/// Wraps `s` into lines of at most `max_chars` characters and `max_width`
/// px, breaking at spaces, and inside words only when a word alone is too long.
pub fn wrap(s: &str, max_chars: usize, max_width: f64, size: f64) -> Vec<String> {
    let fits = |line: &str| line.chars().count() <= max_chars && width(line, size) <= max_width;
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in s.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if fits(&candidate) {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if fits(word) {
            line = word.to_owned();
            continue;
        }
        // A word longer than a line: cut it.
        for c in word.chars() {
            let mut next = line.clone();
            next.push(c);
            if !fits(&next) && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                next = c.to_string();
            }
            line = next;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_vietnamese_at_spaces_within_limits() {
        let lines = wrap(
            "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)",
            28,
            174.0,
            13.0,
        );
        assert!(lines.len() >= 2, "{lines:?}");
        assert_eq!(
            lines.join(" "),
            "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)"
        );
        assert!(
            lines
                .iter()
                .all(|l| l.chars().count() <= 28 && width(l, 13.0) <= 174.0)
        );
    }

    #[test]
    fn cuts_words_longer_than_a_line() {
        let lines = wrap(&"x".repeat(70), 28, 1000.0, 13.0);
        assert_eq!(lines.len(), 3);
        assert_eq!(lines.concat(), "x".repeat(70));
    }

    #[test]
    fn escapes_markup() {
        assert_eq!(xml_escape("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
    }
}
