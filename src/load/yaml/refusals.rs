//! The loader's own diagnostics: policy refusals (aliases, tags, complex keys, several
//! documents), duplicate keys and resource limits. Syntax errors live in `syntax`.

use super::scalar::CoreTag;
use crate::diagnostic::{Diagnostic, Msg};
use crate::source::Span;

pub(super) fn duplicate_key(key: &str, span: Span, first: Span) -> Diagnostic {
    Diagnostic::of(&crate::code::core::YAML_DUPLICATE_KEY,
        crate::msg_args!("duplicate key `{0}`", "khóa `{0}` bị lặp lại", key),
    )
    .at(span, Some(crate::diagnostic::Msg::new("duplicate key", "khóa bị lặp")))
    .with_secondary(
        first,
        crate::diagnostic::Msg::new("first defined here", "được định nghĩa lần đầu tại đây"),
    )
    .with_help(crate::diagnostic::Msg::new("a key may appear only once in a mapping; most YAML tools silently keep the last value, which hides mistakes: merge the two entries or rename one", "mỗi khóa chỉ được xuất hiện một lần trong cùng một nhóm khóa–giá trị; hầu hết công cụ YAML lặng lẽ giữ giá trị cuối cùng, làm che giấu lỗi: hãy gộp hai mục hoặc đổi tên một mục"))
}

fn alias_policy_help() -> Msg {
    crate::diagnostic::Msg::new(
        "anchors and aliases (`&name`, `*name`) are refused by default so that every value is written where it applies: write the value out here, or set the `allow_aliases` option",
        "mặc định không chấp nhận neo và bí danh (`&tên`, `*tên`) để mỗi giá trị được viết ngay tại nơi áp dụng: hãy viết giá trị ra đầy đủ tại đây, hoặc bật tùy chọn `allow_aliases`",
    )
}

fn anchor_here() -> Msg {
    crate::diagnostic::Msg::new("anchor defined here", "neo được định nghĩa tại đây")
}

/// `shown` is the alias as written (`*name`).
pub(super) fn alias_refused(shown: &str, span: Span, anchor: Span) -> Diagnostic {
    Diagnostic::of(
        &crate::code::core::YAML_ALIAS,
        crate::msg_args!(
            "alias `{0}` is not allowed",
            "không được dùng bí danh `{0}`",
            shown
        ),
    )
    .at(span, Some(crate::diagnostic::Msg::new("alias", "bí danh")))
    .with_secondary(anchor, anchor_here())
    .with_help(alias_policy_help())
}

/// An anchor no alias uses (those that are used are reported at their aliases).
pub(super) fn anchor_refused(shown: &str, span: Span) -> Diagnostic {
    Diagnostic::of(
        &crate::code::core::YAML_ALIAS,
        crate::msg_args!(
            "anchor `{0}` is not allowed",
            "không được dùng neo `{0}`",
            shown
        ),
    )
    .at(span, Some(crate::diagnostic::Msg::new("anchor", "neo")))
    .with_help(alias_policy_help())
}

pub(super) fn recursive_alias(span: Span, anchor: Span) -> Diagnostic {
    Diagnostic::of(
        &crate::code::core::YAML_LIMIT,
        crate::diagnostic::Msg::new(
            "this alias refers to a node that contains it",
            "bí danh này trỏ đến một nút chứa chính nó",
        ),
    )
    .at(
        span,
        Some(crate::diagnostic::Msg::new(
            "recursive alias",
            "bí danh đệ quy",
        )),
    )
    .with_secondary(anchor, anchor_here())
    .with_help(crate::diagnostic::Msg::new(
        "an alias cannot point into its own anchored node; write the value out",
        "bí danh không thể trỏ vào chính nút được gắn neo của nó; hãy viết giá trị ra đầy đủ",
    ))
}

pub(super) fn alias_budget(span: Span, budget: usize) -> Diagnostic {
    Diagnostic::of(&crate::code::core::YAML_LIMIT,
        crate::msg_args!("aliases expand to more than {0} nodes", "các bí danh mở rộng thành hơn {0} nút", budget),
    )
    .at(
        span,
        Some(crate::diagnostic::Msg::new("expansion limit reached here", "đạt giới hạn mở rộng tại đây")),
    )
    .with_help(crate::diagnostic::Msg::new("nested aliases multiply the data (a \"billion laughs\" file); write the values out instead", "các bí danh lồng nhau nhân dữ liệu lên rất nhiều lần (kiểu tệp \"billion laughs\"); hãy viết các giá trị ra đầy đủ"))
}

