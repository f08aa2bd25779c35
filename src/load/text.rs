//! From file bytes to text: encoding checks and leftovers that are not YAML at all.

use crate::diagnostic::{Diagnostic, Msg};
use crate::source::{FileId, Span};

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Decodes raw file bytes. Strips a UTF-8 BOM (accepted), keeps CRLF (accepted), and reports invalid UTF-8
/// (code YAML-004) pointing at the first bad byte; the returned text is then lossy so snippets still render.
pub fn decode(file: FileId, bytes: &[u8]) -> (String, Option<Diagnostic>) {
    let bom = bytes.starts_with(UTF8_BOM);
    let body = if bom { &bytes[UTF8_BOM.len()..] } else { bytes };
    let error = match std::str::from_utf8(body) {
        Ok(text) => return (text.to_owned(), None),
        Err(error) => error,
    };
    let at = error.valid_up_to();
    let text = String::from_utf8_lossy(body).into_owned();
    // The valid prefix is unchanged in the lossy text, and the bad bytes became U+FFFD there.
    let start = to_u32(at);
    let span = Span::new(
        file,
        start,
        to_u32(at + '\u{FFFD}'.len_utf8()).min(to_u32(text.len())),
    );
    let byte = body[at];
    let file_offset = at + if bom { UTF8_BOM.len() } else { 0 };
    let utf16 = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    let help = if utf16 {
        crate::diagnostic::Msg::new(
            "this file is saved as UTF-16; save it as UTF-8 instead (in most editors: \"Save with encoding\" → UTF-8)",
            "tệp này được lưu ở dạng UTF-16; hãy lưu lại ở dạng UTF-8 (trong hầu hết trình soạn thảo: \"Save with encoding\" → UTF-8)",
        )
    } else {
        crate::diagnostic::Msg::new(
            "save the file as UTF-8 (in most editors: \"Save with encoding\" → UTF-8); files exported from old Vietnamese encodings such as TCVN3 or VNI must be converted first",
            "hãy lưu tệp ở dạng UTF-8 (trong hầu hết trình soạn thảo: \"Save with encoding\" → UTF-8); tệp xuất từ các bảng mã tiếng Việt cũ như TCVN3 hay VNI cần được chuyển đổi trước",
        )
    };
    let diagnostic = Diagnostic::of(
        &crate::code::core::YAML_ENCODING,
        crate::msg_args!(
            "the file is not valid UTF-8: byte 0x{0} at byte offset {1} cannot be decoded",
            "tệp không phải là UTF-8 hợp lệ: không giải mã được byte 0x{0} tại vị trí byte {1}",
            format!("{:02X}", byte),
            file_offset
        ),
    )
    .at(
        span,
        Some(crate::diagnostic::Msg::new(
            "invalid byte",
            "byte không hợp lệ",
        )),
    )
    .with_help(help);
    (text, Some(diagnostic))
}

/// Which of git's conflict markers a line starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    Ours,
    Base,
    Separator,
    Theirs,
}

impl Marker {
    fn of(line: &str) -> Option<Marker> {
        // Git writes the marker alone or followed by a space and a label (`<<<<<<< HEAD`).
        let labelled = |marker: &str| {
            line.strip_prefix(marker)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        };
        if labelled("<<<<<<<") {
            Some(Marker::Ours)
        } else if labelled(">>>>>>>") {
            Some(Marker::Theirs)
        } else if labelled("|||||||") {
            Some(Marker::Base)
        } else if line.trim_end() == "=======" {
            Some(Marker::Separator)
        } else {
            None
        }
    }

    fn label(self) -> Msg {
        match self {
            Marker::Ours => crate::diagnostic::Msg::new(
                "start of the conflict: your version follows",
                "bắt đầu xung đột: phiên bản của bạn ở sau dòng này",
            ),
            Marker::Base => crate::diagnostic::Msg::new(
                "the common ancestor version follows",
                "phiên bản gốc chung ở sau dòng này",
            ),
            Marker::Separator => crate::diagnostic::Msg::new(
                "the other version follows",
                "phiên bản còn lại ở sau dòng này",
            ),
            Marker::Theirs => {
                crate::diagnostic::Msg::new("end of the conflict", "kết thúc xung đột")
            }
        }
    }
}

/// Finds git merge-conflict markers (`<<<<<<< `, `=======`, `>>>>>>> ` at line start): YAML-007, one per marker
/// line, saying plainly that a merge conflict was left in the file and how to resolve it.
pub fn conflict_markers(file: FileId, text: &str) -> Vec<Diagnostic> {
    // A `=======` line alone may be a heading underline; only real conflicts have the angle markers.
    if !text.contains("<<<<<<<") && !text.contains(">>>>>>>") {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut angle_markers = false;
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if let Some(marker) = Marker::of(content) {
            angle_markers |= matches!(marker, Marker::Ours | Marker::Theirs);
            found.push((marker, start, start + content.len()));
        }
        start += line.len();
    }
    if !angle_markers {
        return Vec::new();
    }
    found
        .into_iter()
        .map(|(marker, start, end)| {
            let shown = &text[start..start + 7];
            Diagnostic::of(&crate::code::core::YAML_CONFLICT,
                crate::msg_args!("merge conflict marker `{0}`: a git merge conflict was left in this file", "dấu xung đột `{0}`: tệp này còn sót lại một xung đột khi gộp nhánh bằng git", shown),
            )
            .at(Span::new(file, to_u32(start), to_u32(end)), Some(marker.label()))
            .with_help(crate::diagnostic::Msg::new("resolve the conflict: keep the lines you want from the versions between `<<<<<<<` and `>>>>>>>`, delete the marker lines (`<<<<<<<`, `=======`, `>>>>>>>`), then run `git add` on the file", "hãy giải quyết xung đột: giữ lại những dòng cần thiết từ các phiên bản nằm giữa `<<<<<<<` và `>>>>>>>`, xóa các dòng đánh dấu (`<<<<<<<`, `=======`, `>>>>>>>`), rồi chạy `git add` cho tệp"))
        })
        .collect()
}

