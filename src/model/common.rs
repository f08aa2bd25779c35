//! Field types shared by every element kind.

use super::Spanned;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;

/// A reference to another element by its id: a declared element (`so-tttt`) or a
/// national system from the built-in catalogue (`national:ngsp`).
pub type Ref = Spanned<String>;

/// Vòng đời của phần tử trong phiên bản kiến trúc này. — Lifecycle of an element in this architecture version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Hiện có, đang vận hành. — In operation today.
    #[default]
    Existing,
    /// Xây dựng mới hoặc thuê trong lộ trình. — To be built or rented in the roadmap.
    Planned,
    /// Đang vận hành và sẽ nâng cấp. — In operation and to be upgraded.
    Upgrading,
    /// Dừng sử dụng hoặc thay thế. — To be retired or replaced.
    Retiring,
}

/// Ngày theo dạng `YYYY-MM-DD`. — A calendar date written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<u16>().ok();
        let (year, month, day) = (num(0..4)?, num(5..7)? as u8, num(8..10)? as u8);
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(Date { year, month, day })
    }
}

impl Date {
    /// The civil date `days` days after 1970-01-01 (proleptic Gregorian).
    pub fn from_unix_days(days: i64) -> Date {
        // Howard Hinnant's days-to-civil algorithm.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date { year, month, day }
    }

    /// Today's date in UTC, from the system clock.
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        Date::from_unix_days(secs.div_euclid(86_400))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = Cow::<str>::deserialize(d)?;
        Date::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!("`{s}` is not a valid date (YYYY-MM-DD)"))
        })
    }
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Ngày viết theo dạng YYYY-MM-DD, ví dụ 2018-09-28. — A date written YYYY-MM-DD, e.g. 2018-09-28.",
            "type": "string",
            "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
        })
    }
}

/// The id of an element: lower-case ASCII words joined by `-` (`so-tttt`,
/// `csdl-ho-tich`). Ids are what references and git diffs use, so keep them stable.
pub(crate) fn id_schema(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "description": "Mã định danh của phần tử: chữ thường không dấu và chữ số, các từ nối bằng '-', ví dụ so-tttt; không trùng trong toàn bộ mô hình. — Id of the element: lower-case ASCII letters and digits in words joined by '-', e.g. so-tttt. Unique in the whole model.",
        "type": "string",
        "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
        "minLength": 1,
        "maxLength": 80
    })
}

pub(crate) fn ref_schema(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "description": "Mã định danh của một phần tử khác, hoặc của một hệ thống quốc gia (national:ngsp) hay tiêu chuẩn (tt39:http-1-1) trong danh mục dựng sẵn. — Id of another element, or of a national system (national:ngsp) or standard (tt39:http-1-1) from the built-in catalogue.",
        "type": "string",
        "pattern": "^([a-z0-9]+(-[a-z0-9]+)*:)?[a-z0-9]+(-[a-z0-9]+)*$"
    })
}

pub(crate) fn refs_schema(generator: &mut SchemaGenerator) -> Schema {
    let item = ref_schema(generator);
    json_schema!({ "type": "array", "items": item })
}

pub(crate) fn year_schema(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": "integer", "minimum": 1990, "maximum": 2100 })
}

/// A standard an element follows: its id alone (`tt39:http-1-1`) or with the
/// version applied (`{ id: tcvn-11930-2017, version: "2017" }`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StandardRef {
    /// The standard's id (declared in `standards` or from the TT 39/2017 catalogue).
    pub id: Ref,
    /// The version or edition applied, e.g. "1.1" or "2017".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

impl std::ops::Deref for StandardRef {
    type Target = Ref;
    fn deref(&self) -> &Ref {
        &self.id
    }
}

