//! The built-in catalogue: national systems a provincial model references by
//! fixed ids without declaring them, and the TT 39/2017 standards.

use super::ElementKind;

/// What a national system is, so that references can be checked by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NationalKind {
    /// A platform or system (NGSP, the document axis, portals).
    System,
    /// A national database (Decision 714/QĐ-TTg).
    Database,
    /// National infrastructure.
    Infrastructure,
}

/// One national system.
#[derive(Debug, Clone, Copy)]
pub struct NationalSystem {
    pub id: &'static str,
    pub kind: NationalKind,
    pub name_vi: &'static str,
    pub name_en: &'static str,
    /// Who runs it.
    pub operator_vi: &'static str,
    /// Where it comes from.
    pub basis: &'static str,
}

/// National systems of framework 1.0 and the six national databases prioritised
/// by Decision 714/QĐ-TTg (22/5/2015).
pub const NATIONAL_SYSTEMS: &[NationalSystem] = &[
    NationalSystem {
        id: "national:ngsp",
        kind: NationalKind::System,
        name_vi: "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NGSP)",
        name_en: "National Government Service Platform (NGSP)",
        operator_vi: "Bộ Thông tin và Truyền thông",
        basis: "Khung Kiến trúc CPĐT Việt Nam 1.0, mục II.5.2; Thông tư 13/2017/TT-BTTTT, Điều 3.13",
    },
    NationalSystem {
        id: "national:truc-lien-thong-van-ban",
        kind: NationalKind::System,
        name_vi: "Trục liên thông văn bản quốc gia",
        name_en: "National document interconnection axis",
        operator_vi: "Văn phòng Chính phủ",
        basis: "Quyết định 28/2018/QĐ-TTg ngày 12/7/2018",
    },
    NationalSystem {
        id: "national:cong-dvc-quoc-gia",
        kind: NationalKind::System,
        name_vi: "Cổng Dịch vụ công quốc gia",
        name_en: "National Public Service Portal",
        operator_vi: "Văn phòng Chính phủ",
        basis: "Nghị quyết 36a/NQ-CP ngày 14/10/2015; vận hành từ 09/12/2019",
    },
    NationalSystem {
        id: "national:cong-ttdt-chinh-phu",
        kind: NationalKind::System,
        name_vi: "Cổng Thông tin điện tử Chính phủ",
        name_en: "Government web portal",
        operator_vi: "Văn phòng Chính phủ",
        basis: "Khung Kiến trúc CPĐT Việt Nam 1.0, mục II.2",
    },
    NationalSystem {
        id: "national:ca-chuyen-dung",
        kind: NationalKind::System,
        name_vi: "Hệ thống chứng thực chữ ký số chuyên dùng Chính phủ",
        name_en: "Government specialised digital-signature CA",
        operator_vi: "Ban Cơ yếu Chính phủ",
        basis: "Nghị định 130/2018/NĐ-CP",
    },
    NationalSystem {
        id: "national:mang-truyen-so-lieu-chuyen-dung",
        kind: NationalKind::Infrastructure,
        name_vi: "Mạng truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước",
        name_en: "Specialised data network of Party and State bodies",
        operator_vi: "Cục Bưu điện Trung ương",
        basis: "Khung Kiến trúc CPĐT Việt Nam 1.0, mục II.4.1",
    },
    NationalSystem {
        id: "national:csdl-dan-cu",
        kind: NationalKind::Database,
        name_vi: "Cơ sở dữ liệu quốc gia về dân cư",
        name_en: "National population database",
        operator_vi: "Bộ Công an",
        basis: "Quyết định 714/QĐ-TTg ngày 22/5/2015",
    },
    NationalSystem {
        id: "national:csdl-dat-dai",
        kind: NationalKind::Database,
        name_vi: "Cơ sở dữ liệu quốc gia về đất đai",
        name_en: "National land database",
        operator_vi: "Bộ Tài nguyên và Môi trường",
        basis: "Quyết định 714/QĐ-TTg ngày 22/5/2015",
    },
    NationalSystem {
        id: "national:csdl-dang-ky-doanh-nghiep",
        kind: NationalKind::Database,
        name_vi: "Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp",
        name_en: "National business registration database",
        operator_vi: "Bộ Kế hoạch và Đầu tư",
        basis: "Quyết định 714/QĐ-TTg ngày 22/5/2015",
    },
    NationalSystem {
        id: "national:csdl-tai-chinh",
        kind: NationalKind::Database,
        name_vi: "Cơ sở dữ liệu quốc gia về tài chính",
        name_en: "National finance database",
        operator_vi: "Bộ Tài chính",
        basis: "Quyết định 714/QĐ-TTg ngày 22/5/2015",
    },
    NationalSystem {
        id: "national:csdl-bao-hiem",
        kind: NationalKind::Database,
        name_vi: "Cơ sở dữ liệu quốc gia về bảo hiểm",
        name_en: "National insurance database",
        operator_vi: "Bảo hiểm xã hội Việt Nam",
        basis: "Quyết định 714/QĐ-TTg ngày 22/5/2015",
    },
    NationalSystem {
        id: "national:csdl-thong-ke-dan-so",
        kind: NationalKind::Database,
        name_vi: "Cơ sở dữ liệu quốc gia về thống kê tổng hợp về dân số",
        name_en: "National population statistics database",
        operator_vi: "Tổng cục Thống kê",
        basis: "Quyết định 714/QĐ-TTg ngày 22/5/2015",
    },
];

