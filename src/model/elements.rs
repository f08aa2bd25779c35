//! Every element kind of the five layers, the roadmap and the reviews.
//!
//! Doc comments here become descriptions in the JSON Schemas, so editors show
//! them as tooltips; keep them short and in the framework's terms.

use super::Spanned;
use super::common::*;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Declares an element struct with the fields every element shares.
macro_rules! element {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $($(#[$fmeta:meta])* pub $field:ident : $ty:ty,)*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            /// Unique id, lower-case ASCII words joined by '-'.
            #[schemars(schema_with = "id_schema")]
            pub id: Spanned<String>,
            /// Name in Vietnamese, with full diacritics.
            #[schemars(length(min = 1))]
            pub name: Spanned<String>,
            /// Name in English, optional.
            #[serde(default)]
            pub name_en: Option<String>,
            /// What it is and why it exists.
            #[serde(default)]
            pub description: Option<String>,
            /// Organization that manages it (đơn vị quản lý). For information systems the
            /// owner under Decree 85/2016 (chủ quản) is recorded by `security.approved_by`.
            #[serde(default)]
            #[schemars(schema_with = "ref_schema")]
            pub owner: Option<Ref>,
            /// Lifecycle in this architecture version.
            #[serde(default)]
            pub status: Spanned<Status>,
            /// Free labels for grouping and filtering.
            #[serde(default)]
            pub tags: Vec<String>,
            $($(#[$fmeta])* pub $field: $ty,)*
        }
    };
}

// ---------------------------------------------------------------- business

/// Administrative level of an organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum OrgLevel {
    /// The provincial People's Committee and its office (UBND tỉnh).
    Province,
    /// A specialised department or agency of the province (sở, ban, ngành).
    Department,
    /// A district-level People's Committee (UBND cấp huyện).
    District,
    /// A commune-level People's Committee (UBND cấp xã).
    Commune,
    /// A central body (Bộ, ngành trung ương).
    Central,
    /// An organization outside the state administration.
    External,
}

element! {
    /// An agency or organization (cơ quan, đơn vị): owner, operator, lead or partner of tasks.
    pub struct Organization {
        /// Administrative level.
        pub level: Spanned<OrgLevel>,
        /// The organization it belongs to.
        #[serde(default)]
        #[schemars(schema_with = "ref_schema")]
        pub parent: Option<Ref>,
        /// Short name used in tables (e.g. "Sở TT&TT").
        #[serde(default)]
        pub short_name: Option<String>,
        /// Number of units this entry stands for (e.g. 244 communes declared as one group).
        #[serde(default)]
        pub count: Option<u32>,
    }
}

/// Kinds of users (người sử dụng).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ActorKind {
    /// Citizens (người dân).
    Citizen,
    /// Businesses (doanh nghiệp).
    Business,
    /// Civil servants and public employees (cán bộ, công chức, viên chức).
    Official,
    /// Provincial leaders (lãnh đạo).
    Leader,
    /// Other state agencies.
    Agency,
    /// Other organizations and foreign users.
    External,
}

element! {
    /// A group of users of the e-government (người sử dụng).
    pub struct Actor {
        /// Which kind of user.
        pub kind: Spanned<ActorKind>,
    }
}

/// Kinds of access channels (kênh truy cập).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ChannelKind {
    /// A web portal or website.
    WebPortal,
    /// A one-stop desk or public administration centre (bộ phận một cửa).
    OneStopDesk,
    /// A self-service kiosk.
    Kiosk,
    /// A mobile application.
    MobileApp,
    /// Telephone or hotline.
    Phone,
    /// E-mail.
    Email,
    /// Text messages.
    Sms,
    /// A support or contact centre.
    SupportCentre,
    /// Social networks and messaging apps.
    SocialMedia,
}

element! {
    /// A means by which users reach information and services (kênh truy cập).
    pub struct Channel {
        /// Which kind of channel.
        pub kind: Spanned<ChannelKind>,
        /// The user groups it serves.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub serves: Vec<Ref>,
        /// The applications or services behind it.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub fronts: Vec<Ref>,
        /// It sends status notifications to users (TT 32/2017, Art. 9).
        #[serde(default)]
        pub notifies: bool,
    }
}

/// Administrative level that handles a procedure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AdminLevel {
    Province,
    District,
    Commune,
}

