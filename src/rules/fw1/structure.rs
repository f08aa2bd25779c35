//! The model itself: its manifest, its nine blocks, its scope and its version.

use crate::diagnostic::{Label, Msg};
use crate::model::manifest::Manifest;
use crate::model::{Extras, Model, OrgLevel};
use crate::rules::engine::{Context, Rule, Sink};
use crate::rules::query::{example_org, section_or_manifest};
use crate::source::Span;
use unicode_normalization::UnicodeNormalization;

crate::declare_rules! {
    /// ## What it checks
    /// The manifest names the province properly: `province.name` is not blank,
    /// is written in Unicode NFC (precomposed Vietnamese letters), does not start
    /// with the word "tỉnh", and `province.code` is one of the 63 provincial codes
    /// of Quyết định 124/2004/QĐ-TTg (01 Hà Nội … 96 Cà Mau). When the name is a
    /// known province, the code must be that province's code.
    /// The framework version itself is checked by the schema (only "1.0" is accepted).
    ///
    /// ## Why
    /// The name and code appear on every generated document (title, place and
    /// date line, decision number) and key the model to national catalogues.
    /// Decomposed letters look identical but compare and sort differently, and
    /// break searching; "tỉnh" is added by the templates ("tỉnh Quảng Nam").
    ///
    /// ## Basis
    /// Framework 1.0 (1178/BTTTT-THH) is written per province; codes from
    /// Quyết định 124/2004/QĐ-TTg (danh mục đơn vị hành chính); TCVN 6909:2001.
    ///
    /// ## Example
    /// Fails:
    /// ```yaml
    /// province: { name: Tỉnh Quảng Nam, code: "51" }
    /// ```
    /// Passes:
    /// ```yaml
    /// province: { name: Quảng Nam, code: "49" }
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Tệp khai báo chung ghi đúng tên tỉnh: `province.name` không để trống, viết ở
    /// dạng chuẩn Unicode NFC (chữ tiếng Việt dựng sẵn), không bắt đầu bằng chữ
    /// "tỉnh", và `province.code` là một trong 63 mã tỉnh theo Quyết định
    /// 124/2004/QĐ-TTg (01 Hà Nội … 96 Cà Mau). Khi tên là một tỉnh đã biết, mã phải
    /// đúng là mã của tỉnh đó.
    /// Bản thân phiên bản khung kiến trúc do lược đồ kiểm tra (chỉ chấp nhận "1.0").
    ///
    /// ### Vì sao
    /// Tên và mã tỉnh xuất hiện trên mọi văn bản được sinh ra (tiêu đề, dòng địa danh
    /// và ngày tháng, số quyết định) và gắn mô hình với các danh mục quốc gia. Chữ bị
    /// tách dấu trông giống hệt nhưng so sánh, sắp xếp khác đi và làm hỏng việc tìm
    /// kiếm; chữ "tỉnh" do các mẫu văn bản tự thêm vào ("tỉnh Quảng Nam").
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0 (Công văn 1178/BTTTT-THH) được cụ thể hóa theo từng tỉnh;
    /// mã tỉnh theo Quyết định 124/2004/QĐ-TTg (danh mục đơn vị hành chính); TCVN 6909:2001.
    ///
    /// ### Ví dụ
    /// Không đạt:
    /// ```yaml
    /// province: { name: Tỉnh Quảng Nam, code: "51" }
    /// ```
    /// Đạt:
    /// ```yaml
    /// province: { name: Quảng Nam, code: "49" }
    /// ```
    MOD_PROVINCE = ("FW1-MOD-001", Error, "province name and code are valid", "tên và mã tỉnh hợp lệ", Inferred, "QĐ 124/2004/QĐ-TTg; TCVN 6909:2001");

    /// ## What it checks
    /// The blocks of the provincial framework are all present: users (`actors`),
    /// access channels (`channels`), online public services (`services`),
    /// applications and databases (`applications`, `databases`), technical
    /// infrastructure (`infrastructure`), information security (`controls`) and
    /// governance (`responsibilities`, `solutions` or a steering body in the
    /// manifest). One finding per missing block. The two remaining blocks have
    /// their own rules: the provincial portal (FW1-POR-001) and the LGSP
    /// (FW1-LGSP-001).
    ///
    /// ## Why
    /// The provincial architecture is one box of the national diagram; an
    /// architecture without one of its blocks cannot be approved as a whole.
    ///
    /// ## Basis
    /// Framework 1.0 §II.4.1 (provincial diagram: users, access channels, portal,
    /// online services, applications and databases, LGSP, infrastructure) and
    /// §II.2 (security and management as cross-cutting blocks).
    ///
    /// ## Example
    /// Fails: a model with no `controls` section.
    /// Passes:
    /// ```yaml
    /// controls:
    ///   - { id: tuong-lua, name: Tường lửa trung tâm dữ liệu, kind: firewall }
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Kiến trúc cấp tỉnh có đủ các khối: người sử dụng (`actors`), kênh truy cập
    /// (`channels`), dịch vụ công trực tuyến (`services`), ứng dụng và cơ sở dữ liệu
    /// (`applications`, `databases`), hạ tầng kỹ thuật (`infrastructure`), an toàn
    /// thông tin (`controls`) và quản lý, chỉ đạo (`responsibilities`, `solutions`
    /// hoặc ban chỉ đạo ghi trong tệp khai báo chung). Mỗi khối thiếu là một phát
    /// hiện. Hai khối còn lại có quy tắc riêng: cổng dịch vụ công cấp tỉnh
    /// (FW1-POR-001) và nền tảng tích hợp, chia sẻ dữ liệu (LGSP, FW1-LGSP-001).
    ///
    /// ### Vì sao
    /// Kiến trúc cấp tỉnh là một ô trong sơ đồ tổng thể quốc gia; một bản kiến trúc
    /// thiếu một trong các khối của nó thì không thể phê duyệt như một tổng thể.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.4.1 (sơ đồ cấp tỉnh: người sử dụng, kênh truy cập,
    /// cổng thông tin, dịch vụ công trực tuyến, ứng dụng và cơ sở dữ liệu, LGSP, hạ
    /// tầng kỹ thuật) và mục II.2 (an toàn thông tin và quản lý là các khối xuyên suốt).
    ///
    /// ### Ví dụ
    /// Không đạt: mô hình không có phần `controls`.
    /// Đạt:
    /// ```yaml
    /// controls:
    ///   - { id: tuong-lua, name: Tường lửa trung tâm dữ liệu, kind: firewall }
    /// ```
    MOD_BLOCKS = ("FW1-MOD-003", Error, "all blocks of the framework present", "có đủ các khối của khung kiến trúc", Stated, "Framework 1.0 §II.2, §II.4.1");

    /// ## What it checks
    /// `architecture.scope` lists the four levels of local government the
    /// architecture covers: `province`, `department`, `district`, `commune`.
    ///
    /// ## Why
    /// A provincial architecture covers the People's Committee, its departments
    /// and the district and commune People's Committees; a missing level leaves
    /// its agencies out of every shared system.
    ///
    /// ## Basis
    /// Framework 1.0 §II.1 (hierarchical administration model); provincial
    /// practice (Vĩnh Phúc: "thống nhất 3 cấp chính quyền").
    ///
    /// ## Example
    /// Fails: `scope: [province, department]`.
    /// Passes:
    /// ```yaml
    /// architecture:
    ///   scope: [province, department, district, commune]
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// `architecture.scope` liệt kê đủ bốn cấp chính quyền địa phương mà kiến trúc
    /// bao quát: `province` (tỉnh), `department` (sở, ngành), `district` (huyện),
    /// `commune` (xã).
    ///
    /// ### Vì sao
    /// Kiến trúc cấp tỉnh bao quát Ủy ban nhân dân tỉnh, các sở, ngành và Ủy ban nhân
    /// dân cấp huyện, cấp xã; thiếu một cấp thì các cơ quan của cấp đó bị bỏ ra ngoài
    /// mọi hệ thống dùng chung.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.1 (mô hình hành chính theo thứ bậc); thực tiễn các
    /// tỉnh (Vĩnh Phúc: "thống nhất 3 cấp chính quyền").
    ///
    /// ### Ví dụ
    /// Không đạt: `scope: [province, department]`.
    /// Đạt:
    /// ```yaml
    /// architecture:
    ///   scope: [province, department, district, commune]
    /// ```
    MOD_SCOPE = ("FW1-MOD-004", Warning, "scope covers every administrative level", "phạm vi bao gồm đủ các cấp hành chính", Inferred, "Framework 1.0 §II.1");

    /// ## What it checks
    /// `architecture.version` is a version number, and a version after the
    /// first (anything but 1 / 1.0) records the version it replaces in
    /// `architecture.predecessor`.
    ///
    /// ## Why
    /// Provinces revise their architecture (1.0, then 2.0 …); the approval
    /// decision of a new version cites and replaces the previous one.
    ///
    /// ## Basis
    /// Provincial practice (Gia Lai 2.0 cites its 1.0 decision).
    ///
    /// ## Example
    /// Fails: `version: "2.0"` with no predecessor.
    /// Passes:
    /// ```yaml
    /// architecture:
    ///   version: "2.0"
    ///   predecessor: Quyết định 1234/QĐ-UBND ngày 20/12/2016
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// `architecture.version` là một số phiên bản, và một phiên bản sau phiên bản đầu
    /// (mọi giá trị khác 1 / 1.0) ghi phiên bản mà nó thay thế trong
    /// `architecture.predecessor`.
    ///
    /// ### Vì sao
    /// Các tỉnh cập nhật kiến trúc của mình (1.0, rồi 2.0 …); quyết định phê duyệt
    /// phiên bản mới viện dẫn và thay thế phiên bản trước.
    ///
    /// ### Căn cứ
    /// Thực tiễn các tỉnh (Kiến trúc 2.0 của Gia Lai viện dẫn quyết định phê duyệt phiên bản 1.0).
    ///
    /// ### Ví dụ
    /// Không đạt: `version: "2.0"` mà không có phiên bản trước.
    /// Đạt:
    /// ```yaml
    /// architecture:
    ///   version: "2.0"
    ///   predecessor: Quyết định 1234/QĐ-UBND ngày 20/12/2016
    /// ```
    MOD_VERSION = ("FW1-MOD-005", Info, "architecture version and predecessor recorded", "ghi phiên bản kiến trúc và phiên bản trước", Inferred, "provincial practice");
}

