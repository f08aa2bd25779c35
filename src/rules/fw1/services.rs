//! The provincial portal and the online public services.

use crate::diagnostic::{Label, Msg};
use crate::model::{AppKind, Application, Model, Scope, Service};
use crate::rules::engine::{Context, Rule, Sink};
use crate::rules::query::{
    Owner, apps_by_id, apps_of_kind, in_this, report_at, report_field, section_or_manifest,
};
use std::collections::{HashMap, HashSet};

crate::declare_rules! {
    /// ## What it checks
    /// Exactly one application of `kind: portal` (the provincial web portal,
    /// Cổng thông tin điện tử tỉnh) is declared.
    ///
    /// ## Why
    /// The portal is the single access point of the provincial authority on
    /// the network; two portals split it, none leaves users without one.
    ///
    /// ## Basis
    /// Nghị định 43/2011/NĐ-CP, Art. 3.2; Framework 1.0 §II.4.1 (block "Cổng
    /// thông tin điện tử tỉnh").
    ///
    /// ## Example
    /// Fails: no application with `kind: portal`.
    /// Passes:
    /// ```yaml
    /// applications:
    ///   - { id: cong-ttdt, name: Cổng thông tin điện tử tỉnh, kind: portal, scope: shared }
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Có đúng một ứng dụng `kind: portal` (Cổng thông tin điện tử tỉnh).
    ///
    /// ### Vì sao
    /// Cổng thông tin điện tử là điểm truy cập duy nhất của chính quyền tỉnh trên môi
    /// trường mạng; hai cổng thì chia cắt điểm truy cập đó, không có cổng thì người
    /// sử dụng không có nơi nào để vào.
    ///
    /// ### Căn cứ
    /// Nghị định 43/2011/NĐ-CP, khoản 2 Điều 3; Khung Kiến trúc 1.0, mục II.4.1 (khối
    /// "Cổng thông tin điện tử tỉnh").
    ///
    /// ### Ví dụ
    /// Không đạt: không có ứng dụng nào có `kind: portal`.
    /// Đạt:
    /// ```yaml
    /// applications:
    ///   - { id: cong-ttdt, name: Cổng thông tin điện tử tỉnh, kind: portal, scope: shared }
    /// ```
    POR_EXACTLY_ONE = ("FW1-POR-001", Error, "exactly one provincial portal", "có đúng một cổng thông tin điện tử tỉnh", Stated, "Decree 43/2011/NĐ-CP Art. 3.2");

    /// ## What it checks
    /// Every online service gives what the portal's catalogue of online
    /// services is classified by: its `field` (lĩnh vực) and its
    /// `admin_level` (province, district or commune). Its level is required
    /// by the schema.
    ///
    /// ## Why
    /// The portal lists every online service of the province and its
    /// subordinate units, with its level, classified by sector, field and
    /// administrative level; the catalogue is generated from these fields.
    ///
    /// ## Basis
    /// Thông tư 32/2017/TT-BTTTT, Art. 6.
    ///
    /// ## Example
    /// Fails: `{ id: khai-sinh, name: Đăng ký khai sinh, level: 3 }`.
    /// Passes:
    /// ```yaml
    /// services:
    ///   - { id: khai-sinh, name: Đăng ký khai sinh, level: 3, field: Hộ tịch, admin_level: commune }
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi dịch vụ công trực tuyến đều có các thông tin dùng để phân loại trong danh
    /// mục dịch vụ trên cổng: lĩnh vực (`field`) và cấp hành chính (`admin_level`:
    /// tỉnh, huyện hoặc xã). Mức độ của dịch vụ là trường bắt buộc do lược đồ kiểm tra.
    ///
    /// ### Vì sao
    /// Cổng liệt kê mọi dịch vụ công trực tuyến của tỉnh và các đơn vị trực thuộc, kèm
    /// mức độ, phân loại theo ngành, lĩnh vực và cấp hành chính; danh mục được sinh ra
    /// từ các trường này.
    ///
    /// ### Căn cứ
    /// Thông tư 32/2017/TT-BTTTT, Điều 6.
    ///
    /// ### Ví dụ
    /// Không đạt: `{ id: khai-sinh, name: Đăng ký khai sinh, level: 3 }`.
    /// Đạt:
    /// ```yaml
    /// services:
    ///   - { id: khai-sinh, name: Đăng ký khai sinh, level: 3, field: Hộ tịch, admin_level: commune }
    /// ```
    POR_CATALOGUE = ("FW1-POR-002", Warning, "services classified for the portal's catalogue", "dịch vụ được phân loại cho danh mục trên cổng", Stated, "TT 32/2017/TT-BTTTT Art. 6");

    /// ## What it checks
    /// The provincial portal and the public-service portal link to the national
    /// level: `national:cong-ttdt-chinh-phu` or `national:cong-dvc-quoc-gia`
    /// in `connects_to`, `depends_on` or `direct_links`, or a data exchange
    /// between them.
    ///
    /// ## Why
    /// The provincial portal is one box of the national diagram, which joins
    /// provincial portals to the Government portal (and, from 2019, to the
    /// National Public Service Portal).
    ///
    /// ## Basis
    /// Framework 1.0 §II.2 (national diagram); Thông tư 01/2018/TT-VPCP, Art. 18.
    ///
    /// ## Example
    /// Fails: a portal with no link to a national portal.
    /// Passes:
    /// ```yaml
    /// applications:
    ///   - id: cong-ttdt
    ///     name: Cổng thông tin điện tử tỉnh
    ///     kind: portal
    ///     scope: shared
    ///     connects_to: [national:cong-ttdt-chinh-phu]
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Cổng thông tin điện tử và cổng dịch vụ công của tỉnh kết nối với cấp quốc gia:
    /// `national:cong-ttdt-chinh-phu` hoặc `national:cong-dvc-quoc-gia` trong
    /// `connects_to`, `depends_on` hoặc `direct_links`, hoặc qua một luồng trao đổi
    /// dữ liệu giữa chúng.
    ///
    /// ### Vì sao
    /// Cổng của tỉnh là một ô trong sơ đồ tổng thể quốc gia, nơi các cổng của tỉnh được
    /// nối với Cổng Thông tin điện tử Chính phủ (và từ năm 2019 với Cổng Dịch vụ công
    /// quốc gia).
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.2 (sơ đồ tổng thể quốc gia); Thông tư 01/2018/TT-VPCP, Điều 18.
    ///
    /// ### Ví dụ
    /// Không đạt: cổng không có kết nối nào với cổng quốc gia.
    /// Đạt:
    /// ```yaml
    /// applications:
    ///   - id: cong-ttdt
    ///     name: Cổng thông tin điện tử tỉnh
    ///     kind: portal
    ///     scope: shared
    ///     connects_to: [national:cong-ttdt-chinh-phu]
    /// ```
    POR_NATIONAL = ("FW1-POR-003", Warning, "portal linked to the national portal", "cổng kết nối với cổng quốc gia", Stated, "Framework 1.0 §II.2; TT 01/2018/TT-VPCP Art. 18");

    /// ## What it checks
    /// A service that involves application forms (`uses_forms: true`) is at
    /// level 2 or higher.
    ///
    /// ## Why
    /// Forms must at least be downloadable; a level-1 service only informs.
    ///
    /// ## Basis
    /// Nghị định 43/2011/NĐ-CP, Art. 19.1.
    ///
    /// ## Example
    /// Fails: `{ id: cap-phep, name: Cấp giấy phép, level: 1, uses_forms: true }`.
    /// Passes: `{ id: cap-phep, name: Cấp giấy phép, level: 2, uses_forms: true }`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Dịch vụ có dùng biểu mẫu đơn, tờ khai (`uses_forms: true`) đạt mức độ 2 trở lên.
    ///
    /// ### Vì sao
    /// Biểu mẫu ít nhất phải tải về được; dịch vụ mức độ 1 chỉ cung cấp thông tin.
    ///
    /// ### Căn cứ
    /// Nghị định 43/2011/NĐ-CP, khoản 1 Điều 19.
    ///
    /// ### Ví dụ
    /// Không đạt: `{ id: cap-phep, name: Cấp giấy phép, level: 1, uses_forms: true }`.
    /// Đạt: `{ id: cap-phep, name: Cấp giấy phép, level: 2, uses_forms: true }`.
    DVC_FORMS = ("FW1-DVC-002", Error, "services with forms at level 2 or higher", "dịch vụ có biểu mẫu đạt mức độ 2 trở lên", Stated, "Decree 43/2011/NĐ-CP Art. 19.1");

    /// ## What it checks
    /// A service at level 3 or 4 is supported by an application of
    /// `kind: authentication`: in its `supported_by`, or in the `depends_on`
    /// of an application in its `supported_by`.
    ///
    /// ## Why
    /// Users of level 3–4 services are authenticated, at least by user name
    /// and password.
    ///
    /// ## Basis
    /// Thông tư 32/2017/TT-BTTTT, Art. 10.
    ///
    /// ## Example
    /// Fails: a `level: 3` service whose applications depend on no authentication system.
    /// Passes:
    /// ```yaml
    /// applications:
    ///   - { id: xac-thuc, name: Hệ thống xác thực tập trung, kind: authentication, scope: shared }
    ///   - { id: cong-dvc, name: Cổng dịch vụ công, kind: public-service-portal, scope: shared, depends_on: [xac-thuc] }
    /// services:
    ///   - { id: cap-phep, name: Cấp giấy phép, level: 3, supported_by: [cong-dvc] }
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Dịch vụ mức độ 3 hoặc 4 được một ứng dụng `kind: authentication` hỗ trợ: ghi
    /// trong `supported_by` của dịch vụ, hoặc trong `depends_on` của một ứng dụng có
    /// trong `supported_by`.
    ///
    /// ### Vì sao
    /// Người sử dụng dịch vụ mức độ 3, 4 phải được xác thực, tối thiểu bằng tên đăng
    /// nhập và mật khẩu.
    ///
    /// ### Căn cứ
    /// Thông tư 32/2017/TT-BTTTT, Điều 10.
    ///
    /// ### Ví dụ
    /// Không đạt: dịch vụ `level: 3` mà các ứng dụng của nó không phụ thuộc vào hệ
    /// thống xác thực nào.
    /// Đạt:
    /// ```yaml
    /// applications:
    ///   - { id: xac-thuc, name: Hệ thống xác thực tập trung, kind: authentication, scope: shared }
    ///   - { id: cong-dvc, name: Cổng dịch vụ công, kind: public-service-portal, scope: shared, depends_on: [xac-thuc] }
    /// services:
    ///   - { id: cap-phep, name: Cấp giấy phép, level: 3, supported_by: [cong-dvc] }
    /// ```
    DVC_AUTH = ("FW1-DVC-003", Error, "level 3–4 services authenticate users", "dịch vụ mức độ 3, 4 có xác thực người dùng", Stated, "TT 32/2017/TT-BTTTT Art. 10");

    /// ## What it checks
    /// A service at level 3 or 4 lets users follow their dossier online
    /// (`tracking: true`). Its notification channel is FW1-CH-003.
    ///
    /// ## Why
    /// Users of level 3–4 services can look up the processing status of their
    /// dossier at any time.
    ///
    /// ## Basis
    /// Thông tư 32/2017/TT-BTTTT, Art. 9.1.
    ///
    /// ## Example
    /// Fails: `{ id: cap-phep, name: Cấp giấy phép, level: 3 }`.
    /// Passes: `{ id: cap-phep, name: Cấp giấy phép, level: 3, tracking: true }`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Dịch vụ mức độ 3 hoặc 4 cho phép người sử dụng theo dõi hồ sơ trực tuyến
    /// (`tracking: true`). Kênh thông báo của dịch vụ do FW1-CH-003 kiểm tra.
    ///
    /// ### Vì sao
    /// Người sử dụng dịch vụ mức độ 3, 4 tra cứu được tình trạng giải quyết hồ sơ của
    /// mình vào bất kỳ lúc nào.
    ///
    /// ### Căn cứ
    /// Thông tư 32/2017/TT-BTTTT, khoản 1 Điều 9.
    ///
    /// ### Ví dụ
    /// Không đạt: `{ id: cap-phep, name: Cấp giấy phép, level: 3 }`.
    /// Đạt: `{ id: cap-phep, name: Cấp giấy phép, level: 3, tracking: true }`.
    DVC_TRACKING = ("FW1-DVC-004", Warning, "level 3–4 services offer status tracking", "dịch vụ mức độ 3, 4 cho phép theo dõi tình trạng hồ sơ", Stated, "TT 32/2017/TT-BTTTT Art. 9");

    /// ## What it checks
    /// A level-4 service is supported by an application of `kind: payment`
    /// (in `supported_by`, or in the `depends_on` of one of them).
    ///
    /// ## Why
    /// Level 4 means fees are paid online.
    ///
    /// ## Basis
    /// Thông tư 32/2017/TT-BTTTT, Art. 5.4(b); Nghị định 43/2011/NĐ-CP, Art. 3.4.
    ///
    /// ## Example
    /// Fails: a `level: 4` service without a payment application.
    /// Passes:
    /// ```yaml
    /// applications:
    ///   - { id: thanh-toan, name: Nền tảng thanh toán trực tuyến, kind: payment, scope: shared }
    ///   - { id: cong-dvc, name: Cổng dịch vụ công, kind: public-service-portal, scope: shared, depends_on: [thanh-toan] }
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Dịch vụ mức độ 4 được một ứng dụng `kind: payment` hỗ trợ (ghi trong
    /// `supported_by`, hoặc trong `depends_on` của một ứng dụng ở đó).
    ///
    /// ### Vì sao
    /// Mức độ 4 nghĩa là phí, lệ phí được thanh toán trực tuyến.
    ///
    /// ### Căn cứ
    /// Thông tư 32/2017/TT-BTTTT, điểm b khoản 4 Điều 5; Nghị định 43/2011/NĐ-CP, khoản 4 Điều 3.
    ///
    /// ### Ví dụ
    /// Không đạt: dịch vụ `level: 4` không có ứng dụng thanh toán.
    /// Đạt:
    /// ```yaml
    /// applications:
    ///   - { id: thanh-toan, name: Nền tảng thanh toán trực tuyến, kind: payment, scope: shared }
    ///   - { id: cong-dvc, name: Cổng dịch vụ công, kind: public-service-portal, scope: shared, depends_on: [thanh-toan] }
    /// ```
    DVC_PAYMENT = ("FW1-DVC-005", Error, "level 4 services take online payment", "dịch vụ mức độ 4 có thanh toán trực tuyến", Stated, "TT 32/2017/TT-BTTTT Art. 5.4(b)");

    /// ## What it checks
    /// A service at level 3 or 4 keeps its electronic dossiers in a database
    /// with `dossiers: true` that one of its supporting applications `uses`
    /// (an application in `supported_by`, or in the `depends_on` of one).
    ///
    /// ## Why
    /// Electronic dossiers are stored in the service application's database
    /// for processing, lookup, statistics and sharing.
    ///
    /// ## Basis
    /// Thông tư 32/2017/TT-BTTTT, Art. 5.3(c).
    ///
    /// ## Example
    /// Fails: the service's applications use no database with `dossiers: true`.
    /// Passes:
    /// ```yaml
    /// databases:
    ///   - { id: csdl-ho-so, name: Cơ sở dữ liệu hồ sơ điện tử, scope: shared, dossiers: true }
    /// applications:
    ///   - { id: mot-cua, name: Hệ thống một cửa điện tử, kind: one-stop, scope: shared, uses: [csdl-ho-so] }
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Dịch vụ mức độ 3 hoặc 4 lưu hồ sơ điện tử trong một cơ sở dữ liệu có
    /// `dossiers: true` mà một ứng dụng hỗ trợ dịch vụ ghi trong `uses` (ứng dụng có
    /// trong `supported_by`, hoặc trong `depends_on` của một ứng dụng ở đó).
    ///
    /// ### Vì sao
    /// Hồ sơ điện tử được lưu trong cơ sở dữ liệu của ứng dụng cung cấp dịch vụ để xử
    /// lý, tra cứu, thống kê và chia sẻ.
    ///
    /// ### Căn cứ
    /// Thông tư 32/2017/TT-BTTTT, điểm c khoản 3 Điều 5.
    ///
    /// ### Ví dụ
    /// Không đạt: các ứng dụng của dịch vụ không dùng cơ sở dữ liệu nào có `dossiers: true`.
    /// Đạt:
    /// ```yaml
    /// databases:
    ///   - { id: csdl-ho-so, name: Cơ sở dữ liệu hồ sơ điện tử, scope: shared, dossiers: true }
    /// applications:
    ///   - { id: mot-cua, name: Hệ thống một cửa điện tử, kind: one-stop, scope: shared, uses: [csdl-ho-so] }
    /// ```
    DVC_DOSSIERS = ("FW1-DVC-006", Error, "level 3–4 services store e-dossiers", "dịch vụ mức độ 3, 4 lưu hồ sơ điện tử", Stated, "TT 32/2017/TT-BTTTT Art. 5.3(c)");

    /// ## What it checks
    /// Every online service can be reached from the portal: it is offered
    /// through a channel that fronts the portal or the public-service portal
    /// (or that such a channel fronts directly), or it is supported by one of
    /// those portals. Skipped when the model has no portal (FW1-POR-001).
    ///
    /// ## Why
    /// The portal's section "Dịch vụ công trực tuyến" is where users find and
    /// use every online service of the province.
    ///
    /// ## Basis
    /// Thông tư 32/2017/TT-BTTTT, Art. 6.
    ///
    /// ## Example
    /// Fails: a service offered only through the one-stop desk.
    /// Passes: `supported_by: [cong-dvc]`, where `cong-dvc` has `kind: public-service-portal`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi dịch vụ công trực tuyến đều truy cập được từ cổng: dịch vụ được cung cấp qua
    /// một kênh đứng trước cổng thông tin điện tử hoặc cổng dịch vụ công (hoặc kênh đó
    /// dẫn thẳng tới dịch vụ), hoặc được một trong hai cổng đó hỗ trợ. Không kiểm tra
    /// khi mô hình không có cổng (FW1-POR-001).
    ///
    /// ### Vì sao
    /// Chuyên mục "Dịch vụ công trực tuyến" của cổng là nơi người sử dụng tìm và sử
    /// dụng mọi dịch vụ công trực tuyến của tỉnh.
    ///
    /// ### Căn cứ
    /// Thông tư 32/2017/TT-BTTTT, Điều 6.
    ///
    /// ### Ví dụ
    /// Không đạt: dịch vụ chỉ được cung cấp qua bộ phận một cửa.
    /// Đạt: `supported_by: [cong-dvc]`, trong đó `cong-dvc` có `kind: public-service-portal`.
    DVC_PORTAL = ("FW1-DVC-007", Warning, "every service is reachable from the portal", "mọi dịch vụ đều truy cập được từ cổng", Stated, "TT 32/2017/TT-BTTTT Art. 6");

    /// ## What it checks
    /// A service's `procedure_code` is a code of the national database of
    /// administrative procedures: digits and dots such as `1.001193` or
    /// `2.000889`. A missing code is FW1-DVC-011. Whether the name equals the
    /// procedure's name cannot be checked offline.
    ///
    /// ## Why
    /// An online service is named after, and delivers, one administrative
    /// procedure; the code ties the two together and to the national database.
    ///
    /// ## Basis
    /// Thông tư 32/2017/TT-BTTTT, Art. 6.3.
    ///
    /// ## Example
    /// Fails: `procedure_code: "BTP-123"`. Passes: `procedure_code: "1.001193"`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mã thủ tục hành chính của dịch vụ (`procedure_code`) là mã trong Cơ sở dữ liệu
    /// quốc gia về thủ tục hành chính: gồm chữ số và dấu chấm, ví dụ `1.001193` hoặc
    /// `2.000889`. Thiếu mã là FW1-DVC-011. Việc tên dịch vụ có trùng với tên thủ tục
    /// hay không thì không kiểm tra được khi không kết nối mạng.
    ///
    /// ### Vì sao
    /// Mỗi dịch vụ công trực tuyến mang tên và thực hiện một thủ tục hành chính; mã
    /// thủ tục gắn hai thứ với nhau và với cơ sở dữ liệu quốc gia.
    ///
    /// ### Căn cứ
    /// Thông tư 32/2017/TT-BTTTT, khoản 3 Điều 6.
    ///
    /// ### Ví dụ
    /// Không đạt: `procedure_code: "BTP-123"`. Đạt: `procedure_code: "1.001193"`.
    DVC_PROCEDURE = ("FW1-DVC-008", Warning, "procedure codes are well-formed", "mã thủ tục hành chính đúng dạng", Stated, "TT 32/2017/TT-BTTTT Art. 6.3");

    /// ## What it checks
    /// Every online service records the code of its administrative procedure
    /// (`procedure_code`). This is information, not a defect: the framework
    /// asks for the code "if available".
    ///
    /// ## Why
    /// The code ties the service to its procedure in the national database, so
    /// the portal's catalogue and the national portal can find it.
    ///
    /// ## Basis
    /// Thông tư 32/2017/TT-BTTTT, Art. 6.3.
    ///
    /// ## Example
    /// Noted: a service with no `procedure_code`. Passes: `procedure_code: "1.001193"`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi dịch vụ công trực tuyến đều ghi mã thủ tục hành chính (`procedure_code`).
    /// Đây là thông tin khuyến nghị, không phải lỗi: quy định chỉ yêu cầu ghi mã "nếu có".
    ///
    /// ### Vì sao
    /// Mã thủ tục gắn dịch vụ với thủ tục trong Cơ sở dữ liệu quốc gia về thủ tục hành
    /// chính, để danh mục của cổng và Cổng Dịch vụ công quốc gia tìm được dịch vụ.
    ///
    /// ### Căn cứ
    /// Thông tư 32/2017/TT-BTTTT, khoản 3 Điều 6.
    ///
    /// ### Ví dụ
    /// Lưu ý: dịch vụ không có `procedure_code`. Đạt: `procedure_code: "1.001193"`.
    DVC_PROCEDURE_CODE = ("FW1-DVC-011", Info, "services record their procedure code", "dịch vụ ghi mã thủ tục hành chính", Stated, "TT 32/2017/TT-BTTTT Art. 6.3");

    /// ## What it checks
    /// Reports, once, how many online services are at level 3 or 4, for
    /// comparison with the targets of the province's plan.
    ///
    /// ## Why
    /// Resolution 36a/NQ-CP and the provincial plans set targets for the share
    /// of services at levels 3 and 4.
    ///
    /// ## Basis
    /// Nghị quyết 36a/NQ-CP (14/10/2015). Inferred.
    ///
    /// ## Example
    /// Reported: any model with services, e.g. 2 of 3 services at level 3.
    /// Not reported: a model with no `services`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Báo một lần số dịch vụ công trực tuyến đạt mức độ 3 hoặc 4, để đối chiếu với
    /// chỉ tiêu trong kế hoạch của tỉnh.
    ///
    /// ### Vì sao
    /// Nghị quyết 36a/NQ-CP và kế hoạch của các tỉnh đặt chỉ tiêu về tỷ lệ dịch vụ đạt
    /// mức độ 3 và 4.
    ///
    /// ### Căn cứ
    /// Nghị quyết 36a/NQ-CP (ngày 14/10/2015). Suy ra từ mục đích.
    ///
    /// ### Ví dụ
    /// Có báo: mọi mô hình có dịch vụ, ví dụ 2 trên 3 dịch vụ đạt mức độ 3.
    /// Không báo: mô hình không có `services`.
    DVC_SHARE = ("FW1-DVC-009", Info, "share of services at level 3–4", "tỷ lệ dịch vụ mức độ 3, 4", Inferred, "Resolution 36a/NQ-CP");
}

// ---------------------------------------------------------------- portal

fn is_portal(kind: AppKind) -> bool {
    matches!(kind, AppKind::Portal | AppKind::PublicServicePortal)
}

fn exactly_one(cx: &Context, sink: &mut Sink) {
    let portals: Vec<&Application> = apps_of_kind(cx.model, AppKind::Portal).collect();
    // The shared portal is the province's; any other one is the extra.
    let Some(first) = portals
        .iter()
        .find(|a| a.scope.value == Scope::Shared)
        .or(portals.first())
        .copied()
    else {
        sink.report(
            section_or_manifest(cx.model, "applications"),
            None,
            Msg::new("no provincial portal is declared", "chưa khai báo cổng thông tin điện tử tỉnh"),
            Msg::new(
                "declare it: `{ id: cong-ttdt, name: Cổng thông tin điện tử tỉnh, kind: portal, scope: shared }`",
                "khai báo cổng: `{ id: cong-ttdt, name: Cổng thông tin điện tử tỉnh, kind: portal, scope: shared }`",
            ),
        );
        return;
    };
    for extra in portals.iter().filter(|a| !std::ptr::eq(**a, first)) {
        let d = sink.report(
            Some(extra.kind.span),
            Some(extra.id.as_str()),
            crate::msg_args!("a second provincial portal `{0}` is declared; a province has one", "khai báo cổng thông tin điện tử tỉnh thứ hai `{0}`; mỗi tỉnh chỉ có một cổng", extra.id.as_str()),
            crate::msg_args!("make it a sub-site of `{0}`, or use `kind: public-service-portal` or `kind: other` for a department's website", "chuyển thành trang thành phần của `{0}`, hoặc dùng `kind: public-service-portal` hay `kind: other` cho trang của sở, ngành", first.id.as_str()),
        );
        d.in_field("kind");
        d.also_at(
            extra.id.span,
            in_this(crate::model::ElementKind::Application),
        );
        d.secondary.push(Label {
            span: first.kind.span,
            text: Some(Msg::new(
                "the provincial portal",
                "cổng thông tin điện tử tỉnh",
            )),
        });
    }
}

fn catalogue(cx: &Context, sink: &mut Sink) {
    for service in &cx.model.services {
        let id = service.id.as_str();
        let (en, vi, yaml, key) = match (
            service
                .field
                .as_deref()
                .is_some_and(|f| !f.trim().is_empty()),
            service.admin_level,
        ) {
            (true, Some(_)) => continue,
            (false, Some(_)) => ("field", "lĩnh vực", "field: Hộ tịch", "field"),
            (true, None) => (
                "administrative level",
                "cấp hành chính",
                "admin_level: province",
                "admin_level",
            ),
            (false, None) => (
                "field and administrative level",
                "lĩnh vực và cấp hành chính",
                "field: Hộ tịch, admin_level: province",
                "field",
            ),
        };
        report_field(
            sink,
            Owner::service(service),
            key,
            crate::msg_args!(
                "service `{0}` does not give its {1} for the portal's catalogue",
                "dịch vụ `{0}` chưa ghi {2} để phân loại trên danh mục của cổng",
                id,
                en,
                vi
            ),
            crate::msg_args!("add e.g. `{0}`", "bổ sung, ví dụ `{0}`", yaml),
        );
    }
}

const NATIONAL_PORTALS: &[&str] = &["national:cong-ttdt-chinh-phu", "national:cong-dvc-quoc-gia"];

fn national_link(cx: &Context, sink: &mut Sink) {
    // Exchanges count in either direction.
    let exchanging: HashSet<&str> = cx
        .model
        .exchanges
        .iter()
        .filter_map(|e| match (e.from.as_str(), e.to.as_str()) {
            (app, national) | (national, app) if NATIONAL_PORTALS.contains(&national) => Some(app),
            _ => None,
        })
        .collect();
    for app in cx
        .model
        .applications
        .iter()
        .filter(|a| is_portal(a.kind.value))
    {
        let id = app.id.as_str();
        let linked = app
            .connects_to
            .iter()
            .chain(&app.depends_on)
            .chain(app.direct_links.iter().map(|l| &l.to))
            .any(|r| NATIONAL_PORTALS.contains(&r.as_str()));
        if linked || exchanging.contains(id) {
            continue;
        }
        let national = match app.kind.value {
            AppKind::PublicServicePortal => NATIONAL_PORTALS[1],
            _ => NATIONAL_PORTALS[0],
        };
        report_field(
            sink,
            Owner::app(app),
            "connects_to",
            crate::msg_args!(
                "portal `{0}` is not linked to a national portal",
                "cổng `{0}` chưa kết nối với cổng cấp quốc gia",
                id
            ),
            crate::msg_args!(
                "add `connects_to: [{0}]`",
                "thêm `connects_to: [{0}]`",
                national
            ),
        );
    }
}

// ---------------------------------------------------------------- services

fn forms(cx: &Context, sink: &mut Sink) {
    for service in cx
        .model
        .services
        .iter()
        .filter(|s| s.uses_forms && s.level.value < 2)
    {
        let id = service.id.as_str();
        report_at(
            sink,
            Owner::service(service),
            Some(service.level.span),
            "level",
            crate::msg_args!(
                "service `{0}` uses forms but is at level {1}",
                "dịch vụ `{0}` có biểu mẫu nhưng chỉ ở mức độ {1}",
                id,
                service.level.value
            ),
            Msg::new(
                "a service with forms is at least level 2 (forms can be downloaded): set `level: 2` or higher",
                "dịch vụ có biểu mẫu phải đạt tối thiểu mức độ 2 (cho phép tải biểu mẫu): đặt `level: 2` trở lên",
            ),
        );
    }
}

/// The applications behind a service: its `supported_by` and what they depend on.
fn supporting<'a>(
    service: &'a Service,
    apps: &'a HashMap<&str, &'a Application>,
) -> impl Iterator<Item = &'a Application> {
    let direct = service
        .supported_by
        .iter()
        .filter_map(|r| apps.get(r.as_str()).copied());
    let indirect = direct.clone().flat_map(|a| {
        a.depends_on
            .iter()
            .filter_map(|r| apps.get(r.as_str()).copied())
    });
    direct.chain(indirect)
}

