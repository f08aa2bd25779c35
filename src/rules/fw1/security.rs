//! Information security (an toàn thông tin): Decree 85/2016 levels and their
//! protection.

use crate::diagnostic::{Label, Msg};
use crate::model::common::{InfoClass, PlanState, Security, Status};
use crate::model::{
    AppKind, ControlKind, InfraKind, Model, OrgLevel, Organization, Ref, Spanned, Task,
};
use crate::rules::engine::{Context, Rule, Sink};
use crate::rules::query::{
    Owner, citizen_facing, example_org, integration_platforms, report_at, report_field,
    section_or_manifest,
};
use std::collections::{BTreeMap, HashMap, HashSet};

crate::declare_rules! {
    /// ## What it checks
    /// Every information system has a Decree 85 security level (`security:
    /// { level: 1..5 }`): every application and database, infrastructure of
    /// kind `data-centre`, `dr-site`, `cloud`, `server-cluster`, `wan` or
    /// `specialised-network`, and infrastructure of any kind that an application
    /// or database is `hosted_on`. Retiring elements are left out.
    ///
    /// ## Why
    /// The owner of every information system must classify it by security level
    /// and protect it accordingly, from design to disposal.
    ///
    /// ## Basis
    /// Luật An toàn thông tin mạng 86/2015/QH13, Art. 21–22; Nghị định 85/2016/NĐ-CP.
    ///
    /// ## Example
    /// Passes:
    /// ```yaml
    ///     security: { level: 2, plan: approved, approved_by: so-tttt, operator: so-tttt }
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi hệ thống thông tin đều được xác định cấp độ an toàn theo Nghị định 85
    /// (`security: { level: 1..5 }`): mọi ứng dụng và cơ sở dữ liệu, và hạ tầng kỹ
    /// thuật loại `data-centre`, `dr-site`, `cloud`, `server-cluster`, `wan` hoặc
    /// `specialised-network`. Các thành phần sắp ngừng sử dụng không được xét.
    ///
    /// ### Vì sao
    /// Chủ quản mỗi hệ thống thông tin phải xác định cấp độ an toàn của hệ thống và
    /// bảo vệ theo cấp độ đó, từ khi thiết kế đến khi hủy bỏ.
    ///
    /// ### Căn cứ
    /// Luật An toàn thông tin mạng số 86/2015/QH13, Điều 21 và Điều 22; Nghị định 85/2016/NĐ-CP.
    ///
    /// ### Ví dụ
    /// Đạt:
    /// ```yaml
    ///     security: { level: 2, plan: approved, approved_by: so-tttt, operator: so-tttt }
    /// ```
    SEC_LEVEL = ("FW1-SEC-001", Error, "every information system has a security level", "mọi hệ thống thông tin được xác định cấp độ an toàn", Stated, "Law 86/2015/QH13 Art. 21–22; Decree 85/2016/NĐ-CP");

    /// ## What it checks
    /// The declared level is not below the floor Decree 85 sets for what the
    /// system does, taking the highest that applies:
    /// - an application of any kind supporting a level 3–4 online service
    ///   (listed in the service's `supported_by`, or a dependency of an
    ///   application that is): 3;
    /// - an application serving citizens and businesses: a portal, public-service
    ///   portal or one-stop system, or any application that supports an online
    ///   service, that a channel `fronts`, or whose `users` are citizens or businesses: 2;
    /// - a data centre, WAN or specialised data network, or infrastructure of any
    ///   kind hosting systems of two or more owners (shared infrastructure
    ///   serving the province's agencies): 3;
    /// - `data` with private or personal information: 2;
    /// - `personal_data_users` of 10,000 or more: 3.
    ///
    /// The LGSP is checked by FW1-LGSP-007 and state secrets by FW1-SEC-010.
    ///
    /// ## Why
    /// The level decides the protection required; under-classifying a system
    /// leaves it under-protected.
    ///
    /// ## Basis
    /// Nghị định 85/2016/NĐ-CP, Art. 8 and 9.
    ///
    /// ## Example
    /// Fails: `security: { level: 2 }` on the data centre. Passes: `level: 3`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Cấp độ đã khai báo không thấp hơn mức tối thiểu mà Nghị định 85 quy định cho
    /// chức năng của hệ thống, lấy mức cao nhất trong các trường hợp áp dụng:
    /// - cổng dịch vụ công, hệ thống một cửa, ứng dụng thanh toán hoặc xác thực hỗ trợ
    ///   một dịch vụ công trực tuyến mức độ 3, 4 (ghi trong `supported_by` của dịch vụ,
    ///   hoặc là thành phần mà một ứng dụng như vậy phụ thuộc vào): cấp độ 3;
    /// - cổng thông tin điện tử, cổng dịch vụ công hoặc hệ thống một cửa: cấp độ 2;
    /// - trung tâm dữ liệu, mạng WAN hoặc mạng truyền số liệu chuyên dùng (hạ tầng
    ///   dùng chung phục vụ các cơ quan của tỉnh): cấp độ 3;
    /// - `data` có thông tin riêng hoặc thông tin cá nhân: cấp độ 2;
    /// - `personal_data_users` từ 10.000 trở lên: cấp độ 3.
    ///
    /// LGSP do FW1-LGSP-007 kiểm tra, bí mật nhà nước do FW1-SEC-010 kiểm tra.
    ///
    /// ### Vì sao
    /// Cấp độ quyết định các yêu cầu bảo vệ; xác định cấp độ thấp hơn thực tế thì hệ
    /// thống không được bảo vệ đủ.
    ///
    /// ### Căn cứ
    /// Nghị định 85/2016/NĐ-CP, Điều 8 và Điều 9.
    ///
    /// ### Ví dụ
    /// Không đạt: trung tâm dữ liệu có `security: { level: 2 }`. Đạt: `level: 3`.
    SEC_FLOOR = ("FW1-SEC-002", Error, "security level not below the Decree 85 floor", "cấp độ an toàn không thấp hơn mức tối thiểu theo Nghị định 85", Stated, "Decree 85/2016/NĐ-CP Art. 8–9");

    /// ## What it checks
    /// An application's level is at least the level of every database it
    /// `uses` that has the same owner (or no owner).
    ///
    /// ## Why
    /// Decree 85 Art. 5.2: a system made of component systems takes the highest
    /// of their levels. Our reading: an application and the databases of the
    /// same owner that it uses form one information system, so the
    /// application's level is that composite's. A database of another owner is
    /// a separate system (Art. 5.1: one system, one owner) and is not counted.
    ///
    /// ## Basis
    /// Nghị định 85/2016/NĐ-CP, Art. 5.
    ///
    /// ## Example
    /// Fails: `mot-cua` at level 2 uses `csdl-ho-so` (same owner) at level 3.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Cấp độ của một ứng dụng không thấp hơn cấp độ của mọi cơ sở dữ liệu mà ứng dụng
    /// ghi trong `uses` có cùng cơ quan chủ quản (hoặc không ghi chủ quản).
    ///
    /// ### Vì sao
    /// Khoản 2 Điều 5 Nghị định 85: hệ thống gồm nhiều hệ thống thành phần có cấp độ
    /// cao nhất trong các cấp độ của thành phần. Cách hiểu của công cụ: một ứng dụng
    /// và các cơ sở dữ liệu cùng chủ quản mà nó sử dụng là một hệ thống thông tin, nên
    /// cấp độ của ứng dụng là cấp độ của hệ thống đó. Cơ sở dữ liệu của chủ quản khác
    /// là một hệ thống riêng (khoản 1 Điều 5: mỗi hệ thống có một chủ quản) và không
    /// được tính.
    ///
    /// ### Căn cứ
    /// Nghị định 85/2016/NĐ-CP, Điều 5.
    ///
    /// ### Ví dụ
    /// Không đạt: `mot-cua` ở cấp độ 2 dùng `csdl-ho-so` (cùng chủ quản) ở cấp độ 3.
    SEC_COMPOSITE = ("FW1-SEC-003", Error, "composite system takes its highest component level", "hệ thống gồm nhiều thành phần có cấp độ cao nhất của các thành phần", Stated, "Decree 85/2016/NĐ-CP Art. 5");

    /// ## What it checks
    /// Every classified system (one with `security`) has an operator
    /// (`security.operator`, or `operator` on infrastructure), and classified
    /// infrastructure has an owner. Owners of applications and databases are
    /// FW1-APP-001's and FW1-DB-001's.
    ///
    /// ## Why
    /// Each information system has exactly one owner (chủ quản) responsible for
    /// it, and an operating unit that carries out the protection.
    ///
    /// ## Basis
    /// Nghị định 85/2016/NĐ-CP, Art. 5.1(a); Thông tư 03/2017/TT-BTTTT, Art. 5–6.
    ///
    /// ## Example
    /// Passes: `security: { level: 3, operator: so-tttt }`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi hệ thống đã xác định cấp độ (có `security`) đều có đơn vị vận hành
    /// (`security.operator`, hoặc `operator` trên hạ tầng kỹ thuật), và hạ tầng đã xác
    /// định cấp độ có cơ quan chủ quản. Chủ quản của ứng dụng và cơ sở dữ liệu do
    /// FW1-APP-001 và FW1-DB-001 kiểm tra.
    ///
    /// ### Vì sao
    /// Mỗi hệ thống thông tin có đúng một chủ quản chịu trách nhiệm, và một đơn vị vận
    /// hành thực hiện việc bảo vệ.
    ///
    /// ### Căn cứ
    /// Nghị định 85/2016/NĐ-CP, điểm a khoản 1 Điều 5; Thông tư 03/2017/TT-BTTTT, Điều 5 và Điều 6.
    ///
    /// ### Ví dụ
    /// Đạt: `security: { level: 3, operator: so-tttt }`.
    SEC_OWNER_OPERATOR = ("FW1-SEC-004", Warning, "system has an owner and an operator", "hệ thống có chủ quản và đơn vị vận hành", Stated, "Decree 85/2016/NĐ-CP Art. 5.1(a); TT 03/2017/TT-BTTTT Art. 5–6");

    /// ## What it checks
    /// The organization in `security.approved_by` can approve the level
    /// dossier of a system at that level, and an approved dossier
    /// (`plan: approved`) names it:
    /// - levels 1–2: an agency of the province related to the owner (the owner,
    ///   a unit above or below it) or the architecture's maintainer, the
    ///   province's specialised security unit;
    /// - levels 3–4: the owner or an agency above it (the chủ quản), after
    ///   appraisal by the security unit (level 3) or the Ministry (level 4);
    /// - level 5: a central body (the Prime Minister approves the list).
    ///
    /// ## Why
    /// The authority that appraises and approves a level dossier depends on
    /// the level.
    ///
    /// ## Basis
    /// Nghị định 85/2016/NĐ-CP, Art. 12.
    ///
    /// ## Example
    /// Fails: a level-3 system of `so-yte` approved by `so-tttt`, which only
    /// appraises it. Passes: `approved_by: so-yte` or `ubnd-tinh`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Cơ quan ghi trong `security.approved_by` có thẩm quyền phê duyệt hồ sơ đề xuất
    /// cấp độ của hệ thống ở cấp độ đó, và hồ sơ đã phê duyệt (`plan: approved`) ghi
    /// rõ cơ quan này:
    /// - cấp độ 1, 2: một cơ quan của tỉnh có liên quan tới chủ quản (chính chủ quản,
    ///   đơn vị cấp trên hoặc cấp dưới) hoặc cơ quan duy trì kiến trúc, là đơn vị
    ///   chuyên trách về an toàn thông tin của tỉnh;
    /// - cấp độ 3, 4: chủ quản hoặc cơ quan cấp trên của nó, sau khi đơn vị chuyên
    ///   trách về an toàn thông tin (cấp độ 3) hoặc Bộ (cấp độ 4) thẩm định;
    /// - cấp độ 5: một cơ quan trung ương (Thủ tướng Chính phủ phê duyệt danh mục).
    ///
    /// ### Vì sao
    /// Thẩm quyền thẩm định và phê duyệt hồ sơ đề xuất cấp độ phụ thuộc vào cấp độ.
    ///
    /// ### Căn cứ
    /// Nghị định 85/2016/NĐ-CP, Điều 12.
    ///
    /// ### Ví dụ
    /// Không đạt: hệ thống cấp độ 3 của `so-yte` do `so-tttt` phê duyệt, trong khi
    /// `so-tttt` chỉ có thẩm quyền thẩm định. Đạt: `approved_by: so-yte` hoặc `ubnd-tinh`.
    SEC_APPROVAL = ("FW1-SEC-005", Warning, "level dossier approved by the competent authority", "hồ sơ đề xuất cấp độ được cấp có thẩm quyền phê duyệt", Stated, "Decree 85/2016/NĐ-CP Art. 12");

    /// ## What it checks
    /// Applications serving citizens and businesses at level 3 or higher —
    /// portals, the one-stop system, and any application that supports an
    /// online service (`supported_by`), that a channel `fronts`, or whose
    /// `users` are citizens or businesses — have a security monitoring plan
    /// (`security.monitoring: true`, or the unit that monitors them in
    /// `security.monitored_by`) and, once in operation (`status` other than
    /// `planned`), the security assessment made before operation
    /// (`security.assessment: { date, by }`).
    ///
    /// ## Why
    /// These systems hold citizens' dossiers and face the Internet; from 2019
    /// they must be monitored and assessed before and during operation.
    ///
    /// ## Basis
    /// Thông tư 22/2019/TT-BTTTT, Art. 8.
    ///
    /// ## Example
    /// Passes: `security: { level: 3, monitoring: true, assessment: { date:
    /// 2020-06-15, by: so-tttt } }` on an existing `kind: one-stop`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Ứng dụng phục vụ người dân, doanh nghiệp từ cấp độ 3 trở lên — cổng thông tin,
    /// hệ thống một cửa điện tử và mọi ứng dụng hỗ trợ một dịch vụ công trực tuyến
    /// (`supported_by`), được một kênh dẫn tới (`fronts`) hoặc có người dùng là người
    /// dân, doanh nghiệp (`users`) — có phương án giám sát an toàn thông tin
    /// (`security.monitoring: true`, hoặc đơn vị giám sát trong `security.monitored_by`)
    /// và, khi đã vận hành (`status` khác `planned`), có kết quả kiểm tra, đánh giá an
    /// toàn thông tin trước khi đưa vào vận hành (`security.assessment: { date, by }`).
    ///
    /// ### Vì sao
    /// Các hệ thống này lưu hồ sơ của người dân và kết nối Internet; từ năm 2019 chúng
    /// phải được giám sát, đánh giá trước và trong khi vận hành.
    ///
    /// ### Căn cứ
    /// Thông tư 22/2019/TT-BTTTT, Điều 8.
    ///
    /// ### Ví dụ
    /// Đạt: `security: { level: 3, monitoring: true, assessment: { date: 2020-06-15, by:
    /// so-tttt } }` trên ứng dụng `kind: one-stop` đang vận hành.
    SEC_MONITORING = ("FW1-SEC-006", Warning, "citizen-facing systems of level 3+ are monitored and assessed", "hệ thống phục vụ người dân từ cấp độ 3 có phương án giám sát và được đánh giá trước khi vận hành", Stated, "TT 22/2019/TT-BTTTT Art. 8");

    /// ## What it checks
    /// The declared controls cover the requirement groups of the baseline:
    /// technical — network (`firewall`, `ids-ips`), server (`antivirus`),
    /// application (`waf`), data (`backup`, `pki-digital-signature`); management
    /// — policy (`policy`), organisation and people (`training`,
    /// `incident-response`), operation (`siem-soc`), inspection and risk
    /// (`vulnerability-scan`). The design-and-build group has no control kind
    /// and is not checked.
    ///
    /// ## Why
    /// A protection plan covers both technical and management requirements;
    /// a model whose controls are all firewalls protects only the network.
    ///
    /// ## Basis
    /// Thông tư 03/2017/TT-BTTTT, Art. 8.3.
    ///
    /// ## Example
    /// Fails: only `kind: firewall` controls.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Các biện pháp đã khai báo bao quát các nhóm yêu cầu cơ bản: nhóm kỹ thuật —
    /// mạng (`firewall`, `ids-ips`), máy chủ (`antivirus`), ứng dụng (`waf`), dữ liệu
    /// (`backup`, `pki-digital-signature`); nhóm quản lý — chính sách (`policy`), tổ
    /// chức và con người (`training`, `incident-response`), vận hành (`siem-soc`),
    /// kiểm tra, đánh giá và quản lý rủi ro (`vulnerability-scan`). Nhóm thiết kế,
    /// xây dựng hệ thống không có loại biện pháp tương ứng nên không được kiểm tra.
    ///
    /// ### Vì sao
    /// Phương án bảo đảm an toàn thông tin gồm cả yêu cầu kỹ thuật và yêu cầu quản lý;
    /// một mô hình chỉ có tường lửa thì chỉ bảo vệ được mạng.
    ///
    /// ### Căn cứ
    /// Thông tư 03/2017/TT-BTTTT, khoản 3 Điều 8.
    ///
    /// ### Ví dụ
    /// Không đạt: chỉ có các biện pháp `kind: firewall`.
    SEC_PLAN_GROUPS = ("FW1-SEC-007", Info, "controls cover technical and management groups", "biện pháp bảo đảm an toàn bao quát nhóm kỹ thuật và nhóm quản lý", Stated, "TT 03/2017/TT-BTTTT Art. 8.3");

    /// ## What it checks
    /// A new technical control (`status: planned`) does not protect a single
    /// application or database of level 1–3 on its own. Such systems share
    /// protection, e.g. the data centre's; a dedicated solution needs a
    /// justification, recorded as a waiver.
    ///
    /// ## Why
    /// Systems of levels 1–3 should share protection solutions, so that
    /// investment is centralised and not duplicated.
    ///
    /// ## Basis
    /// Thông tư 03/2017/TT-BTTTT, Art. 8.4(a); Nghị định 85/2016/NĐ-CP, Art. 4.2.
    ///
    /// ## Example
    /// Fails: a planned `waf` with `protects: [cong-ttdt]` (level 2).
    /// Passes: `protects: [tttd-tinh]`, the data centre hosting it.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Một biện pháp kỹ thuật mới (`status: planned`) không bảo vệ riêng một ứng dụng
    /// hay cơ sở dữ liệu cấp độ 1 đến 3. Các hệ thống như vậy dùng chung giải pháp bảo
    /// vệ, ví dụ của trung tâm dữ liệu; giải pháp riêng cần có lý do, ghi bằng một
    /// miễn trừ.
    ///
    /// ### Vì sao
    /// Hệ thống cấp độ 1 đến 3 nên dùng chung giải pháp bảo vệ, để đầu tư tập trung và
    /// không trùng lặp.
    ///
    /// ### Căn cứ
    /// Thông tư 03/2017/TT-BTTTT, điểm a khoản 4 Điều 8; Nghị định 85/2016/NĐ-CP, khoản 2 Điều 4.
    ///
    /// ### Ví dụ
    /// Không đạt: một biện pháp `waf` dự kiến có `protects: [cong-ttdt]` (cấp độ 2).
    /// Đạt: `protects: [tttd-tinh]`, trung tâm dữ liệu nơi cổng được triển khai.
    SEC_SHARED_PROTECTION = ("FW1-SEC-008", Warning, "levels 1–3 share protection solutions", "hệ thống cấp độ 1–3 dùng chung giải pháp bảo vệ", Stated, "TT 03/2017/TT-BTTTT Art. 8.4(a); Decree 85/2016/NĐ-CP Art. 4.2");

    /// ## What it checks
    /// Security tasks (tasks delivering controls) start no later for
    /// higher-level systems than for lower-level ones. A task's level is the
    /// highest level among the systems its controls protect; the first task of
    /// each level is compared with the first task of every lower level.
    ///
    /// ## Why
    /// Resources for protecting information systems go first to the higher
    /// levels.
    ///
    /// ## Basis
    /// Nghị định 85/2016/NĐ-CP, Art. 4.3. The scheduling check is inferred.
    ///
    /// ## Example
    /// Fails: the SOC for the level-3 data centre starts in 2023, the
    /// antivirus for level-2 desktops in 2021.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Nhiệm vụ an toàn thông tin (nhiệm vụ thực hiện các biện pháp) cho hệ thống cấp
    /// độ cao bắt đầu không muộn hơn nhiệm vụ cho hệ thống cấp độ thấp. Cấp độ của một
    /// nhiệm vụ là cấp độ cao nhất trong các hệ thống mà biện pháp của nó bảo vệ; nhiệm
    /// vụ đầu tiên của mỗi cấp độ được so với nhiệm vụ đầu tiên của mọi cấp độ thấp hơn.
    ///
    /// ### Vì sao
    /// Nguồn lực bảo vệ hệ thống thông tin được ưu tiên cho các cấp độ cao trước.
    ///
    /// ### Căn cứ
    /// Nghị định 85/2016/NĐ-CP, khoản 3 Điều 4. Việc kiểm tra theo tiến độ là suy ra.
    ///
    /// ### Ví dụ
    /// Không đạt: trung tâm giám sát (SOC) cho trung tâm dữ liệu cấp độ 3 bắt đầu năm
    /// 2023, còn phần mềm phòng chống mã độc cho máy trạm cấp độ 2 bắt đầu năm 2021.
    SEC_PRIORITY = ("FW1-SEC-009", Info, "higher levels protected first", "ưu tiên bảo vệ hệ thống cấp độ cao trước", Inferred, "Decree 85/2016/NĐ-CP Art. 4.3");

    /// ## What it checks
    /// A system whose `security.data` includes `state-secret` is at level 3 or
    /// higher.
    ///
    /// ## Why
    /// Systems processing state secrets are level 3 at least.
    ///
    /// ## Basis
    /// Nghị định 85/2016/NĐ-CP, Art. 9.1(a).
    ///
    /// ## Example
    /// Fails: `security: { level: 2, data: [state-secret] }`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Hệ thống có `security.data` gồm `state-secret` ở cấp độ 3 trở lên.
    ///
    /// ### Vì sao
    /// Hệ thống xử lý thông tin bí mật nhà nước ít nhất phải ở cấp độ 3.
    ///
    /// ### Căn cứ
    /// Nghị định 85/2016/NĐ-CP, điểm a khoản 1 Điều 9.
    ///
    /// ### Ví dụ
    /// Không đạt: `security: { level: 2, data: [state-secret] }`.
    SEC_STATE_SECRET = ("FW1-SEC-010", Error, "state-secret systems at level 3 or higher", "hệ thống xử lý bí mật nhà nước từ cấp độ 3 trở lên", Stated, "Decree 85/2016/NĐ-CP Art. 9.1(a)");

    /// ## What it checks
    /// The dossier of a system at level 3 or higher that has been submitted
    /// (`plan: submitted` or `approved`) records who appraised it
    /// (`appraised_by`) and, once approved, the approving decision
    /// (`approval: { number, date }`), not dated in the future.
    ///
    /// ## Why
    /// For level 3 the unit in charge of information security appraises the
    /// dossier and the owner approves it; reviewers and inspectors ask for the
    /// decision by number and date.
    ///
    /// ## Basis
    /// Nghị định 85/2016/NĐ-CP, Art. 12 and 15 (appraisal, approval and
    /// dossier of the level); Thông tư 12/2022/TT-BTTTT (detailed guidance;
    /// its text was not verified here, hence Inferred).
    ///
    /// ## Example
    /// Passes: `security: { level: 3, plan: approved, approved_by: ubnd-tinh,
    /// appraised_by: so-tttt, approval: { number: 1234/QĐ-UBND, date: 2020-05-12 } }`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Hồ sơ đề xuất cấp độ của hệ thống từ cấp độ 3 trở lên đã được trình (`plan: submitted`
    /// hoặc `approved`) ghi rõ cơ quan thẩm định (`appraised_by`) và, khi đã được phê duyệt,
    /// ghi quyết định phê duyệt (`approval: { number, date }`) với ngày ký không sau ngày hiện
    /// tại.
    ///
    /// ### Vì sao
    /// Với cấp độ 3, đơn vị chuyên trách về an toàn thông tin thẩm định hồ sơ và chủ quản hệ
    /// thống thông tin phê duyệt; cơ quan thẩm định kiến trúc và đoàn kiểm tra đều yêu cầu nêu
    /// số, ngày của quyết định phê duyệt.
    ///
    /// ### Căn cứ
    /// Nghị định 85/2016/NĐ-CP, Điều 12 và Điều 15 (thẩm định, phê duyệt và hồ sơ đề xuất cấp
    /// độ); Thông tư 12/2022/TT-BTTTT (hướng dẫn chi tiết; chưa đối chiếu được nội dung văn bản
    /// này nên việc kiểm tra là suy ra).
    ///
    /// ### Ví dụ
    /// Đạt: `security: { level: 3, plan: approved, approved_by: ubnd-tinh,
    /// appraised_by: so-tttt, approval: { number: 1234/QĐ-UBND, date: 2020-05-12 } }`.
    SEC_DOSSIER = ("FW1-SEC-011", Warning, "level-3+ dossier records its appraisal and approval", "hồ sơ cấp độ 3 trở lên ghi rõ thẩm định và quyết định phê duyệt", Inferred, "Decree 85/2016/NĐ-CP Art. 12, 15; TT 12/2022/TT-BTTTT");
}

