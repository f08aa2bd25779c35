//! The loader's own diagnostics: policy refusals (aliases, tags, complex keys, several
//! documents), duplicate keys and resource limits. Syntax errors live in `syntax`.

use super::scalar::CoreTag;
use crate::diagnostic::{Diagnostic, Msg};
use crate::msg;
use crate::source::Span;

pub(super) fn duplicate_key(key: &str, span: Span, first: Span) -> Diagnostic {
    Diagnostic::of(&crate::code::core::YAML_DUPLICATE_KEY,
        msg!("duplicate key `{key}`", "khóa `{key}` bị lặp lại"),
    )
    .at(span, Some(msg!("duplicate key", "khóa bị lặp")))
    .with_secondary(
        first,
        msg!("first defined here", "được định nghĩa lần đầu tại đây"),
    )
    .with_help(msg!(
        "a key may appear only once in a mapping; most YAML tools silently keep the last value, which hides mistakes: merge the two entries or rename one",
        "mỗi khóa chỉ được xuất hiện một lần trong cùng một nhóm khóa–giá trị; hầu hết công cụ YAML lặng lẽ giữ giá trị cuối cùng, làm che giấu lỗi: hãy gộp hai mục hoặc đổi tên một mục",
    ))
}

fn alias_policy_help() -> Msg {
    msg!(
        "anchors and aliases (`&name`, `*name`) are refused by default so that every value is written where it applies: write the value out here, or set the `allow_aliases` option",
        "mặc định không chấp nhận neo và bí danh (`&tên`, `*tên`) để mỗi giá trị được viết ngay tại nơi áp dụng: hãy viết giá trị ra đầy đủ tại đây, hoặc bật tùy chọn `allow_aliases`",
    )
}

fn anchor_here() -> Msg {
    msg!("anchor defined here", "neo được định nghĩa tại đây")
}

/// `shown` is the alias as written (`*name`).
pub(super) fn alias_refused(shown: &str, span: Span, anchor: Span) -> Diagnostic {
    Diagnostic::of(
        &crate::code::core::YAML_ALIAS,
        msg!(
            "alias `{shown}` is not allowed",
            "không được dùng bí danh `{shown}`",
        ),
    )
    .at(span, Some(msg!("alias", "bí danh")))
    .with_secondary(anchor, anchor_here())
    .with_help(alias_policy_help())
}

/// An anchor no alias uses (those that are used are reported at their aliases).
pub(super) fn anchor_refused(shown: &str, span: Span) -> Diagnostic {
    Diagnostic::of(
        &crate::code::core::YAML_ALIAS,
        msg!(
            "anchor `{shown}` is not allowed",
            "không được dùng neo `{shown}`",
        ),
    )
    .at(span, Some(msg!("anchor", "neo")))
    .with_help(alias_policy_help())
}

pub(super) fn recursive_alias(span: Span, anchor: Span) -> Diagnostic {
    Diagnostic::of(
        &crate::code::core::YAML_LIMIT,
        msg!(
            "this alias refers to a node that contains it",
            "bí danh này trỏ đến một nút chứa chính nó",
        ),
    )
    .at(span, Some(msg!("recursive alias", "bí danh đệ quy")))
    .with_secondary(anchor, anchor_here())
    .with_help(msg!(
        "an alias cannot point into its own anchored node; write the value out",
        "bí danh không thể trỏ vào chính nút được gắn neo của nó; hãy viết giá trị ra đầy đủ",
    ))
}

pub(super) fn alias_budget(span: Span, budget: usize) -> Diagnostic {
    Diagnostic::of(&crate::code::core::YAML_LIMIT,
        msg!(
            "aliases expand to more than {budget} nodes",
            "các bí danh mở rộng thành hơn {budget} nút",
        ),
    )
    .at(
        span,
        Some(msg!(
            "expansion limit reached here",
            "đạt giới hạn mở rộng tại đây",
        )),
    )
    .with_help(msg!(
        "nested aliases multiply the data (a \"billion laughs\" file); write the values out instead",
        "các bí danh lồng nhau nhân dữ liệu lên rất nhiều lần (kiểu tệp \"billion laughs\"); hãy viết các giá trị ra đầy đủ",
    ))
}

