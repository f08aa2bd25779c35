//! How each element and each relation takes part in the graph: the element's
//! place in the architecture stack, its band in the provincial diagram, and
//! whether a reference is a dependency.

use crate::model::index::Relation;
use crate::model::{AppKind, ElementKind};

/// What an element is, precisely enough to place it in the stack and in a diagram.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Actor,
    Channel,
    Service,
    /// The provincial portal or the online public-service portal.
    Portal,
    /// Any other application or information system.
    Application,
    /// A shared platform applications build on: the LGSP, authentication,
    /// payment, digital signature.
    Platform,
    /// The LGSP itself (also a platform).
    Lgsp,
    Database,
    Catalog,
    Exchange,
    Infrastructure,
    /// A national system or platform from the catalogue (NGSP, the document axis, portals).
    NationalSystem,
    NationalDatabase,
    NationalInfrastructure,
    Control,
    Organization,
    Standard,
    /// Objectives, phases, tasks and solutions.
    Roadmap,
    Review,
}

/// The layers of the architecture stack, top to bottom, then the
/// cross-cutting and non-architecture ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Layer {
    Business,
    Application,
    Data,
    Infrastructure,
    Security,
    Governance,
    Roadmap,
}

impl Layer {
    pub const ALL: [Layer; 7] = [
        Layer::Business,
        Layer::Application,
        Layer::Data,
        Layer::Infrastructure,
        Layer::Security,
        Layer::Governance,
        Layer::Roadmap,
    ];

    /// The name used on the command line (`--view layer:NAME`) and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Layer::Business => "business",
            Layer::Application => "application",
            Layer::Data => "data",
            Layer::Infrastructure => "infrastructure",
            Layer::Security => "security",
            Layer::Governance => "governance",
            Layer::Roadmap => "roadmap",
        }
    }

    pub fn parse(s: &str) -> Option<Layer> {
        Layer::ALL
            .into_iter()
            .find(|l| l.as_str().eq_ignore_ascii_case(s))
    }

    /// English and Vietnamese title.
    pub fn titles(self) -> (&'static str, &'static str) {
        match self {
            Layer::Business => ("Business", "Nghiệp vụ"),
            Layer::Application => ("Application", "Ứng dụng"),
            Layer::Data => ("Data", "Dữ liệu"),
            Layer::Infrastructure => ("Infrastructure", "Hạ tầng kỹ thuật"),
            Layer::Security => ("Security", "An toàn thông tin"),
            Layer::Governance => ("Governance", "Quản lý, chỉ đạo"),
            Layer::Roadmap => ("Roadmap", "Lộ trình"),
        }
    }
}

/// Bands of the provincial diagram (framework 1.0 §II.4.1), top to bottom,
/// and its two side columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Band {
    Users,
    Channels,
    PortalServices,
    Applications,
    Databases,
    Integration,
    Infrastructure,
    /// Left side column.
    Governance,
    /// Right side column.
    Security,
}

impl Band {
    /// The horizontal bands, top to bottom.
    pub const ROWS: [Band; 7] = [
        Band::Users,
        Band::Channels,
        Band::PortalServices,
        Band::Applications,
        Band::Databases,
        Band::Integration,
        Band::Infrastructure,
    ];

    pub fn is_column(self) -> bool {
        matches!(self, Band::Governance | Band::Security)
    }

    /// The band title as the framework words it.
    pub fn title_vi(self) -> &'static str {
        match self {
            Band::Users => "Người sử dụng",
            Band::Channels => "Kênh truy cập",
            Band::PortalServices => "Cổng thông tin và dịch vụ công trực tuyến",
            Band::Applications => "Ứng dụng",
            Band::Databases => "Cơ sở dữ liệu",
            Band::Integration => "Nền tảng tích hợp, chia sẻ (LGSP) và hệ thống quốc gia",
            Band::Infrastructure => "Hạ tầng kỹ thuật",
            Band::Governance => "Quản lý, chỉ đạo",
            Band::Security => "An toàn thông tin",
        }
    }

    pub fn title_en(self) -> &'static str {
        match self {
            Band::Users => "Users",
            Band::Channels => "Access channels",
            Band::PortalServices => "Portal and online public services",
            Band::Applications => "Applications",
            Band::Databases => "Databases",
            Band::Integration => "Integration platform (LGSP) and national systems",
            Band::Infrastructure => "Technical infrastructure",
            Band::Governance => "Governance",
            Band::Security => "Information security",
        }
    }
}

