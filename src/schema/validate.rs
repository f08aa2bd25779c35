//! Validating a YAML span tree against the model's JSON Schema, in place, and
//! reporting each problem at the exact key or value that causes it.

mod lookup;
mod wording;

use std::cmp::Reverse;
use std::collections::HashSet;

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::types::JsonType;
use jsonschema::{ValidationError, Validator};
use serde_json::Value;

use super::repr::{Tree, first_duplicate};
use crate::code::{Code, core};
use crate::diagnostic::{Diagnostic, Msg, did_you_mean};
use crate::load::tree::{Node, NodeKind};
use crate::source::Span;
use lookup::{constant_alternatives, failed_schema, property_names, resolved};
use wording::{
    description_parts, humanize_key, listing, node_type_name, quote, show_node, show_number,
    show_value, type_list,
};

/// Stable codes of schema diagnostics.
/// A schema compiled once, validating any number of trees (from any thread).
pub struct SchemaValidator {
    validator: Validator<Tree>,
    schema: Value,
}

impl SchemaValidator {
    /// Compiles once. `schema` is a schemars-generated draft 2020-12 schema (with `$defs` and `$ref`).
    pub fn new(schema: &Value) -> Result<SchemaValidator, String> {
        let validator = jsonschema::options_for::<Tree>()
            // Everything the model needs is in `$defs`; never reach out.
            .offline()
            // A linter should reject `email: not-an-email`; unknown formats (`uint8`) stay ignored.
            .should_validate_formats(true)
            .should_ignore_unknown_formats(true)
            .build(schema)
            .map_err(|e| e.to_string())?;
        Ok(SchemaValidator {
            validator,
            schema: schema.clone(),
        })
    }

    /// Appends one diagnostic per problem, in document order, to `out`.
    pub fn validate(&self, root: &Node, out: &mut Vec<Diagnostic>) {
        // Most files are valid, and the yes/no check skips building errors.
        if self.validator.is_valid(root) {
            return;
        }
        let errors: Vec<_> = self.validator.iter_errors(root).collect();
        let mut reporter = Reporter {
            schema: &self.schema,
            root,
            found: Vec::new(),
            missing: Vec::new(),
            suggested: HashSet::new(),
        };
        reporter.report_all(&errors);
        let mut found = reporter.finish();
        found.sort_by_key(|d| d.span().map(|s| (s.start, s.end)));
        let mut seen = HashSet::new();
        found.retain(|d| seen.insert((d.code, d.span(), d.message.en().into_owned())));
        out.extend(found);
    }
}

/// Turns validation errors about one tree into diagnostics.
struct Reporter<'a> {
    schema: &'a Value,
    root: &'a Node,
    found: Vec<Diagnostic>,
    /// Missing-field findings as (index in `found`, mapping span, field name).
    missing: Vec<(usize, Span, String)>,
    /// Fields some unknown key was said to be a misspelling of, per mapping span.
    suggested: HashSet<(Span, String)>,
}

impl<'a> Reporter<'a> {
    /// The findings, minus "missing `name`" where an unknown `nmae` beside it already
    /// suggests `name`: that is one mistake, not two.
    fn finish(self) -> Vec<Diagnostic> {
        let redundant: HashSet<usize> = self
            .missing
            .into_iter()
            .filter(|(_, mapping, name)| self.suggested.contains(&(*mapping, name.clone())))
            .map(|(index, _, _)| index)
            .collect();
        self.found
            .into_iter()
            .enumerate()
            .filter(|(i, _)| !redundant.contains(i))
            .map(|(_, d)| d)
            .collect()
    }

