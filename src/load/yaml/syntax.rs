//! Parser errors turned into readable diagnostics (YAML-001, YAML-003, YAML-006).

use super::cursor::char_at;
use crate::diagnostic::{Diagnostic, Msg};
use crate::load::text::to_u32;
use crate::source::{FileId, Span};

/// A diagnostic for the parser's error `info` at byte `at`.
pub(super) fn diagnostic(file: FileId, text: &str, at: usize, info: &str) -> Diagnostic {
    let at = clamp_inside(text, at);
    if let Some(tab) = tab_behind(text, at, info.contains("tab")) {
        return tab_diagnostic(file, text, tab);
    }
    let (start, end) = char_at(text, at);
    let span = Span::new(file, to_u32(start), to_u32(end));
    // The scanner counts `[`/`{` levels in a u8 and may reach that before our depth limit.
    if info.contains("recursion limit") {
        return Diagnostic::of(&crate::code::core::YAML_LIMIT,
            crate::diagnostic::Msg::new("brackets are nested more than 255 levels deep, more than the YAML parser can read", "các dấu ngoặc lồng nhau sâu hơn 255 cấp, vượt quá khả năng đọc của bộ phân tích YAML"),
        )
        .at(span, None)
        .with_help(crate::diagnostic::Msg::new("flatten the structure: an architecture model never needs this many nested brackets", "hãy làm phẳng cấu trúc: mô hình kiến trúc không bao giờ cần nhiều cặp ngoặc lồng nhau như vậy"));
    }
    let (message, help) = rephrase(info);
    let info = info.to_owned();
    let help = crate::msg_args!(
        "{0} (the YAML parser said: {1})",
        "{2} (bộ phân tích YAML báo: {1})",
        help.en(),
        info,
        help.vi()
    );
    Diagnostic::of(&crate::code::core::YAML_SYNTAX, message)
        .at(span, None)
        .with_help(help)
}

/// Error marks may sit past the end (an unclosed `[` at end of file): point at the last character.
fn clamp_inside(text: &str, at: usize) -> usize {
    if at < text.len() {
        let mut at = at;
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        return at;
    }
    let trimmed = text.trim_end_matches(['\n', '\r']);
    match trimmed.char_indices().next_back() {
        Some((i, _)) => i,
        None => 0,
    }
}

/// The tab that most likely caused an error at `at`: one in the indentation of the error's line,
/// or, when the parser names a tab, the next one ahead (the parser often reports the token before it).
fn tab_behind(text: &str, at: usize, named: bool) -> Option<usize> {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let indentation = text[line_start..]
        .find(|c| c != ' ' && c != '\t')
        .map_or(&text[line_start..], |i| &text[line_start..line_start + i]);
    if let Some(i) = indentation.find('\t') {
        return Some(line_start + i);
    }
    if text.as_bytes().get(at) == Some(&b'\t') {
        return Some(at);
    }
    if !named {
        return None;
    }
    // Look ahead to the end of the next line, then back on the error's own line.
    let ahead_end = text[at..]
        .match_indices('\n')
        .nth(1)
        .map_or(text.len(), |(i, _)| at + i);
    if let Some(i) = text[at..ahead_end].find('\t') {
        return Some(at + i);
    }
    text[line_start..at].rfind('\t').map(|i| line_start + i)
}

fn tab_diagnostic(file: FileId, text: &str, tab: usize) -> Diagnostic {
    let line_start = text[..tab].rfind('\n').map_or(0, |i| i + 1);
    let indentation = text[line_start..tab]
        .bytes()
        .all(|b| b == b' ' || b == b'\t');
    let message = if indentation {
        crate::diagnostic::Msg::new(
            "tab character used for indentation",
            "dùng ký tự tab để thụt lề",
        )
    } else {
        crate::diagnostic::Msg::new(
            "tab character where YAML does not allow one",
            "ký tự tab đặt ở vị trí YAML không cho phép",
        )
    };
    Diagnostic::of(&crate::code::core::YAML_TAB, message)
        .at(
            Span::new(file, to_u32(tab), to_u32(tab + 1)),
            Some(crate::diagnostic::Msg::new("tab", "ký tự tab")),
        )
        .with_help(crate::diagnostic::Msg::new("indent with spaces: YAML does not allow tabs for indentation (set your editor to insert spaces for the Tab key)", "hãy thụt lề bằng dấu cách: YAML không cho phép thụt lề bằng tab (hãy cài đặt trình soạn thảo để phím Tab chèn dấu cách)"))
}

