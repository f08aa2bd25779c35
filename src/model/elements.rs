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
            /// Mã định danh duy nhất: các từ chữ thường không dấu nối với nhau bằng '-'. — Unique id, lower-case ASCII words joined by '-'.
            #[schemars(schema_with = "id_schema")]
            pub id: Spanned<String>,
            /// Tên tiếng Việt, có đủ dấu. — Name in Vietnamese, with full diacritics.
            #[schemars(length(min = 1))]
            pub name: Spanned<String>,
            /// Tên tiếng Anh, không bắt buộc. — Name in English, optional.
            #[serde(default)]
            pub name_en: Option<String>,
            /// Phần tử này là gì và vì sao cần có. — What it is and why it exists.
            #[serde(default)]
            pub description: Option<String>,
            /// Đơn vị quản lý. Với hệ thống thông tin, chủ quản theo Nghị định 85/2016 được ghi ở `security.approved_by`. — Organization that manages it. For information systems the owner under Decree 85/2016 is recorded by `security.approved_by`.
            #[serde(default)]
            #[schemars(schema_with = "ref_schema")]
            pub owner: Option<Ref>,
            /// Vòng đời trong phiên bản kiến trúc này. — Lifecycle in this architecture version.
            #[serde(default)]
            pub status: Spanned<Status>,
            /// Nhãn tự do để nhóm và lọc. — Free labels for grouping and filtering.
            #[serde(default)]
            pub tags: Vec<String>,
            $($(#[$fmeta])* pub $field: $ty,)*
            /// Where each field was written (filled by the model reader).
            #[serde(skip)]
            #[schemars(skip)]
            pub spans: super::FieldSpans,
        }
    };
}

// ---------------------------------------------------------------- business

/// Cấp hành chính của cơ quan, đơn vị. — Administrative level of an organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum OrgLevel {
    /// Ủy ban nhân dân tỉnh và Văn phòng (UBND tỉnh). — The provincial People's Committee and its office.
    Province,
    /// Sở, ban, ngành của tỉnh. — A specialised department or agency of the province.
    Department,
    /// Ủy ban nhân dân cấp huyện. — A district-level People's Committee.
    District,
    /// Ủy ban nhân dân cấp xã. — A commune-level People's Committee.
    Commune,
    /// Cơ quan trung ương (bộ, ngành trung ương). — A central body.
    Central,
    /// Tổ chức ngoài hệ thống hành chính nhà nước. — An organization outside the state administration.
    External,
}

element! {
    /// Cơ quan, đơn vị: chủ quản, đơn vị vận hành, cơ quan chủ trì hoặc phối hợp thực hiện nhiệm vụ. — An agency or organization: owner, operator, lead or partner of tasks.
    pub struct Organization {
        /// Cấp hành chính. — Administrative level.
        pub level: Spanned<OrgLevel>,
        /// Cơ quan, đơn vị cấp trên trực tiếp. — The organization it belongs to.
        #[serde(default)]
        #[schemars(schema_with = "ref_schema")]
        pub parent: Option<Ref>,
        /// Tên viết tắt dùng trong các bảng (ví dụ "Sở TT&TT"). — Short name used in tables.
        #[serde(default)]
        pub short_name: Option<String>,
        /// Số đơn vị mà mục này đại diện (ví dụ 244 xã khai báo thành một nhóm). — Number of units this entry stands for (e.g. 244 communes declared as one group).
        #[serde(default)]
        pub count: Option<u32>,
    }
}

/// Các nhóm người sử dụng. — Kinds of users.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ActorKind {
    /// Người dân. — Citizens.
    Citizen,
    /// Doanh nghiệp. — Businesses.
    Business,
    /// Cán bộ, công chức, viên chức. — Civil servants and public employees.
    Official,
    /// Lãnh đạo tỉnh. — Provincial leaders.
    Leader,
    /// Các cơ quan nhà nước khác. — Other state agencies.
    Agency,
    /// Các tổ chức khác và người sử dụng nước ngoài. — Other organizations and foreign users.
    External,
}

