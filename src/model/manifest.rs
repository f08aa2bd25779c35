//! The manifest, `kientruc.yaml`: what the architecture is, which framework it
//! is checked against, the approval documents' metadata, rule settings and waivers.

use super::Spanned;
use super::common::*;
use super::elements::OrgLevel;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The manifest of an architecture folder (`kientruc.yaml`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Version of the kientruc model format. Always 1 for now.
    #[schemars(range(min = 1, max = 1))]
    pub kientruc: Spanned<u8>,
    /// Version of the national framework the architecture follows: "1.0" (Công văn 1178/BTTTT-THH, 21/4/2015).
    pub framework: Spanned<FrameworkVersion>,
    /// The architecture document itself.
    pub architecture: ArchitectureInfo,
    /// The submission (tờ trình) of the Department of Information and Communications.
    #[serde(default)]
    pub submission: Option<SubmissionInfo>,
    /// The approval decision (quyết định phê duyệt) of the provincial People's Committee.
    #[serde(default)]
    pub decision: Option<DecisionInfo>,
    /// Per-rule settings: a severity, or `off`, keyed by rule code.
    #[serde(default)]
    pub rules: BTreeMap<Spanned<String>, Spanned<RuleSetting>>,
    /// Accepted, time-limited exceptions to rules.
    #[serde(default)]
    pub waivers: Vec<Waiver>,
}

/// Framework versions kientruc knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum FrameworkVersion {
    /// Khung Kiến trúc Chính phủ điện tử Việt Nam, phiên bản 1.0 (1178/BTTTT-THH, 21/4/2015).
    #[serde(rename = "1.0")]
    V1_0,
}

/// Drafting state of the architecture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DraftState {
    Draft,
    Submitted,
    Approved,
}

/// What the architecture is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ArchitectureInfo {
    /// Title, e.g. "Kiến trúc Chính quyền điện tử tỉnh Quảng Nam".
    #[schemars(length(min = 1))]
    pub name: Spanned<String>,
    /// English name (tên tiếng Anh), e.g. "Quang Nam e-Government Architecture", for the report and the site.
    #[serde(default)]
    pub name_en: Option<String>,
    /// Version of this architecture, e.g. "1.0".
    pub version: Spanned<String>,
    /// Drafting state.
    pub status: Spanned<DraftState>,
    /// Years the architecture covers.
    pub period: Period,
    /// The province.
    pub province: Province,
    /// Organization that maintains the architecture (normally the Sở TT&TT).
    #[schemars(schema_with = "ref_schema")]
    pub maintainer: Ref,
    /// Steering body (Ban chỉ đạo), if any.
    #[serde(default)]
    #[schemars(schema_with = "ref_schema")]
    pub steering_body: Option<Ref>,
    /// Administrative levels covered.
    #[serde(default)]
    pub scope: Vec<Spanned<OrgLevel>>,
    /// How the architecture is kept up to date.
    #[serde(default)]
    pub update_process: Option<String>,
    /// The previous approved version, if any.
    #[serde(default)]
    pub predecessor: Option<String>,
    /// A note shown on every generated document (e.g. that the model is an illustration).
    #[serde(default)]
    pub note: Option<String>,
}

/// A span of years.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    #[schemars(schema_with = "year_schema")]
    pub from: Year,
    #[schemars(schema_with = "year_schema")]
    pub to: Year,
}

/// The province.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Province {
    /// Name without the word "tỉnh", e.g. "Quảng Nam".
    #[schemars(length(min = 1))]
    pub name: Spanned<String>,
    /// Two-digit administrative code (mã đơn vị hành chính), e.g. "49".
    #[schemars(regex(pattern = r"^[0-9]{2}$"))]
    pub code: Spanned<String>,
    /// Place name used in dates of documents (địa danh), if it differs from the name.
    #[serde(default)]
    pub place: Option<String>,
}

/// A person who signs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signer {
    /// Full name.
    pub name: Spanned<String>,
    /// Title, e.g. "GIÁM ĐỐC" or "PHÓ CHỦ TỊCH".
    pub title: Spanned<String>,
    /// Signing mode (Decree 30/2020, Art. 13): on behalf of a collective (TM.), deputy (KT.), or none.
    #[serde(default)]
    pub mode: Option<Spanned<SignMode>>,
}

/// Signing modes of Decree 30/2020, Art. 13.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum SignMode {
    /// Thay mặt (on behalf of a collective body).
    #[serde(rename = "TM.")]
    Tm,
    /// Ký thay (a deputy signs for the head).
    #[serde(rename = "KT.")]
    Kt,
    /// Thừa ủy quyền.
    #[serde(rename = "TUQ.")]
    Tuq,
    /// Thừa lệnh.
    #[serde(rename = "TL.")]
    Tl,
}

/// The submission of the Sở TT&TT.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SubmissionInfo {
    /// Number and symbol, e.g. "125/TTr-STTTT".
    pub number: Spanned<String>,
    /// Date signed.
    pub date: Spanned<Date>,
    /// Who signs.
    pub signer: Signer,
}

/// Who issues the decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Authority {
    /// The People's Committee as a collective body (ỦY BAN NHÂN DÂN TỈNH).
    PeopleCommittee,
    /// The chairman (CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH).
    Chairman,
}

/// The approval decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionInfo {
    /// Number and symbol, e.g. "3037/QĐ-UBND".
    pub number: Spanned<String>,
    /// Date signed.
    pub date: Spanned<Date>,
    /// Who issues it.
    pub authority: Spanned<Authority>,
    /// Who signs.
    pub signer: Signer,
}

/// A rule's setting in the manifest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RuleSetting {
    Error,
    Warning,
    Info,
    /// The rule does not run.
    Off,
}

/// An accepted exception: one rule does not apply to one element until a date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Waiver {
    /// Rule code, e.g. FW1-DVC-003.
    pub rule: Spanned<String>,
    /// Element id the exception is for.
    #[schemars(schema_with = "ref_schema")]
    pub element: Ref,
    /// Why the exception is accepted.
    #[schemars(length(min = 1))]
    pub reason: Spanned<String>,
    /// Who approved it.
    #[schemars(length(min = 1))]
    pub approved_by: Spanned<String>,
    /// Last day it applies.
    pub expires: Spanned<Date>,
}