/// A readable message and a hint for the parser's terse error text.
fn rephrase(info: &str) -> (Msg, Msg) {
    let has = |s: &str| info.contains(s);
    if has("mapping values are not allowed") || has("illegal placement of ':'") {
        (
            crate::diagnostic::Msg::new("unexpected `:` here", "dấu `:` không hợp lệ ở đây"),
            crate::diagnostic::Msg::new(
                "check the indentation of this line; if the text itself contains `: `, put it in quotes",
                "hãy kiểm tra thụt lề của dòng này; nếu bản thân văn bản có chứa `: `, hãy đặt nó trong dấu ngoặc kép",
            ),
        )
    } else if has("did not find expected key") {
        (
            crate::diagnostic::Msg::new(
                "expected a `key: value` entry here",
                "cần một mục `khóa: giá trị` ở đây",
            ),
            crate::diagnostic::Msg::new(
                "the indentation is probably wrong: entries of one mapping must start in the same column",
                "có lẽ thụt lề bị sai: các khóa cùng cấp phải bắt đầu ở cùng một cột",
            ),
        )
    } else if has("block sequence entries are not allowed") {
        (
            crate::diagnostic::Msg::new(
                "a `- ` list item is not allowed here",
                "không được đặt mục danh sách `- ` ở đây",
            ),
            crate::diagnostic::Msg::new(
                "start the list on a new line, indented under its key",
                "hãy bắt đầu danh sách trên một dòng mới, thụt lề bên dưới khóa của nó",
            ),
        )
    } else if has("did not find expected '-' indicator") {
        (
            crate::diagnostic::Msg::new(
                "expected a `- ` list item here",
                "cần một mục danh sách `- ` ở đây",
            ),
            crate::diagnostic::Msg::new(
                "the indentation is probably wrong: items of one list must start in the same column",
                "có lẽ thụt lề bị sai: các mục của cùng một danh sách phải bắt đầu ở cùng một cột",
            ),
        )
    } else if has("expected ',' or ']'") {
        (
            crate::diagnostic::Msg::new(
                "expected `,` or `]` in this `[...]` list",
                "cần `,` hoặc `]` trong danh sách `[...]` này",
            ),
            crate::diagnostic::Msg::new(
                "separate the items with commas and close the list with `]`",
                "hãy ngăn cách các mục bằng dấu phẩy và đóng danh sách bằng `]`",
            ),
        )
    } else if has("expected ',' or '}'") {
        (
            crate::diagnostic::Msg::new(
                "expected `,` or `}` in this `{...}` mapping",
                "cần `,` hoặc `}` trong cặp ngoặc `{...}` này",
            ),
            crate::diagnostic::Msg::new(
                "separate the entries with commas and close the mapping with `}}`",
                "hãy ngăn cách các mục bằng dấu phẩy và đóng ngoặc bằng `}}`",
            ),
        )
    } else if has("quoted scalar, found unexpected end of stream") {
        (
            crate::diagnostic::Msg::new(
                "this quoted text is never closed",
                "đoạn văn bản trong ngoặc kép này không được đóng",
            ),
            crate::diagnostic::Msg::new(
                "add the closing quote; a quote inside the text is written `\\\"` in \"...\" or `''` in '...'",
                "hãy thêm dấu ngoặc đóng; dấu ngoặc bên trong văn bản được viết là `\\\"` trong \"...\" hoặc `''` trong '...'",
            ),
        )
    } else if has("unknown anchor") {
        (
            crate::diagnostic::Msg::new(
                "this alias refers to an anchor that is not defined",
                "bí danh này trỏ đến một neo chưa được định nghĩa",
            ),
            crate::diagnostic::Msg::new(
                "a value starting with `*` is an alias; put the text in quotes if it is meant literally",
                "giá trị bắt đầu bằng `*` là một bí danh; hãy đặt văn bản trong dấu ngoặc kép nếu muốn giữ nguyên",
            ),
        )
    } else if has("unexpected character") || has("cannot start any token") {
        (
            crate::diagnostic::Msg::new(
                "this character cannot start a YAML value",
                "ký tự này không thể bắt đầu một giá trị YAML",
            ),
            crate::diagnostic::Msg::new(
                "put the text in quotes",
                "hãy đặt văn bản trong dấu ngoặc kép",
            ),
        )
    } else if has("did not find expected node content") {
        (
            crate::diagnostic::Msg::new("expected a value here", "cần một giá trị ở đây"),
            crate::diagnostic::Msg::new(
                "a bracket or an entry is incomplete; check that every `[` and `{` is closed",
                "một dấu ngoặc hoặc một mục chưa hoàn chỉnh; hãy kiểm tra mọi `[` và `{` đều được đóng",
            ),
        )
    } else if has("simple key expect") || has("could not find expected ':'") {
        (
            crate::diagnostic::Msg::new(
                "a key must be followed by `:` on the same line",
                "khóa phải được theo sau bởi `:` trên cùng một dòng",
            ),
            crate::diagnostic::Msg::new(
                "join the key and its `:` on one line, or quote a long key",
                "hãy viết khóa và dấu `:` trên cùng một dòng, hoặc đặt khóa dài trong dấu ngoặc kép",
            ),
        )
    } else if has("unknown escape character")
        || has("hexadecimal number")
        || has("Unicode character escape")
    {
        (
            crate::diagnostic::Msg::new(
                "invalid escape sequence in double-quoted text",
                "chuỗi thoát không hợp lệ trong văn bản ngoặc kép",
            ),
            crate::diagnostic::Msg::new(
                "write a backslash as `\\\\`, or use single quotes where backslashes have no special meaning",
                "hãy viết dấu gạch chéo ngược là `\\\\`, hoặc dùng ngoặc đơn, nơi dấu gạch chéo ngược không có ý nghĩa đặc biệt",
            ),
        )
    } else if has("document start") || has("content after document end") {
        (
            crate::diagnostic::Msg::new(
                "unexpected content after the end of the document",
                "có nội dung thừa sau khi tài liệu kết thúc",
            ),
            crate::diagnostic::Msg::new(
                "the indentation is probably wrong, or a `---`/`...` marker is misplaced",
                "có lẽ thụt lề bị sai, hoặc dấu `---`/`...` đặt sai chỗ",
            ),
        )
    } else if has("wrongly indented line in block scalar") {
        (
            crate::diagnostic::Msg::new(
                "this line of a block text is indented less than the text's first line",
                "dòng này của khối văn bản thụt lề ít hơn dòng đầu tiên của khối",
            ),
            crate::diagnostic::Msg::new(
                "indent every line of the block text at least as far as its first line",
                "hãy thụt lề mọi dòng của khối văn bản ít nhất bằng dòng đầu tiên",
            ),
        )
    } else if has("comment intercepting") {
        (
            crate::diagnostic::Msg::new(
                "a comment interrupts multi-line text",
                "một chú thích chen vào giữa văn bản nhiều dòng",
            ),
            crate::diagnostic::Msg::new(
                "move the comment, or write the text as a block (`|`) or in quotes",
                "hãy chuyển chú thích đi chỗ khác, hoặc viết văn bản dạng khối (`|`) hay trong dấu ngoặc kép",
            ),
        )
    } else if has("indentation") {
        (
            crate::diagnostic::Msg::new("invalid indentation", "thụt lề không hợp lệ"),
            crate::diagnostic::Msg::new(
                "line up this line with the entries it belongs to",
                "hãy căn dòng này thẳng hàng với các mục mà nó thuộc về",
            ),
        )
    } else if has("unprintable character") {
        (
            crate::diagnostic::Msg::new(
                "the file contains a control character that YAML does not allow",
                "tệp chứa một ký tự điều khiển mà YAML không cho phép",
            ),
            crate::diagnostic::Msg::new(
                "remove the character; it usually comes from copying text out of another program",
                "hãy xóa ký tự này; nó thường xuất hiện khi sao chép văn bản từ chương trình khác",
            ),
        )
    } else if has("eof") || has("end of stream") {
        (
            crate::diagnostic::Msg::new("the file ends too early", "tệp kết thúc quá sớm"),
            crate::diagnostic::Msg::new(
                "something opened before this point is not closed",
                "có thành phần được mở trước vị trí này nhưng chưa được đóng",
            ),
        )
    } else {
        (
            crate::diagnostic::Msg::new("YAML syntax error", "lỗi cú pháp YAML"),
            crate::diagnostic::Msg::new(
                "check the syntax at this position",
                "hãy kiểm tra cú pháp tại vị trí này",
            ),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const F: FileId = FileId(0);

    #[test]
    fn tab_is_found_in_indentation_or_ahead() {
        assert_eq!(tab_behind("a:\n\tb: 1\n", 4, true), Some(3));
        assert_eq!(tab_behind("a: 1\n\tb: 2\n", 3, true), Some(5));
        assert_eq!(tab_behind("a: 1\n\tb: 2\n", 3, false), None);
        assert_eq!(tab_behind("a: [1\n", 5, false), None);
        assert_eq!(tab_behind("a:\tb\n", 2, false), Some(2));
    }

    #[test]
    fn end_of_file_errors_point_at_the_last_character() {
        let d = diagnostic(F, "a: [1, 2\n", 99, "did not find expected node content");
        assert_eq!(d.code, "YAML-001");
        assert_eq!(d.span(), Some(Span::new(F, 7, 8)));
        let d = diagnostic(F, "", 3, "unexpected eof");
        assert_eq!(d.span(), Some(Span::new(F, 0, 0)));
    }

    #[test]
    fn unknown_errors_keep_the_parser_text() {
        let d = diagnostic(F, "x", 0, "something new");
        assert_eq!(d.message.en(), "YAML syntax error");
        assert!(d.help.unwrap().vi().contains("something new"));
    }
}