element! {
    /// Một nhóm người sử dụng chính quyền điện tử. — A group of users of the e-government.
    pub struct Actor {
        /// Nhóm người sử dụng nào. — Which kind of user.
        pub kind: Spanned<ActorKind>,
    }
}

/// Các loại kênh truy cập. — Kinds of access channels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ChannelKind {
    /// Cổng thông tin hoặc trang thông tin điện tử. — A web portal or website.
    WebPortal,
    /// Bộ phận một cửa hoặc trung tâm phục vụ hành chính công. — A one-stop desk or public administration centre.
    OneStopDesk,
    /// Ki-ốt tự phục vụ. — A self-service kiosk.
    Kiosk,
    /// Ứng dụng trên thiết bị di động. — A mobile application.
    MobileApp,
    /// Điện thoại, đường dây nóng. — Telephone or hotline.
    Phone,
    /// Thư điện tử. — E-mail.
    Email,
    /// Tin nhắn SMS. — Text messages.
    Sms,
    /// Trung tâm hỗ trợ, tổng đài. — A support or contact centre.
    SupportCentre,
    /// Mạng xã hội và ứng dụng nhắn tin. — Social networks and messaging apps.
    SocialMedia,
}

element! {
    /// Phương tiện để người sử dụng tiếp cận thông tin và dịch vụ (kênh truy cập). — A means by which users reach information and services.
    pub struct Channel {
        /// Loại kênh. — Which kind of channel.
        pub kind: Spanned<ChannelKind>,
        /// Các nhóm người sử dụng mà kênh phục vụ. — The user groups it serves.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub serves: Vec<Ref>,
        /// Các ứng dụng hoặc dịch vụ mà kênh dẫn tới. — The applications or services behind it.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub fronts: Vec<Ref>,
        /// Kênh gửi thông báo tình trạng hồ sơ cho người sử dụng (Thông tư 32/2017, Điều 9). — It sends status notifications to users (TT 32/2017, Art. 9).
        #[serde(default)]
        pub notifies: bool,
    }
}

/// Cấp hành chính giải quyết thủ tục. — Administrative level that handles a procedure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AdminLevel {
    Province,
    District,
    Commune,
}

element! {
    /// Dịch vụ công trực tuyến của một thủ tục hành chính. — An online public service for one administrative procedure.
    pub struct Service {
        /// Mức độ từ 1 đến 4 (Nghị định 43/2011/NĐ-CP, khoản 4 Điều 3). — Level 1 to 4 (Decree 43/2011/NĐ-CP, Art. 3.4).
        #[schemars(range(min = 1, max = 4))]
        pub level: Spanned<u8>,
        /// Mã thủ tục hành chính trong Cơ sở dữ liệu quốc gia về thủ tục hành chính (mã TTHC). — Code of the administrative procedure in the national database.
        #[serde(default)]
        pub procedure_code: Option<Spanned<String>>,
        /// Lĩnh vực, ví dụ "Hộ tịch". — Field, e.g. "Hộ tịch".
        #[serde(default)]
        pub field: Option<String>,
        /// Cấp hành chính giải quyết. — Administrative level that handles it.
        #[serde(default)]
        pub admin_level: Option<AdminLevel>,
        /// Cơ quan cung cấp dịch vụ. — Organization that provides it.
        #[serde(default)]
        #[schemars(schema_with = "ref_schema")]
        pub provider: Option<Ref>,
        /// Các kênh cung cấp dịch vụ. — Channels through which it is offered.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub channels: Vec<Ref>,
        /// Các ứng dụng thực hiện dịch vụ. — Applications that deliver it.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub supported_by: Vec<Ref>,
        /// Dịch vụ có dùng biểu mẫu đơn, tờ khai (Nghị định 43/2011, khoản 1 Điều 19). — It involves application forms (Decree 43/2011, Art. 19.1).
        #[serde(default)]
        pub uses_forms: bool,
        /// Người sử dụng theo dõi được tình trạng hồ sơ trực tuyến (Thông tư 32/2017, Điều 9). — Users can follow the dossier's status online (TT 32/2017, Art. 9).
        #[serde(default)]
        pub tracking: bool,
        /// Các kênh tự động gửi thông báo cho người sử dụng. — Channels that notify users automatically.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub notifications: Vec<Ref>,
        /// Số hồ sơ mỗi năm, nếu biết. — Yearly number of dossiers, if known.
        #[serde(default)]
        pub yearly_dossiers: Option<u64>,
    }
}