// ---------------------------------------------------------------- FW1-MOD-001

use crate::legal::provinces::{province_by_code, province_by_name};

fn starts_with_tinh(name: &str) -> bool {
    let lower = name.trim_start().to_lowercase();
    lower
        .strip_prefix("tỉnh")
        .is_some_and(|rest| rest.starts_with(char::is_whitespace))
}

fn province(cx: &Context, sink: &mut Sink) {
    let Some(manifest) = &cx.model.manifest else {
        return;
    };
    let province = &manifest.architecture.province;
    let name = province.name.as_str();
    let code = province.code.as_str().trim();
    if name.trim().is_empty() {
        sink.report(
            Some(province.name.span),
            None,
            Msg::new("the province name is blank", "tên tỉnh để trống"),
            Msg::new(
                "write the name without the word \"tỉnh\", e.g. `name: Quảng Nam`",
                "ghi tên tỉnh, không kèm chữ \"tỉnh\", ví dụ `name: Quảng Nam`",
            ),
        )
        .in_field("architecture.province.name");
    } else {
        let nfc: String = name.nfc().collect();
        if nfc != name {
            sink.report(
                Some(province.name.span),
                None,
                Msg::new(
                    "the province name is not in Unicode NFC (decomposed Vietnamese letters)",
                    "tên tỉnh không ở dạng chuẩn Unicode NFC (chữ tiếng Việt bị tách dấu)",
                ),
                crate::msg_args!(
                    "retype it with precomposed letters: `name: {0}`",
                    "gõ lại bằng chữ dựng sẵn: `name: {0}`",
                    nfc.trim()
                ),
            )
            .in_field("architecture.province.name");
        }
        if starts_with_tinh(&nfc) {
            let bare = nfc
                .trim_start()
                .get("tỉnh".len()..)
                .unwrap_or_default()
                .trim();
            sink.report(
                Some(province.name.span),
                None,
                Msg::new(
                    "the province name starts with \"tỉnh\"; documents add that word themselves",
                    "tên tỉnh bắt đầu bằng chữ \"tỉnh\"; văn bản tự thêm chữ này",
                ),
                crate::msg_args!("write `name: {0}`", "ghi `name: {0}`", bare),
            )
            .in_field("architecture.province.name");
        }
    }
    let known = province_by_name(name);
    match province_by_code(code) {
        None => {
            let help = match known {
                Some((c, n)) => crate::msg_args!(
                    "the code of {0} is `{1}`: write `code: \"{1}\"`",
                    "mã của tỉnh {0} là `{1}`: ghi `code: \"{1}\"`",
                    n,
                    c
                ),
                None => Msg::new(
                    "use the two-digit code of Quyết định 124/2004/QĐ-TTg, from `01` (Hà Nội) to `96` (Cà Mau)",
                    "dùng mã hai chữ số theo Quyết định 124/2004/QĐ-TTg, từ `01` (Hà Nội) đến `96` (Cà Mau)",
                ),
            };
            sink.report(
                Some(province.code.span),
                None,
                crate::msg_args!(
                    "`{0}` is not a provincial code",
                    "`{0}` không phải là mã đơn vị hành chính cấp tỉnh",
                    code
                ),
                help,
            )
            .in_field("architecture.province.code");
        }
        Some(owner) => {
            if let Some((right, n)) = known.filter(|(c, _)| *c != code) {
                let d = sink
                    .report(
                        Some(province.code.span),
                        None,
                        crate::msg_args!(
                            "code `{0}` is {1}, but the province is {2}",
                            "mã `{0}` là của tỉnh {1}, nhưng tên tỉnh là {2}",
                            code,
                            owner,
                            n
                        ),
                        crate::msg_args!(
                            "the code of {0} is `{1}`: write `code: \"{1}\"`",
                            "mã của tỉnh {0} là `{1}`: ghi `code: \"{1}\"`",
                            n,
                            right
                        ),
                    )
                    .in_field("architecture.province.code");
                d.secondary.push(Label {
                    span: province.name.span,
                    text: Some(Msg::new("the province's name", "tên tỉnh")),
                });
            }
        }
    }
}