impl Role {
    /// The role of a catalogue or declared element of `kind`; applications
    /// are refined with [`Role::of_app`].
    pub fn of_kind(kind: ElementKind) -> Role {
        use ElementKind as K;
        match kind {
            K::Organization => Role::Organization,
            K::Actor => Role::Actor,
            K::Channel => Role::Channel,
            K::Service => Role::Service,
            K::Application => Role::Application,
            K::Database => Role::Database,
            K::Catalog => Role::Catalog,
            K::Exchange => Role::Exchange,
            K::Infrastructure => Role::Infrastructure,
            K::Control => Role::Control,
            K::Objective | K::Phase | K::Task | K::Solution | K::Responsibility => Role::Roadmap,
            K::Standard | K::CatalogueStandard | K::Regulation => Role::Standard,
            K::Review => Role::Review,
            K::National => Role::NationalSystem,
        }
    }

    pub fn of_app(kind: AppKind) -> Role {
        match kind {
            AppKind::Portal | AppKind::PublicServicePortal => Role::Portal,
            AppKind::IntegrationPlatform => Role::Lgsp,
            AppKind::Authentication | AppKind::Payment | AppKind::DigitalSignature => {
                Role::Platform
            }
            _ => Role::Application,
        }
    }

    pub fn layer(self) -> Layer {
        use Role::*;
        match self {
            Actor | Channel | Service => Layer::Business,
            Portal | Application | Platform | Lgsp | Exchange | NationalSystem => {
                Layer::Application
            }
            Database | Catalog | NationalDatabase => Layer::Data,
            Infrastructure | NationalInfrastructure => Layer::Infrastructure,
            Control => Layer::Security,
            Organization | Standard => Layer::Governance,
            Roadmap | Review => Layer::Roadmap,
        }
    }

    /// Position in the stack for the layering check: lower is higher up.
    /// Finer than the four layers, following the chain of framework 1.0
    /// §II.4.1: users → channels → portal and services → applications →
    /// shared platforms → data → infrastructure. `None` for cross-cutting
    /// and non-architecture elements.
    pub fn stack_rank(self) -> Option<u8> {
        use Role::*;
        match self {
            Actor => Some(0),
            Channel => Some(1),
            Service | Portal => Some(2),
            Application | Exchange => Some(3),
            Platform | Lgsp | NationalSystem => Some(4),
            Database | Catalog | NationalDatabase => Some(5),
            Infrastructure | NationalInfrastructure => Some(6),
            Control | Organization | Standard | Roadmap | Review => None,
        }
    }

    /// Where it sits in the provincial diagram; `None` when diagrams leave it out.
    pub fn band(self) -> Option<Band> {
        use Role::*;
        match self {
            Actor => Some(Band::Users),
            Channel => Some(Band::Channels),
            Service | Portal => Some(Band::PortalServices),
            Application | Platform => Some(Band::Applications),
            Database | Catalog => Some(Band::Databases),
            Lgsp | Exchange | NationalSystem | NationalDatabase => Some(Band::Integration),
            Infrastructure | NationalInfrastructure => Some(Band::Infrastructure),
            Control => Some(Band::Security),
            Organization | Standard => Some(Band::Governance),
            Roadmap | Review => None,
        }
    }
}

/// What a reference means for dependency analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Flow {
    /// The element holding the reference depends on its target.
    Down,
    /// The target depends on the element holding the reference: `serves`
    /// (the users need the channel), `users` (the users need the
    /// application), `channels` (the channel fronts the service).
    Up,
    /// A peer link with no direction of need: `connects`, `backs_up`, `protects`.
    Link,
    /// A call back up the stack by design: a service notifying users through a channel.
    Callback,
    /// Ownership, governance, roadmap and review links.
    Meta,
}