// ---------------------------------------------------------------- application

/// Các loại ứng dụng. — Kinds of applications.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AppKind {
    /// Cổng thông tin điện tử của tỉnh. — Provincial web portal.
    Portal,
    /// Cổng dịch vụ công trực tuyến. — Online public-service portal.
    PublicServicePortal,
    /// Hệ thống một cửa điện tử. — One-stop electronic system.
    OneStop,
    /// Hệ thống quản lý văn bản và điều hành (QLVB&ĐH). — Document management and executive operation.
    DocumentManagement,
    /// Thư điện tử công vụ. — Official e-mail.
    Email,
    /// Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP). — The provincial integration and sharing platform (LGSP).
    IntegrationPlatform,
    /// Xác thực và đăng nhập một lần. — Authentication and single sign-on.
    Authentication,
    /// Thanh toán trực tuyến. — Online payment.
    Payment,
    /// Dịch vụ chữ ký số. — Digital signature service.
    DigitalSignature,
    /// Quản lý tài chính. — Finance management.
    Finance,
    /// Quản lý tài sản công. — Public asset management.
    Asset,
    /// Quản lý cán bộ, công chức. — Human resources management.
    Hr,
    /// Báo cáo, thống kê. — Reporting and statistics.
    Reporting,
    /// Hội nghị truyền hình. — Video conferencing.
    VideoConference,
    /// Hệ thống thông tin địa lý (GIS). — Geographic information system.
    Gis,
    /// Ứng dụng chuyên ngành của một sở, ngành. — A department's specialised application.
    Specialised,
    /// Loại khác. — Anything else.
    Other,
}

/// Ứng dụng, cơ sở dữ liệu dùng chung cho nhiều cơ quan hay chuyên ngành. — Whether an application or database is shared by many agencies or specialised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// Dùng chung cho nhiều cơ quan. — Used by many agencies.
    Shared,
    /// Chuyên ngành, dùng trong một ngành, lĩnh vực. — Used by one sector.
    Specialised,
}

/// Hình thức có được thành phần. — How a component is obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Sourcing {
    /// Đầu tư xây dựng hoặc mua sắm. — Built or bought with investment funds.
    Build,
    /// Thuê dịch vụ. — Rented as a service.
    Rent,
}

/// Kết nối giữa hai ứng dụng không đi qua LGSP, kèm lý do. — A link between two applications that does not go through the LGSP, with its reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DirectLink {
    /// Ứng dụng hoặc hệ thống quốc gia được kết nối trực tiếp. — The application or national system linked directly.
    #[schemars(schema_with = "ref_schema")]
    pub to: Ref,
    /// Lý do không dùng LGSP (Thông tư 13/2017, Điều 16). — Why the LGSP is not used (TT 13/2017, Art. 16).
    #[schemars(length(min = 1))]
    pub reason: Spanned<String>,
}