/// Offsets are `u32` in spans; larger files are refused by the size limit before this saturates.
pub(crate) fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Unicode's bidirectional embedding, override and isolate controls. They make
/// text display in another order than it is read ("Trojan Source").
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn bidi_name(c: char) -> &'static str {
    match c {
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        _ => "POP DIRECTIONAL ISOLATE",
    }
}

/// Most bidi findings reported per file: a hostile file full of them must not
/// turn into millions of findings.
pub const MAX_BIDI_FINDINGS: usize = 100;

/// Bidirectional control characters anywhere in the text, values and comments
/// alike (YAML-013): one finding at each, up to [`MAX_BIDI_FINDINGS`].
pub fn bidi_controls(file: FileId, text: &str) -> Vec<Diagnostic> {
    // All nine are three bytes starting 0xE2 in UTF-8: most files have none.
    if !text.as_bytes().contains(&0xE2) {
        return Vec::new();
    }
    text.char_indices()
        .filter(|&(_, c)| is_bidi_control(c))
        .take(MAX_BIDI_FINDINGS)
        .map(|(at, c)| {
            let code = format!("U+{:04X}", c as u32);
            let name = bidi_name(c);
            let start = to_u32(at);
            Diagnostic::of(
                &crate::code::core::YAML_BIDI,
                crate::msg_args!("bidirectional control character {0} ({1}): it makes the text display in a different order than it is read", "ký tự điều khiển hướng văn bản {0} ({1}): ký tự này làm văn bản hiển thị theo thứ tự khác với nội dung thật", code, name),
            )
            .at(
                Span::new(file, start, to_u32(at + c.len_utf8())),
                Some(crate::diagnostic::Msg::new("invisible character here", "ký tự vô hình tại đây")),
            )
            .with_help(crate::msg_args!("delete this invisible character (search for {0} in the editor); Vietnamese text never needs it, and it can hide what a reviewer approves (Trojan Source, CVE-2021-42574)", "hãy xóa ký tự vô hình này (tìm {0} trong trình soạn thảo); văn bản tiếng Việt không cần đến nó, và nó có thể che giấu nội dung mà người thẩm định phê duyệt (Trojan Source, CVE-2021-42574)", code))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const F: FileId = FileId(0);

    #[test]
    fn bom_is_stripped_and_crlf_kept() {
        let (text, diagnostic) = decode(F, b"\xEF\xBB\xBFa: 1\r\n");
        assert_eq!(text, "a: 1\r\n");
        assert!(diagnostic.is_none());
    }

    #[test]
    fn invalid_utf8_points_at_first_bad_byte() {
        let (text, diagnostic) = decode(F, b"ten: Qu\xE1ng\n");
        let diagnostic = diagnostic.unwrap();
        assert_eq!(diagnostic.code, "YAML-004");
        assert_eq!(diagnostic.span(), Some(Span::new(F, 7, 10)));
        assert_eq!(&text[7..10], "\u{FFFD}");
        assert!(diagnostic.message.en().contains("0xE1 at byte offset 7"));
    }

    #[test]
    fn invalid_utf8_offset_counts_the_bom() {
        let (_, diagnostic) = decode(F, b"\xEF\xBB\xBF\xFF");
        let diagnostic = diagnostic.unwrap();
        assert_eq!(diagnostic.span(), Some(Span::new(F, 0, 3)));
        assert!(diagnostic.message.en().contains("0xFF at byte offset 3"));
    }

    #[test]
    fn utf16_gets_its_own_help() {
        let (_, diagnostic) = decode(F, b"\xFF\xFEa\x00");
        assert!(diagnostic.unwrap().help.unwrap().en().contains("UTF-16"));
    }

    #[test]
    fn conflict_markers_one_per_line() {
        let text = "a: 1\n<<<<<<< HEAD\nb: 2\n=======\nb: 3\n>>>>>>> feature\n";
        let found = conflict_markers(F, text);
        let lines: Vec<&str> = found
            .iter()
            .map(|d| {
                let s = d.span().unwrap();
                &text[s.start as usize..s.end as usize]
            })
            .collect();
        assert_eq!(lines, ["<<<<<<< HEAD", "=======", ">>>>>>> feature"]);
        assert!(found.iter().all(|d| d.code == "YAML-007"));
    }

    #[test]
    fn lone_separator_or_inline_arrows_are_not_conflicts() {
        assert!(conflict_markers(F, "title: |\n  Heading\n=======\n").is_empty());
        assert!(conflict_markers(F, "note: a <<<<<<< b\n").is_empty());
        assert!(conflict_markers(F, "<<<<<<<<<< x\n").is_empty());
    }
}