pub(super) fn too_deep(span: Span, max: usize) -> Diagnostic {
    Diagnostic::of(
        &crate::code::core::YAML_LIMIT,
        crate::msg_args!(
            "nesting is deeper than the limit of {0} levels",
            "cấu trúc lồng nhau sâu hơn giới hạn {0} cấp",
            max
        ),
    )
    .at(
        span,
        Some(crate::diagnostic::Msg::new("too deep", "quá sâu")),
    )
    .with_help(crate::diagnostic::Msg::new(
        "flatten the structure: an architecture model never needs this depth",
        "hãy làm phẳng cấu trúc: mô hình kiến trúc không bao giờ cần độ sâu như vậy",
    ))
}

pub(super) fn file_too_large(span: Span, size: usize, max: usize) -> Diagnostic {
    Diagnostic::of(
        &crate::code::core::YAML_LIMIT,
        crate::msg_args!(
            "the file is too large: {0} bytes, the limit is {1}",
            "tệp quá lớn: {0} byte, giới hạn là {1}",
            size,
            max
        ),
    )
    .at(span, None)
    .with_help(crate::diagnostic::Msg::new(
        "split the model into several files",
        "hãy chia mô hình thành nhiều tệp",
    ))
}

pub(super) fn second_document(span: Span) -> Diagnostic {
    Diagnostic::of(&crate::code::core::YAML_MULTI_DOC,
        crate::diagnostic::Msg::new("more than one YAML document in this file", "tệp này chứa nhiều hơn một tài liệu YAML"),
    )
    .at(
        span,
        Some(crate::diagnostic::Msg::new("a second document starts here", "tài liệu thứ hai bắt đầu tại đây")),
    )
    .with_help(crate::diagnostic::Msg::new("keep one document per file: remove the `---` or `...` separator, or move what follows into a file of its own", "mỗi tệp chỉ chứa một tài liệu: hãy bỏ dấu phân cách `---` hoặc `...`, hoặc chuyển phần phía sau sang một tệp riêng"))
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
        crate::diagnostic::Msg::new(
            "a mapping key must be plain text",
            "khóa phải là một giá trị chữ đơn giản",
        ),
    )
    .at(
        span,
        Some(crate::msg_args!(
            "this key is {0}",
            "khóa này là {1}",
            en,
            vi
        )),
    )
    .with_help(crate::diagnostic::Msg::new(
        "use a name or an id as the key, and move this structure into the value",
        "hãy dùng một tên hoặc mã định danh làm khóa, và chuyển cấu trúc này vào phần giá trị",
    ))
}

/// `shown` is the tag as written (`!custom`).
pub(super) fn tag_refused(shown: &str, span: Span) -> Diagnostic {
    Diagnostic::of(&crate::code::core::YAML_TAG,
        crate::msg_args!("tag `{0}` is not supported", "không hỗ trợ thẻ kiểu `{0}`", shown),
    )
    .at(
        span,
        Some(crate::diagnostic::Msg::new("unsupported tag", "thẻ không được hỗ trợ")),
    )
    .with_help(crate::diagnostic::Msg::new("remove the tag; only the core tags `!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, `!!map` and `!!seq` are understood", "hãy bỏ thẻ này; chỉ các thẻ lõi `!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, `!!map` và `!!seq` được hiểu"))
}

pub(super) fn tag_mismatch(node: Span, tag: CoreTag, tag_span: Option<Span>) -> Diagnostic {
    let name = tag.name();
    let diagnostic = Diagnostic::of(
        &crate::code::core::YAML_TAG,
        crate::msg_args!(
            "this value is not a valid `{0}`",
            "giá trị này không phải là `{0}` hợp lệ",
            name
        ),
    )
    .at(
        node,
        Some(crate::diagnostic::Msg::new(
            "does not match its tag",
            "không khớp với thẻ",
        )),
    )
    .with_help(crate::msg_args!(
        "fix the value, or remove the tag `{0}`",
        "hãy sửa giá trị, hoặc bỏ thẻ `{0}`",
        name
    ));
    match tag_span {
        Some(span) => diagnostic.with_secondary(
            span,
            crate::diagnostic::Msg::new("tag given here", "thẻ được ghi tại đây"),
        ),
        None => diagnostic,
    }
}