element! {
    /// Ứng dụng, hệ thống thông tin. — An application or information system.
    pub struct Application {
        /// Loại ứng dụng. — Which kind of application.
        pub kind: Spanned<AppKind>,
        /// Dùng chung hay chuyên ngành. — Shared or specialised.
        pub scope: Spanned<Scope>,
        /// Các nhóm người sử dụng. — User groups.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub users: Vec<Ref>,
        /// Các cơ sở dữ liệu và danh mục mà ứng dụng đọc hoặc ghi. — Databases and catalogues it reads or writes.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub uses: Vec<Ref>,
        /// Các ứng dụng hoặc hệ thống quốc gia mà ứng dụng cần đến. — Applications or national systems it needs.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub depends_on: Vec<Ref>,
        /// Nền tảng tích hợp mà ứng dụng trao đổi dữ liệu qua đó (LGSP). — The integration platform it exchanges data through (the LGSP).
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub integrates_via: Vec<Ref>,
        /// Các kết nối không đi qua LGSP, mỗi kết nối kèm lý do. — Links that bypass the LGSP, each with its reason.
        #[serde(default)]
        pub direct_links: Vec<DirectLink>,
        /// Hạ tầng mà ứng dụng được triển khai trên đó. — Infrastructure it runs on.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub hosted_on: Vec<Ref>,
        /// Các hệ thống quốc gia mà ứng dụng kết nối (ví dụ national:ngsp). — National systems it connects to (e.g. national:ngsp).
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub connects_to: Vec<Ref>,
        /// Các chức năng nghiệp vụ ứng dụng thực hiện (để kiểm tra trùng lặp). — Business functions it performs (for the duplication check).
        #[serde(default)]
        pub functions: Vec<String>,
        /// Các giao thức, kiểu giao tiếp ứng dụng cung cấp (http, https, soap, rest, wsdl, smtp …). — Protocols and styles it exposes (http, https, soap, rest, wsdl, smtp …).
        #[serde(default)]
        pub protocols: Vec<String>,
        /// Cấp độ an toàn và phương án bảo vệ (Nghị định 85/2016). — Security level and protection plan (Decree 85/2016).
        #[serde(default)]
        pub security: Option<Security>,
        /// Các tiêu chuẩn áp dụng, lấy từ danh mục của Thông tư 39/2017 hoặc khai báo trong `standards`: một mã, hoặc `{ id, version }`. — Standards applied, from the TT 39/2017 catalogue or declared in `standards`: an id, or `{ id, version }`.
        #[serde(default)]
        #[schemars(schema_with = "standard_refs_schema")]
        pub standards: Vec<StandardRef>,
        /// Đầu tư hay thuê dịch vụ. — Built or rented.
        #[serde(default)]
        pub delivery: Option<Spanned<Sourcing>>,
        /// Năm đưa vào vận hành, với hệ thống hiện có. — Year it went into operation, if existing.
        #[serde(default)]
        #[schemars(schema_with = "year_schema")]
        pub since: Option<Year>,
        /// Đánh dấu chủ ý trùng chức năng với một ứng dụng khác. — Marks a deliberate overlap of functions with another application.
        #[serde(default)]
        pub intentional_duplicate: bool,
    }
}

// ---------------------------------------------------------------- data

element! {
    /// Cơ sở dữ liệu. — A database.
    pub struct Database {
        /// Dùng chung hay chuyên ngành. — Shared or specialised.
        pub scope: Spanned<Scope>,
        /// Hạ tầng nơi đặt cơ sở dữ liệu. — Infrastructure it is hosted on.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub hosted_on: Vec<Ref>,
        /// Các cơ sở dữ liệu quốc gia cần đồng bộ, thống nhất (Nghị định 64/2007, khoản 6 Điều 13). — National databases it is kept consistent with (Decree 64/2007, Art. 13.6).
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub syncs_with: Vec<Ref>,
        /// Các danh mục dùng chung mà cơ sở dữ liệu sử dụng. — Shared catalogues it uses.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub catalogs: Vec<Ref>,
        /// Lưu hồ sơ điện tử của dịch vụ công trực tuyến (Thông tư 32/2017, khoản 3 Điều 5). — It stores electronic dossiers of online services (TT 32/2017, Art. 5.3).
        #[serde(default)]
        pub dossiers: bool,
        /// Cấp độ an toàn và phương án bảo vệ (Nghị định 85/2016). — Security level and protection plan (Decree 85/2016).
        #[serde(default)]
        pub security: Option<Security>,
    }
}

element! {
    /// Danh mục, bảng mã dùng chung. — A shared catalogue or code table.
    pub struct Catalog {
        /// Tiêu chuẩn hoặc quyết định ban hành danh mục, nếu có. — Standard or decision that defines it, if any.
        #[serde(default)]
        pub standard: Option<String>,
    }
}