/// The line style a relation is drawn with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Style {
    /// Users reach channels, channels front services and portals.
    Access,
    /// Uses, supports, depends on.
    Dependency,
    /// Through the LGSP or to national systems.
    Integration,
    /// Runs on infrastructure.
    Hosting,
    /// Network links, backups, protection.
    Link,
    /// Notifications and governance.
    Other,
}

impl Style {
    pub const ALL: [Style; 6] = [
        Style::Access,
        Style::Dependency,
        Style::Integration,
        Style::Hosting,
        Style::Link,
        Style::Other,
    ];

    pub fn title_vi(self) -> &'static str {
        match self {
            Style::Access => "Truy cập, cung cấp dịch vụ",
            Style::Dependency => "Sử dụng, phụ thuộc",
            Style::Integration => "Tích hợp, kết nối qua LGSP/NGSP",
            Style::Hosting => "Triển khai trên hạ tầng",
            Style::Link => "Kết nối mạng, dự phòng, bảo vệ",
            Style::Other => "Thông báo, quản lý",
        }
    }
}

/// The flow and style of a relation.
pub fn classify(relation: Relation) -> (Flow, Style) {
    use Relation::*;
    match relation {
        Serves | UsedBy => (Flow::Up, Style::Access),
        OfferedThrough => (Flow::Up, Style::Access),
        Fronts => (Flow::Down, Style::Access),
        SupportedBy | Uses | DependsOn | SyncsWith | UsesCatalog => (Flow::Down, Style::Dependency),
        IntegratesVia | DirectLink | ConnectsTo | ExchangeFrom | ExchangeTo | ExchangeVia => {
            (Flow::Down, Style::Integration)
        }
        HostedOn => (Flow::Down, Style::Hosting),
        Connects | BacksUp | Protects => (Flow::Link, Style::Link),
        NotifiesVia => (Flow::Callback, Style::Other),
        // Hierarchies that must not loop either.
        Parent | TaskDependsOn => (Flow::Down, Style::Other),
        Owns | ProvidedBy | OperatedBy | InPhase | Delivers | Lead | Partner | AppliesStandard
        | ApprovedBy | AppraisedBy | AssessedBy | MonitoredBy | About | Responsible
        | Maintainer | SteeringBody | Waiver => (Flow::Meta, Style::Other),
    }
}

/// Relations exempt from the layering check, and why (shown by `explain`).
pub fn layering_exempt(relation: Relation) -> bool {
    use Relation::*;
    // Exchange endpoints give the direction data flows, not who needs whom.
    matches!(relation, ExchangeFrom | ExchangeTo)
}

impl Role {
    /// English (with an article) and Vietnamese names, for messages.
    pub fn names(self) -> (&'static str, &'static str) {
        use Role::*;
        match self {
            Actor => ("a user group", "nhóm người sử dụng"),
            Channel => ("an access channel", "kênh truy cập"),
            Service => ("an online service", "dịch vụ công trực tuyến"),
            Portal => ("a portal", "cổng thông tin"),
            Application => ("an application", "ứng dụng"),
            Platform => ("a shared platform", "nền tảng dùng chung"),
            Lgsp => ("the LGSP", "nền tảng LGSP"),
            Database => ("a database", "cơ sở dữ liệu"),
            Catalog => ("a catalogue", "danh mục dùng chung"),
            Exchange => ("a data exchange", "luồng trao đổi dữ liệu"),
            Infrastructure => ("infrastructure", "hạ tầng kỹ thuật"),
            NationalSystem => ("a national system", "hệ thống quốc gia"),
            NationalDatabase => ("a national database", "CSDL quốc gia"),
            NationalInfrastructure => ("national infrastructure", "hạ tầng quốc gia"),
            Control => ("a security control", "biện pháp an toàn thông tin"),
            Organization => ("an organization", "cơ quan, đơn vị"),
            Standard => ("a standard", "tiêu chuẩn"),
            Roadmap => ("a roadmap item", "hạng mục lộ trình"),
            Review => ("a review comment", "ý kiến thẩm định"),
        }
    }
}
