//! The manifest, `kientruc.yaml`: what the architecture is, which framework it
//! is checked against, the approval documents' metadata, rule settings and waivers.

use super::Spanned;
use super::common::*;
use super::elements::OrgLevel;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Tệp khai báo chung của thư mục kiến trúc (`kientruc.yaml`). — The manifest of an architecture folder (`kientruc.yaml`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Phiên bản định dạng mô hình của kientruc. Hiện luôn là 1. — Version of the kientruc model format. Always 1 for now.
    #[schemars(range(min = 1, max = 1))]
    pub kientruc: Spanned<u8>,
    /// Phiên bản khung kiến trúc quốc gia mà kiến trúc tuân theo: "1.0" (Công văn 1178/BTTTT-THH, 21/4/2015). — Version of the national framework the architecture follows: "1.0" (Công văn 1178/BTTTT-THH, 21/4/2015).
    pub framework: Spanned<FrameworkVersion>,
    /// Thông tin về chính văn bản kiến trúc. — The architecture document itself.
    pub architecture: ArchitectureInfo,
    /// Tờ trình của Sở Thông tin và Truyền thông. — The submission of the Department of Information and Communications.
    #[serde(default)]
    pub submission: Option<SubmissionInfo>,
    /// Quyết định phê duyệt của Ủy ban nhân dân tỉnh. — The approval decision of the provincial People's Committee.
    #[serde(default)]
    pub decision: Option<DecisionInfo>,
    /// Thiết lập cho từng quy tắc theo mã quy tắc: mức độ, hoặc `off` để tắt. — Per-rule settings: a severity, or `off`, keyed by rule code.
    #[serde(default)]
    pub rules: BTreeMap<Spanned<String>, Spanned<RuleSetting>>,
    /// Các miễn trừ quy tắc đã được chấp thuận, có thời hạn. — Accepted, time-limited exceptions to rules.
    #[serde(default)]
    pub waivers: Vec<Waiver>,
}

/// Các phiên bản khung kiến trúc mà kientruc hỗ trợ. — Framework versions kientruc knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum FrameworkVersion {
    /// Khung Kiến trúc Chính phủ điện tử Việt Nam, phiên bản 1.0 (1178/BTTTT-THH, 21/4/2015). — Vietnam e-Government Architecture Framework, version 1.0 (1178/BTTTT-THH, 21/4/2015).
    #[serde(rename = "1.0")]
    V1_0,
}

/// Tình trạng dự thảo của kiến trúc. — Drafting state of the architecture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DraftState {
    Draft,
    Submitted,
    Approved,
}

/// Kiến trúc là gì. — What the architecture is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ArchitectureInfo {
    /// Tên văn bản, ví dụ "Kiến trúc Chính quyền điện tử tỉnh Quảng Nam". — Title, e.g. "Kiến trúc Chính quyền điện tử tỉnh Quảng Nam".
    #[schemars(length(min = 1))]
    pub name: Spanned<String>,
    /// Tên tiếng Anh, ví dụ "Quang Nam e-Government Architecture", dùng trong báo cáo và trang web. — English name, e.g. "Quang Nam e-Government Architecture", for the report and the site.
    #[serde(default)]
    pub name_en: Option<String>,
    /// Phiên bản của kiến trúc này, ví dụ "1.0". — Version of this architecture, e.g. "1.0".
    pub version: Spanned<String>,
    /// Tình trạng dự thảo. — Drafting state.
    pub status: Spanned<DraftState>,
    /// Các năm mà kiến trúc bao quát. — Years the architecture covers.
    pub period: Period,
    /// Tỉnh. — The province.
    pub province: Province,
    /// Cơ quan duy trì kiến trúc (thường là Sở TT&TT). — Organization that maintains the architecture.
    #[schemars(schema_with = "ref_schema")]
    pub maintainer: Ref,
    /// Ban chỉ đạo, nếu có. — Steering body, if any.
    #[serde(default)]
    #[schemars(schema_with = "ref_schema")]
    pub steering_body: Option<Ref>,
    /// Các cấp hành chính mà kiến trúc bao quát. — Administrative levels covered.
    #[serde(default)]
    pub scope: Vec<Spanned<OrgLevel>>,
    /// Cách cập nhật kiến trúc. — How the architecture is kept up to date.
    #[serde(default)]
    pub update_process: Option<String>,
    /// Phiên bản đã được phê duyệt trước đó, nếu có. — The previous approved version, if any.
    #[serde(default)]
    pub predecessor: Option<String>,
    /// Ghi chú in trên mọi văn bản được sinh ra (ví dụ: mô hình chỉ mang tính minh họa). — A note shown on every generated document (e.g. that the model is an illustration).
    #[serde(default)]
    pub note: Option<String>,
}