    fn report_all(&mut self, errors: &[ValidationError<'_>]) {
        // `{type: string, enum: [...]}` fails both keywords on `5`; the allowed values say more.
        let enum_paths: HashSet<&str> = errors
            .iter()
            .filter(|e| {
                matches!(
                    e.kind(),
                    ValidationErrorKind::Enum { .. } | ValidationErrorKind::Constant { .. }
                )
            })
            .map(|e| e.instance_path().as_str())
            .collect();
        for error in errors {
            let covered_by_enum = matches!(error.kind(), ValidationErrorKind::Type { .. })
                && enum_paths.contains(error.instance_path().as_str());
            if !covered_by_enum {
                self.report(error);
            }
        }
    }

    fn report(&mut self, error: &ValidationError<'_>) {
        use ValidationErrorKind as K;
        match error.kind() {
            K::AdditionalProperties { unexpected } | K::UnevaluatedProperties { unexpected } => {
                self.unknown_fields(error, unexpected);
            }
            K::Type { kind } => {
                let expected: Vec<JsonType> = match kind {
                    TypeKind::Single(ty) => vec![*ty],
                    TypeKind::Multiple(set) => set.iter().collect(),
                };
                let node = self.locate(error).0;
                self.wrong_type(node, &expected);
            }
            K::Enum { options } => {
                let values: Vec<&Value> = options.as_array().into_iter().flatten().collect();
                let node = self.locate(error).0;
                self.not_allowed(node, &values);
            }
            K::Constant { expected_value } => {
                let node = self.locate(error).0;
                self.not_allowed(node, &[expected_value]);
            }
            K::Minimum { .. }
            | K::Maximum { .. }
            | K::ExclusiveMinimum { .. }
            | K::ExclusiveMaximum { .. } => self.out_of_range(error),
            K::Required { property } => self.missing_field(error, property),
            K::Pattern { .. } | K::Format { .. } | K::MinLength { .. } | K::MaxLength { .. } => {
                self.bad_string(error);
            }
            K::AnyOf { context } | K::OneOfNotValid { context } => {
                self.alternatives(error, context);
            }
            _ => self.other(error),
        }
    }

    /// The node an error is about, and the span of its key when it sits in a mapping.
    fn locate(&self, error: &ValidationError<'_>) -> (&'a Node, Option<Span>) {
        self.root
            .pointer(error.instance_path().as_str())
            .unwrap_or((self.root, None))
    }

    /// The key a node sits under, when the error's last step was a mapping key.
    fn key_of(error: &ValidationError<'_>, key_span: Option<Span>) -> Option<String> {
        key_span?;
        let last = error.instance_path().as_str().rsplit('/').next()?;
        Some(last.replace("~1", "/").replace("~0", "~"))
    }

    fn push(
        &mut self,
        code: &'static Code,
        span: Span,
        message: Msg,
        label: Msg,
        help: Option<Msg>,
    ) {
        self.found.push(
            Diagnostic::of(code, message)
                .at(span, Some(label))
                .maybe_help(help),
        );
    }

    fn unknown_fields(&mut self, error: &ValidationError<'_>, unexpected: &[String]) {
        let mapping = self.locate(error).0;
        let allowed = failed_schema(self.schema, error)
            .map(|at| property_names(self.schema, at))
            .unwrap_or_default();
        // A field already present is no fix for a misspelt one.
        let candidates: Vec<&str> = allowed
            .iter()
            .copied()
            .filter(|name| mapping.entry(name).is_none())
            .collect();
        let listed = if allowed.is_empty() {
            crate::diagnostic::Msg::new(
                "this mapping takes no fields",
                "phần này không nhận trường nào",
            )
        } else {
            let quoted: Vec<String> = allowed.iter().map(|n| quote(n)).collect();
            let (en, vi) = listing(&quoted);
            crate::msg_args!("allowed fields: {0}", "các trường được phép: {1}", en, vi)
        };
        // One pass over the entries, however many keys are unknown.
        let unexpected: HashSet<&str> = unexpected.iter().map(String::as_str).collect();
        let entries = mapping.as_map().unwrap_or_default();
        for entry in entries.iter().filter(|e| unexpected.contains(&*e.key)) {
            let name = &*entry.key;
            // Field names are ASCII words; text here is the tail of a value cut
            // at a comma inside `{ … }` (`name: Cán bộ, công chức`).
            let looks_like_text = name.contains(' ') || !name.is_ascii();
            let help = match did_you_mean(name, candidates.iter().copied()) {
                _ if looks_like_text => crate::diagnostic::Msg::new(
                    "this looks like text cut off at a comma: inside `{ … }` and `[ … ]` a comma ends the value, so put the whole text in quotes",
                    "đây có vẻ là phần văn bản bị cắt tại dấu phẩy: trong `{ … }` và `[ … ]` dấu phẩy kết thúc giá trị, hãy đặt cả đoạn văn bản trong dấu nháy kép",
                ),
                Some(close) => {
                    self.suggested.insert((mapping.span, close.to_string()));
                    let close = quote(close);
                    crate::msg_args!("did you mean {0}?", "có phải ý bạn là {0}?", close)
                }
                None => listed.clone(),
            };
            let field = quote(name);
            self.push(
                &core::SCHEMA_UNKNOWN_FIELD,
                entry.key_span,
                crate::msg_args!("unknown field {0}", "trường không xác định {0}", field),
                crate::diagnostic::Msg::new("unknown field", "trường không xác định"),
                Some(help),
            );
        }
    }

    fn wrong_type(&mut self, node: &Node, expected: &[JsonType]) {
        let (want_en, want_vi) = type_list(expected);
        let (found_en, found_vi) = node_type_name(node);
        self.push(
            &core::SCHEMA_TYPE,
            node.span,
            crate::msg_args!(
                "expected {0}, found {1}",
                "cần {2}, nhưng gặp {3}",
                want_en,
                found_en,
                want_vi,
                found_vi
            ),
            crate::msg_args!("expected {0}", "cần {1}", want_en, want_vi),
            Some(type_help(node, expected, &want_en, &want_vi)),
        );
    }

    fn not_allowed(&mut self, node: &Node, values: &[&Value]) {
        let (shown_en, shown_vi) = show_node(node);
        let quoted: Vec<String> = values.iter().map(|v| show_value(v)).collect();
        let (list_en, list_vi) = listing(&quoted);
        let message = if values.len() == 1 {
            crate::msg_args!(
                "{0} is not allowed here; expected {1}",
                "{2} không được phép ở đây; chỉ nhận {3}",
                shown_en,
                list_en,
                shown_vi,
                list_vi
            )
        } else {
            crate::msg_args!(
                "{0} is not an allowed value; expected one of: {1}",
                "{2} không phải giá trị được phép; chỉ nhận một trong: {3}",
                shown_en,
                list_en,
                shown_vi,
                list_vi
            )
        };
        let help = node
            .as_str()
            .and_then(|s| did_you_mean(s, values.iter().filter_map(|v| v.as_str())))
            .map(|close| {
                let close = quote(close);
                crate::msg_args!("did you mean {0}?", "có phải ý bạn là {0}?", close)
            });
        self.push(
            &core::SCHEMA_ENUM,
            node.span,
            message,
            crate::diagnostic::Msg::new("not an allowed value", "giá trị không được phép"),
            help,
        );
    }

    fn out_of_range(&mut self, error: &ValidationError<'_>) {
        use ValidationErrorKind as K;
        let (node, key_span) = self.locate(error);
        let bounds = failed_schema(self.schema, error);
        let bound = |keyword: &str| {
            bounds
                .and_then(|b| b.get(keyword))
                .filter(|v| v.is_number())
        };
        let mut lower = bound("minimum")
            .map(|v| (v, true))
            .or_else(|| bound("exclusiveMinimum").map(|v| (v, false)));
        let mut upper = bound("maximum")
            .map(|v| (v, true))
            .or_else(|| bound("exclusiveMaximum").map(|v| (v, false)));
        // Without the schema object at hand, the error still knows the bound it broke.
        if lower.is_none() && upper.is_none() {
            match error.kind() {
                K::Minimum { limit } => lower = Some((limit, true)),
                K::ExclusiveMinimum { limit } => lower = Some((limit, false)),
                K::Maximum { limit } => upper = Some((limit, true)),
                K::ExclusiveMaximum { limit } => upper = Some((limit, false)),
                _ => {}
            }
        }
        let (rule_en, rule_vi) = range_rule(lower, upper);
        let value = show_number(node).unwrap_or_else(|| show_node(node).0);
        let message = match Self::key_of(error, key_span) {
            Some(key) => {
                let subject = humanize_key(&key);
                let key = quote(&key);
                crate::msg_args!(
                    "{0} {1} is out of range: {2}",
                    "giá trị {1} của {3} nằm ngoài khoảng cho phép: {4}",
                    subject,
                    value,
                    rule_en,
                    key,
                    rule_vi
                )
            }
            None => crate::msg_args!(
                "value {0} is out of range: {1}",
                "giá trị {0} nằm ngoài khoảng cho phép: {2}",
                value,
                rule_en,
                rule_vi
            ),
        };
        self.push(
            &core::SCHEMA_RANGE,
            node.span,
            message,
            crate::diagnostic::Msg::new("out of range", "ngoài khoảng cho phép"),
            Some(crate::msg_args!(
                "change it to a value that fits: {0}",
                "sửa thành giá trị hợp lệ: {1}",
                rule_en,
                rule_vi
            )),
        );
    }

    fn missing_field(&mut self, error: &ValidationError<'_>, property: &Value) {
        let (mapping, key_span) = self.locate(error);
        let name = property
            .as_str()
            .map_or_else(|| property.to_string(), str::to_string);
        let field = quote(&name);
        let span = mapping
            .as_map()
            .and_then(<[_]>::first)
            .map_or(mapping.span, |first| first.key_span);
        let message = match Self::key_of(error, key_span) {
            Some(owner) => {
                let owner = quote(&owner);
                crate::msg_args!(
                    "{0} is missing the required field {1}",
                    "{0} thiếu trường bắt buộc {1}",
                    owner,
                    field
                )
            }
            None => crate::msg_args!(
                "missing the required field {0}",
                "thiếu trường bắt buộc {0}",
                field
            ),
        };
        let description = failed_schema(self.schema, error)
            .and_then(|at| at.get("properties")?.get(&name))
            .and_then(|p| {
                p.get("description")
                    .or_else(|| resolved(self.schema, p).get("description"))
            })
            .and_then(Value::as_str);
        let add = format!("`{name}: …`");
        let help = match description.map(description_parts) {
            Some((what_en, what_vi)) => crate::msg_args!(
                "add {0} to this mapping ({1})",
                "thêm {0} vào phần này ({2})",
                add,
                what_en,
                what_vi
            ),
            None => crate::msg_args!("add {0} to this mapping", "thêm {0} vào phần này", add),
        };
        self.missing.push((self.found.len(), mapping.span, name));
        self.push(
            &core::SCHEMA_REQUIRED,
            span,
            message,
            crate::msg_args!("this mapping has no {0}", "phần này thiếu {0}", field),
            Some(help),
        );
    }

    fn bad_string(&mut self, error: &ValidationError<'_>) {
        use ValidationErrorKind as K;
        let node = self.locate(error).0;
        let (value, _) = show_node(node);
        let (message, label, help) = match error.kind() {
            K::Pattern { pattern } => {
                let pattern = quote(pattern);
                let meaning = failed_schema(self.schema, error)
                    .and_then(|at| at.get("description"))
                    .and_then(Value::as_str)
                    .map(description_parts);
                match meaning {
                    Some((meaning_en, meaning_vi)) => (
                        crate::msg_args!(
                            "{0} does not have the expected form: {1}",
                            "{0} không đúng dạng yêu cầu: {2}",
                            value,
                            meaning_en,
                            meaning_vi
                        ),
                        crate::diagnostic::Msg::new("not the expected form", "sai dạng yêu cầu"),
                        Some(crate::msg_args!(
                            "the value must match the pattern {0}",
                            "giá trị phải khớp mẫu {0}",
                            pattern
                        )),
                    ),
                    None => (
                        crate::msg_args!(
                            "{0} does not match the pattern {1}",
                            "{0} không khớp mẫu {1}",
                            value,
                            pattern
                        ),
                        crate::diagnostic::Msg::new("does not match the pattern", "không khớp mẫu"),
                        Some(crate::msg_args!(
                            "rewrite the value so that it matches {0}",
                            "viết lại giá trị cho khớp mẫu {0}",
                            pattern
                        )),
                    ),
                }
            }
            K::Format { format } => {
                let format = quote(format);
                (
                    crate::msg_args!(
                        "{0} is not a valid {1}",
                        "{0} không phải {1} hợp lệ",
                        value,
                        format
                    ),
                    crate::msg_args!("not a valid {0}", "{0} không hợp lệ", format),
                    Some(crate::msg_args!(
                        "write a valid {0}",
                        "viết {0} cho hợp lệ",
                        format
                    )),
                )
            }
            K::MinLength { limit } => {
                let chars = plural(*limit, "character", "characters");
                (
                    crate::msg_args!(
                        "{0} is too short: it needs at least {1} {2}",
                        "{0} quá ngắn: cần ít nhất {1} ký tự",
                        value,
                        limit,
                        chars
                    ),
                    crate::diagnostic::Msg::new("too short", "quá ngắn"),
                    Some(crate::msg_args!(
                        "write at least {0} {1}; names and ids may not be empty",
                        "viết ít nhất {0} ký tự; tên và mã không được để trống",
                        limit,
                        chars
                    )),
                )
            }
            K::MaxLength { limit } => {
                let chars = plural(*limit, "character", "characters");
                (
                    crate::msg_args!(
                        "{0} is too long: it may have at most {1} {2}",
                        "{0} quá dài: chỉ được tối đa {1} ký tự",
                        value,
                        limit,
                        chars
                    ),
                    crate::diagnostic::Msg::new("too long", "quá dài"),
                    Some(crate::msg_args!(
                        "shorten it to at most {0} {1}",
                        "rút gọn còn tối đa {0} ký tự",
                        limit,
                        chars
                    )),
                )
            }
            _ => return self.other(error),
        };
        self.push(&core::SCHEMA_FORMAT, node.span, message, label, help);
    }

    /// `anyOf`/`oneOf` failed: report the alternative the user most likely meant.
    fn alternatives(&mut self, error: &ValidationError<'_>, branches: &[Vec<ValidationError<'_>>]) {
        let node = self.locate(error).0;
        let keyword = error.kind().keyword();
        let constants = failed_schema(self.schema, error)
            .and_then(|at| at.get(keyword))
            .and_then(|alternatives| constant_alternatives(self.schema, alternatives));
        if let Some(values) = constants {
            return self.not_allowed(node, &values);
        }
        // A branch that only rejects the node's type (`{type: null}` of an `Option`)
        // was not what the user meant, unless every branch is like that.
        let path = error.instance_path();
        let type_only = |branch: &[ValidationError<'_>]| {
            !branch.is_empty()
                && branch.iter().all(|e| {
                    matches!(e.kind(), ValidationErrorKind::Type { .. })
                        && e.instance_path() == path
                })
        };
        let best = branches
            .iter()
            .enumerate()
            .filter(|(_, branch)| !branch.is_empty() && !type_only(branch))
            .max_by_key(|(i, branch)| (depth(branch), Reverse(branch.len()), Reverse(*i)));
        if let Some((_, branch)) = best {
            return self.report_all(branch);
        }
        let expected: Vec<JsonType> = branches
            .iter()
            .flatten()
            .filter_map(|e| match e.kind() {
                ValidationErrorKind::Type {
                    kind: TypeKind::Single(ty),
                } => Some(vec![*ty]),
                ValidationErrorKind::Type {
                    kind: TypeKind::Multiple(set),
                } => Some(set.iter().collect()),
                _ => None,
            })
            .flatten()
            .collect();
        if expected.is_empty() {
            self.other(error);
        } else {
            self.wrong_type(node, &expected);
        }
    }