/// The two written forms of a [`StandardRef`].
#[derive(Deserialize)]
#[serde(untagged)]
enum StandardRefForm {
    Id(String),
    Full(StandardRefFull),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StandardRefFull {
    id: String,
    #[serde(default)]
    version: Option<String>,
}

impl<'de> Deserialize<'de> for StandardRef {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // The span is the whole entry's: a string, or the `{ id, version }` mapping.
        let form = Spanned::<StandardRefForm>::deserialize(d)?;
        let span = form.span;
        Ok(match form.value {
            StandardRefForm::Id(id) => StandardRef {
                id: Spanned::new(span, id),
                version: None,
            },
            StandardRefForm::Full(f) => StandardRef {
                id: Spanned::new(span, f.id),
                version: f.version,
            },
        })
    }
}

impl JsonSchema for StandardRef {
    fn schema_name() -> Cow<'static, str> {
        "StandardRef".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let id = ref_schema(generator);
        json_schema!({
            "description": "Tiêu chuẩn: mã (tt39:http-1-1), hoặc { id, version } để ghi phiên bản áp dụng. — A standard: its id (tt39:http-1-1), or { id, version } to record the version applied.",
            "anyOf": [
                id.clone(),
                {
                    "type": "object",
                    "properties": {
                        "id": id,
                        "version": { "type": "string", "minLength": 1, "description": "Phiên bản áp dụng, ví dụ 1.1 hoặc 2017. — Version or edition applied, e.g. 1.1 or 2017." }
                    },
                    "required": ["id"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

pub(crate) fn standard_refs_schema(generator: &mut SchemaGenerator) -> Schema {
    let item = generator.subschema_for::<StandardRef>();
    json_schema!({ "type": "array", "items": item })
}

/// A year written as a number, e.g. 2020.
pub type Year = Spanned<u16>;

/// Nguồn vốn của lộ trình, như trong các bảng nhiệm vụ của tỉnh. — Funding sources of the roadmap, as in the provincial tables.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum FundingSource {
    /// Ngân sách trung ương. — Central state budget.
    Central,
    /// Ngân sách địa phương. — Provincial budget.
    Provincial,
    /// Vốn ODA và các nguồn hỗ trợ quốc tế khác. — ODA and other international support.
    Oda,
    /// Doanh nghiệp, xã hội hóa. — Enterprises and socialisation.
    Socialised,
    /// Nguồn hợp pháp khác. — Other lawful sources.
    Other,
}

/// Cấp độ an toàn của hệ thống thông tin theo Nghị định 85/2016/NĐ-CP, và tình trạng hồ sơ đề xuất cấp độ, phương án bảo đảm an toàn. — Security level of an information system under Decree 85/2016/NĐ-CP, with the state of its protection plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Security {
    /// Cấp độ an toàn hệ thống thông tin, từ 1 đến 5 (Nghị định 85/2016, Điều 7 đến Điều 11). — Security level of the information system, 1 to 5 (Decree 85/2016, Art. 7–11).
    #[schemars(range(min = 1, max = 5))]
    pub level: Spanned<u8>,
    /// Tình trạng hồ sơ đề xuất cấp độ và phương án bảo đảm an toàn. — State of the level dossier and protection plan.
    #[serde(default)]
    pub plan: PlanState,
    /// Cơ quan đã phê duyệt (hoặc có thẩm quyền phê duyệt) hồ sơ đề xuất cấp độ. — Organization that approved (or must approve) the level dossier.
    #[serde(default)]
    #[schemars(schema_with = "ref_schema")]
    pub approved_by: Option<Ref>,
    /// Đơn vị thẩm định hồ sơ đề xuất cấp độ (Nghị định 85/2016, Điều 12). — Organization that appraised the dossier (Decree 85/2016, Art. 12).
    #[serde(default)]
    #[schemars(schema_with = "ref_schema")]
    pub appraised_by: Option<Ref>,
    /// Quyết định phê duyệt cấp độ: số và ngày. — The decision approving the level: number and date.
    #[serde(default)]
    pub approval: Option<DocumentRef>,
    /// Kiểm tra, đánh giá an toàn thông tin trước khi đưa vào vận hành (Thông tư 22/2019, Điều 8). — The security assessment before operation (TT 22/2019, Art. 8).
    #[serde(default)]
    pub assessment: Option<Assessment>,
    /// Đơn vị vận hành hệ thống. — Organization that operates the system.
    #[serde(default)]
    #[schemars(schema_with = "ref_schema")]
    pub operator: Option<Ref>,
    /// Các loại thông tin mà hệ thống xử lý (Nghị định 85, khoản 1 Điều 6). — Classes of information the system processes (Decree 85, Art. 6.1).
    #[serde(default)]
    pub data: Vec<InfoClass>,
    /// Số người sử dụng mà hệ thống xử lý thông tin cá nhân, nếu biết. — Number of users whose personal data the system processes, if known.
    #[serde(default)]
    pub personal_data_users: Option<u64>,
    /// Có phương án giám sát an toàn thông tin. — A monitoring plan exists.
    #[serde(default)]
    pub monitoring: bool,
    /// Đơn vị hoặc trung tâm giám sát (SOC) theo dõi hệ thống theo phương án giám sát. — Organization or SOC that monitors the system under the monitoring plan.
    #[serde(default)]
    #[schemars(schema_with = "ref_schema")]
    pub monitored_by: Option<Ref>,
}

/// Văn bản nêu bằng số và ngày, ví dụ quyết định phê duyệt cấp độ an toàn. — A document cited by number and date, e.g. the decision approving a security level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentRef {
    /// Số, ký hiệu, ví dụ "1234/QĐ-UBND". — Number and symbol, e.g. "1234/QĐ-UBND".
    #[schemars(length(min = 1))]
    pub number: Spanned<String>,
    /// Ngày ký. — Date signed.
    pub date: Spanned<Date>,
}

/// Kiểm tra, đánh giá an toàn thông tin của hệ thống trước khi đưa vào vận hành. — A security assessment of a system before it goes into operation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// Ngày của báo cáo đánh giá. — Date of the assessment report.
    pub date: Spanned<Date>,
    /// Đơn vị thực hiện. — Organization that carried it out.
    #[serde(default)]
    #[schemars(schema_with = "ref_schema")]
    pub by: Option<Ref>,
}

/// Tình trạng hồ sơ đề xuất cấp độ theo Nghị định 85 và phương án bảo đảm an toàn. — State of a Decree 85 dossier and its protection plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Default)]
#[serde(rename_all = "kebab-case")]
pub enum PlanState {
    /// Chưa có hồ sơ. — No dossier yet.
    #[default]
    None,
    /// Đang xây dựng hồ sơ. — Being drafted.
    Drafting,
    /// Đã trình thẩm định. — Submitted for appraisal.
    Submitted,
    /// Đã được cấp có thẩm quyền phê duyệt. — Approved by the competent authority.
    Approved,
}

/// Các loại thông tin (Nghị định 85/2016, khoản 1 Điều 6). — Classes of information (Decree 85/2016, Art. 6.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum InfoClass {
    /// Thông tin công cộng. — Public information.
    Public,
    /// Thông tin riêng. — Private information.
    Private,
    /// Thông tin cá nhân. — Personal information.
    Personal,
    /// Bí mật nhà nước. — State secret.
    StateSecret,
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn dates_parse_and_validate() {
        assert_eq!(
            Date::parse("2018-09-28"),
            Some(Date {
                year: 2018,
                month: 9,
                day: 28
            })
        );
        assert_eq!(Date::parse("2019-02-29"), None);
        assert_eq!(Date::parse("2020-02-29").map(|d| d.day), Some(29));
        assert_eq!(Date::parse("2020-13-01"), None);
        assert_eq!(Date::parse("20-1-1"), None);
    }

    #[test]
    fn unix_days_to_civil() {
        assert_eq!(Date::from_unix_days(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_unix_days(19_723).to_string(), "2024-01-01");
        assert_eq!(Date::from_unix_days(11_016).to_string(), "2000-02-29");
    }
}