/// Reports each service at `min_level` or above whose supporting applications
/// include none of `kind`.
fn require_app(
    cx: &Context,
    sink: &mut Sink,
    min_level: u8,
    kind: AppKind,
    what: (&str, &str),
    example: &str,
) {
    let apps = apps_by_id(cx.model);
    let existing = apps_of_kind(cx.model, kind).next().map(|a| a.id.as_str());
    for service in cx
        .model
        .services
        .iter()
        .filter(|s| s.level.value >= min_level)
    {
        if supporting(service, &apps).any(|a| a.kind.value == kind) {
            continue;
        }
        let id = service.id.as_str();
        let help = match (existing, service.supported_by.first()) {
            (Some(found), Some(app)) => crate::msg_args!(
                "add `{0}` to the `depends_on` of `{1}`, or to `supported_by`",
                "thêm `{0}` vào `depends_on` của `{1}`, hoặc vào `supported_by`",
                found,
                app.as_str()
            ),
            (Some(found), None) => crate::msg_args!(
                "list the applications that deliver it, including `{0}`: `supported_by: [{0}]`",
                "liệt kê các ứng dụng cung cấp dịch vụ, gồm cả `{0}`: `supported_by: [{0}]`",
                found
            ),
            (None, _) => crate::msg_args!(
                "declare the {0} application, e.g. `{1}`, and add it to `supported_by`",
                "khai báo ứng dụng {2}, ví dụ `{1}`, rồi thêm vào `supported_by`",
                what.0,
                example,
                what.1
            ),
        };
        report_field(
            sink,
            Owner::service(service),
            "supported_by",
            crate::msg_args!(
                "level-{0} service `{1}` is not supported by an application for {2}",
                "dịch vụ mức độ {0} `{1}` chưa có ứng dụng {3} hỗ trợ",
                service.level.value,
                id,
                what.0,
                what.1
            ),
            help,
        );
    }
}

