//! The provincial integration and sharing platform (LGSP).

use crate::diagnostic::Msg;
use crate::model::AppKind;
use crate::model::ElementKind;
use crate::rules::engine::{Context, Rule, Sink};
use crate::rules::query::{
    Owner, apps_of_kind, first_phase, in_this, integration_platforms, lgsp, report_at,
    report_field, section_or_manifest, tasks_delivering,
};

crate::declare_rules! {
    /// ## What it checks
    /// Exactly one application of kind `integration-platform` (the LGSP) is declared.
    ///
    /// ## Why
    /// Framework 1.0 connects agencies through a two-level platform: NGSP at
    /// national level and one LGSP per ministry or province. Two provincial
    /// platforms split the province's integration; none leaves agencies to link
    /// point to point.
    ///
    /// ## Basis
    /// Framework 1.0 §II.5.2 (GSP, two levels); Thông tư 13/2017/TT-BTTTT, Art. 3.12.
    ///
    /// ## Example
    /// Fails: no application with `kind: integration-platform`.
    /// Passes:
    /// ```yaml
    /// applications:
    ///   - id: lgsp
    ///     name: Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)
    ///     kind: integration-platform
    ///     scope: shared
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Có đúng một ứng dụng loại `integration-platform`, tức nền tảng tích hợp, chia
    /// sẻ dữ liệu cấp tỉnh (LGSP).
    ///
    /// ### Vì sao
    /// Khung Kiến trúc 1.0 kết nối các cơ quan qua nền tảng hai cấp: NGSP ở cấp quốc
    /// gia và một LGSP cho mỗi bộ, tỉnh. Hai nền tảng cấp tỉnh chia cắt việc tích hợp
    /// của tỉnh; không có nền tảng nào thì các cơ quan phải kết nối trực tiếp từng cặp
    /// với nhau.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.5.2 (nền tảng GSP hai cấp); Thông tư
    /// 13/2017/TT-BTTTT, khoản 12 Điều 3.
    ///
    /// ### Ví dụ
    /// Không đạt: không có ứng dụng nào có `kind: integration-platform`.
    /// Đạt:
    /// ```yaml
    /// applications:
    ///   - id: lgsp
    ///     name: Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)
    ///     kind: integration-platform
    ///     scope: shared
    /// ```
    LGSP_EXACTLY_ONE = ("FW1-LGSP-001", Error, "exactly one provincial LGSP", "có đúng một nền tảng LGSP cấp tỉnh", Stated, "Framework 1.0 §II.5.2; TT 13/2017/TT-BTTTT Art. 3.12");

    /// ## What it checks
    /// The LGSP connects to the national platform `national:ngsp` (in
    /// `connects_to` or `depends_on`), or records a direct link with a reason
    /// (the fallback when NGSP is not ready). The LGSP is any application of
    /// kind `integration-platform` or that applications `integrates_via` or
    /// exchanges are routed `via`.
    ///
    /// ## Why
    /// The Sở TT&TT must connect the LGSP to NGSP so that provincial systems reach
    /// national databases and central systems.
    ///
    /// ## Basis
    /// Thông tư 13/2017/TT-BTTTT, Art. 16 and Art. 25.3.
    ///
    /// ## Example
    /// Fails: an LGSP without `connects_to: [national:ngsp]`.
    /// Passes: `connects_to: [national:ngsp]`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// LGSP kết nối với nền tảng quốc gia `national:ngsp` (trong `connects_to` hoặc
    /// `depends_on`), hoặc ghi một kết nối trực tiếp kèm lý do (phương án tạm thời khi
    /// NGSP chưa sẵn sàng).
    ///
    /// ### Vì sao
    /// Sở TT&TT phải kết nối LGSP với NGSP để các hệ thống thông tin của tỉnh kết nối
    /// được với các cơ sở dữ liệu quốc gia và các hệ thống ở trung ương.
    ///
    /// ### Căn cứ
    /// Thông tư 13/2017/TT-BTTTT, Điều 16 và khoản 3 Điều 25.
    ///
    /// ### Ví dụ
    /// Không đạt: LGSP không có `connects_to: [national:ngsp]`.
    /// Đạt: `connects_to: [national:ngsp]`.
    LGSP_TO_NGSP = ("FW1-LGSP-002", Error, "LGSP connected to NGSP", "LGSP kết nối với NGSP", Stated, "TT 13/2017/TT-BTTTT Art. 16, 25.3");

    /// ## What it checks
    /// The LGSP declares service-oriented protocols in `protocols` (http, https,
    /// soap, wsdl, rest or web-service). The LGSP is any application of kind
    /// `integration-platform` or that applications `integrates_via` or
    /// exchanges are routed `via`.
    ///
    /// ## Why
    /// The LGSP is to be built on SOA, exchanging through web services.
    ///
    /// ## Basis
    /// Thông tư 23/2018/TT-BTTTT, Art. 3.1(a); Thông tư 13/2017/TT-BTTTT, Art. 19.
    ///
    /// ## Example
    /// Passes: `protocols: [https, soap, wsdl, rest]`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// LGSP khai báo các giao thức hướng dịch vụ trong `protocols` (http, https, soap,
    /// wsdl, rest hoặc web-service).
    ///
    /// ### Vì sao
    /// LGSP phải được xây dựng theo kiến trúc hướng dịch vụ (SOA), trao đổi dữ liệu qua
    /// dịch vụ web.
    ///
    /// ### Căn cứ
    /// Thông tư 23/2018/TT-BTTTT, điểm a khoản 1 Điều 3; Thông tư 13/2017/TT-BTTTT, Điều 19.
    ///
    /// ### Ví dụ
    /// Đạt: `protocols: [https, soap, wsdl, rest]`.
    LGSP_SOA = ("FW1-LGSP-003", Warning, "LGSP is service-oriented", "LGSP theo kiến trúc hướng dịch vụ (SOA)", Stated, "TT 23/2018/TT-BTTTT Art. 3.1(a); TT 13/2017/TT-BTTTT Art. 19");

    /// ## What it checks
    /// At least two applications exchange data through the LGSP (`integrates_via`).
    ///
    /// ## Why
    /// A platform nobody integrates through shares nothing: the shared services
    /// (authentication, catalogues, payment, data sharing) exist to be reused.
    ///
    /// ## Basis
    /// Framework 1.0 §II.5.2 (GSP holds shared and integration services). Inferred threshold.
    ///
    /// ## Example
    /// Fails: only one application lists the LGSP in `integrates_via`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Có ít nhất hai ứng dụng trao đổi dữ liệu qua LGSP (`integrates_via`).
    ///
    /// ### Vì sao
    /// Một nền tảng không ai tích hợp qua thì không chia sẻ được gì: các dịch vụ dùng
    /// chung (xác thực, danh mục, thanh toán, chia sẻ dữ liệu) có ra là để dùng lại.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.5.2 (GSP cung cấp các dịch vụ dùng chung và dịch vụ
    /// tích hợp). Ngưỡng hai ứng dụng là suy ra.
    ///
    /// ### Ví dụ
    /// Không đạt: chỉ một ứng dụng ghi LGSP trong `integrates_via`.
    LGSP_CONSUMERS = ("FW1-LGSP-004", Warning, "LGSP shared by several applications", "LGSP được nhiều ứng dụng sử dụng", Inferred, "Framework 1.0 §II.5.2");

    /// ## What it checks
    /// A task delivering the LGSP starts in the earliest phase of the roadmap.
    ///
    /// ## Why
    /// Sharing and integration services come second in the 4.2 priority order,
    /// right after infrastructure: the earlier they exist, the less duplication.
    ///
    /// ## Basis
    /// Framework 1.0 §II.4.2, priority 2.
    ///
    /// ## Example
    /// Fails: the LGSP is only built in the 2021–2025 phase while 2018–2020 exists.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Nhiệm vụ xây dựng LGSP bắt đầu trong giai đoạn sớm nhất của lộ trình.
    ///
    /// ### Vì sao
    /// Dịch vụ chia sẻ và tích hợp đứng thứ hai trong thứ tự ưu tiên của mục 4.2, ngay
    /// sau hạ tầng kỹ thuật: có càng sớm thì càng ít đầu tư trùng lặp.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.4.2, ưu tiên thứ 2.
    ///
    /// ### Ví dụ
    /// Không đạt: LGSP chỉ được xây dựng trong giai đoạn 2021–2025 trong khi lộ trình
    /// có giai đoạn 2018–2020.
    LGSP_EARLY = ("FW1-LGSP-005", Warning, "LGSP built in the first phase", "LGSP được xây dựng trong giai đoạn đầu", Stated, "Framework 1.0 §II.4.2");

    /// ## What it checks
    /// The LGSP has security level 3 or higher. The LGSP is any application of
    /// kind `integration-platform` or that applications `integrates_via` or
    /// exchanges are routed `via`.
    ///
    /// ## Why
    /// Shared information infrastructure serving the agencies of a whole province
    /// is level 3 under Decree 85/2016.
    ///
    /// ## Basis
    /// Nghị định 85/2016/NĐ-CP, Art. 9.3; Thông tư 03/2017/TT-BTTTT, Art. 4.5(d).
    ///
    /// ## Example
    /// Fails: `security: { level: 2 }` on the LGSP.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// LGSP có cấp độ an toàn hệ thống thông tin từ cấp 3 trở lên.
    ///
    /// ### Vì sao
    /// Hạ tầng thông tin dùng chung phục vụ các cơ quan của cả tỉnh thuộc cấp độ 3
    /// theo Nghị định 85/2016.
    ///
    /// ### Căn cứ
    /// Nghị định 85/2016/NĐ-CP, khoản 3 Điều 9; Thông tư 03/2017/TT-BTTTT, điểm d khoản 5 Điều 4.
    ///
    /// ### Ví dụ
    /// Không đạt: LGSP có `security: { level: 2 }`.
    LGSP_SECURITY = ("FW1-LGSP-007", Warning, "LGSP at security level 3 or higher", "LGSP có cấp độ an toàn từ cấp 3 trở lên", Stated, "Decree 85/2016/NĐ-CP Art. 9.3");
}

