//! Field types shared by every element kind.

use super::Spanned;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;

/// A reference to another element by its id: a declared element (`so-tttt`) or a
/// national system from the built-in catalogue (`national:ngsp`).
pub type Ref = Spanned<String>;

/// Lifecycle of an element in this architecture version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// In operation today (hiện có).
    #[default]
    Existing,
    /// To be built or rented in the roadmap (xây dựng mới).
    Planned,
    /// In operation and to be upgraded (nâng cấp).
    Upgrading,
    /// To be retired or replaced (dừng sử dụng).
    Retiring,
}

/// A calendar date written `YYYY-MM-DD`.
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
            "description": "A date written YYYY-MM-DD, e.g. 2018-09-28.",
            "type": "string",
            "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
        })
    }
}

/// The id of an element: lower-case ASCII words joined by `-` (`so-tttt`,
/// `csdl-ho-tich`). Ids are what references and git diffs use, so keep them stable.
pub(crate) fn id_schema(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "description": "Id of the element: lower-case ASCII letters and digits in words joined by '-', e.g. so-tttt. Unique in the whole model.",
        "type": "string",
        "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
        "minLength": 1,
        "maxLength": 80
    })
}

pub(crate) fn ref_schema(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "description": "Id of another element, or of a national system (national:ngsp) or standard (tt39:http-1-1) from the built-in catalogue.",
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
            "description": "A standard: its id (tt39:http-1-1), or { id, version } to record the version applied.",
            "anyOf": [
                id.clone(),
                {
                    "type": "object",
                    "properties": {
                        "id": id,
                        "version": { "type": "string", "minLength": 1, "description": "Version or edition applied, e.g. 1.1 or 2017." }
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

/// Funding sources of the roadmap, as in the provincial tables (nguồn vốn).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum FundingSource {
    /// Central state budget (ngân sách trung ương).
    Central,
    /// Provincial budget (ngân sách địa phương).
    Provincial,
    /// ODA and other international support (vốn ODA).
    Oda,
    /// Enterprises and socialisation (xã hội hóa).
    Socialised,
    /// Other lawful sources (nguồn hợp pháp khác).
    Other,
}

/// Security level of an information system under Decree 85/2016/NĐ-CP, with
/// the state of its protection plan (hồ sơ đề xuất cấp độ).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Security {
    /// Cấp độ an toàn hệ thống thông tin, 1 to 5 (Decree 85/2016, Art. 7–11).
    #[schemars(range(min = 1, max = 5))]
    pub level: Spanned<u8>,
    /// State of the level dossier and protection plan.
    #[serde(default)]
    pub plan: PlanState,
    /// Organization that approved (or must approve) the level dossier.
    #[serde(default)]
    #[schemars(schema_with = "ref_schema")]
    pub approved_by: Option<Ref>,
    /// Organization that appraised the dossier (đơn vị thẩm định, Decree 85/2016, Art. 12).
    #[serde(default)]
    #[schemars(schema_with = "ref_schema")]
    pub appraised_by: Option<Ref>,
    /// The decision approving the level (quyết định phê duyệt cấp độ): number and date.
    #[serde(default)]
    pub approval: Option<DocumentRef>,
    /// The security assessment before operation (kiểm tra, đánh giá trước khi đưa vào vận hành, TT 22/2019, Art. 8).
    #[serde(default)]
    pub assessment: Option<Assessment>,
    /// Organization that operates the system (đơn vị vận hành).
    #[serde(default)]
    #[schemars(schema_with = "ref_schema")]
    pub operator: Option<Ref>,
    /// Classes of information the system processes (Decree 85, Art. 6.1).
    #[serde(default)]
    pub data: Vec<InfoClass>,
    /// Number of users whose personal data the system processes, if known.
    #[serde(default)]
    pub personal_data_users: Option<u64>,
    /// A monitoring plan exists (giám sát an toàn thông tin).
    #[serde(default)]
    pub monitoring: bool,
    /// Organization or SOC that monitors the system under the monitoring plan.
    #[serde(default)]
    #[schemars(schema_with = "ref_schema")]
    pub monitored_by: Option<Ref>,
}

/// A document cited by number and date, e.g. the decision approving a security level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentRef {
    /// Number and symbol, e.g. "1234/QĐ-UBND".
    #[schemars(length(min = 1))]
    pub number: Spanned<String>,
    /// Date signed.
    pub date: Spanned<Date>,
}

/// A security assessment of a system before it goes into operation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// Date of the assessment report.
    pub date: Spanned<Date>,
    /// Organization that carried it out.
    #[serde(default)]
    #[schemars(schema_with = "ref_schema")]
    pub by: Option<Ref>,
}

/// State of a Decree 85 dossier (hồ sơ đề xuất cấp độ) and its protection plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Default)]
#[serde(rename_all = "kebab-case")]
pub enum PlanState {
    /// No dossier yet.
    #[default]
    None,
    /// Being drafted.
    Drafting,
    /// Submitted for appraisal.
    Submitted,
    /// Approved by the competent authority.
    Approved,
}

/// Classes of information (Decree 85/2016, Art. 6.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum InfoClass {
    /// Thông tin công cộng.
    Public,
    /// Thông tin riêng.
    Private,
    /// Thông tin cá nhân.
    Personal,
    /// Bí mật nhà nước.
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