fn authentication(cx: &Context, sink: &mut Sink) {
    require_app(
        cx,
        sink,
        3,
        AppKind::Authentication,
        ("user authentication", "xác thực người dùng"),
        "{ id: xac-thuc, name: Hệ thống xác thực tập trung, kind: authentication, scope: shared }",
    );
}

fn payment(cx: &Context, sink: &mut Sink) {
    require_app(
        cx,
        sink,
        4,
        AppKind::Payment,
        ("online payment", "thanh toán trực tuyến"),
        "{ id: thanh-toan, name: Nền tảng thanh toán trực tuyến, kind: payment, scope: shared }",
    );
}

fn tracking(cx: &Context, sink: &mut Sink) {
    for service in cx
        .model
        .services
        .iter()
        .filter(|s| s.level.value >= 3 && !s.tracking)
    {
        let id = service.id.as_str();
        report_field(
            sink,
            Owner::service(service),
            "tracking",
            crate::msg_args!(
                "level-{0} service `{1}` does not let users follow their dossier",
                "dịch vụ mức độ {0} `{1}` chưa cho phép theo dõi tình trạng hồ sơ",
                service.level.value,
                id
            ),
            Msg::new(
                "offer status lookup on the portal and set `tracking: true`",
                "cung cấp chức năng tra cứu tình trạng hồ sơ trên cổng và đặt `tracking: true`",
            ),
        );
    }
}