element! {
    /// An online public service (dịch vụ công trực tuyến) for one administrative procedure.
    pub struct Service {
        /// Level 1 to 4 (Decree 43/2011/NĐ-CP, Art. 3.4).
        #[schemars(range(min = 1, max = 4))]
        pub level: Spanned<u8>,
        /// Code of the administrative procedure in the national database (mã TTHC).
        #[serde(default)]
        pub procedure_code: Option<Spanned<String>>,
        /// Field (lĩnh vực), e.g. "Hộ tịch".
        #[serde(default)]
        pub field: Option<String>,
        /// Administrative level that handles it.
        #[serde(default)]
        pub admin_level: Option<AdminLevel>,
        /// Organization that provides it.
        #[serde(default)]
        #[schemars(schema_with = "ref_schema")]
        pub provider: Option<Ref>,
        /// Channels through which it is offered.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub channels: Vec<Ref>,
        /// Applications that deliver it.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub supported_by: Vec<Ref>,
        /// It involves application forms (Decree 43/2011, Art. 19.1).
        #[serde(default)]
        pub uses_forms: bool,
        /// Users can follow the dossier's status online (TT 32/2017, Art. 9).
        #[serde(default)]
        pub tracking: bool,
        /// Channels that notify users automatically.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub notifications: Vec<Ref>,
        /// Yearly number of dossiers, if known.
        #[serde(default)]
        pub yearly_dossiers: Option<u64>,
    }
}

// ---------------------------------------------------------------- application

/// Kinds of applications.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AppKind {
    /// Provincial web portal (Cổng thông tin điện tử).
    Portal,
    /// Online public-service portal (Cổng dịch vụ công).
    PublicServicePortal,
    /// One-stop electronic system (hệ thống một cửa điện tử).
    OneStop,
    /// Document management and executive operation (QLVB&ĐH).
    DocumentManagement,
    /// Official e-mail (thư điện tử công vụ).
    Email,
    /// The provincial integration and sharing platform (LGSP).
    IntegrationPlatform,
    /// Authentication and single sign-on.
    Authentication,
    /// Online payment.
    Payment,
    /// Digital signature service.
    DigitalSignature,
    /// Finance management.
    Finance,
    /// Public asset management.
    Asset,
    /// Human resources management (cán bộ, công chức).
    Hr,
    /// Reporting and statistics.
    Reporting,
    /// Video conferencing.
    VideoConference,
    /// Geographic information system.
    Gis,
    /// A department's specialised application.
    Specialised,
    /// Anything else.
    Other,
}

/// Whether an application or database is shared by many agencies or specialised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// Used by many agencies (dùng chung).
    Shared,
    /// Used by one sector (chuyên ngành).
    Specialised,
}

/// How a component is obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Sourcing {
    /// Built or bought with investment funds (đầu tư).
    Build,
    /// Rented as a service (thuê dịch vụ).
    Rent,
}

/// A link between two applications that does not go through the LGSP, with its reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DirectLink {
    /// The application or national system linked directly.
    #[schemars(schema_with = "ref_schema")]
    pub to: Ref,
    /// Why the LGSP is not used (TT 13/2017, Art. 16).
    #[schemars(length(min = 1))]
    pub reason: Spanned<String>,
}

element! {
    /// An application or information system (ứng dụng, hệ thống thông tin).
    pub struct Application {
        /// Which kind of application.
        pub kind: Spanned<AppKind>,
        /// Shared or specialised.
        pub scope: Spanned<Scope>,
        /// User groups.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub users: Vec<Ref>,
        /// Databases and catalogues it reads or writes.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub uses: Vec<Ref>,
        /// Applications or national systems it needs.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub depends_on: Vec<Ref>,
        /// The integration platform it exchanges data through (the LGSP).
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub integrates_via: Vec<Ref>,
        /// Links that bypass the LGSP, each with its reason.
        #[serde(default)]
        pub direct_links: Vec<DirectLink>,
        /// Infrastructure it runs on.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub hosted_on: Vec<Ref>,
        /// National systems it connects to (e.g. national:ngsp).
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub connects_to: Vec<Ref>,
        /// Business functions it performs (for the duplication check).
        #[serde(default)]
        pub functions: Vec<String>,
        /// Protocols and styles it exposes (http, https, soap, rest, wsdl, smtp …).
        #[serde(default)]
        pub protocols: Vec<String>,
        /// Security level and protection plan (Decree 85/2016).
        #[serde(default)]
        pub security: Option<Security>,
        /// Standards applied, from the TT 39/2017 catalogue or declared in `standards`:
        /// an id, or `{ id, version }`.
        #[serde(default)]
        #[schemars(schema_with = "standard_refs_schema")]
        pub standards: Vec<StandardRef>,
        /// Built or rented.
        #[serde(default)]
        pub delivery: Option<Spanned<Sourcing>>,
        /// Year it went into operation, if existing.
        #[serde(default)]
        #[schemars(schema_with = "year_schema")]
        pub since: Option<Year>,
        /// Marks a deliberate overlap of functions with another application.
        #[serde(default)]
        pub intentional_duplicate: bool,
    }
}