// ---------------------------------------------------------------- FW1-MOD-003

/// One block of the provincial diagram and how to tell it is there.
struct Block {
    en: &'static str,
    vi: &'static str,
    /// Where a finding points when the block is missing.
    section: &'static str,
    present: fn(&Model, &Extras) -> bool,
    /// YAML that starts the block.
    example: &'static str,
}

const BLOCKS: &[Block] = &[
    Block {
        en: "users",
        vi: "người sử dụng",
        section: "actors",
        present: |m, _| !m.actors.is_empty(),
        example: "actors: [{ id: nguoi-dan, name: Người dân, kind: citizen }]",
    },
    Block {
        en: "access channels",
        vi: "kênh truy cập",
        section: "channels",
        present: |m, _| !m.channels.is_empty(),
        example: "channels: [{ id: kenh-cong-ttdt, name: Cổng thông tin điện tử tỉnh, kind: web-portal, fronts: [cong-ttdt] }]",
    },
    Block {
        en: "online public services",
        vi: "dịch vụ công trực tuyến",
        section: "services",
        present: |m, _| !m.services.is_empty(),
        example: "services: [{ id: dang-ky-khai-sinh, name: Đăng ký khai sinh, level: 3, procedure_code: \"1.001193\" }]",
    },
    Block {
        en: "applications",
        vi: "ứng dụng",
        section: "applications",
        present: |m, _| !m.applications.is_empty(),
        example: "applications: [{ id: qlvb, name: Hệ thống quản lý văn bản và điều hành, kind: document-management, scope: shared }]",
    },
    Block {
        en: "databases",
        vi: "cơ sở dữ liệu",
        section: "databases",
        present: |m, _| !m.databases.is_empty(),
        example: "databases: [{ id: csdl-ho-so, name: Cơ sở dữ liệu hồ sơ thủ tục hành chính, scope: shared, dossiers: true }]",
    },
    Block {
        en: "technical infrastructure",
        vi: "hạ tầng kỹ thuật",
        section: "infrastructure",
        present: |m, _| !m.infrastructure.is_empty(),
        example: "infrastructure: [{ id: trung-tam-du-lieu, name: Trung tâm dữ liệu tỉnh, kind: data-centre }]",
    },
    Block {
        en: "information security",
        vi: "an toàn thông tin",
        section: "controls",
        present: |m, _| !m.controls.is_empty(),
        example: "controls: [{ id: tuong-lua, name: Tường lửa trung tâm dữ liệu, kind: firewall }]",
    },
    Block {
        en: "governance",
        vi: "quản lý, chỉ đạo",
        section: "responsibilities",
        present: |m, x| {
            !x.responsibilities.is_empty()
                || !m.solutions.is_empty()
                || m.manifest
                    .as_ref()
                    .is_some_and(|mf| mf.architecture.steering_body.is_some())
        },
        example: "responsibilities: [{ agency: so-tttt, duties: [Chủ trì triển khai Kiến trúc] }]",
    },
];