fn dossiers(cx: &Context, sink: &mut Sink) {
    let apps = apps_by_id(cx.model);
    let stores: HashSet<&str> = cx
        .model
        .databases
        .iter()
        .filter(|d| d.dossiers)
        .map(|d| d.id.as_str())
        .collect();
    let example_db = cx
        .model
        .databases
        .iter()
        .find(|d| d.dossiers)
        .map(|d| d.id.as_str());
    for service in cx.model.services.iter().filter(|s| s.level.value >= 3) {
        let stored =
            supporting(service, &apps).any(|a| a.uses.iter().any(|u| stores.contains(u.as_str())));
        if stored {
            continue;
        }
        let id = service.id.as_str();
        let help = match (example_db, service.supported_by.first()) {
            (Some(db), Some(app)) => crate::msg_args!(
                "add `{0}` to the `uses` of `{1}`",
                "thêm `{0}` vào `uses` của `{1}`",
                db,
                app.as_str()
            ),
            (Some(db), None) => crate::msg_args!(
                "list the applications that deliver it in `supported_by`, one of which `uses: [{0}]`",
                "liệt kê các ứng dụng cung cấp dịch vụ trong `supported_by`, trong đó có ứng dụng `uses: [{0}]`",
                db
            ),
            (None, _) => Msg::new(
                "declare the dossier database, e.g. `{ id: csdl-ho-so, name: Cơ sở dữ liệu hồ sơ điện tử, scope: shared, dossiers: true }`, and add it to the `uses` of an application in `supported_by`",
                "khai báo cơ sở dữ liệu hồ sơ, ví dụ `{ id: csdl-ho-so, name: Cơ sở dữ liệu hồ sơ điện tử, scope: shared, dossiers: true }`, rồi thêm vào `uses` của một ứng dụng trong `supported_by`",
            ),
        };
        report_field(
            sink,
            Owner::service(service),
            "supported_by",
            crate::msg_args!(
                "level-{0} service `{1}` stores its e-dossiers in no database",
                "dịch vụ mức độ {0} `{1}` chưa lưu hồ sơ điện tử vào cơ sở dữ liệu nào",
                service.level.value,
                id
            ),
            help,
        );
    }
}

