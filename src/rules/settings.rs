//! The one final pass over every finding, of every code: `--select` and
//! `--ignore`, the manifest's `rules:` (a severity or `off`) and its waivers.
//! Settings and waivers that name no code are reported (CFG-001), as are
//! expired (WVR-001) and unused (WVR-002) waivers.

use super::registry;
use crate::code::Code;
use crate::diagnostic::{Diagnostic, Label, Msg, Severity, did_you_mean};
use crate::model::manifest::RuleSetting;
use crate::model::{Date, Manifest};

/// Which codes are reported: `--select` and `--ignore`, each a code or a
/// prefix ending at a dash (`REF`, `FW1-SEC`), in any case.
#[derive(Debug, Default, Clone)]
pub struct Selection {
    /// Only these codes or prefixes, if not empty.
    pub select: Vec<String>,
    /// Never these codes or prefixes.
    pub ignore: Vec<String>,
}

impl Selection {
    pub fn includes(&self, code: &Code) -> bool {
        (self.select.is_empty() || self.select.iter().any(|p| code.matches(p)))
            && !self.ignore.iter().any(|p| code.matches(p))
    }
}

/// Whether `pattern` names at least one code of the registry.
pub fn names_a_code(pattern: &str) -> bool {
    registry::all().iter().any(|c| c.matches(pattern))
}

/// The manifest's setting for `code`: the most specific pattern that names it
/// (the code itself over `FW1-SEC` over `FW1`).
pub fn setting_for(manifest: Option<&Manifest>, code: &Code) -> Option<RuleSetting> {
    manifest?
        .rules
        .iter()
        .filter(|(pattern, _)| code.matches(pattern.as_str()))
        .max_by_key(|(pattern, _)| pattern.as_str().trim().len())
        .map(|(_, setting)| setting.value)
}

/// Whether a rule of this code is worth running at all.
pub fn runs(code: &Code, selection: &Selection, manifest: Option<&Manifest>) -> bool {
    selection.includes(code) && setting_for(manifest, code) != Some(RuleSetting::Off)
}

/// Applies every setting to `diagnostics`, in place, and appends the
/// diagnostics about the settings themselves.
pub fn apply(
    diagnostics: &mut Vec<Diagnostic>,
    selection: &Selection,
    manifest: Option<&Manifest>,
    today: Date,
) {
    if let Some(manifest) = manifest {
        let mut extra = unknown_settings(manifest);
        diagnostics.retain_mut(|d| match setting_for(Some(manifest), d.code) {
            Some(RuleSetting::Off) => false,
            Some(RuleSetting::Error) => set(d, Severity::Error),
            Some(RuleSetting::Warning) => set(d, Severity::Warning),
            Some(RuleSetting::Info) => set(d, Severity::Info),
            None => true,
        });
        apply_waivers(manifest, today, diagnostics, &mut extra);
        diagnostics.append(&mut extra);
    }
    diagnostics.retain(|d| selection.includes(d.code));
}

fn set(d: &mut Diagnostic, severity: Severity) -> bool {
    d.severity = severity;
    true
}

/// CFG-001 for every rule setting or waiver whose code names nothing.
fn unknown_settings(manifest: &Manifest) -> Vec<Diagnostic> {
    let mut extra = Vec::new();
    for pattern in manifest.rules.keys() {
        if !names_a_code(pattern.as_str()) {
            extra.push(unknown_code(pattern));
        }
    }
    for waiver in &manifest.waivers {
        if registry::find(waiver.rule.as_str()).is_none() {
            extra.push(unknown_code(&waiver.rule));
        }
    }
    extra
}

fn unknown_code(code: &crate::model::Spanned<String>) -> Diagnostic {
    let codes: Vec<&str> = registry::all().iter().map(|r| r.code).collect();
    let wanted = code.as_str().trim().to_ascii_uppercase();
    let help = match did_you_mean(&wanted, codes.iter().copied()) {
        Some(s) => Msg::new(
            format!("did you mean `{s}`?"),
            format!("có phải ý bạn là `{s}`?"),
        ),
        None => Msg::new(
            "`kientruc rules` lists every rule code",
            "lệnh `kientruc rules` liệt kê mọi mã quy tắc",
        ),
    };
    Diagnostic::of(
        &crate::code::core::UNKNOWN_RULE,
        Msg::new(
            format!("`{}` names no code", code.as_str()),
            format!("`{}` không khớp với mã nào", code.as_str()),
        ),
    )
    .at(
        code.span,
        Some(Msg::new("unknown code", "mã không tồn tại")),
    )
    .with_help(help)
}

/// Marks waived findings, turns findings under an expired waiver back into
/// errors, and reports expired and unused waivers.
fn apply_waivers(
    manifest: &Manifest,
    today: Date,
    findings: &mut [Diagnostic],
    extra: &mut Vec<Diagnostic>,
) {
    for waiver in &manifest.waivers {
        if registry::find(waiver.rule.as_str()).is_none() {
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
}