element! {
    /// Luồng trao đổi dữ liệu giữa các hệ thống. — A data exchange between systems.
    pub struct Exchange {
        /// Nơi dữ liệu đi ra. — Where the data comes from.
        #[schemars(schema_with = "ref_schema")]
        pub from: Ref,
        /// Nơi dữ liệu đi tới. — Where it goes.
        #[schemars(schema_with = "ref_schema")]
        pub to: Ref,
        /// Các nền tảng dữ liệu đi qua, theo thứ tự (ví dụ LGSP, rồi national:ngsp). — Platforms it passes through, in order (e.g. the LGSP, then national:ngsp).
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub via: Vec<Ref>,
        /// Dữ liệu được trao đổi. — What data is exchanged.
        #[serde(default)]
        pub data: Option<String>,
        /// Định dạng thông điệp (xml, json …). — Message format (xml, json …).
        #[serde(default)]
        pub format: Option<Spanned<String>>,
        /// Giao thức (https, soap, rest …). — Protocol (https, soap, rest …).
        #[serde(default)]
        pub protocol: Option<Spanned<String>>,
        /// Lý do luồng trao đổi không qua LGSP khi kết nối trực tiếp hai cơ quan (Thông tư 13/2017, Điều 16; Nghị định 47/2020, Điều 46). — Why this exchange does not go through the LGSP, when it links two agencies directly (TT 13/2017, Art. 16; Decree 47/2020, Art. 46).
        #[serde(default)]
        pub direct_reason: Option<Spanned<String>>,
    }
}

// ---------------------------------------------------------------- infrastructure

/// Các loại hạ tầng kỹ thuật. — Kinds of technical infrastructure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum InfraKind {
    /// Trung tâm dữ liệu, trung tâm tích hợp dữ liệu. — Data centre.
    DataCentre,
    /// Trung tâm dự phòng thảm họa hoặc nơi sao lưu. — Disaster-recovery or backup site.
    DrSite,
    /// Dịch vụ điện toán đám mây thuê ngoài. — Rented cloud capacity.
    Cloud,
    /// Cụm máy chủ. — A server cluster.
    ServerCluster,
    /// Mạng diện rộng (WAN) của tỉnh. — Provincial wide-area network.
    Wan,
    /// Mạng truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước. — Specialised data network of Party and State bodies.
    SpecialisedNetwork,
    /// Kết nối Internet. — Internet connection.
    Internet,
    /// Mạng nội bộ (LAN) của một cơ quan. — Local network of an agency.
    Lan,
    /// Thiết bị bảo đảm an toàn thông tin (tường lửa, thiết bị phát hiện và ngăn chặn xâm nhập). — Security equipment (firewalls, IDS/IPS appliances).
    SecurityEquipment,
    /// Thiết bị đầu cuối của người sử dụng. — End-user devices.
    Endpoint,
}

element! {
    /// Một thành phần hạ tầng kỹ thuật. — A piece of technical infrastructure.
    pub struct Infrastructure {
        /// Loại hạ tầng. — Which kind.
        pub kind: Spanned<InfraKind>,
        /// Các thành phần hạ tầng khác mà nó kết nối. — Other infrastructure it connects.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub connects: Vec<Ref>,
        /// Với trung tâm dự phòng hoặc sao lưu: thành phần được dự phòng. — For a DR site or backup: what it backs up.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub backs_up: Vec<Ref>,
        /// Đơn vị vận hành. — Organization that operates it.
        #[serde(default)]
        #[schemars(schema_with = "ref_schema")]
        pub operator: Option<Ref>,
        /// Vị trí đặt. — Where it is.
        #[serde(default)]
        pub location: Option<String>,
        /// Đầu tư hay thuê dịch vụ. — Built or rented.
        #[serde(default)]
        pub sourcing: Option<Spanned<Sourcing>>,
        /// Các tiêu chuẩn mà thành phần tuân thủ (ví dụ Thông tư 03/2013/TT-BTTTT với trung tâm dữ liệu): một mã, hoặc `{ id, version }`. — Standards it conforms to (e.g. TT 03/2013/TT-BTTTT for data centres): an id, or `{ id, version }`.
        #[serde(default)]
        #[schemars(schema_with = "standard_refs_schema")]
        pub standards: Vec<StandardRef>,
        /// Cấp độ an toàn và phương án bảo vệ (Nghị định 85/2016). — Security level and protection plan (Decree 85/2016).
        #[serde(default)]
        pub security: Option<Security>,
    }
}