fn reachable(cx: &Context, sink: &mut Sink) {
    let portals: HashSet<&str> = cx
        .model
        .applications
        .iter()
        .filter(|a| is_portal(a.kind.value))
        .map(|a| a.id.as_str())
        .collect();
    if portals.is_empty() {
        return; // FW1-POR-001 reports the missing portal.
    }
    let portal_channels: Vec<_> = cx
        .model
        .channels
        .iter()
        .filter(|c| c.fronts.iter().any(|f| portals.contains(f.as_str())))
        .collect();
    let via_channel: HashSet<&str> = portal_channels.iter().map(|c| c.id.as_str()).collect();
    let fronted: HashSet<&str> = portal_channels
        .iter()
        .flat_map(|c| c.fronts.iter().map(|f| f.as_str()))
        .collect();
    // Services belong on the public-service portal when there is one.
    let suggested = apps_of_kind(cx.model, AppKind::PublicServicePortal)
        .chain(apps_of_kind(cx.model, AppKind::Portal))
        .map(|a| a.id.as_str())
        .next()
        .unwrap_or_default();
    for service in &cx.model.services {
        let id = service.id.as_str();
        let ok = fronted.contains(id)
            || service
                .channels
                .iter()
                .any(|c| via_channel.contains(c.as_str()))
            || service
                .supported_by
                .iter()
                .any(|a| portals.contains(a.as_str()));
        if ok {
            continue;
        }
        let portal = suggested;
        report_field(
            sink,
            Owner::service(service),
            "supported_by",
            crate::msg_args!(
                "service `{0}` cannot be reached from the portal",
                "dịch vụ `{0}` không truy cập được từ cổng",
                id
            ),
            crate::msg_args!(
                "list `{0}` in its `supported_by`, or offer it through a channel that fronts `{0}`",
                "thêm `{0}` vào `supported_by`, hoặc cung cấp qua kênh truy cập dẫn tới `{0}`",
                portal
            ),
        );
    }
}