fn blocks(cx: &Context, sink: &mut Sink) {
    for block in BLOCKS {
        if (block.present)(cx.model, cx.extras) {
            continue;
        }
        sink.report(
            section_or_manifest(cx.model, block.section),
            None,
            crate::msg_args!(
                "the architecture has no {0} block",
                "kiến trúc thiếu khối {1}",
                block.en,
                block.vi
            ),
            {
                // Name an agency of the model; an empty model gets a neutral placeholder.
                let example = match example_org(cx.model) {
                    Some(org) => block.example.replace("so-tttt", org),
                    None => block.example.replace("so-tttt", "…"),
                };
                // The channel fronts the model's portal, or nothing yet.
                let portal = cx
                    .model
                    .applications
                    .iter()
                    .find(|a| a.kind.value == crate::model::AppKind::Portal)
                    .map(|a| a.id.as_str());
                let example = match portal {
                    Some(p) => example.replace("fronts: [cong-ttdt]", &format!("fronts: [{p}]")),
                    None => example.replace(", fronts: [cong-ttdt]", ""),
                };
                crate::msg_args!(
                    "declare it, e.g. `{0}`",
                    "khai báo khối này, ví dụ `{0}`",
                    example
                )
            },
        );
    }
}

// ---------------------------------------------------------------- FW1-MOD-004