/// What a classified system is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum SystemKind {
    App(AppKind),
    Database,
    Infra(InfraKind),
}

/// An information system of any layer, as the security rules see it.
struct System<'a> {
    id: &'a Spanned<String>,
    /// The element, for findings about its fields.
    at: Owner<'a>,
    owner: Option<&'a Ref>,
    security: Option<&'a Security>,
    kind: SystemKind,
    /// `operator` on infrastructure.
    infra_operator: Option<&'a Ref>,
    /// In operation (existing or upgrading) rather than planned.
    in_operation: bool,
}

impl System<'_> {
    fn level(&self) -> Option<u8> {
        self.security.map(|s| s.level.value)
    }

    fn operator(&self) -> Option<&Ref> {
        self.security
            .and_then(|s| s.operator.as_ref())
            .or(self.infra_operator)
    }
}

/// Infrastructure that is an information system (Decree 85, Art. 6.2).
fn is_system_infra(kind: InfraKind) -> bool {
    matches!(
        kind,
        InfraKind::DataCentre
            | InfraKind::DrSite
            | InfraKind::Cloud
            | InfraKind::ServerCluster
            | InfraKind::Wan
            | InfraKind::SpecialisedNetwork
    )
}

/// Every application, database and system-like infrastructure not retiring.
fn systems(model: &Model) -> impl Iterator<Item = System<'_>> {
    let live = |s: &Spanned<Status>| s.value != Status::Retiring;
    let apps = model
        .applications
        .iter()
        .filter(move |a| live(&a.status))
        .map(|a| System {
            id: &a.id,
            at: Owner::app(a),
            owner: a.owner.as_ref(),
            security: a.security.as_ref(),
            kind: SystemKind::App(a.kind.value),
            infra_operator: None,
            in_operation: a.status.value != Status::Planned,
        });
    let dbs = model
        .databases
        .iter()
        .filter(move |d| live(&d.status))
        .map(|d| System {
            id: &d.id,
            at: Owner::database(d),
            owner: d.owner.as_ref(),
            security: d.security.as_ref(),
            kind: SystemKind::Database,
            infra_operator: None,
            in_operation: d.status.value != Status::Planned,
        });
    // Whatever applications or databases run on is an information system too.
    let hosts: HashSet<&str> = model
        .applications
        .iter()
        .flat_map(|a| &a.hosted_on)
        .chain(model.databases.iter().flat_map(|d| &d.hosted_on))
        .map(|r| r.as_str())
        .collect();
    let infra = model
        .infrastructure
        .iter()
        .filter(move |i| {
            live(&i.status) && (is_system_infra(i.kind.value) || hosts.contains(i.id.as_str()))
        })
        .map(|i| System {
            id: &i.id,
            at: Owner::infra(i),
            owner: i.owner.as_ref(),
            security: i.security.as_ref(),
            kind: SystemKind::Infra(i.kind.value),
            infra_operator: i.operator.as_ref(),
            in_operation: i.status.value != Status::Planned,
        });
    apps.chain(dbs).chain(infra)
}