fn procedure_missing(cx: &Context, sink: &mut Sink) {
    for service in cx
        .model
        .services
        .iter()
        .filter(|s| s.procedure_code.is_none())
    {
        report_field(
            sink,
            Owner::service(service),
            "procedure_code",
            crate::msg_args!(
                "service `{0}` has no administrative procedure code",
                "dịch vụ `{0}` chưa có mã thủ tục hành chính",
                service.id.as_str()
            ),
            Msg::new(
                "add the code from the national database of administrative procedures, e.g. `procedure_code: \"1.001193\"`",
                "bổ sung mã theo Cơ sở dữ liệu quốc gia về thủ tục hành chính, ví dụ `procedure_code: \"1.001193\"`",
            ),
        );
    }
}

/// A code of the national database of administrative procedures: digits
/// separated by dots, e.g. `1.001193`.
fn is_procedure_code(code: &str) -> bool {
    let mut parts = code.split('.');
    let all_digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    parts.clone().count() >= 2 && parts.all(all_digits)
}

fn procedure(cx: &Context, sink: &mut Sink) {
    for service in &cx.model.services {
        match &service.procedure_code {
            Some(code) if !is_procedure_code(code.as_str().trim()) => {
                report_at(
                    sink,
                    Owner::service(service),
                    Some(code.span),
                    "procedure_code",
                    crate::msg_args!(
                        "`{0}` is not an administrative procedure code",
                        "`{0}` không phải là mã thủ tục hành chính",
                        code.as_str()
                    ),
                    Msg::new(
                        "use the code of the national database: digits and dots, e.g. `\"1.001193\"`",
                        "dùng mã trong Cơ sở dữ liệu quốc gia về thủ tục hành chính: chữ số và dấu chấm, ví dụ `\"1.001193\"`",
                    ),
                );
            }
            _ => {}
        }
    }
}

