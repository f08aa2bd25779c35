//! Text not in Unicode NFC (YAML-012). Decomposed Vietnamese letters (a base
//! letter followed by combining marks, as some macOS tools and old converters
//! write them) look the same but compare, sort and search differently, and
//! break the "did you mean" of ids and names.

use crate::diagnostic::Diagnostic;
use crate::load::tree::{Node, NodeKind};
use crate::source::Span;
use unicode_normalization::{UnicodeNormalization, is_nfc};

/// Reports every string value and every key of the tree that is not in NFC,
/// at its own place. The walk uses an explicit stack (no recursion).
pub(super) fn check(root: &Node, out: &mut Vec<Diagnostic>) {
    let mut stack = vec![root];
    while let Some(node) = stack.pop() {
        match &node.kind {
            NodeKind::Str(s) if !is_nfc(s) => out.push(not_nfc(s, node.span, false)),
            NodeKind::Seq(items) => stack.extend(items.iter().rev()),
            NodeKind::Map(entries) => {
                for entry in entries.iter().rev() {
                    stack.push(&entry.value);
                }
                for entry in entries {
                    if !is_nfc(&entry.key) {
                        out.push(not_nfc(&entry.key, entry.key_span, true));
                    }
                }
            }
            _ => {}
        }
    }
}

/// The NFC form to show in the help: the whole text when short, else the
/// words that change.
fn shown(text: &str) -> String {
    let nfc: String = text.nfc().collect();
    if nfc.chars().count() <= 80 {
        return nfc;
    }
    let words: Vec<String> = text
        .split_whitespace()
        .filter(|w| !is_nfc(w))
        .map(|w| w.nfc().collect())
        .take(5)
        .collect();
    words.join(" … ")
}

fn not_nfc(text: &str, span: Span, key: bool) -> Diagnostic {
    let fixed = shown(text);
    let message = if key {
        crate::msg_args!(
            "key `{0}` is not in Unicode NFC: some letters are decomposed (a base letter followed by combining marks)",
            "khóa `{0}` không ở dạng chuẩn Unicode NFC: có chữ bị tách dấu (chữ cái gốc và dấu được lưu rời nhau)",
            fixed
        )
    } else {
        crate::diagnostic::Msg::new(
            "text is not in Unicode NFC: some letters are decomposed (a base letter followed by combining marks)",
            "văn bản không ở dạng chuẩn Unicode NFC: có chữ bị tách dấu (chữ cái gốc và dấu được lưu rời nhau)",
        )
    };
    Diagnostic::of(&crate::code::core::YAML_NOT_NFC, message)
        .at(span, Some(crate::diagnostic::Msg::new("decomposed letters", "chữ bị tách dấu")))
        .with_help(crate::msg_args!("retype it with precomposed letters (NFC), e.g. with Unikey or EVKey set to Unicode (dựng sẵn): `{0}`", "hãy gõ lại bằng chữ dựng sẵn (NFC), ví dụ bằng Unikey hoặc EVKey với bảng mã Unicode dựng sẵn: `{0}`", fixed))
}

#[cfg(test)]
mod tests {
    use crate::load::yaml::{Limits, parse};
    use crate::source::FileId;

    /// "Việt" with the dot below and the circumflex as combining marks.
    const DECOMPOSED: &str = "Vie\u{323}\u{302}t";

    #[test]
    fn decomposed_values_and_keys_are_reported_at_their_place() {
        let text =
            format!("name: Nam {DECOMPOSED}\nlist: [ok, \"{DECOMPOSED}\"]\n{DECOMPOSED}: 1\n");
        let parsed = parse(FileId(0), &text, &Limits::default());
        let found: Vec<_> = parsed
            .diagnostics
            .iter()
            .filter(|d| d.code == "YAML-012")
            .collect();
        assert_eq!(found.len(), 3, "{:?}", parsed.diagnostics);
        let places: Vec<&str> = found
            .iter()
            .map(|d| {
                let span = d.span().expect("a place");
                &text[span.start as usize..span.end as usize]
            })
            .collect();
        let value = format!("Nam {DECOMPOSED}");
        let quoted = format!("\"{DECOMPOSED}\"");
        assert!(places.contains(&value.as_str()), "{places:?}");
        assert!(places.contains(&quoted.as_str()), "{places:?}");
        assert!(places.contains(&DECOMPOSED), "{places:?}");
        let help = found[0].help.as_ref().expect("a help");
        assert!(help.en().contains("Việt"), "{}", help.en());
        assert!(
            !help.en().contains(DECOMPOSED),
            "the help shows the NFC form"
        );
    }

    #[test]
    fn precomposed_text_passes() {
        let parsed = parse(
            FileId(0),
            "name: Việt Nam\nkhóa: Nền tảng tích hợp, chia sẻ dữ liệu\n",
            &Limits::default(),
        );
        assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    }
}