fn exactly_one(cx: &Context, sink: &mut Sink) {
    let mut platforms = apps_of_kind(cx.model, AppKind::IntegrationPlatform);
    let Some(first) = platforms.next() else {
        sink.report(
            section_or_manifest(cx.model, "applications"),
            None,
            Msg::new("no provincial LGSP is declared", "chưa khai báo nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)"),
            Msg::new(
                "declare an application with `kind: integration-platform` that connects to `national:ngsp`",
                "khai báo một ứng dụng có `kind: integration-platform` kết nối tới `national:ngsp`",
            ),
        );
        return;
    };
    for extra in platforms {
        let d = sink.report(
            Some(extra.kind.span),
            Some(extra.id.as_str()),
            crate::msg_args!(
                "a second LGSP `{0}` is declared; a province has one",
                "khai báo LGSP thứ hai `{0}`; mỗi tỉnh chỉ có một LGSP",
                extra.id.as_str()
            ),
            crate::msg_args!(
                "merge it into `{0}`, or change its kind",
                "hợp nhất vào `{0}`, hoặc đổi loại ứng dụng (`kind`)",
                first.id.as_str()
            ),
        );
        d.in_field("kind");
        d.also_at(extra.id.span, in_this(ElementKind::Application));
        d.secondary.push(crate::diagnostic::Label {
            span: first.kind.span,
            text: Some(Msg::new("the first LGSP", "LGSP thứ nhất")),
        });
    }
}