fn level(cx: &Context, sink: &mut Sink) {
    for system in systems(cx.model).filter(|s| s.security.is_none()) {
        let id = system.id.as_str();
        let operator = system
            .operator()
            .map(|o| o.as_str())
            .or(system.owner.map(|o| o.as_str()))
            .or(example_org(cx.model))
            .map_or(String::new(), |o| format!(", operator: {o}"));
        report_field(
            sink,
            system.at,
            "security",
            crate::msg_args!(
                "`{0}` has no security level",
                "`{0}` chưa được xác định cấp độ an toàn hệ thống thông tin",
                id
            ),
            crate::msg_args!(
                "classify it under Decree 85/2016, e.g. `security: {{ level: 2, plan: drafting{0} }}`",
                "xác định cấp độ theo Nghị định 85/2016, ví dụ `security: {{ level: 2, plan: drafting{0} }}`",
                operator
            ),
        );
    }
}

/// Applications that support an online service of level 3 or 4, directly or
/// as a dependency of one that does.
fn serving_level3(model: &Model) -> HashSet<&str> {
    let direct: HashSet<&str> = model
        .services
        .iter()
        .filter(|s| s.level.value >= 3)
        .flat_map(|s| s.supported_by.iter().map(|r| r.as_str()))
        .collect();
    let mut all = direct.clone();
    for app in model
        .applications
        .iter()
        .filter(|a| direct.contains(a.id.as_str()))
    {
        all.extend(app.depends_on.iter().map(|r| r.as_str()));
    }
    all
}