// ---------------------------------------------------------------- security

/// Các loại biện pháp bảo đảm an toàn thông tin. — Kinds of security controls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ControlKind {
    Firewall,
    IdsIps,
    /// Trung tâm giám sát, điều hành an toàn thông tin (SOC). — Security monitoring and operations centre (SOC).
    SiemSoc,
    Antivirus,
    Backup,
    VulnerabilityScan,
    /// Hạ tầng khóa công khai và chữ ký số. — Public-key infrastructure and digital signatures.
    PkiDigitalSignature,
    /// Tường lửa ứng dụng web. — Web application firewall.
    Waf,
    /// Chính sách, quy chế bảo đảm an toàn thông tin. — A security policy or regulation.
    Policy,
    /// Đào tạo, nâng cao nhận thức về an toàn thông tin. — Security training and awareness.
    Training,
    /// Đội ứng cứu sự cố. — Incident response team.
    IncidentResponse,
}

element! {
    /// Biện pháp bảo đảm an toàn thông tin. — A security control.
    pub struct Control {
        /// Loại biện pháp. — Which kind.
        pub kind: Spanned<ControlKind>,
        /// Các phần tử được bảo vệ. — Elements it protects.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub protects: Vec<Ref>,
        /// Đơn vị vận hành. — Organization that operates it.
        #[serde(default)]
        #[schemars(schema_with = "ref_schema")]
        pub operator: Option<Ref>,
    }
}

// ---------------------------------------------------------------- roadmap

/// Hiện trạng đo được tại thời điểm bắt đầu của một mục tiêu. — A measured starting point of an objective.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub value: f64,
    #[schemars(schema_with = "year_schema")]
    pub year: Year,
}

element! {
    /// Mục tiêu có chỉ tiêu đo được. — An objective with a measurable target.
    pub struct Objective {
        /// Chỉ tiêu được đo, ví dụ "Tỷ lệ văn bản không mật gửi nhận dưới dạng điện tử". — What is measured, e.g. "Tỷ lệ văn bản không mật gửi nhận dưới dạng điện tử".
        #[serde(default)]
        pub metric: Option<Spanned<String>>,
        /// Giá trị chỉ tiêu cần đạt. — Target value.
        #[serde(default)]
        pub target: Option<Spanned<f64>>,
        /// Đơn vị tính của chỉ tiêu ("%", "dịch vụ" …). — Unit of the target.
        #[serde(default)]
        pub unit: Option<String>,
        /// Giá trị tại thời điểm bắt đầu. — Value at the start.
        #[serde(default)]
        pub baseline: Option<Baseline>,
        /// Năm phải đạt chỉ tiêu. — Year by which the target is reached.
        #[serde(default)]
        #[schemars(schema_with = "year_schema")]
        pub deadline: Option<Year>,
        /// Các cấp hành chính áp dụng chỉ tiêu. — Administrative levels the target applies to.
        #[serde(default)]
        pub scope: Vec<OrgLevel>,
    }
}

element! {
    /// Giai đoạn của lộ trình. — A phase of the roadmap.
    pub struct Phase {
        /// Năm đầu. — First year.
        #[schemars(schema_with = "year_schema")]
        pub from: Year,
        /// Năm cuối. — Last year.
        #[schemars(schema_with = "year_schema")]
        pub to: Year,
        /// Trọng tâm của giai đoạn. — Focus of the phase.
        #[serde(default)]
        pub focus: Option<String>,
    }
}