    /// Everything without a dedicated code.
    fn other(&mut self, error: &ValidationError<'_>) {
        use ValidationErrorKind as K;
        let node = self.locate(error).0;
        let (value_en, value_vi) = show_node(node);
        let mut span = node.span;
        let mut secondary = None;
        let (message, label) = match error.kind() {
            K::MinItems { limit } => {
                let count = node.as_seq().map_or(0, <[_]>::len);
                let items = plural(count as u64, "item", "items");
                (
                    crate::msg_args!(
                        "the list has {0} {1} but needs at least {2}",
                        "danh sách có {0} phần tử nhưng cần ít nhất {2}",
                        count,
                        items,
                        limit
                    ),
                    crate::diagnostic::Msg::new("too few items", "quá ít phần tử"),
                )
            }
            K::MaxItems { limit } => {
                let count = node.as_seq().map_or(0, <[_]>::len);
                let items = plural(count as u64, "item", "items");
                (
                    crate::msg_args!(
                        "the list has {0} {1} but may have at most {2}",
                        "danh sách có {0} phần tử nhưng chỉ được tối đa {2}",
                        count,
                        items,
                        limit
                    ),
                    crate::diagnostic::Msg::new("too many items", "quá nhiều phần tử"),
                )
            }
            K::MinProperties { limit } => {
                let count = node.as_map().map_or(0, <[_]>::len);
                let fields = plural(count as u64, "field", "fields");
                (
                    crate::msg_args!(
                        "the mapping has {0} {1} but needs at least {2}",
                        "phần này có {0} trường nhưng cần ít nhất {2}",
                        count,
                        fields,
                        limit
                    ),
                    crate::diagnostic::Msg::new("too few fields", "quá ít trường"),
                )
            }
            K::MaxProperties { limit } => {
                let count = node.as_map().map_or(0, <[_]>::len);
                let fields = plural(count as u64, "field", "fields");
                (
                    crate::msg_args!(
                        "the mapping has {0} {1} but may have at most {2}",
                        "phần này có {0} trường nhưng chỉ được tối đa {2}",
                        count,
                        fields,
                        limit
                    ),
                    crate::diagnostic::Msg::new("too many fields", "quá nhiều trường"),
                )
            }
            K::UniqueItems => {
                let items = node.as_seq().unwrap_or_default();
                let (mut item_en, mut item_vi) = (value_en.clone(), value_vi.clone());
                if let Some((first, again)) = first_duplicate(items) {
                    span = items[again].span;
                    secondary = Some(items[first].span);
                    (item_en, item_vi) = show_node(&items[again]);
                }
                (
                    crate::msg_args!(
                        "duplicate item {0}: the items of this list must be unique",
                        "phần tử {1} bị trùng: các phần tử của danh sách này phải khác nhau",
                        item_en,
                        item_vi
                    ),
                    crate::diagnostic::Msg::new("duplicate", "bị trùng"),
                )
            }
            K::MultipleOf { multiple_of } => (
                crate::msg_args!(
                    "{0} is not a multiple of {1}",
                    "{2} không phải bội số của {1}",
                    value_en,
                    multiple_of,
                    value_vi
                ),
                crate::msg_args!(
                    "not a multiple of {0}",
                    "không phải bội số của {0}",
                    multiple_of
                ),
            ),
            K::OneOfMultipleValid { .. } => (
                crate::msg_args!(
                    "{0} matches more than one of the allowed forms",
                    "{1} khớp với nhiều hơn một dạng được phép",
                    value_en,
                    value_vi
                ),
                crate::diagnostic::Msg::new("ambiguous", "không rõ dạng nào"),
            ),
            K::PropertyNames { error: inner } => {
                let name = inner.instance().as_str().unwrap_or_default().to_string();
                if let Some(entry) = node.entry(&name) {
                    span = entry.key_span;
                }
                let name = quote(&name);
                let detail = inner.to_string();
                (
                    crate::msg_args!(
                        "invalid field name {0}: {1}",
                        "tên trường {0} không hợp lệ: {1}",
                        name,
                        detail
                    ),
                    crate::diagnostic::Msg::new("invalid field name", "tên trường không hợp lệ"),
                )
            }
            _ => {
                let detail = error.to_string();
                (
                    crate::msg_args!("{0}", "không hợp lệ theo lược đồ: {0}", detail),
                    crate::diagnostic::Msg::new("invalid here", "không hợp lệ ở đây"),
                )
            }
        };
        let mut diagnostic = Diagnostic::of(&core::SCHEMA_OTHER, message).at(span, Some(label));
        if let Some(first) = secondary {
            diagnostic = diagnostic.with_secondary(
                first,
                crate::diagnostic::Msg::new("first occurrence", "xuất hiện lần đầu ở đây"),
            );
        }
        self.found.push(diagnostic);
    }
}