fn to_ngsp(cx: &Context, sink: &mut Sink) {
    for app in integration_platforms(cx.model) {
        let linked = app
            .connects_to
            .iter()
            .chain(&app.depends_on)
            .any(|r| r.as_str() == "national:ngsp");
        let fallback = app
            .direct_links
            .iter()
            .any(|l| l.to.as_str().starts_with("national:") && !l.reason.trim().is_empty());
        if !linked && !fallback {
            report_field(
                sink,
                Owner::app(app),
                "connects_to",
                crate::msg_args!(
                    "LGSP `{0}` is not connected to NGSP",
                    "LGSP `{0}` chưa kết nối với NGSP",
                    app.id.as_str()
                ),
                Msg::new(
                    "add `connects_to: [national:ngsp]`, or a `direct_links` entry to a national system with the reason NGSP cannot be used",
                    "thêm `connects_to: [national:ngsp]`, hoặc một mục `direct_links` tới hệ thống quốc gia kèm lý do chưa dùng được NGSP",
                ),
            );
        }
    }
}

const SOA_PROTOCOLS: &[&str] = &["http", "https", "soap", "wsdl", "rest", "web-service"];

fn soa(cx: &Context, sink: &mut Sink) {
    for app in integration_platforms(cx.model) {
        let soa = app
            .protocols
            .iter()
            .any(|p| SOA_PROTOCOLS.contains(&p.to_ascii_lowercase().as_str()));
        if !soa {
            report_field(
                sink,
                Owner::app(app),
                "protocols",
                crate::msg_args!(
                    "LGSP `{0}` declares no web-service protocol",
                    "LGSP `{0}` chưa khai báo giao thức dịch vụ web nào",
                    app.id.as_str()
                ),
                Msg::new(
                    "list its protocols, e.g. `protocols: [https, soap, wsdl, rest]`",
                    "liệt kê các giao thức, ví dụ `protocols: [https, soap, wsdl, rest]`",
                ),
            );
        }
    }
}