/// A standard of the TT 39/2017/TT-BTTTT catalogue.
#[derive(Debug, Clone, Copy)]
pub struct CatalogueStandard {
    pub id: &'static str,
    pub code: &'static str,
    /// Mandatory (bắt buộc áp dụng) rather than recommended (khuyến nghị áp dụng).
    pub mandatory: bool,
    pub group_vi: &'static str,
}

/// The rows of TT 39/2017 that kientruc checks against. Rows marked mandatory
/// are those verified as "bắt buộc áp dụng"; the others are recommended.
pub const TT39_STANDARDS: &[CatalogueStandard] = &[
    CatalogueStandard {
        id: "tt39:http-1-1",
        code: "HTTP v1.1",
        mandatory: true,
        group_vi: "Tiêu chuẩn kết nối",
    },
    CatalogueStandard {
        id: "tt39:http-2-0",
        code: "HTTP v2.0",
        mandatory: false,
        group_vi: "Tiêu chuẩn kết nối",
    },
    CatalogueStandard {
        id: "tt39:ftp",
        code: "FTP",
        mandatory: false,
        group_vi: "Tiêu chuẩn kết nối",
    },
    CatalogueStandard {
        id: "tt39:webdav",
        code: "WebDAV",
        mandatory: false,
        group_vi: "Tiêu chuẩn kết nối",
    },
    CatalogueStandard {
        id: "tt39:odata-4",
        code: "OData v4",
        mandatory: false,
        group_vi: "Tiêu chuẩn kết nối",
    },
    CatalogueStandard {
        id: "tt39:smtp",
        code: "SMTP",
        mandatory: true,
        group_vi: "Tiêu chuẩn kết nối",
    },
    CatalogueStandard {
        id: "tt39:soap",
        code: "SOAP",
        mandatory: false,
        group_vi: "Tiêu chuẩn kết nối",
    },
    CatalogueStandard {
        id: "tt39:wsdl",
        code: "WSDL",
        mandatory: false,
        group_vi: "Tiêu chuẩn kết nối",
    },
    CatalogueStandard {
        id: "tt39:xml-1-0",
        code: "XML v1.0",
        mandatory: true,
        group_vi: "Tiêu chuẩn tích hợp dữ liệu",
    },
    CatalogueStandard {
        id: "tt39:xml-schema",
        code: "XML Schema",
        mandatory: false,
        group_vi: "Tiêu chuẩn tích hợp dữ liệu",
    },
    CatalogueStandard {
        id: "tt39:json",
        code: "JSON",
        mandatory: false,
        group_vi: "Tiêu chuẩn tích hợp dữ liệu",
    },
    CatalogueStandard {
        id: "tt39:utf-8",
        code: "UTF-8",
        mandatory: false,
        group_vi: "Tiêu chuẩn tích hợp dữ liệu",
    },
    CatalogueStandard {
        id: "tt39:tcvn-6909-2001",
        code: "TCVN 6909:2001",
        mandatory: true,
        group_vi: "Tiêu chuẩn truy cập thông tin",
    },
    CatalogueStandard {
        id: "tt39:html",
        code: "HTML",
        mandatory: false,
        group_vi: "Tiêu chuẩn truy cập thông tin",
    },
    CatalogueStandard {
        id: "tt39:pdf",
        code: "PDF",
        mandatory: false,
        group_vi: "Tiêu chuẩn truy cập thông tin",
    },
    CatalogueStandard {
        id: "tt39:tls",
        code: "TLS",
        mandatory: false,
        group_vi: "Tiêu chuẩn an toàn thông tin",
    },
    CatalogueStandard {
        id: "tt39:xml-signature",
        code: "XML Signature",
        mandatory: false,
        group_vi: "Tiêu chuẩn an toàn thông tin",
    },
    CatalogueStandard {
        id: "tt03-2013:data-centre",
        code: "TT 03/2013/TT-BTTTT (trung tâm dữ liệu)",
        mandatory: false,
        group_vi: "Hạ tầng",
    },
];

pub fn national(id: &str) -> Option<&'static NationalSystem> {
    NATIONAL_SYSTEMS.iter().find(|s| s.id == id)
}

pub fn standard(id: &str) -> Option<&'static CatalogueStandard> {
    TT39_STANDARDS.iter().find(|s| s.id == id)
}

/// The element kind a catalogue id stands for, if it is one.
pub fn kind_of(id: &str) -> Option<ElementKind> {
    if national(id).is_some() {
        Some(ElementKind::National)
    } else if standard(id).is_some() {
        Some(ElementKind::CatalogueStandard)
    } else {
        None
    }
}