const LOCAL_LEVELS: &[(OrgLevel, &str, &str)] = &[
    (OrgLevel::Province, "province", "cấp tỉnh"),
    (OrgLevel::Department, "department", "sở, ban, ngành"),
    (OrgLevel::District, "district", "cấp huyện"),
    (OrgLevel::Commune, "commune", "cấp xã"),
];

fn scope(cx: &Context, sink: &mut Sink) {
    let Some(manifest) = &cx.model.manifest else {
        return;
    };
    let scope = &manifest.architecture.scope;
    let missing: Vec<_> = LOCAL_LEVELS
        .iter()
        .filter(|(level, ..)| !scope.iter().any(|s| s.value == *level))
        .collect();
    if missing.is_empty() {
        return;
    }
    let span = match (scope.first(), scope.last()) {
        (Some(first), Some(last)) if first.span.file == last.span.file => {
            Some(Span::new(first.span.file, first.span.start, last.span.end))
        }
        _ => cx.model.manifest_span,
    };
    let en: Vec<&str> = missing.iter().map(|(_, en, _)| *en).collect();
    let vi: Vec<&str> = missing.iter().map(|(_, _, vi)| *vi).collect();
    sink.report(
        span,
        None,
        crate::msg_args!(
            "the scope does not cover: {0}",
            "phạm vi chưa bao gồm: {1}",
            en.join(", "),
            vi.join(", ")
        ),
        Msg::new(
            "list every level covered: `scope: [province, department, district, commune]`",
            "liệt kê mọi cấp được áp dụng: `scope: [province, department, district, commune]`",
        ),
    )
    .in_field("architecture.scope");
}

// ---------------------------------------------------------------- FW1-MOD-005