// ---------------------------------------------------------------- data

element! {
    /// A database (cơ sở dữ liệu).
    pub struct Database {
        /// Shared or specialised.
        pub scope: Spanned<Scope>,
        /// Infrastructure it is hosted on.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub hosted_on: Vec<Ref>,
        /// National databases it is kept consistent with (Decree 64/2007, Art. 13.6).
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub syncs_with: Vec<Ref>,
        /// Shared catalogues it uses.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub catalogs: Vec<Ref>,
        /// It stores electronic dossiers of online services (TT 32/2017, Art. 5.3).
        #[serde(default)]
        pub dossiers: bool,
        /// Security level and protection plan (Decree 85/2016).
        #[serde(default)]
        pub security: Option<Security>,
    }
}

element! {
    /// A shared catalogue or code table (danh mục dùng chung).
    pub struct Catalog {
        /// Standard or decision that defines it, if any.
        #[serde(default)]
        pub standard: Option<String>,
    }
}

element! {
    /// A data exchange between systems (luồng trao đổi dữ liệu).
    pub struct Exchange {
        /// Where the data comes from.
        #[schemars(schema_with = "ref_schema")]
        pub from: Ref,
        /// Where it goes.
        #[schemars(schema_with = "ref_schema")]
        pub to: Ref,
        /// Platforms it passes through, in order (e.g. the LGSP, then national:ngsp).
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub via: Vec<Ref>,
        /// What data is exchanged.
        #[serde(default)]
        pub data: Option<String>,
        /// Message format (xml, json …).
        #[serde(default)]
        pub format: Option<Spanned<String>>,
        /// Protocol (https, soap, rest …).
        #[serde(default)]
        pub protocol: Option<Spanned<String>>,
        /// Why this exchange does not go through the LGSP, when it links two agencies
        /// directly (TT 13/2017, Art. 16; Decree 47/2020, Art. 46).
        #[serde(default)]
        pub direct_reason: Option<Spanned<String>>,
    }
}

// ---------------------------------------------------------------- infrastructure

/// Kinds of technical infrastructure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum InfraKind {
    /// Data centre (trung tâm dữ liệu, trung tâm tích hợp dữ liệu).
    DataCentre,
    /// Disaster-recovery or backup site.
    DrSite,
    /// Rented cloud capacity.
    Cloud,
    /// A server cluster.
    ServerCluster,
    /// Provincial wide-area network.
    Wan,
    /// Specialised data network of Party and State bodies (mạng truyền số liệu chuyên dùng).
    SpecialisedNetwork,
    /// Internet connection.
    Internet,
    /// Local network of an agency.
    Lan,
    /// Security equipment (firewalls, IDS/IPS appliances).
    SecurityEquipment,
    /// End-user devices.
    Endpoint,
}

element! {
    /// A piece of technical infrastructure (hạ tầng kỹ thuật).
    pub struct Infrastructure {
        /// Which kind.
        pub kind: Spanned<InfraKind>,
        /// Other infrastructure it connects.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub connects: Vec<Ref>,
        /// For a DR site or backup: what it backs up.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub backs_up: Vec<Ref>,
        /// Organization that operates it.
        #[serde(default)]
        #[schemars(schema_with = "ref_schema")]
        pub operator: Option<Ref>,
        /// Where it is.
        #[serde(default)]
        pub location: Option<String>,
        /// Built or rented.
        #[serde(default)]
        pub sourcing: Option<Spanned<Sourcing>>,
        /// Standards it conforms to (e.g. TT 03/2013/TT-BTTTT for data centres): an id, or `{ id, version }`.
        #[serde(default)]
        #[schemars(schema_with = "standard_refs_schema")]
        pub standards: Vec<StandardRef>,
        /// Security level and protection plan (Decree 85/2016).
        #[serde(default)]
        pub security: Option<Security>,
    }
}