/// The Decree 85 floor for a system and the reason, if any floor applies.
/// What raises a system's floor besides its own kind and data.
struct Roles<'a> {
    /// Applications supporting a level 3–4 service.
    level3: HashSet<&'a str>,
    /// Applications serving citizens and businesses.
    public: HashSet<&'a str>,
    /// Infrastructure hosting systems of two or more owners.
    shared_hosts: HashSet<&'a str>,
}

impl<'a> Roles<'a> {
    fn of(model: &'a Model) -> Self {
        let mut owners: HashMap<&str, HashSet<&str>> = HashMap::new();
        let hosted = model
            .applications
            .iter()
            .map(|a| (&a.hosted_on, a.owner.as_ref()))
            .chain(
                model
                    .databases
                    .iter()
                    .map(|d| (&d.hosted_on, d.owner.as_ref())),
            );
        for (hosts, owner) in hosted {
            for h in hosts {
                if let Some(o) = owner {
                    owners.entry(h.as_str()).or_default().insert(o.as_str());
                }
            }
        }
        Roles {
            level3: serving_level3(model),
            public: citizen_facing(model),
            shared_hosts: owners
                .into_iter()
                .filter(|(_, o)| o.len() >= 2)
                .map(|(h, _)| h)
                .collect(),
        }
    }
}