/// The numbers of a version like "2.0" or "phiên bản 1.1"; empty if it has none.
fn version_numbers(version: &str) -> Vec<u32> {
    let Some(start) = version.find(|c: char| c.is_ascii_digit()) else {
        return Vec::new();
    };
    version[start..]
        .split('.')
        .map_while(|part| {
            let digits: String = part
                .chars()
                .take_while(char::is_ascii_digit)
                .take(9)
                .collect();
            digits.parse().ok()
        })
        .collect()
}

fn version(cx: &Context, sink: &mut Sink) {
    let Some(Manifest { architecture, .. }) = &cx.model.manifest else {
        return;
    };
    let version = &architecture.version;
    let numbers = version_numbers(version.as_str());
    if numbers.is_empty() {
        sink.report(
            Some(version.span),
            None,
            crate::msg_args!(
                "`{0}` is not a version number",
                "`{0}` không phải là số phiên bản",
                version.as_str().trim()
            ),
            Msg::new(
                "record the version of this architecture, e.g. `version: \"1.0\"`",
                "ghi số phiên bản của kiến trúc, ví dụ `version: \"1.0\"`",
            ),
        )
        .in_field("architecture.version");
        return;
    }
    let first = numbers[0] == 1 && numbers[1..].iter().all(|n| *n == 0);
    let has_predecessor = architecture
        .predecessor
        .as_deref()
        .is_some_and(|p| !p.trim().is_empty());
    if !first && !has_predecessor {
        sink.report(
            Some(version.span),
            None,
            crate::msg_args!("version {0} does not record the version it replaces", "phiên bản {0} chưa ghi phiên bản được thay thế", version.as_str().trim()),
            Msg::new(
                "cite the previous approval, e.g. `predecessor: Quyết định 1234/QĐ-UBND ngày 20/12/2016`",
                "ghi quyết định phê duyệt phiên bản trước, ví dụ `predecessor: Quyết định 1234/QĐ-UBND ngày 20/12/2016`",
            ),
        )
        .in_field("architecture.predecessor");
    }
}

pub const RULES: &[Rule] = &[
    Rule {
        meta: &MOD_PROVINCE,
        check: province,
    },
    Rule {
        meta: &MOD_BLOCKS,
        check: blocks,
    },
    Rule {
        meta: &MOD_SCOPE,
        check: scope,
    },
    Rule {
        meta: &MOD_VERSION,
        check: version,
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::legal::provinces::{PROVINCES, name_key};

    #[test]
    fn sixty_three_distinct_provinces() {
        assert_eq!(PROVINCES.len(), 63);
        let codes: std::collections::HashSet<_> = PROVINCES.iter().map(|(c, _)| c).collect();
        let keys: std::collections::HashSet<_> =
            PROVINCES.iter().map(|(_, n)| name_key(n)).collect();
        assert_eq!((codes.len(), keys.len()), (63, 63));
        assert!(
            PROVINCES.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted by code"
        );
    }

    #[test]
    fn names_match_whatever_the_spelling() {
        assert_eq!(province_by_name("Hoà Bình").map(|p| p.0), Some("17"));
        assert_eq!(province_by_name("TP. Hồ Chí Minh").map(|p| p.0), Some("79"));
        assert_eq!(province_by_name("tỉnh Quảng Nam").map(|p| p.0), Some("49"));
        assert_eq!(province_by_name("Bà Rịa–Vũng Tàu").map(|p| p.0), Some("77"));
        assert_eq!(province_by_name("Thử Nghiệm"), None);
        assert_eq!(province_by_name("tỉnh"), None);
    }

    #[test]
    fn tinh_prefix_needs_a_word_after_it() {
        assert!(starts_with_tinh("Tỉnh Quảng Nam"));
        assert!(!starts_with_tinh("Tỉnh"));
        assert!(!starts_with_tinh("Tiền Giang"));
    }

    #[test]
    fn version_numbers_parse() {
        assert_eq!(version_numbers("1.0"), vec![1, 0]);
        assert_eq!(version_numbers("phiên bản 2.1"), vec![2, 1]);
        assert_eq!(version_numbers("bản nháp"), Vec::<u32>::new());
        assert_eq!(version_numbers("99999999999999999999"), vec![999_999_999]);
    }
}