/// Hình thức thực hiện nhiệm vụ. — How a task is delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Delivery {
    /// Đầu tư công. — Public investment.
    Invest,
    /// Thuê dịch vụ công nghệ thông tin. — Rented IT services.
    Rent,
    /// Xã hội hóa. — Socialisation.
    Socialise,
}

/// Một dòng kinh phí của nhiệm vụ. — One line of a task's budget.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetLine {
    /// Nguồn vốn. — Funding source.
    pub source: Spanned<FundingSource>,
    /// Số tiền, đơn vị triệu đồng, tối đa 1.000.000.000. — Amount in million VND, at most 1,000,000,000.
    // 10^15 đồng is more than a whole national budget: a larger figure is a
    // typo, refused here rather than capped without a word in the sums.
    #[schemars(range(min = 0, max = 1_000_000_000))]
    pub amount: Spanned<f64>,
}

element! {
    /// Nhiệm vụ, dự án của lộ trình. — A task or project of the roadmap.
    pub struct Task {
        /// Giai đoạn của nhiệm vụ. — The phase it belongs to.
        #[schemars(schema_with = "ref_schema")]
        pub phase: Ref,
        /// Năm bắt đầu. — First year.
        #[schemars(schema_with = "year_schema")]
        pub from: Year,
        /// Năm kết thúc. — Last year.
        #[schemars(schema_with = "year_schema")]
        pub to: Year,
        /// Các phần tử mà nhiệm vụ xây dựng hoặc nâng cấp. — Elements it builds or upgrades.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub delivers: Vec<Ref>,
        /// Cơ quan chủ trì. — Lead agency.
        #[schemars(schema_with = "ref_schema")]
        pub lead: Ref,
        /// Các cơ quan phối hợp. — Partner agencies.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub partners: Vec<Ref>,
        /// Hình thức thực hiện. — How it is delivered.
        #[serde(default)]
        pub delivery: Option<Spanned<Delivery>>,
        /// Mức ưu tiên, 1 là cao nhất. — Priority, 1 being the highest.
        #[serde(default)]
        #[schemars(range(min = 1, max = 9))]
        pub priority: Option<Spanned<u8>>,
        /// Các nhiệm vụ phải làm trước. — Tasks that must come first.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub depends_on: Vec<Ref>,
        /// Các dòng kinh phí theo nguồn vốn. — Budget lines by funding source.
        #[serde(default)]
        pub budget: Vec<BudgetLine>,
    }
}

/// Các loại giải pháp. — Kinds of solutions.
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
    /// Giải pháp thực hiện kiến trúc. — A solution to carry out the architecture.
    pub struct Solution {
        /// Loại giải pháp. — Which kind.
        pub kind: Spanned<SolutionKind>,
        /// Cơ quan chủ trì giải pháp. — Organization that leads it.
        #[serde(default)]
        #[schemars(schema_with = "ref_schema")]
        pub lead: Option<Ref>,
    }
}

/// Nhiệm vụ của một cơ quan trong tổ chức thực hiện kiến trúc. — The duties of one agency in carrying out the architecture.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Responsibility {
    /// Mã của mục này, để phát hiện và ý kiến thẩm định nêu được (không bắt buộc). — Id of this entry, so that findings and reviews can name it (optional).
    #[serde(default)]
    #[schemars(schema_with = "id_schema")]
    pub id: Option<Spanned<String>>,
    /// Cơ quan. — The agency.
    #[schemars(schema_with = "ref_schema")]
    pub agency: Ref,
    /// Các nhiệm vụ của cơ quan, mỗi nhiệm vụ một câu. — Its duties, one sentence each.
    #[schemars(length(min = 1))]
    pub duties: Vec<String>,
}

element! {
    /// Tiêu chuẩn kỹ thuật tỉnh áp dụng, ngoài danh mục dựng sẵn theo Thông tư 39/2017. — A technical standard the province adopts, in addition to the built-in TT 39/2017 catalogue.
    pub struct Standard {
        /// Số hiệu chính thức, ví dụ "TCVN 6909:2001". — Its official code, e.g. "TCVN 6909:2001".
        pub code: Spanned<String>,
        /// Bắt buộc áp dụng, không chỉ là khuyến nghị. — Mandatory rather than recommended.
        #[serde(default)]
        pub mandatory: bool,
    }
}

