//! Applications and databases (ứng dụng và cơ sở dữ liệu).

use crate::diagnostic::{Diagnostic, Label, Msg};
use crate::model::catalogue::{self, NationalKind};
use crate::model::common::Status;
use crate::model::{AppKind, Application, ElementKind, Model, Ref, Scope};
use crate::rules::engine::{Context, Rule, Sink};
use crate::rules::query::{
    Owner, apps_of_kind, example_org, in_this, integration_platforms, lgsp, org_named, report_at,
    report_field, section_or_manifest, suggested_host, with_org,
};
use std::collections::{HashMap, HashSet};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

crate::declare_rules! {
    /// ## What it checks
    /// Every application names the agency that owns it (`owner`). Its `scope`
    /// (shared or specialised) is required by the schema.
    ///
    /// ## Why
    /// Framework 1.0 splits applications into shared ones, used by many agencies,
    /// and the specialised ones of each sector; shared solutions are those a
    /// competent authority designates. Either way someone must own the system.
    ///
    /// ## Basis
    /// Framework 1.0 §II.4.1 (shared and specialised applications); Nghị định
    /// 64/2007/NĐ-CP, Art. 3.4.
    ///
    /// ## Example
    /// Fails:
    /// ```yaml
    /// applications:
    ///   - { id: qlvb, name: Hệ thống QLVB&ĐH, kind: document-management, scope: shared }
    /// ```
    /// Passes: the same with `owner: so-tttt`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi ứng dụng đều ghi cơ quan chủ quản (`owner`). Phạm vi sử dụng `scope` (dùng
    /// chung hay chuyên ngành) là trường bắt buộc do lược đồ kiểm tra.
    ///
    /// ### Vì sao
    /// Khung Kiến trúc 1.0 chia ứng dụng thành ứng dụng dùng chung cho nhiều cơ quan và
    /// ứng dụng chuyên ngành của từng ngành, lĩnh vực; giải pháp dùng chung là giải
    /// pháp do cơ quan có thẩm quyền chỉ định. Trường hợp nào thì hệ thống cũng phải có
    /// cơ quan chủ quản.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.4.1 (ứng dụng dùng chung và chuyên ngành); Nghị định
    /// 64/2007/NĐ-CP, khoản 4 Điều 3.
    ///
    /// ### Ví dụ
    /// Không đạt:
    /// ```yaml
    /// applications:
    ///   - { id: qlvb, name: Hệ thống QLVB&ĐH, kind: document-management, scope: shared }
    /// ```
    /// Đạt: cũng khai báo đó, thêm `owner: so-tttt`.
    APP_OWNER = ("FW1-APP-001", Error, "application has an owner", "ứng dụng có cơ quan chủ quản", Stated, "Framework 1.0 §II.4.1; Decree 64/2007/NĐ-CP Art. 3.4");

    /// ## What it checks
    /// A shared document-management and executive-operation system (QLVB&ĐH,
    /// `kind: document-management`, `scope: shared`) is declared and not retiring.
    ///
    /// ## Why
    /// Framework 1.0 names document management and executive operation first
    /// among the internal applications to deploy immediately.
    ///
    /// ## Basis
    /// Framework 1.0 §II.4.2, priority 3.
    ///
    /// ## Example
    /// Passes:
    /// ```yaml
    /// applications:
    ///   - id: qlvb
    ///     name: Hệ thống quản lý văn bản và điều hành
    ///     kind: document-management
    ///     scope: shared
    ///     owner: so-tttt
    /// ```
    /// Fails: no such application, or only a specialised one.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Có khai báo một hệ thống quản lý văn bản và điều hành dùng chung (QLVB&ĐH,
    /// `kind: document-management`, `scope: shared`) đang vận hành hoặc sẽ xây dựng.
    ///
    /// ### Vì sao
    /// Khung Kiến trúc 1.0 nêu quản lý văn bản và điều hành đầu tiên trong số các ứng
    /// dụng nội bộ cần triển khai ngay.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.4.2, ưu tiên thứ 3.
    ///
    /// ### Ví dụ
    /// Đạt:
    /// ```yaml
    /// applications:
    ///   - id: qlvb
    ///     name: Hệ thống quản lý văn bản và điều hành
    ///     kind: document-management
    ///     scope: shared
    ///     owner: so-tttt
    /// ```
    /// Không đạt: không có ứng dụng như vậy, hoặc chỉ có ứng dụng chuyên ngành.
    APP_DOCUMENT_MANAGEMENT = ("FW1-APP-002", Error, "shared document-management system exists", "có hệ thống quản lý văn bản và điều hành dùng chung", Stated, "Framework 1.0 §II.4.2");

    /// ## What it checks
    /// Shared finance (`kind: finance`) and asset-management (`kind: asset`)
    /// applications are declared. If the province leaves them out on purpose,
    /// turn the rule off in the manifest (`rules: { FW1-APP-003: off }`).
    ///
    /// ## Why
    /// Framework 1.0 names finance and asset management, with document
    /// management, as the simple, effective internal applications to deploy first.
    ///
    /// ## Basis
    /// Framework 1.0 §II.4.2, priority 3.
    ///
    /// ## Example
    /// Fails: a model with a finance application but no asset application.
    /// Passes: both `kind: finance` and `kind: asset`, each with `scope: shared`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Có khai báo ứng dụng quản lý tài chính (`kind: finance`) và quản lý tài sản
    /// (`kind: asset`) dùng chung. Nếu tỉnh chủ động không đưa vào, hãy tắt quy tắc
    /// trong tệp khai báo chung (`rules: { FW1-APP-003: off }`).
    ///
    /// ### Vì sao
    /// Khung Kiến trúc 1.0 nêu quản lý tài chính và quản lý tài sản, cùng với quản lý
    /// văn bản, là những ứng dụng nội bộ đơn giản, hiệu quả cần triển khai trước.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.4.2, ưu tiên thứ 3.
    ///
    /// ### Ví dụ
    /// Không đạt: mô hình có ứng dụng tài chính nhưng không có ứng dụng quản lý tài sản.
    /// Đạt: có cả `kind: finance` và `kind: asset`, mỗi ứng dụng đều có `scope: shared`.
    APP_FINANCE_ASSET = ("FW1-APP-003", Warning, "shared finance and asset applications exist", "có ứng dụng quản lý tài chính và tài sản dùng chung", Stated, "Framework 1.0 §II.4.2");

    /// ## What it checks
    /// A one-stop electronic system (`kind: one-stop`) is declared and linked to
    /// the online services: a service lists it in `supported_by`, or it and a
    /// portal depend on each other (`depends_on`) or exchange data (`exchanges`).
    ///
    /// ## Why
    /// The one-stop system is where dossiers of online public services are
    /// received and processed; unlinked, the portal's services reach nobody.
    ///
    /// ## Basis
    /// Thông tư 03/2017/TT-BTTTT, Art. 4.4 (lists the one-stop system among
    /// citizen-serving systems). For 1.0 the link requirement is inferred.
    ///
    /// ## Example
    /// Passes:
    /// ```yaml
    /// applications:
    ///   - { id: mot-cua, name: Hệ thống một cửa điện tử, kind: one-stop, scope: shared, owner: so-tttt }
    /// services:
    ///   - { id: dvc-khai-sinh, name: Đăng ký khai sinh, level: 3, supported_by: [mot-cua] }
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Có khai báo hệ thống một cửa điện tử (`kind: one-stop`) và hệ thống này gắn
    /// với các dịch vụ công trực tuyến: một dịch vụ ghi hệ thống trong
    /// `supported_by`, hoặc hệ thống và một cổng thông tin phụ thuộc lẫn nhau
    /// (`depends_on`) hay trao đổi dữ liệu với nhau (`exchanges`).
    ///
    /// ### Vì sao
    /// Hệ thống một cửa điện tử là nơi tiếp nhận và giải quyết hồ sơ của dịch vụ công
    /// trực tuyến; không được kết nối thì dịch vụ trên cổng không tới được ai.
    ///
    /// ### Căn cứ
    /// Thông tư 03/2017/TT-BTTTT, khoản 4 Điều 4 (xếp hệ thống một cửa vào nhóm hệ
    /// thống phục vụ người dân, doanh nghiệp). Với khung 1.0, yêu cầu kết nối là suy ra.
    ///
    /// ### Ví dụ
    /// Đạt:
    /// ```yaml
    /// applications:
    ///   - { id: mot-cua, name: Hệ thống một cửa điện tử, kind: one-stop, scope: shared, owner: so-tttt }
    /// services:
    ///   - { id: dvc-khai-sinh, name: Đăng ký khai sinh, level: 3, supported_by: [mot-cua] }
    /// ```
    APP_ONE_STOP = ("FW1-APP-004", Warning, "one-stop system linked to the online services", "hệ thống một cửa điện tử gắn với dịch vụ công trực tuyến", Stated, "TT 03/2017/TT-BTTTT Art. 4.4");

    /// ## What it checks
    /// An official e-mail system (`kind: email`) is declared.
    ///
    /// ## Why
    /// Official e-mail is the first of the internal-operation systems that the
    /// security rules list; a provincial architecture without it is incomplete.
    ///
    /// ## Basis
    /// Thông tư 03/2017/TT-BTTTT, Art. 4.3(a). Inferred as a requirement.
    ///
    /// ## Example
    /// Passes:
    /// ```yaml
    /// applications:
    ///   - { id: thu-dien-tu, name: Hệ thống thư điện tử công vụ, kind: email, scope: shared, owner: so-tttt }
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Có khai báo hệ thống thư điện tử công vụ (`kind: email`).
    ///
    /// ### Vì sao
    /// Thư điện tử công vụ là hệ thống đầu tiên trong nhóm hệ thống phục vụ hoạt động
    /// nội bộ mà quy định về an toàn thông tin liệt kê; kiến trúc cấp tỉnh thiếu hệ
    /// thống này là chưa đầy đủ.
    ///
    /// ### Căn cứ
    /// Thông tư 03/2017/TT-BTTTT, điểm a khoản 3 Điều 4. Việc coi đây là yêu cầu là suy ra.
    ///
    /// ### Ví dụ
    /// Đạt:
    /// ```yaml
    /// applications:
    ///   - { id: thu-dien-tu, name: Hệ thống thư điện tử công vụ, kind: email, scope: shared, owner: so-tttt }
    /// ```
    APP_EMAIL = ("FW1-APP-005", Warning, "official e-mail system exists", "có hệ thống thư điện tử công vụ", Inferred, "TT 03/2017/TT-BTTTT Art. 4.3(a)");

    /// ## What it checks
    /// Data flows between applications of different owners go through the LGSP.
    /// A flow is an application's `depends_on` entry naming another agency's
    /// application, its `uses` entry naming another agency's database, or an
    /// `exchanges` entry between systems of different owners.
    /// It passes when both applications list the LGSP in `integrates_via`
    /// (for `depends_on`), the application does (for `uses`), or the LGSP is
    /// in the exchange's `via`, or when either end records a `direct_links`
    /// entry to the other with a reason, or the exchange records why it is
    /// direct (`direct_reason`). Links to
    /// national systems are checked by FW1-LGSP-002 and FW1-DB-002; with no LGSP
    /// at all, FW1-LGSP-001 reports the cause instead.
    ///
    /// ## Why
    /// Point-to-point links between agencies multiply interfaces and bypass the
    /// province's single integration platform. Decree 47/2020 allows a direct
    /// connection only when the intermediate platform is not ready or not enough,
    /// and the reason must then be on record.
    ///
    /// ## Basis
    /// Framework 1.0 §II.5.2; Thông tư 13/2017/TT-BTTTT, Art. 16; Nghị định
    /// 47/2020/NĐ-CP, Art. 46.
    ///
    /// ## Example
    /// Fails: `hscv-so-yte` (owner `so-yte`) has `depends_on: [qlvb]` (owner
    /// `so-tttt`), and neither integrates via the LGSP.
    /// Passes:
    /// ```yaml
    ///     integrates_via: [lgsp]        # on both applications, or:
    ///     direct_links:
    ///       - to: qlvb
    ///         reason: Kết nối có từ 2016, chuyển sang LGSP trong năm 2021
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Luồng dữ liệu giữa các ứng dụng của các cơ quan chủ quản khác nhau đi qua LGSP.
    /// Một luồng là một mục `depends_on` của ứng dụng trỏ tới ứng dụng của cơ quan
    /// khác, hoặc một mục `exchanges` giữa các hệ thống khác cơ quan chủ quản. Luồng
    /// đạt khi cả hai ứng dụng ghi LGSP trong `integrates_via` (với `depends_on`) hoặc
    /// LGSP có trong `via` của luồng trao đổi, hoặc khi một trong hai đầu ghi một mục
    /// `direct_links` tới đầu kia kèm lý do. Kết nối với hệ thống quốc gia do
    /// FW1-LGSP-002 và FW1-DB-002 kiểm tra; khi hoàn toàn không có LGSP, FW1-LGSP-001
    /// báo nguyên nhân đó.
    ///
    /// ### Vì sao
    /// Kết nối trực tiếp từng cặp giữa các cơ quan làm số giao diện tăng lên nhiều lần
    /// và bỏ qua nền tảng tích hợp duy nhất của tỉnh. Nghị định 47/2020 chỉ cho phép
    /// kết nối trực tiếp khi nền tảng trung gian chưa sẵn sàng hoặc chưa đáp ứng, và
    /// khi đó phải ghi rõ lý do.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.5.2; Thông tư 13/2017/TT-BTTTT, Điều 16; Nghị định
    /// 47/2020/NĐ-CP, Điều 46.
    ///
    /// ### Ví dụ
    /// Không đạt: `hscv-so-yte` (cơ quan chủ quản `so-yte`) có `depends_on: [qlvb]`
    /// (cơ quan chủ quản `so-tttt`), và không ứng dụng nào tích hợp qua LGSP.
    /// Đạt:
    /// ```yaml
    ///     integrates_via: [lgsp]        # on both applications, or:
    ///     direct_links:
    ///       - to: qlvb
    ///         reason: Kết nối có từ 2016, chuyển sang LGSP trong năm 2021
    /// ```
    /// (`integrates_via` ghi trên cả hai ứng dụng, hoặc ghi `direct_links` kèm lý do.)
    APP_VIA_LGSP = ("FW1-APP-006", Error, "inter-agency data flows go through the LGSP", "luồng dữ liệu giữa các cơ quan đi qua LGSP", Stated, "Framework 1.0 §II.5.2; TT 13/2017/TT-BTTTT Art. 16; Decree 47/2020/NĐ-CP Art. 46");

    /// ## What it checks
    /// No two applications of different owners list the same business function
    /// in `functions` (compared ignoring case and spacing), unless one of them
    /// is marked `intentional_duplicate: true`. Retiring applications are left out.
    ///
    /// ## Why
    /// Limiting duplicated investment is a stated purpose of the architecture;
    /// the state budget must not pay twice for the same capability.
    ///
    /// ## Basis
    /// Framework 1.0 §I.3 (purposes); Thông tư 23/2018/TT-BTTTT, Art. 2.3.
    /// The check itself is inferred.
    ///
    /// ## Example
    /// Fails: `functions: [Quản lý hồ sơ một cửa]` on applications of `so-yte`
    /// and `so-xd`.
    /// Passes: the second one marked `intentional_duplicate: true`, or merged.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Không có hai ứng dụng của hai cơ quan chủ quản khác nhau cùng ghi một chức năng
    /// nghiệp vụ trong `functions` (so sánh không phân biệt chữ hoa, chữ thường và
    /// khoảng trắng), trừ khi một trong hai được đánh dấu `intentional_duplicate: true`.
    /// Ứng dụng sắp ngừng sử dụng không được xét.
    ///
    /// ### Vì sao
    /// Hạn chế đầu tư trùng lặp là một mục đích đã nêu của kiến trúc; ngân sách nhà
    /// nước không được chi hai lần cho cùng một năng lực.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục I.3 (mục đích); Thông tư 23/2018/TT-BTTTT, khoản 3 Điều 2.
    /// Bản thân cách kiểm tra là suy ra.
    ///
    /// ### Ví dụ
    /// Không đạt: `functions: [Quản lý hồ sơ một cửa]` trên ứng dụng của `so-yte` và
    /// của `so-xd`.
    /// Đạt: ứng dụng thứ hai được đánh dấu `intentional_duplicate: true`, hoặc hai ứng
    /// dụng được hợp nhất.
    APP_DUPLICATE_FUNCTION = ("FW1-APP-007", Warning, "no duplicated business functions across agencies", "không trùng lặp chức năng nghiệp vụ giữa các cơ quan", Inferred, "Framework 1.0 §I.3; TT 23/2018/TT-BTTTT Art. 2.3");

    /// ## What it checks
    /// Every application and every database (all that can be `hosted_on`) that
    /// is not retiring names the infrastructure it runs on
    /// (`hosted_on`: a data centre, a server cluster or a rented cloud).
    ///
    /// ## Why
    /// Infrastructure is the foundation on which applications are deployed; an
    /// application with no host has no capacity planned for it.
    ///
    /// ## Basis
    /// Framework 1.0 §II.4.2, priority 1. The per-application check is inferred.
    ///
    /// ## Example
    /// Passes: `hosted_on: [tttd-tinh]`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi ứng dụng đang hoặc sẽ vận hành đều ghi hạ tầng kỹ thuật mà nó được triển
    /// khai trên đó (`hosted_on`: một trung tâm dữ liệu, một cụm máy chủ hoặc dịch vụ
    /// điện toán đám mây thuê ngoài).
    ///
    /// ### Vì sao
    /// Hạ tầng kỹ thuật là nền tảng để triển khai các ứng dụng; một ứng dụng không có
    /// nơi triển khai thì không ai tính năng lực hạ tầng cho nó.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.4.2, ưu tiên thứ 1. Việc kiểm tra theo từng ứng dụng là suy ra.
    ///
    /// ### Ví dụ
    /// Đạt: `hosted_on: [tttd-tinh]`.
    APP_HOSTED = ("FW1-APP-008", Warning, "application hosted on declared infrastructure", "ứng dụng được triển khai trên hạ tầng đã khai báo", Inferred, "Framework 1.0 §II.4.2");

    /// ## What it checks
    /// Every new (`status: planned`) application or database takes part in at
    /// least one declared data exchange (`exchanges`, as `from` or `to`). The
    /// LGSP itself is exempt: exchanges pass through it, and so are systems whose
    /// delivering tasks all end before 2020, when the decree took effect.
    ///
    /// ## Why
    /// Since 2020 every new information system or database must include a
    /// data-sharing work package: the exchange structures and sharing services.
    ///
    /// ## Basis
    /// Nghị định 47/2020/NĐ-CP, Art. 27.2.
    ///
    /// ## Example
    /// Passes:
    /// ```yaml
    /// exchanges:
    ///   - { id: ex-ho-tich, name: Chia sẻ dữ liệu hộ tịch, from: csdl-ho-tich, to: mot-cua, via: [lgsp] }
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi ứng dụng hoặc cơ sở dữ liệu mới (`status: planned`) tham gia ít nhất một
    /// luồng trao đổi dữ liệu đã khai báo (`exchanges`, ở vai trò `from` hoặc `to`).
    /// Bản thân LGSP được miễn vì các luồng trao đổi đi qua nó; các hệ thống mà mọi
    /// nhiệm vụ xây dựng đều kết thúc trước năm 2020, khi Nghị định có hiệu lực, cũng
    /// được miễn.
    ///
    /// ### Vì sao
    /// Từ năm 2020, mọi hệ thống thông tin, cơ sở dữ liệu mới đều phải có hạng mục chia
    /// sẻ dữ liệu: cấu trúc dữ liệu trao đổi và các dịch vụ chia sẻ.
    ///
    /// ### Căn cứ
    /// Nghị định 47/2020/NĐ-CP, khoản 2 Điều 27.
    ///
    /// ### Ví dụ
    /// Đạt:
    /// ```yaml
    /// exchanges:
    ///   - { id: ex-ho-tich, name: Chia sẻ dữ liệu hộ tịch, from: csdl-ho-tich, to: mot-cua, via: [lgsp] }
    /// ```
    APP_SHARING_PACKAGE = ("FW1-APP-009", Info, "new systems declare their data sharing", "hệ thống mới có phương án chia sẻ dữ liệu", Stated, "Decree 47/2020/NĐ-CP Art. 27.2");

    /// ## What it checks
    /// Every database names the agency that owns it (`owner`). Its `scope` is
    /// required by the schema; national databases come from the built-in
    /// catalogue (`national:csdl-*`) and are not declared.
    ///
    /// ## Why
    /// Databases are organised, updated and shared by their owner; one without
    /// an owner is nobody's to keep consistent with the national databases.
    ///
    /// ## Basis
    /// Nghị định 64/2007/NĐ-CP, Art. 13; Nghị định 47/2020/NĐ-CP, Art. 10–11.
    ///
    /// ## Example
    /// Passes: `owner: so-tp` on `csdl-ho-tich`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi cơ sở dữ liệu đều ghi cơ quan chủ quản (`owner`). Trường `scope` là bắt
    /// buộc do lược đồ kiểm tra; các cơ sở dữ liệu quốc gia lấy từ danh mục dựng sẵn
    /// (`national:csdl-*`) và không khai báo lại.
    ///
    /// ### Vì sao
    /// Cơ sở dữ liệu do cơ quan chủ quản tổ chức xây dựng, cập nhật và chia sẻ; một cơ
    /// sở dữ liệu không có chủ quản thì không ai chịu trách nhiệm giữ cho nó thống nhất
    /// với các cơ sở dữ liệu quốc gia.
    ///
    /// ### Căn cứ
    /// Nghị định 64/2007/NĐ-CP, Điều 13; Nghị định 47/2020/NĐ-CP, Điều 10 và Điều 11.
    ///
    /// ### Ví dụ
    /// Đạt: `csdl-ho-tich` có `owner: so-tp`.
    DB_OWNER = ("FW1-DB-001", Error, "database has an owner", "cơ sở dữ liệu có cơ quan chủ quản", Stated, "Decree 64/2007/NĐ-CP Art. 13; Decree 47/2020/NĐ-CP Art. 10–11");

    /// ## What it checks
    /// A heuristic: a database whose name mentions the subject of a national
    /// database (dân cư, đất đai, doanh nghiệp, bảo hiểm, tài chính, dân số;
    /// compared without diacritics, as whole words) lists that national database
    /// in `syncs_with`. Names that merely mention a subject will also match:
    /// waive the finding for such a database.
    ///
    /// ## Why
    /// Provincial databases must be built consistently with the national
    /// databases, and exchange with them through LGSP and NGSP, rather than keep
    /// a second copy of the same data.
    ///
    /// ## Basis
    /// Nghị định 64/2007/NĐ-CP, Art. 13.6; Thông tư 13/2017/TT-BTTTT, Art. 16;
    /// national databases of Quyết định 714/QĐ-TTg.
    ///
    /// ## Example
    /// Fails: `name: CSDL đất đai tỉnh` without `syncs_with`.
    /// Passes: `syncs_with: [national:csdl-dat-dai]`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Một phép kiểm tra theo kinh nghiệm: cơ sở dữ liệu có tên nhắc tới nội dung của
    /// một cơ sở dữ liệu quốc gia (dân cư, đất đai, doanh nghiệp, bảo hiểm, tài chính,
    /// dân số; so sánh theo nguyên từ, không phân biệt dấu) phải ghi cơ sở dữ liệu quốc
    /// gia đó trong `syncs_with`. Tên chỉ tình cờ nhắc tới một nội dung cũng sẽ bị
    /// khớp: khi đó hãy miễn trừ phát hiện cho cơ sở dữ liệu ấy.
    ///
    /// ### Vì sao
    /// Cơ sở dữ liệu của tỉnh phải được xây dựng thống nhất với các cơ sở dữ liệu quốc
    /// gia và trao đổi với chúng qua LGSP và NGSP, thay vì giữ thêm một bản sao của
    /// cùng dữ liệu.
    ///
    /// ### Căn cứ
    /// Nghị định 64/2007/NĐ-CP, khoản 6 Điều 13; Thông tư 13/2017/TT-BTTTT, Điều 16;
    /// các cơ sở dữ liệu quốc gia theo Quyết định 714/QĐ-TTg.
    ///
    /// ### Ví dụ
    /// Không đạt: `name: CSDL đất đai tỉnh` mà không có `syncs_with`.
    /// Đạt: `syncs_with: [national:csdl-dat-dai]`.
    DB_NATIONAL_SYNC = ("FW1-DB-002", Warning, "provincial database kept consistent with the national one", "CSDL của tỉnh đồng bộ với CSDL quốc gia tương ứng", Stated, "Decree 64/2007/NĐ-CP Art. 13.6; TT 13/2017/TT-BTTTT Art. 16");

    /// ## What it checks
    /// Systems that exchange data (the declared `from` and `to` of `exchanges`)
    /// reference at least one shared catalogue: a database through `catalogs`,
    /// an application through `uses`, either naming a catalogue or a database
    /// that has `catalogs`. With exchanges but no catalogue at all, one finding
    /// asks for the catalogues first.
    ///
    /// ## Why
    /// Shared catalogues and code tables are what make exchanged data mean the
    /// same thing on both sides.
    ///
    /// ## Basis
    /// Thông tư 13/2017/TT-BTTTT, Art. 15; Nghị định 47/2020/NĐ-CP, Art. 3.7.
    ///
    /// ## Example
    /// Passes:
    /// ```yaml
    /// catalogs:
    ///   - { id: dm-dvhc, name: Danh mục đơn vị hành chính, standard: QĐ 124/2004/QĐ-TTg }
    /// databases:
    ///   - { id: csdl-ho-tich, name: CSDL hộ tịch, scope: specialised, owner: so-tp, catalogs: [dm-dvhc] }
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Các hệ thống trao đổi dữ liệu với nhau (`from` và `to` đã khai báo của
    /// `exchanges`) dùng ít nhất một danh mục dùng chung: cơ sở dữ liệu qua
    /// `catalogs`, ứng dụng qua `uses`, trỏ tới một danh mục hoặc tới một cơ sở dữ
    /// liệu có `catalogs`. Khi có luồng trao đổi mà hoàn toàn không có danh mục nào,
    /// một phát hiện duy nhất yêu cầu xây dựng danh mục trước.
    ///
    /// ### Vì sao
    /// Danh mục và bảng mã dùng chung là điều bảo đảm dữ liệu trao đổi được hiểu như
    /// nhau ở cả hai phía.
    ///
    /// ### Căn cứ
    /// Thông tư 13/2017/TT-BTTTT, Điều 15; Nghị định 47/2020/NĐ-CP, khoản 7 Điều 3.
    ///
    /// ### Ví dụ
    /// Đạt:
    /// ```yaml
    /// catalogs:
    ///   - { id: dm-dvhc, name: Danh mục đơn vị hành chính, standard: QĐ 124/2004/QĐ-TTg }
    /// databases:
    ///   - { id: csdl-ho-tich, name: CSDL hộ tịch, scope: specialised, owner: so-tp, catalogs: [dm-dvhc] }
    /// ```
    DB_CATALOGS = ("FW1-DB-003", Warning, "exchanging systems use shared catalogues", "hệ thống trao đổi dữ liệu dùng danh mục dùng chung", Stated, "TT 13/2017/TT-BTTTT Art. 15; Decree 47/2020/NĐ-CP Art. 3.7");

    /// ## What it checks
    /// Exchanges with a national database declare an XML `format`. XML's default
    /// encoding is UTF-8, which the national databases require; the encoding is
    /// not modelled separately.
    ///
    /// ## Why
    /// Connections with national databases exchange XML data messages in UTF-8,
    /// well-formed and bound to the schemas the database owner publishes.
    ///
    /// ## Basis
    /// Thông tư 13/2017/TT-BTTTT, Art. 18 and 20.
    ///
    /// ## Example
    /// Fails: `format: json` on an exchange to `national:csdl-dan-cu`.
    /// Passes: `format: xml`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Các luồng trao đổi với một cơ sở dữ liệu quốc gia khai báo định dạng `format`
    /// là XML. Bảng mã mặc định của XML là UTF-8, đúng như cơ sở dữ liệu quốc gia yêu
    /// cầu; bảng mã không được mô hình hóa riêng.
    ///
    /// ### Vì sao
    /// Kết nối với cơ sở dữ liệu quốc gia trao đổi các thông điệp dữ liệu XML bằng
    /// UTF-8, đúng cú pháp và tuân theo lược đồ do cơ quan chủ quản cơ sở dữ liệu công bố.
    ///
    /// ### Căn cứ
    /// Thông tư 13/2017/TT-BTTTT, Điều 18 và Điều 20.
    ///
    /// ### Ví dụ
    /// Không đạt: `format: json` trên một luồng trao đổi tới `national:csdl-dan-cu`.
    /// Đạt: `format: xml`.
    DB_NATIONAL_XML = ("FW1-DB-004", Info, "exchanges with national databases use XML", "trao đổi với CSDL quốc gia dùng XML", Stated, "TT 13/2017/TT-BTTTT Art. 18, 20");
}

fn owner_help(model: &Model, what_en: &str, what_vi: &str) -> Msg {
    match example_org(model) {
        Some(org) => crate::msg_args!(
            "name the agency that owns the {0}, e.g. `owner: {1}`",
            "khai báo cơ quan chủ quản của {2}, ví dụ `owner: {1}`",
            what_en,
            org,
            what_vi
        ),
        None => crate::msg_args!(
            "declare the agency that owns the {0} in `organizations` and name it in `owner`",
            "khai báo cơ quan chủ quản của {1} trong `organizations` và ghi vào `owner`",
            what_en,
            what_vi
        ),
    }
}

fn app_owner(cx: &Context, sink: &mut Sink) {
    for app in cx.model.applications.iter().filter(|a| a.owner.is_none()) {
        report_field(
            sink,
            Owner::app(app),
            "owner",
            crate::msg_args!(
                "application `{0}` has no owner",
                "ứng dụng `{0}` chưa có cơ quan chủ quản",
                app.id.as_str()
            ),
            owner_help(cx.model, "application", "ứng dụng"),
        );
    }
}

/// Applications of `kind` that are in service or planned.
fn live_of_kind(model: &Model, kind: AppKind) -> impl Iterator<Item = &Application> {
    apps_of_kind(model, kind).filter(|a| a.status.value != Status::Retiring)
}

/// Reports a missing shared application of `kind`: absent, or only specialised.
fn require_shared(
    cx: &Context,
    sink: &mut Sink,
    kind: AppKind,
    (en, vi): (&str, &str),
    yaml: &str,
) {
    let mut apps = live_of_kind(cx.model, kind).peekable();
    let Some(first) = apps.peek().copied() else {
        sink.report(
            section_or_manifest(cx.model, "applications"),
            None,
            crate::msg_args!("no {0} is declared", "chưa khai báo {1}", en, vi),
            crate::msg_args!(
                "declare it, e.g. `{0}`",
                "khai báo ứng dụng này, ví dụ `{0}`",
                yaml
            ),
        );
        return;
    };
    if apps.all(|a| a.scope.value != Scope::Shared) {
        report_at(
            sink,
            Owner::app(first),
            Some(first.scope.span),
            "scope",
            crate::msg_args!(
                "the {0} `{1}` is not shared",
                "{2} `{1}` không phải là ứng dụng dùng chung",
                en,
                first.id.as_str(),
                vi
            ),
            Msg::new(
                "deploy it for all agencies of the province: `scope: shared`",
                "triển khai dùng chung cho các cơ quan của tỉnh: `scope: shared`",
            ),
        );
    }
}

fn document_management(cx: &Context, sink: &mut Sink) {
    require_shared(
        cx,
        sink,
        AppKind::DocumentManagement,
        (
            "document-management and executive-operation system (QLVB&ĐH)",
            "hệ thống quản lý văn bản và điều hành (QLVB&ĐH)",
        ),
        &with_org(
            "{ id: qlvb, name: Hệ thống quản lý văn bản và điều hành, kind: document-management, scope: shared, owner: so-tttt }",
            example_org(cx.model),
        ),
    );
}

fn finance_asset(cx: &Context, sink: &mut Sink) {
    // The Sở Tài chính owns both when the model declares it.
    let finance = org_named(cx.model, "tai chinh").or(example_org(cx.model));
    require_shared(
        cx,
        sink,
        AppKind::Finance,
        (
            "finance management application",
            "ứng dụng quản lý tài chính",
        ),
        &with_org(
            "{ id: qltc, name: Hệ thống quản lý tài chính, kind: finance, scope: shared, owner: so-tttt }",
            finance,
        ),
    );
    require_shared(
        cx,
        sink,
        AppKind::Asset,
        (
            "asset management application",
            "ứng dụng quản lý tài sản công",
        ),
        &with_org(
            "{ id: qlts, name: Hệ thống quản lý tài sản công, kind: asset, scope: shared, owner: so-tttt }",
            finance,
        ),
    );
}

fn is_portal(kind: AppKind) -> bool {
    matches!(kind, AppKind::Portal | AppKind::PublicServicePortal)
}

fn one_stop(cx: &Context, sink: &mut Sink) {
    let model = cx.model;
    let mut systems = live_of_kind(model, AppKind::OneStop).peekable();
    if systems.peek().is_none() {
        sink.report(
            section_or_manifest(model, "applications"),
            None,
            Msg::new("no one-stop electronic system is declared", "chưa khai báo hệ thống một cửa điện tử"),
            {
                let yaml = with_org(
                    "{ id: mot-cua, name: Hệ thống một cửa điện tử, kind: one-stop, scope: shared, owner: so-tttt }",
                    example_org(model),
                );
                crate::msg_args!("declare it, e.g. `{0}`", "khai báo hệ thống, ví dụ `{0}`", yaml)
            },
        );
        return;
    }
    let kinds: HashMap<&str, AppKind> = model
        .applications
        .iter()
        .map(|a| (a.id.as_str(), a.kind.value))
        .collect();
    let portal = |id: &str| kinds.get(id).is_some_and(|k| is_portal(*k));
    let mut linked: HashSet<&str> = HashSet::new();
    for service in &model.services {
        linked.extend(service.supported_by.iter().map(|r| r.as_str()));
    }
    for app in &model.applications {
        if is_portal(app.kind.value) {
            linked.extend(app.depends_on.iter().map(|r| r.as_str()));
        }
        if app.depends_on.iter().any(|r| portal(r)) {
            linked.insert(app.id.as_str());
        }
    }
    for ex in &model.exchanges {
        if portal(&ex.from) {
            linked.insert(ex.to.as_str());
        }
        if portal(&ex.to) {
            linked.insert(ex.from.as_str());
        }
    }
    // Name a service it could handle: a level 3–4 one first.
    let service = model
        .services
        .iter()
        .max_by_key(|s| (s.level.value >= 3, std::cmp::Reverse(s.id.as_str())))
        .map(|s| s.id.as_str());
    for system in systems.filter(|s| !linked.contains(s.id.as_str())) {
        let sid = system.id.as_str();
        let help = match service {
            Some(svc) => crate::msg_args!(
                "list it in the `supported_by` of the services it handles, e.g. `supported_by: [{0}]` on service `{1}`",
                "thêm hệ thống vào `supported_by` của các dịch vụ mà hệ thống xử lý, ví dụ `supported_by: [{0}]` ở dịch vụ `{1}`",
                sid,
                svc
            ),
            None => crate::msg_args!(
                "declare the online services it handles with `supported_by: [{0}]`",
                "khai báo các dịch vụ công trực tuyến mà hệ thống xử lý, với `supported_by: [{0}]`",
                sid
            ),
        };
        sink.report(
            Some(system.id.span),
            Some(sid),
            crate::msg_args!(
                "one-stop system `{0}` is not linked to any online service or portal",
                "hệ thống một cửa điện tử `{0}` chưa gắn với dịch vụ công trực tuyến hay cổng nào",
                sid
            ),
            help,
        );
    }
}

fn email(cx: &Context, sink: &mut Sink) {
    if live_of_kind(cx.model, AppKind::Email).next().is_none() {
        sink.report(
            section_or_manifest(cx.model, "applications"),
            None,
            Msg::new("no official e-mail system is declared", "chưa khai báo hệ thống thư điện tử công vụ"),
            {
                let yaml = with_org(
                    "{ id: thu-dien-tu, name: Hệ thống thư điện tử công vụ, kind: email, scope: shared, owner: so-tttt }",
                    example_org(cx.model),
                );
                crate::msg_args!("declare it, e.g. `{0}`", "khai báo hệ thống, ví dụ `{0}`", yaml)
            },
        );
    }
}

/// Whether `app` records a direct link to `to` with a reason.
fn has_direct_link(app: Option<&&Application>, to: &str) -> bool {
    app.is_some_and(|a| {
        a.direct_links
            .iter()
            .any(|l| l.to.as_str() == to && !l.reason.trim().is_empty())
    })
}

fn via_lgsp(cx: &Context, sink: &mut Sink) {
    let model = cx.model;
    let lgsps: HashSet<&str> = apps_of_kind(model, AppKind::IntegrationPlatform)
        .map(|a| a.id.as_str())
        .collect();
    if lgsps.is_empty() {
        return; // FW1-LGSP-001 reports the missing platform.
    }
    let lgsp = lgsps.iter().min().copied().unwrap_or("lgsp");
    let apps: HashMap<&str, &Application> = model
        .applications
        .iter()
        .map(|a| (a.id.as_str(), a))
        .collect();
    // The owner of each system an exchange may name; an organization owns itself.
    let mut owners: HashMap<&str, &str> = HashMap::new();
    for app in &model.applications {
        if let Some(o) = &app.owner {
            owners.insert(app.id.as_str(), o.as_str());
        }
    }
    for db in &model.databases {
        if let Some(o) = &db.owner {
            owners.insert(db.id.as_str(), o.as_str());
        }
    }
    for org in &model.organizations {
        owners.insert(org.id.as_str(), org.id.as_str());
    }
    let through_lgsp =
        |a: &Application| a.integrates_via.iter().any(|r| lgsps.contains(r.as_str()));
    let excused =
        |x: &str, y: &str| has_direct_link(apps.get(x), y) || has_direct_link(apps.get(y), x);
    let mut reported: HashSet<(&str, &str)> = HashSet::new();

    for app in &model.applications {
        let from = app.id.as_str();
        let Some(&owner) = owners.get(from) else {
            continue;
        };
        if lgsps.contains(from) {
            continue;
        }
        for dep in &app.depends_on {
            let Some(target) = apps.get(dep.as_str()) else {
                continue;
            };
            let Some(&target_owner) = owners.get(dep.as_str()) else {
                continue;
            };
            if owner == target_owner
                || lgsps.contains(dep.as_str())
                || (through_lgsp(app) && through_lgsp(target))
                || excused(from, dep.as_str())
            {
                continue;
            }
            if !first_report(&mut reported, from, target.id.as_str()) {
                continue;
            }
            let d = report_direct(
                sink,
                dep,
                from,
                dep.as_str(),
                Holder::Apps(true, true),
                (owner, target_owner),
                lgsp,
            );
            d.in_field("depends_on");
            d.also_at(app.id.span, in_this(ElementKind::Application));
        }
    }

    // Reading another agency's database is a data flow too; the database
    // cannot list `integrates_via`, so the application's route decides.
    let databases: HashSet<&str> = model.databases.iter().map(|d| d.id.as_str()).collect();
    for app in &model.applications {
        let from = app.id.as_str();
        let Some(&owner) = owners.get(from) else {
            continue;
        };
        if lgsps.contains(from) || through_lgsp(app) {
            continue;
        }
        for used in app.uses.iter().filter(|u| databases.contains(u.as_str())) {
            let Some(&db_owner) = owners.get(used.as_str()) else {
                continue;
            };
            // `direct_links` may only name applications: no exception to look for.
            if owner == db_owner || !first_report(&mut reported, from, used.as_str()) {
                continue;
            }
            let d = report_direct(
                sink,
                used,
                from,
                used.as_str(),
                Holder::Apps(true, false),
                (owner, db_owner),
                lgsp,
            );
            let db = used.as_str();
            d.help = Some(crate::msg_args!(
                "read `{0}` through the LGSP: add `integrates_via: [{1}]` to `{2}`",
                "khai thác `{0}` qua LGSP: thêm `integrates_via: [{1}]` cho `{2}`",
                db,
                lgsp,
                from
            ));
            d.in_field("uses");
            d.also_at(app.id.span, in_this(ElementKind::Application));
        }
    }

    for ex in &model.exchanges {
        let (from, to) = (ex.from.as_str(), ex.to.as_str());
        let (Some(&from_owner), Some(&to_owner)) = (owners.get(from), owners.get(to)) else {
            continue;
        };
        if from_owner == to_owner
            || lgsps.contains(from)
            || lgsps.contains(to)
            || ex.via.iter().any(|v| lgsps.contains(v.as_str()))
            || excused(from, to)
            || ex
                .direct_reason
                .as_ref()
                .is_some_and(|r| !r.trim().is_empty())
        {
            continue;
        }
        if !first_report(&mut reported, from, to) {
            continue;
        }
        // The route when one is written (`via: []` too), else the far end.
        let (at, field) = match ex.via.first() {
            Some(v) => (v.span, "via"),
            None => match ex.spans.value("via") {
                Some(span) => (span, "via"),
                None => (ex.to.span, "to"),
            },
        };
        let d = report_direct(
            sink,
            at,
            from,
            to,
            Holder::Exchange(ex.id.as_str()),
            (from_owner, to_owner),
            lgsp,
        );
        d.in_field(field);
        d.also_at(ex.id.span, in_this(ElementKind::Exchange));
    }
}

/// Records the unordered pair, so that A→B and B→A make one finding.
fn first_report<'a>(reported: &mut HashSet<(&'a str, &'a str)>, x: &'a str, y: &'a str) -> bool {
    reported.insert(if x <= y { (x, y) } else { (y, x) })
}