// ---------------------------------------------------------------- security

/// Kinds of security controls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ControlKind {
    Firewall,
    IdsIps,
    /// Security monitoring and operations centre (SOC).
    SiemSoc,
    Antivirus,
    Backup,
    VulnerabilityScan,
    /// Public-key infrastructure and digital signatures.
    PkiDigitalSignature,
    /// Web application firewall.
    Waf,
    /// A security policy or regulation (quy chế).
    Policy,
    /// Security training and awareness.
    Training,
    /// Incident response team (đội ứng cứu sự cố).
    IncidentResponse,
}

element! {
    /// A security control (biện pháp bảo đảm an toàn thông tin).
    pub struct Control {
        /// Which kind.
        pub kind: Spanned<ControlKind>,
        /// Elements it protects.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub protects: Vec<Ref>,
        /// Organization that operates it.
        #[serde(default)]
        #[schemars(schema_with = "ref_schema")]
        pub operator: Option<Ref>,
    }
}

// ---------------------------------------------------------------- roadmap

/// A measured starting point of an objective.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub value: f64,
    #[schemars(schema_with = "year_schema")]
    pub year: Year,
}

element! {
    /// An objective with a measurable target (mục tiêu).
    pub struct Objective {
        /// What is measured (chỉ tiêu), e.g. "Tỷ lệ văn bản không mật gửi nhận dưới dạng điện tử".
        #[serde(default)]
        pub metric: Option<Spanned<String>>,
        /// Target value.
        #[serde(default)]
        pub target: Option<Spanned<f64>>,
        /// Unit of the target ("%", "dịch vụ" …).
        #[serde(default)]
        pub unit: Option<String>,
        /// Value at the start.
        #[serde(default)]
        pub baseline: Option<Baseline>,
        /// Year by which the target is reached.
        #[serde(default)]
        #[schemars(schema_with = "year_schema")]
        pub deadline: Option<Year>,
        /// Administrative levels the target applies to.
        #[serde(default)]
        pub scope: Vec<OrgLevel>,
    }
}

element! {
    /// A phase of the roadmap (giai đoạn).
    pub struct Phase {
        /// First year.
        #[schemars(schema_with = "year_schema")]
        pub from: Year,
        /// Last year.
        #[schemars(schema_with = "year_schema")]
        pub to: Year,
        /// Focus of the phase.
        #[serde(default)]
        pub focus: Option<String>,
    }
}

/// How a task is delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Delivery {
    /// Public investment (đầu tư).
    Invest,
    /// Rented IT services (thuê dịch vụ CNTT).
    Rent,
    /// Socialisation (xã hội hóa).
    Socialise,
}

/// One line of a task's budget.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetLine {
    /// Funding source.
    pub source: Spanned<FundingSource>,
    /// Amount in million VND (triệu đồng).
    #[schemars(range(min = 0))]
    pub amount: Spanned<f64>,
}

element! {
    /// A task or project of the roadmap (nhiệm vụ, dự án).
    pub struct Task {
        /// The phase it belongs to.
        #[schemars(schema_with = "ref_schema")]
        pub phase: Ref,
        /// First year.
        #[schemars(schema_with = "year_schema")]
        pub from: Year,
        /// Last year.
        #[schemars(schema_with = "year_schema")]
        pub to: Year,
        /// Elements it builds or upgrades.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub delivers: Vec<Ref>,
        /// Lead agency (cơ quan chủ trì).
        #[schemars(schema_with = "ref_schema")]
        pub lead: Ref,
        /// Partner agencies (cơ quan phối hợp).
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub partners: Vec<Ref>,
        /// How it is delivered.
        #[serde(default)]
        pub delivery: Option<Spanned<Delivery>>,
        /// Priority, 1 being the highest.
        #[serde(default)]
        #[schemars(range(min = 1, max = 9))]
        pub priority: Option<Spanned<u8>>,
        /// Tasks that must come first.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub depends_on: Vec<Ref>,
        /// Budget lines by funding source.
        #[serde(default)]
        pub budget: Vec<BudgetLine>,
    }
}