pub(super) fn too_deep(span: Span, max: usize) -> Diagnostic {
    Diagnostic::of(
        &crate::code::core::YAML_LIMIT,
        msg!(
            "nesting is deeper than the limit of {max} levels",
            "cấu trúc lồng nhau sâu hơn giới hạn {max} cấp",
        ),
    )
    .at(span, Some(msg!("too deep", "quá sâu")))
    .with_help(msg!(
        "flatten the structure: an architecture model never needs this depth",
        "hãy làm phẳng cấu trúc: mô hình kiến trúc không bao giờ cần độ sâu như vậy",
    ))
}

pub(super) fn file_too_large(span: Span, size: usize, max: usize) -> Diagnostic {
    Diagnostic::of(
        &crate::code::core::YAML_LIMIT,
        msg!(
            "the file is too large: {size} bytes, the limit is {max}",
            "tệp quá lớn: {size} byte, giới hạn là {max}",
        ),
    )
    .at(span, None)
    .with_help(msg!(
        "split the model into several files",
        "hãy chia mô hình thành nhiều tệp",
    ))
}

pub(super) fn second_document(span: Span) -> Diagnostic {
    Diagnostic::of(&crate::code::core::YAML_MULTI_DOC,
        msg!(
            "more than one YAML document in this file",
            "tệp này chứa nhiều hơn một tài liệu YAML",
        ),
    )
    .at(
        span,
        Some(msg!(
            "a second document starts here",
            "tài liệu thứ hai bắt đầu tại đây",
        )),
    )
    .with_help(msg!(
        "keep one document per file: remove the `---` or `...` separator, or move what follows into a file of its own",
        "mỗi tệp chỉ chứa một tài liệu: hãy bỏ dấu phân cách `---` hoặc `...`, hoặc chuyển phần phía sau sang một tệp riêng",
    ))
}

/// `is_map` tells which kind of collection the key is.
pub(super) fn complex_key(span: Span, is_map: bool) -> Diagnostic {
    let (en, vi) = if is_map {
        ("a mapping", "một nhóm các cặp khóa–giá trị")
    } else {
        ("a list", "một danh sách")
    };
    Diagnostic::of(
        &crate::code::core::YAML_COMPLEX_KEY,
        msg!(
            "a mapping key must be plain text",
            "khóa phải là một giá trị chữ đơn giản",
        ),
    )
    .at(span, Some(msg!("this key is {en}", "khóa này là {vi}")))
    .with_help(msg!(
        "use a name or an id as the key, and move this structure into the value",
        "hãy dùng một tên hoặc mã định danh làm khóa, và chuyển cấu trúc này vào phần giá trị",
    ))
}

/// `shown` is the tag as written (`!custom`).
pub(super) fn tag_refused(shown: &str, span: Span) -> Diagnostic {
    Diagnostic::of(&crate::code::core::YAML_TAG,
        msg!(
            "tag `{shown}` is not supported",
            "không hỗ trợ thẻ kiểu `{shown}`",
        ),
    )
    .at(
        span,
        Some(msg!("unsupported tag", "thẻ không được hỗ trợ")),
    )
    .with_help(msg!(
        "remove the tag; only the core tags `!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, `!!map` and `!!seq` are understood",
        "hãy bỏ thẻ này; chỉ các thẻ lõi `!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, `!!map` và `!!seq` được hiểu",
    ))
}

pub(super) fn tag_mismatch(node: Span, tag: CoreTag, tag_span: Option<Span>) -> Diagnostic {
    let name = tag.name();
    let diagnostic = Diagnostic::of(
        &crate::code::core::YAML_TAG,
        msg!(
            "this value is not a valid `{name}`",
            "giá trị này không phải là `{name}` hợp lệ",
        ),
    )
    .at(
        node,
        Some(msg!("does not match its tag", "không khớp với thẻ")),
    )
    .with_help(msg!(
        "fix the value, or remove the tag `{name}`",
        "hãy sửa giá trị, hoặc bỏ thẻ `{name}`",
    ));
    match tag_span {
        Some(span) => {
            diagnostic.with_secondary(span, msg!("tag given here", "thẻ được ghi tại đây"))
        }
        None => diagnostic,
    }
}