/// Where the exception to the LGSP route can be recorded.
enum Holder<'a> {
    /// A flow from an application: on whichever end is an application.
    Apps(bool, bool),
    /// An exchange: on the exchange itself.
    Exchange(&'a str),
}

fn report_direct<'s>(
    sink: &'s mut Sink,
    at: impl Into<AtSpan>,
    from: &str,
    to: &str,
    holder: Holder,
    owners: (&str, &str),
    lgsp: &str,
) -> &'s mut Diagnostic {
    let route_en = format!(
        "route it through the LGSP (`integrates_via: [{lgsp}]` on both applications, or `via: [{lgsp}]` on the exchange)"
    );
    let route_vi = format!(
        "chuyển qua LGSP (`integrates_via: [{lgsp}]` trên cả hai ứng dụng, hoặc `via: [{lgsp}]` trên luồng trao đổi)"
    );
    let app_holder = match holder {
        Holder::Apps(true, _) => Some((from, to)),
        Holder::Apps(false, true) => Some((to, from)),
        Holder::Apps(false, false) => None,
        Holder::Exchange(id) => {
            let help = crate::msg_args!(
                "{0}, or record on `{1}` why it is direct: `direct_reason: ...`",
                "{2}, hoặc ghi lý do kết nối trực tiếp trên `{1}`: `direct_reason: ...`",
                route_en,
                id,
                route_vi
            );
            return report_direct_at(sink, at.into(), from, to, owners, help);
        }
    };
    let help = match app_holder {
        Some((on, other)) => crate::msg_args!(
            "{0}, or record the exception on `{1}`: `direct_links: [{{ to: {2}, reason: ... }}]`",
            "{3}, hoặc ghi nhận ngoại lệ trên `{1}`: `direct_links: [{{ to: {2}, reason: ... }}]`",
            route_en,
            on,
            other,
            route_vi
        ),
        None => Msg::new(route_en, route_vi),
    };
    report_direct_at(sink, at.into(), from, to, owners, help)
}