/// Kinds of solutions (giải pháp).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SolutionKind {
    Policy,
    Funding,
    HumanResources,
    Communication,
    Technology,
    Security,
    Cooperation,
    Organisation,
}

element! {
    /// A solution to carry out the architecture (giải pháp thực hiện).
    pub struct Solution {
        /// Which kind.
        pub kind: Spanned<SolutionKind>,
        /// Organization that leads it.
        #[serde(default)]
        #[schemars(schema_with = "ref_schema")]
        pub lead: Option<Ref>,
    }
}

/// The duties of one agency in carrying out the architecture (tổ chức thực hiện).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Responsibility {
    /// Id of this entry, so that findings and reviews can name it (optional).
    #[serde(default)]
    #[schemars(schema_with = "id_schema")]
    pub id: Option<Spanned<String>>,
    /// The agency.
    #[schemars(schema_with = "ref_schema")]
    pub agency: Ref,
    /// Its duties, one sentence each.
    #[schemars(length(min = 1))]
    pub duties: Vec<String>,
}

element! {
    /// A technical standard the province adopts, in addition to the built-in TT 39/2017 catalogue.
    pub struct Standard {
        /// Its official code, e.g. "TCVN 6909:2001".
        pub code: Spanned<String>,
        /// Mandatory (bắt buộc) rather than recommended (khuyến nghị).
        #[serde(default)]
        pub mandatory: bool,
    }
}

/// Kinds of legal and policy documents (loại văn bản).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RegulationKind {
    /// A law (luật).
    Law,
    /// A resolution (nghị quyết).
    Resolution,
    /// A decree (nghị định).
    Decree,
    /// A decision (quyết định).
    Decision,
    /// A directive (chỉ thị).
    Directive,
    /// A circular (thông tư).
    Circular,
    /// An official letter (công văn).
    Letter,
    /// A plan (kế hoạch).
    Plan,
    /// A regulation or rule set (quy chế, quy định).
    Rule,
    /// A national standard or technical regulation (TCVN, QCVN).
    Standard,
    /// Any other document.
    Other,
}

element! {
    /// A law, regulation or policy the architecture relies on (văn bản pháp lý, chính sách).
    /// `status` is its state: `existing` in force, `planned` to be issued, `retiring` to be replaced.
    pub struct Regulation {
        /// Which kind of document.
        pub kind: Spanned<RegulationKind>,
        /// Number and symbol, e.g. "85/2016/NĐ-CP"; none for a law.
        #[serde(default)]
        pub number: Option<Spanned<String>>,
        /// Date issued.
        #[serde(default)]
        pub date: Option<Spanned<Date>>,
        /// Issuing body, e.g. "Chính phủ" or an organization id.
        #[serde(default)]
        pub issuer: Option<String>,
    }
}

// ---------------------------------------------------------------- reviews

/// How a review comment was handled (tiếp thu, giải trình).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Resolution {
    /// Taken in (tiếp thu).
    Accepted,
    /// Explained and not taken in (giải trình).
    Explained,
    /// Not yet handled.
    Pending,
}

/// The document a review comment came in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceDocument {
    /// Number and symbol, e.g. "1234/BTTTT-THH".
    pub number: Spanned<String>,
    /// Date issued.
    pub date: Spanned<Date>,
    /// Title or summary.
    #[serde(default)]
    pub title: Option<String>,
}

element! {
    /// An appraisal or review comment (ý kiến thẩm định, góp ý) and how it was handled.
    pub struct Review {
        /// Who commented (an organization id or a name).
        pub from: Spanned<String>,
        /// The document it came in.
        pub document: SourceDocument,
        /// Elements or sections it is about.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub about: Vec<Ref>,
        /// The comment itself.
        pub comment: Spanned<String>,
        /// How it was handled.
        pub resolution: Spanned<Resolution>,
        /// The response: what changed, or why not.
        #[serde(default)]
        pub response: Option<Spanned<String>>,
    }
}