fn floor(system: &System, security: &Security, roles: &Roles) -> Option<(u8, Msg)> {
    let mut best: Option<(u8, Msg)> = None;
    let mut raise = |level: u8, why: Msg| {
        if best.as_ref().is_none_or(|(l, _)| level > *l) {
            best = Some((level, why));
        }
    };
    let id = system.id.as_str();
    match system.kind {
        // What the system does, found through the relations, not its kind.
        SystemKind::App(_) if roles.level3.contains(id) => {
            raise(
                3,
                Msg::new(
                    "it supports online public services of level 3 or 4 (Art. 9.2(b))",
                    "hệ thống phục vụ dịch vụ công trực tuyến mức độ 3, 4 (Điều 9.2(b))",
                ),
            );
        }
        SystemKind::App(_) if roles.public.contains(id) => raise(
            2,
            Msg::new(
                "it serves citizens and businesses with information and online services (Art. 8.2(b))",
                "hệ thống cung cấp thông tin, dịch vụ trực tuyến cho người dân, doanh nghiệp (Điều 8.2(b))",
            ),
        ),
        SystemKind::Infra(
            InfraKind::DataCentre | InfraKind::Wan | InfraKind::SpecialisedNetwork,
        ) => raise(
            3,
            Msg::new(
                "it is shared information infrastructure serving the province's agencies (Art. 9.2(c))",
                "là hạ tầng thông tin dùng chung phục vụ các cơ quan trong tỉnh (Điều 9.2(c))",
            ),
        ),
        SystemKind::Infra(_) if roles.shared_hosts.contains(id) => raise(
            3,
            Msg::new(
                "it hosts systems of several agencies, so it is shared information infrastructure (Art. 9.2(c))",
                "hạ tầng này lưu trữ hệ thống của nhiều cơ quan nên là hạ tầng thông tin dùng chung (Điều 9.2(c))",
            ),
        ),
        _ => {}
    }
    if security
        .data
        .iter()
        .any(|c| matches!(c, InfoClass::Private | InfoClass::Personal))
    {
        raise(
            2,
            Msg::new(
                "it processes private or personal information (Art. 8)",
                "hệ thống xử lý thông tin riêng hoặc thông tin cá nhân (Điều 8)",
            ),
        );
    }
    if security.personal_data_users.is_some_and(|n| n >= 10_000) {
        raise(
            3,
            Msg::new(
                "it processes personal data of 10,000 users or more (Art. 9.2(b))",
                "hệ thống xử lý thông tin cá nhân của từ 10.000 người sử dụng trở lên (Điều 9.2(b))",
            ),
        );
    }
    best
}

fn floors(cx: &Context, sink: &mut Sink) {
    let roles = Roles::of(cx.model);
    let platforms: HashSet<&str> = integration_platforms(cx.model)
        .into_iter()
        .map(|a| a.id.as_str())
        .collect();
    for system in systems(cx.model) {
        let Some(security) = system.security else {
            continue;
        };
        if platforms.contains(system.id.as_str()) {
            continue; // FW1-LGSP-007.
        }
        let Some((floor, why)) = floor(&system, security, &roles) else {
            continue;
        };
        let level = security.level.value;
        if level >= floor {
            continue;
        }
        let id = system.id.as_str();
        report_at(
            sink,
            system.at,
            Some(security.level.span),
            "security.level",
            crate::msg_args!(
                "`{0}` is at security level {1}, below {2}: {3}",
                "`{0}` ở cấp độ {1}, thấp hơn cấp độ {2}: {4}",
                id,
                level,
                floor,
                why.en(),
                why.vi()
            ),
            crate::msg_args!(
                "raise it to `level: {0}` and update its protection plan",
                "nâng lên `level: {0}` và cập nhật phương án bảo đảm an toàn",
                floor
            ),
        );
    }
}

fn composite(cx: &Context, sink: &mut Sink) {
    let model = cx.model;
    let dbs: HashMap<&str, &crate::model::Database> =
        model.databases.iter().map(|d| (d.id.as_str(), d)).collect();
    for app in model
        .applications
        .iter()
        .filter(|a| a.status.value != Status::Retiring)
    {
        let Some(security) = &app.security else {
            continue;
        };
        let app_owner = app.owner.as_ref().map(|o| o.as_str());
        let highest = app
            .uses
            .iter()
            .filter_map(|r| dbs.get(r.as_str()))
            .filter(|d| d.owner.is_none() || d.owner.as_ref().map(|o| o.as_str()) == app_owner)
            .filter_map(|d| d.security.as_ref().map(|s| (d, s)))
            .max_by_key(|(d, s)| (s.level.value, std::cmp::Reverse(d.id.as_str())));
        let Some((db, db_security)) = highest else {
            continue;
        };
        if db_security.level.value <= security.level.value {
            continue;
        }
        let (id, db_id) = (app.id.as_str(), db.id.as_str());
        let (level, db_level) = (security.level.value, db_security.level.value);
        let d = report_at(
            sink,
            Owner::app(app),
            Some(security.level.span),
            "security.level",
            crate::msg_args!(
                "`{0}` is at level {1} but uses `{2}`, a component at level {3}",
                "`{0}` ở cấp độ {1} nhưng sử dụng thành phần `{2}` ở cấp độ {3}",
                id,
                level,
                db_id,
                db_level
            ),
            crate::msg_args!(
                "a system takes the highest level of its components (Decree 85, Art. 5.2): raise `{0}` to `level: {1}`, or record `{2}` under another owner if it is a separate system",
                "hệ thống có cấp độ cao nhất của các thành phần (Nghị định 85, Điều 5.2): nâng `{0}` lên `level: {1}`, hoặc ghi chủ quản khác cho `{2}` nếu đó là hệ thống riêng",
                id,
                db_level,
                db_id
            ),
        );
        d.secondary.push(Label {
            span: db_security.level.span,
            text: Some(Msg::new("the component's level", "cấp độ của thành phần")),
        });
    }
}

