//! Positions in the source: the parser counts characters, spans count bytes.

/// Converts the parser's character indexes to byte offsets. Events arrive in source order, so a
/// cursor that walks on from the last position costs O(1) amortised per event.
pub(super) struct Offsets<'a> {
    bytes: &'a [u8],
    ascii: bool,
    /// Characters before `byte`.
    chars: usize,
    byte: usize,
}

impl<'a> Offsets<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Offsets {
            bytes: text.as_bytes(),
            ascii: text.is_ascii(),
            chars: 0,
            byte: 0,
        }
    }

    /// Byte offset of the character at `index`, clamped to the end of the text.
    pub(super) fn byte_of(&mut self, index: usize) -> usize {
        if self.ascii {
            return index.min(self.bytes.len());
        }
        while self.chars < index && self.byte < self.bytes.len() {
            self.byte += utf8_width(self.bytes[self.byte]);
            self.chars += 1;
        }
        while self.chars > index {
            self.byte -= 1;
            while self.byte > 0 && is_continuation(self.bytes[self.byte]) {
                self.byte -= 1;
            }
            self.chars -= 1;
        }
        self.byte.min(self.bytes.len())
    }
}

fn utf8_width(lead: u8) -> usize {
    match lead {
        0..0xE0 => 1 + usize::from(lead >= 0xC0),
        0xE0..0xF0 => 3,
        _ => 4,
    }
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Skips spaces, line breaks and comments (between tokens every `#` starts a comment).
pub(super) fn skip_blanks(text: &str, mut pos: usize, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let limit = limit.min(bytes.len());
    while pos < limit {
        match bytes[pos] {
            b' ' | b'\t' | b'\r' | b'\n' => pos += 1,
            b'#' => {
                pos = bytes[pos..limit]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(limit, |i| pos + i)
            }
            _ => break,
        }
    }
    pos
}

/// End of a node property (`&anchor`, `!tag`, `!<verbatim>`) starting at `pos`.
pub(super) fn property_end(text: &str, pos: usize) -> usize {
    let bytes = text.as_bytes();
    if bytes[pos..].starts_with(b"!<") {
        return bytes[pos..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(bytes.len(), |i| pos + i + 1);
    }
    bytes[pos..]
        .iter()
        .position(|b| b" \t\r\n,[]{}".contains(b))
        .map_or(bytes.len(), |i| pos + i)
}

/// End of a quoted scalar starting with its opening quote at `start` (the parser's own end
/// mark may run on over trailing blanks and a comment).
pub(super) fn quoted_end(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let quote = *bytes.get(start)?;
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if quote == b'"' => i += 2,
            b'\'' if quote == b'\'' && bytes.get(i + 1) == Some(&b'\'') => i += 2,
            b if b == quote => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// The `|` or `>` indicator of a block scalar, searched for after `from` (the parser reports
/// block scalars from their first content line).
pub(super) fn block_indicator(text: &str, from: usize, limit: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut pos = from;
    while pos < limit.min(bytes.len()) {
        match bytes[pos] {
            b'|' | b'>' => return Some(pos),
            b'#' => pos = skip_blanks(text, pos, limit),
            _ => pos += 1,
        }
    }
    None
}

/// The byte range of the character at `pos`; empty at a line break or at the end.
pub(super) fn char_at(text: &str, pos: usize) -> (usize, usize) {
    match text[pos..].chars().next() {
        Some('\n' | '\r') | None => (pos, pos),
        Some(c) => (pos, pos + c.len_utf8()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_walk_both_ways() {
        let text = "tên: ố\nx";
        let mut o = Offsets::new(text);
        assert_eq!(o.byte_of(7), text.find('x').unwrap());
        assert_eq!(o.byte_of(5), text.find('ố').unwrap());
        assert_eq!(o.byte_of(1), 1);
        assert_eq!(o.byte_of(2), 3);
        assert_eq!(o.byte_of(100), text.len());
        assert_eq!(o.byte_of(0), 0);
    }

    #[test]
    fn quoted_ends() {
        assert_eq!(quoted_end(r#""a\"b" # "c""#, 0), Some(6));
        assert_eq!(quoted_end("'it''s' # 'x'", 0), Some(7));
        assert_eq!(quoted_end("'open", 0), None);
    }

    #[test]
    fn properties_and_indicators() {
        assert_eq!(property_end("&a1 x", 0), 3);
        assert_eq!(property_end("!<tag:x y> z", 0), 10);
        assert_eq!(property_end("&a,", 0), 2);
        assert_eq!(block_indicator(": # a|b\n  |\n", 0, 12), Some(10));
        assert_eq!(skip_blanks("  # c\n  x", 0, 9), 8);
    }
}