/// Một khoảng thời gian tính theo năm. — A span of years.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    #[schemars(schema_with = "year_schema")]
    pub from: Year,
    #[schemars(schema_with = "year_schema")]
    pub to: Year,
}

/// Tỉnh. — The province.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Province {
    /// Tên tỉnh, không có chữ "tỉnh", ví dụ "Quảng Nam". — Name without the word "tỉnh", e.g. "Quảng Nam".
    #[schemars(length(min = 1))]
    pub name: Spanned<String>,
    /// Mã đơn vị hành chính gồm hai chữ số, ví dụ "49". — Two-digit administrative code, e.g. "49".
    #[schemars(regex(pattern = r"^[0-9]{2}$"))]
    pub code: Spanned<String>,
    /// Địa danh ghi ở dòng ngày tháng của văn bản, nếu khác tên tỉnh. — Place name used in dates of documents, if it differs from the name.
    #[serde(default)]
    pub place: Option<String>,
}

/// Người ký. — A person who signs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signer {
    /// Họ và tên. — Full name.
    pub name: Spanned<String>,
    /// Chức vụ, ví dụ "GIÁM ĐỐC" hoặc "PHÓ CHỦ TỊCH". — Title, e.g. "GIÁM ĐỐC" or "PHÓ CHỦ TỊCH".
    pub title: Spanned<String>,
    /// Thể thức ký (Nghị định 30/2020, Điều 13): thay mặt tập thể (TM.), ký thay (KT.), hoặc không có. — Signing mode (Decree 30/2020, Art. 13): on behalf of a collective (TM.), deputy (KT.), or none.
    #[serde(default)]
    pub mode: Option<Spanned<SignMode>>,
}

/// Các thể thức ký theo Nghị định 30/2020, Điều 13. — Signing modes of Decree 30/2020, Art. 13.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum SignMode {
    /// Thay mặt tập thể. — On behalf of a collective body.
    #[serde(rename = "TM.")]
    Tm,
    /// Ký thay: cấp phó ký thay người đứng đầu. — A deputy signs for the head.
    #[serde(rename = "KT.")]
    Kt,
    /// Thừa ủy quyền. — Signed by authorisation.
    #[serde(rename = "TUQ.")]
    Tuq,
    /// Thừa lệnh. — Signed by order.
    #[serde(rename = "TL.")]
    Tl,
}

/// Tờ trình của Sở TT&TT. — The submission of the Sở TT&TT.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SubmissionInfo {
    /// Số và ký hiệu, ví dụ "125/TTr-STTTT". — Number and symbol, e.g. "125/TTr-STTTT".
    pub number: Spanned<String>,
    /// Ngày ký. — Date signed.
    pub date: Spanned<Date>,
    /// Người ký. — Who signs.
    pub signer: Signer,
}

/// Cơ quan, người ban hành quyết định. — Who issues the decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Authority {
    /// Ủy ban nhân dân tỉnh với tư cách tập thể. — The People's Committee as a collective body.
    PeopleCommittee,
    /// Chủ tịch Ủy ban nhân dân tỉnh. — The chairman.
    Chairman,
}

/// Quyết định phê duyệt. — The approval decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionInfo {
    /// Số và ký hiệu, ví dụ "3037/QĐ-UBND". — Number and symbol, e.g. "3037/QĐ-UBND".
    pub number: Spanned<String>,
    /// Ngày ký. — Date signed.
    pub date: Spanned<Date>,
    /// Cơ quan, người ban hành. — Who issues it.
    pub authority: Spanned<Authority>,
    /// Người ký. — Who signs.
    pub signer: Signer,
}

/// Thiết lập của một quy tắc trong tệp khai báo chung. — A rule's setting in the manifest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RuleSetting {
    Error,
    Warning,
    Info,
    /// Quy tắc không chạy. — The rule does not run.
    Off,
}

/// Một miễn trừ đã được chấp thuận: một quy tắc không áp dụng với một phần tử cho tới một ngày nhất định. — An accepted exception: one rule does not apply to one element until a date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Waiver {
    /// Mã quy tắc, ví dụ FW1-DVC-003. — Rule code, e.g. FW1-DVC-003.
    pub rule: Spanned<String>,
    /// Mã định danh của phần tử được miễn trừ. — Element id the exception is for.
    #[schemars(schema_with = "ref_schema")]
    pub element: Ref,
    /// Lý do chấp thuận miễn trừ. — Why the exception is accepted.
    #[schemars(length(min = 1))]
    pub reason: Spanned<String>,
    /// Người hoặc cơ quan phê duyệt miễn trừ. — Who approved it.
    #[schemars(length(min = 1))]
    pub approved_by: Spanned<String>,
    /// Ngày cuối cùng miễn trừ còn hiệu lực. — Last day it applies.
    pub expires: Spanned<Date>,
}