fn owner_operator(cx: &Context, sink: &mut Sink) {
    for system in systems(cx.model) {
        if system.security.is_none() {
            continue; // FW1-SEC-001.
        }
        let id = system.id.as_str();
        let org = example_org(cx.model);
        if matches!(system.kind, SystemKind::Infra(_)) && system.owner.is_none() {
            let help = match org {
                Some(o) => crate::msg_args!(
                    "name the agency that owns it, e.g. `owner: {0}`",
                    "khai báo cơ quan chủ quản, ví dụ `owner: {0}`",
                    o
                ),
                None => Msg::new(
                    "declare the agency that owns it in `organizations` and name it in `owner`",
                    "khai báo cơ quan chủ quản trong `organizations` và ghi vào `owner`",
                ),
            };
            report_field(
                sink,
                system.at,
                "owner",
                crate::msg_args!(
                    "`{0}` has no owner (chủ quản)",
                    "`{0}` chưa có chủ quản hệ thống thông tin",
                    id
                ),
                help,
            );
        }
        if system.operator().is_none() {
            // The owner usually operates it; else the model's IT agency.
            let help = match system.owner.map(|o| o.as_str()).or(org) {
                Some(o) => crate::msg_args!(
                    "name the unit that operates it: `security: {{ ..., operator: {0} }}`",
                    "khai báo đơn vị vận hành: `security: {{ ..., operator: {0} }}`",
                    o
                ),
                None => Msg::new(
                    "name the unit that operates it in `security.operator`",
                    "khai báo đơn vị vận hành trong `security.operator`",
                ),
            };
            // `operator` is missing from a written `security` block: point at the block.
            report_at(
                sink,
                system.at,
                system.at.spans.key("security"),
                "security.operator",
                crate::msg_args!(
                    "`{0}` has no operating unit",
                    "`{0}` chưa có đơn vị vận hành",
                    id
                ),
                help,
            );
        }
    }
}

/// An organization's ancestors, nearest first; stops at a cycle.
fn ancestors<'a>(orgs: &HashMap<&'a str, &'a Organization>, id: &'a str) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    let mut current = orgs.get(id).and_then(|o| o.parent.as_ref());
    while let Some(parent) = current {
        let p = parent.as_str();
        if p == id || out.contains(&p) || out.len() > orgs.len() {
            break;
        }
        out.push(p);
        current = orgs.get(p).and_then(|o| o.parent.as_ref());
    }
    out
}

fn approval(cx: &Context, sink: &mut Sink) {
    let model = cx.model;
    let orgs: HashMap<&str, &Organization> = model
        .organizations
        .iter()
        .map(|o| (o.id.as_str(), o))
        .collect();
    let maintainer = model
        .manifest
        .as_ref()
        .map(|m| m.architecture.maintainer.as_str());
    for system in systems(model) {
        let Some(security) = system.security else {
            continue;
        };
        let id = system.id.as_str();
        let level = security.level.value;
        let Some(approver) = &security.approved_by else {
            if security.plan == PlanState::Approved {
                report_at(
                    sink,
                    system.at,
                    system.at.spans.value("security.plan"),
                    "security.approved_by",
                    crate::msg_args!(
                        "the level dossier of `{0}` is approved but does not say by whom",
                        "hồ sơ đề xuất cấp độ của `{0}` đã được phê duyệt nhưng chưa nêu cơ quan phê duyệt",
                        id
                    ),
                    Msg::new(
                        "add `approved_by:` with the organization that approved it",
                        "thêm `approved_by:` là cơ quan đã phê duyệt",
                    ),
                );
            }
            continue;
        };
        let Some(approver_org) = orgs.get(approver.as_str()) else {
            continue;
        };
        let a = approver.as_str();
        let central = matches!(
            approver_org.level.value,
            OrgLevel::Central | OrgLevel::External
        );
        let owner = system.owner.map(|o| o.as_str());
        let owner_or_above = owner.map(|o| a == o || ancestors(&orgs, o).contains(&a));
        let related =
            owner.map(|o| owner_or_above == Some(true) || ancestors(&orgs, a).contains(&o));
        let ok = match level {
            0..=2 => !central && (related != Some(false) || Some(a) == maintainer),
            3 | 4 => !central && owner_or_above != Some(false),
            _ => approver_org.level.value == OrgLevel::Central,
        };
        if ok {
            continue;
        }
        let (en, vi) = match level {
            0..=2 => (
                "levels 1–2 are approved by the owner's specialised security unit",
                "cấp độ 1, 2 do đơn vị chuyên trách về an toàn thông tin của chủ quản phê duyệt",
            ),
            3 => (
                "level 3 is appraised by the security unit and approved by the owner",
                "cấp độ 3 do đơn vị chuyên trách thẩm định, chủ quản hệ thống phê duyệt",
            ),
            4 => (
                "level 4 is appraised by the Ministry of Information and Communications and approved by the owner",
                "cấp độ 4 do Bộ Thông tin và Truyền thông thẩm định, chủ quản hệ thống phê duyệt",
            ),
            _ => (
                "level-5 systems are approved by the Prime Minister",
                "hệ thống cấp độ 5 do Thủ tướng Chính phủ phê duyệt danh mục",
            ),
        };
        let central_org = model
            .organizations
            .iter()
            .find(|o| o.level.value == OrgLevel::Central)
            .map(|o| o.id.as_str());
        let who = match (level, owner) {
            (5.., _) => match central_org {
                Some(c) => crate::msg_args!(
                    "name the central body, e.g. `approved_by: {0}`",
                    "nêu cơ quan trung ương, ví dụ `approved_by: {0}`",
                    c
                ),
                None => Msg::new(
                    "declare the central body in `organizations` (`level: central`) and name it in `approved_by`",
                    "khai báo cơ quan trung ương trong `organizations` (`level: central`) và ghi vào `approved_by`",
                ),
            },
            (_, Some(o)) => crate::msg_args!(
                "{0} (Decree 85, Art. 12): e.g. `approved_by: {1}`",
                "{2} (Nghị định 85, Điều 12): ví dụ `approved_by: {1}`",
                en,
                o,
                vi
            ),
            (_, None) => crate::msg_args!(
                "{0} (Decree 85, Art. 12)",
                "{1} (Nghị định 85, Điều 12)",
                en,
                vi
            ),
        };
        report_at(
            sink,
            system.at,
            Some(approver.span),
            "security.approved_by",
            crate::msg_args!(
                "`{0}` cannot approve the level-{1} dossier of `{2}`",
                "`{0}` không có thẩm quyền phê duyệt hồ sơ cấp độ {1} của `{2}`",
                a,
                level,
                id
            ),
            who,
        );
    }
}