/// A percentage with one decimal, in English and Vietnamese notation.
fn percent(part: usize, whole: usize) -> (String, String) {
    let p = if whole == 0 {
        0.0
    } else {
        part as f64 * 100.0 / whole as f64
    };
    let en = format!("{p:.1}");
    let vi = en.replace('.', ",");
    (en, vi)
}

fn level_counts(model: &Model) -> [usize; 5] {
    let mut counts = [0; 5];
    for s in &model.services {
        if let Some(c) = counts.get_mut(usize::from(s.level.value)) {
            *c += 1;
        }
    }
    counts
}

fn share(cx: &Context, sink: &mut Sink) {
    let total = cx.model.services.len();
    if total == 0 {
        return;
    }
    let counts = level_counts(cx.model);
    let (l3, l4) = (counts[3], counts[4]);
    let (en, vi) = percent(l3 + l4, total);
    sink.report(
        section_or_manifest(cx.model, "services"),
        None,
        crate::msg_args!("{0} of {1} online services ({2}%) are at level 3 or 4: {3} at level 3, {4} at level 4", "{0} trên {1} dịch vụ công trực tuyến ({5}%) đạt mức độ 3, 4: {3} dịch vụ mức độ 3, {4} dịch vụ mức độ 4", l3 + l4, total, en, l3, l4, vi),
        Msg::new(
            "compare with the targets of the province's plan; record a target as an objective with `metric`, `target` and `unit: \"%\"`",
            "đối chiếu với chỉ tiêu trong kế hoạch của tỉnh; ghi chỉ tiêu thành một mục tiêu (`objectives`) có `metric`, `target` và `unit: \"%\"`",
        ),
    );
}