/// Loại văn bản pháp lý, chính sách. — Kinds of legal and policy documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RegulationKind {
    /// Luật. — A law.
    Law,
    /// Nghị quyết. — A resolution.
    Resolution,
    /// Nghị định. — A decree.
    Decree,
    /// Quyết định. — A decision.
    Decision,
    /// Chỉ thị. — A directive.
    Directive,
    /// Thông tư. — A circular.
    Circular,
    /// Công văn. — An official letter.
    Letter,
    /// Kế hoạch. — A plan.
    Plan,
    /// Quy chế, quy định. — A regulation or rule set.
    Rule,
    /// Tiêu chuẩn quốc gia hoặc quy chuẩn kỹ thuật (TCVN, QCVN). — A national standard or technical regulation.
    Standard,
    /// Văn bản khác. — Any other document.
    Other,
}

element! {
    /// Văn bản pháp lý, chính sách mà kiến trúc dựa vào; `status`: `existing` đang có hiệu lực, `planned` sẽ ban hành, `retiring` sẽ được thay thế. — A law, regulation or policy the architecture relies on; `status`: `existing` in force, `planned` to be issued, `retiring` to be replaced.
    pub struct Regulation {
        /// Loại văn bản. — Which kind of document.
        pub kind: Spanned<RegulationKind>,
        /// Số, ký hiệu, ví dụ "85/2016/NĐ-CP"; luật thì không có. — Number and symbol, e.g. "85/2016/NĐ-CP"; none for a law.
        #[serde(default)]
        pub number: Option<Spanned<String>>,
        /// Ngày ban hành. — Date issued.
        #[serde(default)]
        pub date: Option<Spanned<Date>>,
        /// Cơ quan ban hành, ví dụ "Chính phủ" hoặc mã một cơ quan. — Issuing body, e.g. "Chính phủ" or an organization id.
        #[serde(default)]
        pub issuer: Option<String>,
    }
}

// ---------------------------------------------------------------- reviews

/// Cách xử lý một ý kiến thẩm định, góp ý (tiếp thu, giải trình). — How a review comment was handled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Resolution {
    /// Tiếp thu. — Taken in.
    Accepted,
    /// Giải trình, không tiếp thu. — Explained and not taken in.
    Explained,
    /// Chưa xử lý. — Not yet handled.
    Pending,
}

/// Văn bản chứa ý kiến. — The document a review comment came in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceDocument {
    /// Số và ký hiệu, ví dụ "1234/BTTTT-THH". — Number and symbol, e.g. "1234/BTTTT-THH".
    pub number: Spanned<String>,
    /// Ngày ban hành. — Date issued.
    pub date: Spanned<Date>,
    /// Tên hoặc trích yếu. — Title or summary.
    #[serde(default)]
    pub title: Option<String>,
}

element! {
    /// Ý kiến thẩm định, góp ý và cách xử lý. — An appraisal or review comment and how it was handled.
    pub struct Review {
        /// Người, cơ quan góp ý (mã định danh của cơ quan hoặc tên). — Who commented (an organization id or a name).
        pub from: Spanned<String>,
        /// Văn bản chứa ý kiến. — The document it came in.
        pub document: SourceDocument,
        /// Các phần tử hoặc phần của kiến trúc mà ý kiến đề cập. — Elements or sections it is about.
        #[serde(default)]
        #[schemars(schema_with = "refs_schema")]
        pub about: Vec<Ref>,
        /// Nội dung ý kiến. — The comment itself.
        pub comment: Spanned<String>,
        /// Cách xử lý. — How it was handled.
        pub resolution: Spanned<Resolution>,
        /// Nội dung giải trình, tiếp thu: đã sửa gì, hoặc vì sao không sửa. — The response: what changed, or why not.
        #[serde(default)]
        pub response: Option<Spanned<String>>,
    }
}
