//! Waivers and rule settings from the manifest: applying accepted exceptions,
//! turning expired ones back into errors, and reporting stale or misspelt ones.

use super::registry;
use crate::diagnostic::{Diagnostic, Label, Msg, Severity, did_you_mean};
use crate::model::{Date, Manifest};

/// Applies the manifest's waivers to `findings` and appends WVR-* and CFG-001
/// diagnostics about the waivers and rule settings themselves.
pub fn apply(manifest: &Manifest, today: Date, findings: &mut Vec<Diagnostic>) {
    let mut extra = Vec::new();
    let codes: Vec<&str> = registry::all().iter().map(|r| r.code).collect();
    let unknown_code = |code: &crate::model::Spanned<String>, extra: &mut Vec<Diagnostic>| {
        if registry::find(code.as_str()).is_some() {
            return false;
        }
        let help = match did_you_mean(code.as_str(), codes.iter().copied()) {
            Some(s) => Msg::new(
                format!("did you mean `{s}`?"),
                format!("có phải ý bạn là `{s}`?"),
            ),
            None => Msg::new(
                "`kientruc rules` lists every rule code",
                "lệnh `kientruc rules` liệt kê mọi mã quy tắc",
            ),
        };
        extra.push(
            Diagnostic::of(
                &crate::code::core::UNKNOWN_RULE,
                Msg::new(
                    format!("unknown rule code `{}`", code.as_str()),
                    format!("mã quy tắc `{}` không tồn tại", code.as_str()),
                ),
            )
            .at(
                code.span,
                Some(Msg::new("unknown code", "mã không tồn tại")),
            )
            .with_help(help),
        );
        true
    };

    for code in manifest.rules.keys() {
        unknown_code(code, &mut extra);
    }

    for waiver in &manifest.waivers {
        if unknown_code(&waiver.rule, &mut extra) {
            continue;
        }
        let expired = waiver.expires.value < today;
        let mut matched = false;
        for d in findings.iter_mut() {
            if !d.code.code.eq_ignore_ascii_case(waiver.rule.as_str())
                || d.element.as_deref() != Some(waiver.element.as_str())
            {
                continue;
            }
            matched = true;
            if expired {
                d.severity = Severity::Error;
                d.secondary.push(Label {
                    span: waiver.expires.span,
                    text: Some(Msg::new(
                        format!(
                            "the waiver for this finding expired on {}",
                            waiver.expires.value
                        ),
                        format!(
                            "miễn trừ cho phát hiện này đã hết hạn ngày {}",
                            waiver.expires.value
                        ),
                    )),
                });
            } else {
                d.waived = Some(Msg::new(
                    format!(
                        "waived until {} by {}: {}",
                        waiver.expires.value,
                        waiver.approved_by.as_str(),
                        waiver.reason.as_str()
                    ),
                    format!(
                        "được miễn trừ đến ngày {} theo {}: {}",
                        waiver.expires.value,
                        waiver.approved_by.as_str(),
                        waiver.reason.as_str()
                    ),
                ));
            }
        }
        if expired {
            extra.push(
                Diagnostic::of(
                    &crate::code::core::WAIVER_EXPIRED,
                    Msg::new(
                        format!(
                            "the waiver of {} for `{}` expired on {}",
                            waiver.rule.as_str(),
                            waiver.element.as_str(),
                            waiver.expires.value
                        ),
                        format!(
                            "miễn trừ quy tắc {} cho `{}` đã hết hạn ngày {}",
                            waiver.rule.as_str(),
                            waiver.element.as_str(),
                            waiver.expires.value
                        ),
                    ),
                )
                .at(waiver.expires.span, Some(Msg::new("expired", "đã hết hạn")))
                .with_help(Msg::new(
                    "fix the finding, or renew the waiver with a new approval and expiry date",
                    "khắc phục phát hiện, hoặc gia hạn miễn trừ với phê duyệt và thời hạn mới",
                ))
                .for_element(waiver.element.as_str()),
            );
        } else if !matched {
            extra.push(
                Diagnostic::of(&crate::code::core::WAIVER_UNUSED,
                    Msg::new(
                        format!(
                            "the waiver of {} for `{}` matches no finding",
                            waiver.rule.as_str(),
                            waiver.element.as_str()
                        ),
                        format!(
                            "miễn trừ quy tắc {} cho `{}` không khớp với phát hiện nào",
                            waiver.rule.as_str(),
                            waiver.element.as_str()
                        ),
                    ),
                )
                .at(waiver.rule.span, Some(Msg::new("unused waiver", "miễn trừ không dùng đến")))
                .with_help(Msg::new(
                    "remove the waiver if the problem is fixed, or correct its rule or element",
                    "xóa miễn trừ nếu vấn đề đã được khắc phục, hoặc sửa lại mã quy tắc hoặc phần tử",
                )),
            );
        }
    }
    findings.extend(extra);
}