fn monitoring(cx: &Context, sink: &mut Sink) {
    let public = citizen_facing(cx.model);
    for system in systems(cx.model) {
        let (SystemKind::App(_), Some(security)) = (system.kind, system.security) else {
            continue;
        };
        if !public.contains(system.id.as_str()) || security.level.value < 3 {
            continue;
        }
        let id = system.id.as_str();
        let level = security.level.value;
        if !security.monitoring && security.monitored_by.is_none() {
            // `monitoring: false` when written, else the level that requires it.
            let at = system
                .at
                .spans
                .value("security.monitoring")
                .unwrap_or(security.level.span);
            report_at(
                sink,
                system.at,
                Some(at),
                "security.monitoring",
                crate::msg_args!(
                    "`{0}` is at level {1} but has no security monitoring plan",
                    "`{0}` ở cấp độ {1} nhưng chưa có phương án giám sát an toàn thông tin",
                    id,
                    level
                ),
                Msg::new(
                    "plan its monitoring (e.g. by the provincial SOC) and record it: `security: { ..., monitoring: true, monitored_by: <unit> }`",
                    "xây dựng phương án giám sát (ví dụ qua SOC của tỉnh) và ghi nhận: `security: { ..., monitoring: true, monitored_by: <đơn vị giám sát> }`",
                ),
            );
        }
        if system.in_operation && security.assessment.is_none() {
            report_at(
                sink,
                system.at,
                Some(security.level.span),
                "security.assessment",
                crate::msg_args!(
                    "`{0}` is in operation at level {1} but records no security assessment before operation",
                    "`{0}` đang vận hành ở cấp độ {1} nhưng chưa ghi nhận việc kiểm tra, đánh giá an toàn thông tin trước khi đưa vào vận hành",
                    id,
                    level
                ),
                Msg::new(
                    "record the assessment report: `security: { ..., assessment: { date: YYYY-MM-DD, by: <unit> } }`, or assess it before the next release",
                    "ghi nhận báo cáo đánh giá: `security: { ..., assessment: { date: YYYY-MM-DD, by: <đơn vị đánh giá> } }`, hoặc tổ chức đánh giá trước lần cập nhật tới",
                ),
            );
        }
    }
}

fn dossier(cx: &Context, sink: &mut Sink) {
    for system in systems(cx.model) {
        let Some(security) = system.security else {
            continue;
        };
        let level = security.level.value;
        if level < 3 || !matches!(security.plan, PlanState::Submitted | PlanState::Approved) {
            continue;
        }
        let id = system.id.as_str();
        let approved = security.plan == PlanState::Approved;
        // (what is missing, its fix), in English and in Vietnamese.
        let mut missing: Vec<[&str; 4]> = Vec::new();
        if security.appraised_by.is_none() {
            missing.push([
                "who appraised it",
                "appraised_by: <the unit in charge of information security>",
                "đơn vị thẩm định",
                "appraised_by: <đơn vị chuyên trách về an toàn thông tin>",
            ]);
        }
        if approved && security.approval.is_none() {
            missing.push([
                "the approving decision's number and date",
                "approval: { number: …/QĐ-…, date: YYYY-MM-DD }",
                "số, ngày của quyết định phê duyệt cấp độ",
                "approval: { number: …/QĐ-…, date: YYYY-MM-DD }",
            ]);
        }
        if let Some(approval) = &security.approval
            && approval.date.value > cx.today
        {
            sink.report(
                Some(approval.date.span),
                Some(id),
                crate::msg_args!("the level of `{0}` is approved on {1}, which is in the future", "cấp độ của `{0}` được phê duyệt ngày {1}, là ngày trong tương lai", id, approval.date.value),
                Msg::new(
                    "check the decision's date, or set `plan: submitted` until it is signed",
                    "kiểm tra lại ngày của quyết định, hoặc ghi `plan: submitted` cho đến khi quyết định được ký",
                ),
            );
        }
        if missing.is_empty() {
            continue;
        }
        let part = |i: usize| missing.iter().map(|m| m[i]).collect::<Vec<_>>();
        let (en, fix_en, vi_, fix_vi) = (part(0), part(1), part(2), part(3));
        sink.report(
            Some(security.level.span),
            Some(id),
            crate::msg_args!(
                "the level-{0} dossier of `{1}` does not record {2}",
                "hồ sơ đề xuất cấp độ {0} của `{1}` chưa ghi {3}",
                level,
                id,
                en.join(" or "),
                vi_.join(", ")
            ),
            crate::msg_args!(
                "add `{0}` to its `security`",
                "bổ sung `{1}` vào `security`",
                fix_en.join("`, `"),
                fix_vi.join("`, `")
            ),
        );
    }
}

/// Requirement groups of TT 03/2017 Art. 8.3 that a control kind evidences.
const PLAN_GROUPS: &[(&str, &str, &[ControlKind])] = &[
    (
        "network",
        "mạng",
        &[ControlKind::Firewall, ControlKind::IdsIps],
    ),
    ("server", "máy chủ", &[ControlKind::Antivirus]),
    ("application", "ứng dụng", &[ControlKind::Waf]),
    (
        "data",
        "dữ liệu",
        &[ControlKind::Backup, ControlKind::PkiDigitalSignature],
    ),
    ("policy", "chính sách chung", &[ControlKind::Policy]),
    (
        "organisation and people",
        "tổ chức, nhân sự",
        &[ControlKind::Training, ControlKind::IncidentResponse],
    ),
    ("operation", "vận hành", &[ControlKind::SiemSoc]),
    (
        "inspection and risk",
        "kiểm tra, đánh giá và quản lý rủi ro",
        &[ControlKind::VulnerabilityScan],
    ),
];

fn kind_name(kind: ControlKind) -> &'static str {
    match kind {
        ControlKind::Firewall => "firewall",
        ControlKind::IdsIps => "ids-ips",
        ControlKind::SiemSoc => "siem-soc",
        ControlKind::Antivirus => "antivirus",
        ControlKind::Backup => "backup",
        ControlKind::VulnerabilityScan => "vulnerability-scan",
        ControlKind::PkiDigitalSignature => "pki-digital-signature",
        ControlKind::Waf => "waf",
        ControlKind::Policy => "policy",
        ControlKind::Training => "training",
        ControlKind::IncidentResponse => "incident-response",
    }
}

fn plan_groups(cx: &Context, sink: &mut Sink) {
    if systems(cx.model).next().is_none() {
        return; // Nothing to protect yet.
    }
    let present: HashSet<ControlKind> = cx
        .model
        .controls
        .iter()
        .filter(|c| c.status.value != Status::Retiring)
        .map(|c| c.kind.value)
        .collect();
    let missing: Vec<_> = PLAN_GROUPS
        .iter()
        .filter(|(_, _, kinds)| !kinds.iter().any(|k| present.contains(k)))
        .collect();
    if missing.is_empty() {
        return;
    }
    let groups_en: Vec<&str> = missing.iter().map(|g| g.0).collect();
    let groups_vi: Vec<&str> = missing.iter().map(|g| g.1).collect();
    let kinds: Vec<&str> = missing
        .iter()
        .flat_map(|g| g.2.iter().map(|k| kind_name(*k)))
        .collect();
    sink.report(
        section_or_manifest(cx.model, "controls"),
        None,
        crate::msg_args!(
            "no control covers these protection groups: {0}",
            "chưa có biện pháp nào cho các nhóm yêu cầu: {1}",
            groups_en.join("; "),
            groups_vi.join("; ")
        ),
        crate::msg_args!(
            "declare controls of kind {0}",
            "khai báo các biện pháp loại {0}",
            kinds.join(", ")
        ),
    );
}