pub const RULES: &[Rule] = &[
    Rule {
        meta: &POR_EXACTLY_ONE,
        check: exactly_one,
    },
    Rule {
        meta: &POR_CATALOGUE,
        check: catalogue,
    },
    Rule {
        meta: &POR_NATIONAL,
        check: national_link,
    },
    Rule {
        meta: &DVC_FORMS,
        check: forms,
    },
    Rule {
        meta: &DVC_AUTH,
        check: authentication,
    },
    Rule {
        meta: &DVC_TRACKING,
        check: tracking,
    },
    Rule {
        meta: &DVC_PAYMENT,
        check: payment,
    },
    Rule {
        meta: &DVC_DOSSIERS,
        check: dossiers,
    },
    Rule {
        meta: &DVC_PORTAL,
        check: reachable,
    },
    Rule {
        meta: &DVC_PROCEDURE,
        check: procedure,
    },
    Rule {
        meta: &DVC_PROCEDURE_CODE,
        check: procedure_missing,
    },
    Rule {
        meta: &DVC_SHARE,
        check: share,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn procedure_codes() {
        assert!(is_procedure_code("1.001193"));
        assert!(is_procedure_code("2.000889"));
        assert!(!is_procedure_code("1001193"));
        assert!(!is_procedure_code("1..2"));
        assert!(!is_procedure_code("1.2."));
        assert!(!is_procedure_code("BTP-123"));
        assert!(!is_procedure_code(""));
    }

    #[test]
    fn percentages_in_both_notations() {
        assert_eq!(percent(1, 3), ("33.3".to_owned(), "33,3".to_owned()));
        assert_eq!(percent(0, 0).0, "0.0");
    }
}