fn consumers(cx: &Context, sink: &mut Sink) {
    let Some(lgsp) = lgsp(cx.model) else { return };
    let count = cx
        .model
        .applications
        .iter()
        .filter(|a| a.integrates_via.iter().any(|r| r.value == lgsp.id.value))
        .count();
    if count < 2 {
        sink.report(
            Some(lgsp.id.span),
            Some(lgsp.id.as_str()),
            crate::msg_args!(
                "only {0} application(s) integrate through LGSP `{1}`",
                "chỉ có {0} ứng dụng tích hợp qua LGSP `{1}`",
                count,
                lgsp.id.as_str()
            ),
            crate::msg_args!(
                "add `integrates_via: [{0}]` to the applications that exchange data",
                "thêm `integrates_via: [{0}]` cho các ứng dụng có trao đổi dữ liệu",
                lgsp.id.as_str()
            ),
        );
    }
}

fn early(cx: &Context, sink: &mut Sink) {
    let (Some(lgsp), Some(first)) = (lgsp(cx.model), first_phase(cx.model)) else {
        return;
    };
    // The earliest task that delivers it is what is scheduled too late.
    let Some(task) =
        tasks_delivering(cx.model, lgsp.id.as_str()).min_by_key(|t| (t.from.value, t.id.as_str()))
    else {
        return; // FW1-RM-001 reports components no task realises.
    };
    if task.from.value > first.to.value {
        let d = report_at(
            sink,
            Owner::task(task),
            Some(task.from.span),
            "from",
            crate::msg_args!(
                "LGSP `{0}` is not built in the first phase ({1}–{2})",
                "LGSP `{0}` không được xây dựng trong giai đoạn đầu ({1}–{2})",
                lgsp.id.as_str(),
                first.from.value,
                first.to.value
            ),
            crate::msg_args!(
                "schedule the task that delivers it, `{0}`, in phase `{1}`",
                "đưa nhiệm vụ xây dựng LGSP, `{0}`, vào giai đoạn `{1}`",
                task.id.as_str(),
                first.id.as_str()
            ),
        );
        d.also_at(lgsp.id.span, Msg::new("the LGSP", "nền tảng LGSP"));
    }
}

fn security(cx: &Context, sink: &mut Sink) {
    for app in integration_platforms(cx.model) {
        if let Some(sec) = &app.security
            && sec.level.value < 3
        {
            report_at(
                sink,
                Owner::app(app),
                Some(sec.level.span),
                "security.level",
                crate::msg_args!(
                    "LGSP `{0}` is at security level {1}, below 3",
                    "LGSP `{0}` ở cấp độ an toàn {1}, thấp hơn cấp 3",
                    app.id.as_str(),
                    sec.level.value
                ),
                Msg::new(
                    "shared infrastructure for a whole province is level 3 or higher (Decree 85/2016, Art. 9.3)",
                    "hạ tầng dùng chung cho cả tỉnh thuộc cấp độ 3 trở lên (Nghị định 85/2016, Điều 9.3)",
                ),
            );
        }
    }
}

pub const RULES: &[Rule] = &[
    Rule {
        meta: &LGSP_EXACTLY_ONE,
        check: exactly_one,
    },
    Rule {
        meta: &LGSP_TO_NGSP,
        check: to_ngsp,
    },
    Rule {
        meta: &LGSP_SOA,
        check: soa,
    },
    Rule {
        meta: &LGSP_CONSUMERS,
        check: consumers,
    },
    Rule {
        meta: &LGSP_EARLY,
        check: early,
    },
    Rule {
        meta: &LGSP_SECURITY,
        check: security,
    },
];