fn is_technical(kind: ControlKind) -> bool {
    !matches!(
        kind,
        ControlKind::Policy | ControlKind::Training | ControlKind::IncidentResponse
    )
}

fn shared_protection(cx: &Context, sink: &mut Sink) {
    let model = cx.model;
    // Applications and databases by id, with their level.
    let levels: HashMap<&str, u8> = systems(model)
        .filter(|s| !matches!(s.kind, SystemKind::Infra(_)))
        .filter_map(|s| s.level().map(|l| (s.id.as_str(), l)))
        .collect();
    for control in &model.controls {
        if control.status.value != Status::Planned || !is_technical(control.kind.value) {
            continue;
        }
        let [only] = control.protects.as_slice() else {
            continue;
        };
        let Some(&level) = levels.get(only.as_str()) else {
            continue;
        };
        if level > 3 {
            continue;
        }
        let (id, target) = (control.id.as_str(), only.as_str());
        // Suggest the infrastructure the system actually runs on.
        let host = model
            .applications
            .iter()
            .find(|a| a.id.as_str() == target)
            .map(|a| &a.hosted_on)
            .or_else(|| {
                model
                    .databases
                    .iter()
                    .find(|d| d.id.as_str() == target)
                    .map(|d| &d.hosted_on)
            })
            .and_then(|h| h.first())
            .map(|h| h.as_str());
        let help = match host {
            Some(h) => crate::msg_args!(
                "systems of levels 1–3 share protection: protect the infrastructure that hosts it (`protects: [{0}]`), or record the justification as a waiver",
                "hệ thống cấp độ 1–3 dùng chung giải pháp bảo vệ: áp dụng cho hạ tầng lưu trữ hệ thống (`protects: [{0}]`), hoặc ghi lý do bằng một miễn trừ (`waivers`)",
                h
            ),
            None => Msg::new(
                "systems of levels 1–3 share protection: protect the infrastructure that hosts it (list it in `protects`), or record the justification as a waiver",
                "hệ thống cấp độ 1–3 dùng chung giải pháp bảo vệ: áp dụng cho hạ tầng lưu trữ hệ thống (ghi vào `protects`), hoặc ghi lý do bằng một miễn trừ (`waivers`)",
            ),
        };
        report_at(
            sink,
            Owner::control(control),
            Some(only.span),
            "protects",
            crate::msg_args!(
                "new control `{0}` is dedicated to `{1}`, a level-{2} system",
                "biện pháp mới `{0}` chỉ dành riêng cho `{1}`, hệ thống cấp độ {2}",
                id,
                target,
                level
            ),
            help,
        );
    }
}

fn priority(cx: &Context, sink: &mut Sink) {
    let model = cx.model;
    let levels: HashMap<&str, u8> = systems(model)
        .filter_map(|s| s.level().map(|l| (s.id.as_str(), l)))
        .collect();
    let control_level: HashMap<&str, u8> = model
        .controls
        .iter()
        .filter_map(|c| {
            let max = c
                .protects
                .iter()
                .filter_map(|r| levels.get(r.as_str()).copied())
                .max()?;
            Some((c.id.as_str(), max))
        })
        .collect();
    // The first task of each level.
    let mut first: BTreeMap<u8, &Task> = BTreeMap::new();
    for task in &model.tasks {
        let Some(level) = task
            .delivers
            .iter()
            .filter_map(|d| control_level.get(d.as_str()).copied())
            .max()
        else {
            continue;
        };
        let slot = first.entry(level).or_insert(task);
        if (task.from.value, task.id.as_str()) < (slot.from.value, slot.id.as_str()) {
            *slot = task;
        }
    }
    // Walk levels upwards, remembering the earliest task of any lower level.
    let mut earliest_lower: Option<(u8, &Task)> = None;
    for (&level, &task) in &first {
        if let Some((lower, lower_task)) = earliest_lower
            && task.from.value > lower_task.from.value
        {
            let id = task.id.as_str();
            let d = report_at(
                sink,
                Owner::task(task),
                Some(task.from.span),
                "from",
                crate::msg_args!(
                    "security task `{0}` for level-{1} systems starts in {2}, after `{3}` for level {4} ({5})",
                    "nhiệm vụ an toàn thông tin `{0}` cho hệ thống cấp độ {1} bắt đầu năm {2}, sau `{3}` cho cấp độ {4} (năm {5})",
                    id,
                    level,
                    task.from.value,
                    lower_task.id.as_str(),
                    lower,
                    lower_task.from.value
                ),
                crate::msg_args!(
                    "protect higher levels first: start `{0}` no later than {1}",
                    "ưu tiên bảo vệ hệ thống cấp độ cao: bắt đầu `{0}` không muộn hơn năm {1}",
                    id,
                    lower_task.from.value
                ),
            );
            d.secondary.push(Label {
                span: lower_task.from.span,
                text: Some(Msg::new(
                    "the lower level starts here",
                    "cấp độ thấp hơn bắt đầu ở đây",
                )),
            });
        }
        if earliest_lower.is_none_or(|(_, t)| task.from.value < t.from.value) {
            earliest_lower = Some((level, task));
        }
    }
}

fn state_secret(cx: &Context, sink: &mut Sink) {
    for system in systems(cx.model) {
        let Some(security) = system.security else {
            continue;
        };
        if security.level.value >= 3 || !security.data.contains(&InfoClass::StateSecret) {
            continue;
        }
        let id = system.id.as_str();
        report_at(
            sink,
            system.at,
            Some(security.level.span),
            "security.level",
            crate::msg_args!(
                "`{0}` processes state secrets but is at level {1}",
                "`{0}` xử lý bí mật nhà nước nhưng chỉ ở cấp độ {1}",
                id,
                security.level.value
            ),
            Msg::new(
                "systems processing state secrets are level 3 or higher (Decree 85, Art. 9.1(a)): `level: 3`",
                "hệ thống xử lý bí mật nhà nước có cấp độ từ 3 trở lên (Nghị định 85, Điều 9.1(a)): `level: 3`",
            ),
        );
    }
}

pub const RULES: &[Rule] = &[
    Rule {
        meta: &SEC_LEVEL,
        check: level,
    },
    Rule {
        meta: &SEC_FLOOR,
        check: floors,
    },
    Rule {
        meta: &SEC_COMPOSITE,
        check: composite,
    },
    Rule {
        meta: &SEC_OWNER_OPERATOR,
        check: owner_operator,
    },
    Rule {
        meta: &SEC_APPROVAL,
        check: approval,
    },
    Rule {
        meta: &SEC_MONITORING,
        check: monitoring,
    },
    Rule {
        meta: &SEC_PLAN_GROUPS,
        check: plan_groups,
    },
    Rule {
        meta: &SEC_SHARED_PROTECTION,
        check: shared_protection,
    },
    Rule {
        meta: &SEC_PRIORITY,
        check: priority,
    },
    Rule {
        meta: &SEC_STATE_SECRET,
        check: state_secret,
    },
    Rule {
        meta: &SEC_DOSSIER,
        check: dossier,
    },
];