fn report_direct_at<'s>(
    sink: &'s mut Sink,
    at: AtSpan,
    from: &str,
    to: &str,
    (a, b): (&str, &str),
    help: Msg,
) -> &'s mut Diagnostic {
    sink.report(
        Some(at.0),
        Some(from),
        crate::msg_args!("`{0}` (owner `{1}`) exchanges data with `{2}` (owner `{3}`) without going through the LGSP", "`{0}` (chủ quản `{1}`) trao đổi dữ liệu với `{2}` (chủ quản `{3}`) không qua LGSP", from, a, to, b),
        help,
    )
}

/// A span given directly or through a reference.
struct AtSpan(crate::source::Span);

impl From<&Ref> for AtSpan {
    fn from(r: &Ref) -> Self {
        AtSpan(r.span)
    }
}

impl From<crate::source::Span> for AtSpan {
    fn from(s: crate::source::Span) -> Self {
        AtSpan(s)
    }
}

/// A business function's name for comparison: NFC, lower case, single spaces.
fn function_key(s: &str) -> String {
    let lower: String = s.nfc().flat_map(char::to_lowercase).collect();
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn owner(app: &Application) -> &str {
    app.owner.as_ref().map_or("", |o| o.as_str())
}

/// An application performing a function: its spelling, and its index in `functions`.
type Performer<'a> = (&'a Application, &'a str, usize);

fn duplicate_function(cx: &Context, sink: &mut Sink) {
    // Function key → the applications performing it, with their own spelling.
    let mut by_function: HashMap<String, Vec<Performer>> = HashMap::new();
    for app in &cx.model.applications {
        if app.intentional_duplicate || app.status.value == Status::Retiring || app.owner.is_none()
        {
            continue;
        }
        let mut seen = HashSet::new();
        for (i, f) in app.functions.iter().enumerate() {
            let key = function_key(f);
            if !key.is_empty() && seen.insert(key.clone()) {
                by_function.entry(key).or_default().push((app, f.trim(), i));
            }
        }
    }
    // Report in model order, whatever the hash order.
    let mut groups: Vec<(&String, &Vec<Performer>)> =
        by_function.iter().filter(|(_, v)| v.len() > 1).collect();
    groups.sort_by(|a, b| (a.1[0].0.id.as_str(), a.0).cmp(&(b.1[0].0.id.as_str(), b.0)));
    for (_, apps) in groups {
        let (first, _, first_index) = apps[0];
        for &(app, function, index) in apps[1..].iter().filter(|(a, ..)| owner(a) != owner(first)) {
            let (id, other) = (app.id.as_str(), first.id.as_str());
            let (o1, o2) = (owner(app), owner(first));
            let path = format!("functions[{index}]");
            let d = report_at(
                sink,
                Owner::app(app),
                app.spans.value(&path),
                path.clone(),
                crate::msg_args!(
                    "`{0}` (owner `{1}`) duplicates the function \"{2}\" of `{3}` (owner `{4}`)",
                    "`{0}` (chủ quản `{1}`) trùng chức năng \"{2}\" với `{3}` (chủ quản `{4}`)",
                    id,
                    o1,
                    function,
                    other,
                    o2
                ),
                crate::msg_args!(
                    "reuse `{0}` instead, or mark the overlap as deliberate: `intentional_duplicate: true`",
                    "dùng lại `{0}`, hoặc ghi nhận sự trùng lặp là có chủ đích: `intentional_duplicate: true`",
                    other
                ),
            );
            let there = first.spans.value(&format!("functions[{first_index}]"));
            d.secondary.push(Label {
                span: there.unwrap_or(first.id.span),
                text: Some(Msg::new("the same function here", "cùng chức năng ở đây")),
            });
        }
    }
}

fn hosted(cx: &Context, sink: &mut Sink) {
    let host = suggested_host(cx.model);
    let help = |what_en: &str, what_vi: &str| match host {
        Some((h, true)) => crate::msg_args!(
            "name the data centre, server cluster or rented cloud the {0} runs on, e.g. `hosted_on: [{1}]`",
            "khai báo trung tâm dữ liệu, cụm máy chủ hoặc dịch vụ đám mây thuê mà {2} chạy trên đó, ví dụ `hosted_on: [{1}]`",
            what_en,
            h,
            what_vi
        ),
        // Not backed up: say so, rather than pile more onto a single point of failure.
        Some((h, false)) => crate::msg_args!(
            "name the data centre, server cluster or rented cloud the {0} runs on, e.g. `hosted_on: [{1}]`, and give `{1}` a DR site or backup, which it lacks",
            "khai báo trung tâm dữ liệu, cụm máy chủ hoặc dịch vụ đám mây thuê mà {2} chạy trên đó, ví dụ `hosted_on: [{1}]`, đồng thời bổ sung trung tâm dự phòng hoặc sao lưu cho `{1}` (hiện chưa có)",
            what_en,
            h,
            what_vi
        ),
        None => crate::msg_args!(
            "declare the data centre, server cluster or rented cloud the {0} runs on in `infrastructure`, and name it in `hosted_on`",
            "khai báo trung tâm dữ liệu, cụm máy chủ hoặc dịch vụ đám mây thuê mà {1} chạy trên đó trong `infrastructure`, rồi ghi vào `hosted_on`",
            what_en,
            what_vi
        ),
    };
    // Everything that can be `hosted_on` infrastructure: applications and databases.
    let apps = cx.model.applications.iter().map(|a| {
        (
            Owner::app(a),
            &a.hosted_on,
            &a.status,
            ("application", "ứng dụng"),
        )
    });
    let dbs = cx.model.databases.iter().map(|d| {
        (
            Owner::database(d),
            &d.hosted_on,
            &d.status,
            ("database", "cơ sở dữ liệu"),
        )
    });
    for (owner, hosted_on, status, (en, vi)) in apps.chain(dbs) {
        if !hosted_on.is_empty() || status.value == Status::Retiring {
            continue;
        }
        let id = owner.id.as_str();
        report_field(
            sink,
            owner,
            "hosted_on",
            crate::msg_args!(
                "{0} `{1}` is not hosted on any infrastructure",
                "{2} `{1}` chưa được triển khai trên hạ tầng nào",
                en,
                id,
                vi
            ),
            help(en, vi),
        );
    }
}

/// Decree 47/2020/NĐ-CP took effect on 25/5/2020.
const DECREE_47_YEAR: u16 = 2020;

fn sharing_package(cx: &Context, sink: &mut Sink) {
    let model = cx.model;
    let mut exchanging: HashSet<&str> = HashSet::new();
    for ex in &model.exchanges {
        exchanging.insert(ex.from.as_str());
        exchanging.insert(ex.to.as_str());
    }
    // Exchanges pass through the LGSP, whatever its declared kind.
    let platforms: HashSet<&str> = integration_platforms(model)
        .into_iter()
        .map(|a| a.id.as_str())
        .collect();
    let apps = model
        .applications
        .iter()
        .filter(|a| !platforms.contains(a.id.as_str()))
        .map(|a| (&a.id, &a.status, ("application", "ứng dụng")));
    let dbs = model
        .databases
        .iter()
        .map(|d| (&d.id, &d.status, ("database", "cơ sở dữ liệu")));
    // The year each element's delivery ends; built before Decree 47/2020, it is exempt.
    let mut delivered_by: HashMap<&str, u16> = HashMap::new();
    for task in &model.tasks {
        for d in &task.delivers {
            let end = delivered_by.entry(d.as_str()).or_insert(task.to.value);
            *end = (*end).max(task.to.value);
        }
    }
    let via = lgsp(model).map_or(String::new(), |l| format!(", via: [{}]", l.id.as_str()));
    for (id, status, (en, vi)) in apps.chain(dbs) {
        if status.value != Status::Planned
            || exchanging.contains(id.as_str())
            || delivered_by
                .get(id.as_str())
                .is_some_and(|&end| end < DECREE_47_YEAR)
        {
            continue;
        }
        sink.report(
            Some(id.span),
            Some(id.as_str()),
            crate::msg_args!("new {0} `{1}` takes part in no declared data exchange", "{2} mới `{1}` chưa tham gia luồng trao đổi dữ liệu nào", en, id.as_str(), vi),
            crate::msg_args!("declare what it shares, e.g. `exchanges: [{{ id: ex-{0}, name: ..., from: {0}, to: ...{1} }}]`", "khai báo dữ liệu được chia sẻ, ví dụ `exchanges: [{{ id: ex-{0}, name: ..., from: {0}, to: ...{1} }}]`", id.as_str(), via),
        );
    }
}

fn db_owner(cx: &Context, sink: &mut Sink) {
    for db in cx.model.databases.iter().filter(|d| d.owner.is_none()) {
        report_field(
            sink,
            Owner::database(db),
            "owner",
            crate::msg_args!(
                "database `{0}` has no owner",
                "cơ sở dữ liệu `{0}` chưa có cơ quan chủ quản",
                db.id.as_str()
            ),
            owner_help(cx.model, "database", "cơ sở dữ liệu"),
        );
    }
}

/// Subjects of the national databases, as diacritic-free words, and the
/// database each one points to.
const NATIONAL_SUBJECTS: &[(&str, &str)] = &[
    ("dan cu", "national:csdl-dan-cu"),
    ("dat dai", "national:csdl-dat-dai"),
    ("doanh nghiep", "national:csdl-dang-ky-doanh-nghiep"),
    ("bao hiem", "national:csdl-bao-hiem"),
    ("tai chinh", "national:csdl-tai-chinh"),
    ("dan so", "national:csdl-thong-ke-dan-so"),
];

/// Vietnamese text folded for matching: no diacritics, `đ` → `d`, lower case,
/// words separated by single spaces, with a space at both ends.
pub(crate) fn fold_vietnamese(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push(' ');
    for c in s.nfd().filter(|c| !is_combining_mark(*c)) {
        let c = match c {
            'đ' | 'Đ' => 'd',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        };
        if c == ' ' {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.extend(c.to_lowercase());
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

fn national_sync(cx: &Context, sink: &mut Sink) {
    for db in cx
        .model
        .databases
        .iter()
        .filter(|d| d.status.value != Status::Retiring)
    {
        let name = fold_vietnamese(db.name.as_str());
        for (subject, national) in NATIONAL_SUBJECTS {
            if !name.contains(&format!(" {subject} "))
                || db.syncs_with.iter().any(|r| r.as_str() == *national)
            {
                continue;
            }
            let (name_en, name_vi) = catalogue::national(national)
                .map_or((*national, *national), |n| (n.name_en, n.name_vi));
            // The list when written; else the name, which is the evidence.
            let at = db.spans.value("syncs_with").unwrap_or(db.name.span);
            report_at(
                sink,
                Owner::database(db),
                Some(at),
                "syncs_with",
                crate::msg_args!(
                    "database `{0}` seems to hold data of `{1}` ({2}) but does not sync with it",
                    "cơ sở dữ liệu `{0}` có vẻ chứa dữ liệu thuộc `{1}` ({3}) nhưng không đồng bộ với CSDL này",
                    db.id.as_str(),
                    national,
                    name_en,
                    name_vi
                ),
                crate::msg_args!(
                    "add `syncs_with: [{0}]`; if the name only mentions the subject, waive this finding for `{1}`",
                    "thêm `syncs_with: [{0}]`; nếu tên chỉ nhắc tới lĩnh vực này, hãy miễn trừ phát hiện cho `{1}`",
                    national,
                    db.id.as_str()
                ),
            );
        }
    }
}

fn catalogs(cx: &Context, sink: &mut Sink) {
    let model = cx.model;
    if model.exchanges.is_empty() {
        return;
    }
    if model.catalogs.is_empty() {
        sink.report(
            section_or_manifest(model, "exchanges"),
            None,
            Msg::new(
                "systems exchange data but no shared catalogue is declared",
                "các hệ thống có trao đổi dữ liệu nhưng chưa khai báo danh mục dùng chung nào",
            ),
            Msg::new(
                "declare the shared catalogues, e.g. `catalogs: [{ id: dm-dvhc, name: Danh mục đơn vị hành chính }]`, and reference them from the systems",
                "khai báo các danh mục dùng chung, ví dụ `catalogs: [{ id: dm-dvhc, name: Danh mục đơn vị hành chính }]`, và tham chiếu tới chúng từ các hệ thống",
            ),
        );
        return;
    }
    let mut exchanging: HashSet<&str> = HashSet::new();
    for ex in &model.exchanges {
        exchanging.insert(ex.from.as_str());
        exchanging.insert(ex.to.as_str());
    }
    // An application's data is coded with the catalogues of the databases it uses.
    let coded_dbs: HashSet<&str> = model
        .databases
        .iter()
        .filter(|d| !d.catalogs.is_empty())
        .map(|d| d.id.as_str())
        .collect();
    let is_catalog = |r: &Ref| {
        coded_dbs.contains(r.as_str()) || cx.index.kind_of(r.as_str()) == Some(ElementKind::Catalog)
    };
    let apps = model
        .applications
        .iter()
        .filter(|a| !a.uses.iter().any(is_catalog))
        .map(|a| (Owner::app(a), "uses"));
    let dbs = model
        .databases
        .iter()
        .filter(|d| d.catalogs.is_empty())
        .map(|d| (Owner::database(d), "catalogs"));
    let example = model.catalogs[0].id.as_str();
    for (owner, field) in apps
        .chain(dbs)
        .filter(|(o, _)| exchanging.contains(o.id.as_str()))
    {
        let id = owner.id;
        report_field(
            sink,
            owner,
            field,
            crate::msg_args!(
                "`{0}` exchanges data but references no shared catalogue",
                "`{0}` có trao đổi dữ liệu nhưng không tham chiếu danh mục dùng chung nào",
                id.as_str()
            ),
            crate::msg_args!(
                "list the catalogues it uses, e.g. `{0}: [{1}]`",
                "liệt kê các danh mục được sử dụng, ví dụ `{0}: [{1}]`",
                field,
                example
            ),
        );
    }
}

fn is_national_db(id: &str) -> bool {
    catalogue::national(id).is_some_and(|n| n.kind == NationalKind::Database)
}

fn national_xml(cx: &Context, sink: &mut Sink) {
    for ex in &cx.model.exchanges {
        let national = [&ex.from, &ex.to]
            .into_iter()
            .find(|r| is_national_db(r.as_str()));
        let Some(national) = national else { continue };
        let at = match &ex.format {
            Some(f) if f.to_ascii_lowercase().contains("xml") => continue,
            Some(f) => Some(f.span),
            None => None,
        };
        report_at(
            sink,
            Owner::exchange(ex),
            at,
            "format",
            crate::msg_args!(
                "exchange `{0}` with national database `{1}` does not declare the XML format",
                "luồng trao đổi `{0}` với CSDL quốc gia `{1}` chưa khai báo định dạng XML",
                ex.id.as_str(),
                national.as_str()
            ),
            Msg::new(
                "exchange XML messages in UTF-8 bound to the schemas the database owner publishes: `format: xml`",
                "trao đổi thông điệp XML mã hóa UTF-8 theo lược đồ do cơ quan chủ quản CSDL công bố: `format: xml`",
            ),
        );
    }
}

pub const RULES: &[Rule] = &[
    Rule {
        meta: &APP_OWNER,
        check: app_owner,
    },
    Rule {
        meta: &APP_DOCUMENT_MANAGEMENT,
        check: document_management,
    },
    Rule {
        meta: &APP_FINANCE_ASSET,
        check: finance_asset,
    },
    Rule {
        meta: &APP_ONE_STOP,
        check: one_stop,
    },
    Rule {
        meta: &APP_EMAIL,
        check: email,
    },
    Rule {
        meta: &APP_VIA_LGSP,
        check: via_lgsp,
    },
    Rule {
        meta: &APP_DUPLICATE_FUNCTION,
        check: duplicate_function,
    },
    Rule {
        meta: &APP_HOSTED,
        check: hosted,
    },
    Rule {
        meta: &APP_SHARING_PACKAGE,
        check: sharing_package,
    },
    Rule {
        meta: &DB_OWNER,
        check: db_owner,
    },
    Rule {
        meta: &DB_NATIONAL_SYNC,
        check: national_sync,
    },
    Rule {
        meta: &DB_CATALOGS,
        check: catalogs,
    },
    Rule {
        meta: &DB_NATIONAL_XML,
        check: national_xml,
    },
];

#[cfg(test)]
mod tests {
    use super::{fold_vietnamese, function_key};

    #[test]
    fn folding_drops_diacritics_and_keeps_words_apart() {
        assert_eq!(fold_vietnamese("CSDL Đất đai tỉnh"), " csdl dat dai tinh ");
        assert_eq!(fold_vietnamese("Dân cư—hộ tịch"), " dan cu ho tich ");
        // Decomposed input folds like composed input.
        assert_eq!(
            fold_vietnamese("Ba\u{309}o hie\u{302}\u{309}m"),
            " bao hiem "
        );
        assert!(!fold_vietnamese("Dân cước").contains(" dan cu "));
    }

    #[test]
    fn function_names_compare_by_case_and_spacing() {
        assert_eq!(function_key("  Quản lý   Hồ sơ "), "quản lý hồ sơ");
        assert_eq!(
            function_key("Quản lý hồ sơ"),
            function_key("quản lý ho\u{302}\u{300} sơ")
        );
        assert_ne!(function_key("bán hàng"), function_key("ban hàng"));
    }
}