/// How deep into the document a branch's errors reach.
fn depth(branch: &[ValidationError<'_>]) -> usize {
    branch
        .iter()
        .map(|e| e.instance_path().as_str().matches('/').count())
        .max()
        .unwrap_or(0)
}

/// "must be between 1 and 5", from whichever bounds the schema sets.
fn range_rule(lower: Option<(&Value, bool)>, upper: Option<(&Value, bool)>) -> (String, String) {
    if let (Some((lo, true)), Some((hi, true))) = (lower, upper) {
        return (
            format!("must be between {lo} and {hi}"),
            format!("phải từ {lo} đến {hi}"),
        );
    }
    let mut en = Vec::new();
    let mut vi = Vec::new();
    match lower {
        Some((lo, true)) => {
            en.push(format!("at least {lo}"));
            vi.push(format!("ít nhất {lo}"));
        }
        Some((lo, false)) => {
            en.push(format!("greater than {lo}"));
            vi.push(format!("lớn hơn {lo}"));
        }
        None => {}
    }
    match upper {
        Some((hi, true)) => {
            en.push(format!("at most {hi}"));
            vi.push(format!("tối đa {hi}"));
        }
        Some((hi, false)) => {
            en.push(format!("less than {hi}"));
            vi.push(format!("nhỏ hơn {hi}"));
        }
        None => {}
    }
    (
        format!("must be {}", en.join(" and ")),
        format!("phải {}", vi.join(" và ")),
    )
}

fn plural(n: u64, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
}

/// How to fix a value of the wrong type: the common slips get a concrete rewrite.
fn type_help(node: &Node, expected: &[JsonType], want_en: &str, want_vi: &str) -> Msg {
    let wants = |t: JsonType| expected.contains(&t);
    match &node.kind {
        NodeKind::Str(text) if wants(JsonType::Array) => crate::msg_args!(
            "write it as a list, even with one item: `[{0}]`",
            "viết dưới dạng danh sách, kể cả khi chỉ có một phần tử: `[{0}]`",
            text
        ),
        NodeKind::Seq(items) if items.len() == 1 && wants(JsonType::String) => {
            crate::diagnostic::Msg::new(
                "this field takes a single value: remove the brackets",
                "trường này chỉ nhận một giá trị: bỏ dấu ngoặc vuông",
            )
        }
        NodeKind::Int(_) | NodeKind::Float(_) | NodeKind::Bool(_) if wants(JsonType::String) => {
            crate::diagnostic::Msg::new(
                "quote it to make it text, e.g. `\"1.0\"`",
                "đặt trong dấu nháy kép để thành văn bản, ví dụ `\"1.0\"`",
            )
        }
        _ => crate::msg_args!(
            "write {0} here; the field's description in the schema says what it holds",
            "viết {1} ở đây; phần mô tả của trường trong lược đồ cho biết nội dung cần có",
            want_en,
            want_vi
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validator_is_shareable_across_threads() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<SchemaValidator>();
    }

    #[test]
    fn range_rule_uses_both_bounds_when_present() {
        let (one, five) = (Value::from(1), Value::from(5));
        assert_eq!(
            range_rule(Some((&one, true)), Some((&five, true))).0,
            "must be between 1 and 5"
        );
        assert_eq!(
            range_rule(Some((&one, false)), Some((&five, true))).0,
            "must be greater than 1 and at most 5"
        );
        assert_eq!(range_rule(None, Some((&five, false))).1, "phải nhỏ hơn 5");
    }
}
