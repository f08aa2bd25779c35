//! Technical infrastructure (hạ tầng kỹ thuật).

use crate::diagnostic::Msg;
use crate::model::common::Status;
use crate::model::{ControlKind, ElementKind, InfraKind, Infrastructure, Sourcing, Standard, Task};
use crate::rules::engine::{Context, Rule, Sink};
use crate::rules::query::{
    Owner, example_org, first_phase, report_at, report_field, section_or_manifest, suggested_host,
    with_org,
};
use std::collections::HashMap;

crate::declare_rules! {
    /// ## What it checks
    /// The infrastructure includes hosting capacity: a data centre, a server
    /// cluster or rented cloud capacity (`kind: data-centre`, `server-cluster`
    /// or `cloud`) that is not retiring.
    ///
    /// ## Why
    /// Server systems are part of the technical infrastructure that framework 1.0
    /// puts first: applications need somewhere to run.
    ///
    /// ## Basis
    /// Framework 1.0 §II.4.2, priority 1 ("hệ thống máy chủ").
    ///
    /// ## Example
    /// Passes:
    /// ```yaml
    /// infrastructure:
    ///   - { id: tttd-tinh, name: Trung tâm tích hợp dữ liệu tỉnh, kind: data-centre, owner: so-tttt }
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Hạ tầng kỹ thuật có năng lực máy chủ để triển khai ứng dụng: một trung tâm dữ
    /// liệu, một cụm máy chủ hoặc dịch vụ điện toán đám mây thuê ngoài (`kind:
    /// data-centre`, `server-cluster` hoặc `cloud`) đang hoặc sẽ vận hành.
    ///
    /// ### Vì sao
    /// Hệ thống máy chủ là một phần của hạ tầng kỹ thuật mà Khung Kiến trúc 1.0 đặt
    /// lên hàng đầu: ứng dụng cần có nơi để chạy.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.4.2, ưu tiên thứ 1 ("hệ thống máy chủ").
    ///
    /// ### Ví dụ
    /// Đạt:
    /// ```yaml
    /// infrastructure:
    ///   - { id: tttd-tinh, name: Trung tâm tích hợp dữ liệu tỉnh, kind: data-centre, owner: so-tttt }
    /// ```
    INF_HOSTING = ("FW1-INF-001", Error, "hosting capacity declared", "có hạ tầng máy chủ", Stated, "Framework 1.0 §II.4.2");

    /// ## What it checks
    /// The infrastructure includes the transmission network connecting the
    /// province's agencies: a provincial WAN (`kind: wan`) or the specialised
    /// data network (`kind: specialised-network`, or any infrastructure that
    /// `connects` to `national:mang-truyen-so-lieu-chuyen-dung`).
    ///
    /// ## Why
    /// Transmission networks are part of the technical infrastructure that
    /// framework 1.0 puts first; provincial, district and commune agencies
    /// reach shared systems through them.
    ///
    /// ## Basis
    /// Framework 1.0 §II.4.2, priority 1 ("mạng truyền dẫn").
    ///
    /// ## Example
    /// Passes:
    /// ```yaml
    /// infrastructure:
    ///   - { id: wan-tinh, name: Mạng diện rộng (WAN) tỉnh, kind: wan, owner: so-tttt }
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Hạ tầng kỹ thuật có mạng truyền dẫn kết nối các cơ quan của tỉnh: mạng diện
    /// rộng của tỉnh (`kind: wan`) hoặc mạng truyền số liệu chuyên dùng (`kind:
    /// specialised-network`, hoặc một thành phần hạ tầng có `connects` tới
    /// `national:mang-truyen-so-lieu-chuyen-dung`).
    ///
    /// ### Vì sao
    /// Mạng truyền dẫn là một phần của hạ tầng kỹ thuật mà Khung Kiến trúc 1.0 đặt lên
    /// hàng đầu; các cơ quan cấp tỉnh, huyện, xã đi qua đó để tới các hệ thống dùng chung.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.4.2, ưu tiên thứ 1 ("mạng truyền dẫn").
    ///
    /// ### Ví dụ
    /// Đạt:
    /// ```yaml
    /// infrastructure:
    ///   - { id: wan-tinh, name: Mạng diện rộng (WAN) tỉnh, kind: wan, owner: so-tttt }
    /// ```
    INF_NETWORK = ("FW1-INF-002", Error, "transmission network declared", "có mạng truyền dẫn", Stated, "Framework 1.0 §II.4.2");

    /// ## What it checks
    /// Security equipment is declared: infrastructure of `kind:
    /// security-equipment`, or a control of kind `firewall`, `ids-ips` or `waf`.
    ///
    /// ## Why
    /// Framework 1.0 lists equipment that keeps information safe and secure as
    /// part of the technical infrastructure to deploy first.
    ///
    /// ## Basis
    /// Framework 1.0 §II.4.2, priority 1 ("thiết bị bảo đảm an toàn, an ninh thông tin").
    ///
    /// ## Example
    /// Passes:
    /// ```yaml
    /// controls:
    ///   - { id: tuong-lua, name: Tường lửa trung tâm dữ liệu, kind: firewall, protects: [tttd-tinh] }
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Có khai báo thiết bị bảo đảm an toàn thông tin: thành phần hạ tầng `kind:
    /// security-equipment`, hoặc một biện pháp loại `firewall`, `ids-ips` hay `waf`.
    ///
    /// ### Vì sao
    /// Khung Kiến trúc 1.0 xếp thiết bị bảo đảm an toàn, an ninh thông tin vào hạ tầng
    /// kỹ thuật cần triển khai trước.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.4.2, ưu tiên thứ 1 ("thiết bị bảo đảm an toàn, an ninh thông tin").
    ///
    /// ### Ví dụ
    /// Đạt:
    /// ```yaml
    /// controls:
    ///   - { id: tuong-lua, name: Tường lửa trung tâm dữ liệu, kind: firewall, protects: [tttd-tinh] }
    /// ```
    INF_SECURITY_EQUIPMENT = ("FW1-INF-003", Error, "security equipment declared", "có thiết bị bảo đảm an toàn thông tin", Stated, "Framework 1.0 §II.4.2");

    /// ## What it checks
    /// The first task that delivers infrastructure starts within the first
    /// phase of the roadmap. The order against application tasks is
    /// FW1-RM-003's.
    ///
    /// ## Why
    /// Infrastructure is the foundation for deploying every application, so it
    /// comes first in the 4.2 priority order.
    ///
    /// ## Basis
    /// Framework 1.0 §II.4.2, priority 1.
    ///
    /// ## Example
    /// Fails: phases 2021–2022 and 2023–2025, and the data centre's only task
    /// starts in 2023.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Nhiệm vụ đầu tiên xây dựng hạ tầng kỹ thuật bắt đầu trong giai đoạn đầu của lộ
    /// trình. Thứ tự so với các nhiệm vụ ứng dụng do FW1-RM-003 kiểm tra.
    ///
    /// ### Vì sao
    /// Hạ tầng kỹ thuật là nền tảng để triển khai mọi ứng dụng, nên đứng đầu thứ tự ưu
    /// tiên của mục 4.2.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.4.2, ưu tiên thứ 1.
    ///
    /// ### Ví dụ
    /// Không đạt: lộ trình có giai đoạn 2021–2022 và 2023–2025, mà nhiệm vụ duy nhất
    /// xây dựng trung tâm dữ liệu bắt đầu năm 2023.
    INF_FIRST = ("FW1-INF-004", Warning, "infrastructure built in the first phase", "hạ tầng được xây dựng trong giai đoạn đầu", Stated, "Framework 1.0 §II.4.2");

    /// ## What it checks
    /// Every data centre and disaster-recovery site lists TT 03/2013/TT-BTTTT in
    /// `standards` (`tt03-2013:data-centre`, or a declared standard whose code
    /// names 03/2013).
    ///
    /// ## Why
    /// Provincial data centres are expected to follow the national technical
    /// requirements for data centres.
    ///
    /// ## Basis
    /// Thông tư 03/2013/TT-BTTTT (provincial practice). Inferred.
    ///
    /// ## Example
    /// Passes: `standards: [tt03-2013:data-centre]` on `kind: data-centre`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi trung tâm dữ liệu và trung tâm dự phòng thảm họa đều ghi Thông tư
    /// 03/2013/TT-BTTTT trong `standards` (`tt03-2013:data-centre`, hoặc một tiêu
    /// chuẩn đã khai báo có mã nhắc tới 03/2013).
    ///
    /// ### Vì sao
    /// Trung tâm dữ liệu của tỉnh cần tuân thủ các yêu cầu kỹ thuật quốc gia đối với
    /// trung tâm dữ liệu.
    ///
    /// ### Căn cứ
    /// Thông tư 03/2013/TT-BTTTT (thực tiễn các tỉnh). Suy ra từ mục đích.
    ///
    /// ### Ví dụ
    /// Đạt: `standards: [tt03-2013:data-centre]` trên thành phần `kind: data-centre`.
    INF_DC_STANDARD = ("FW1-INF-005", Info, "data centre follows TT 03/2013", "trung tâm dữ liệu tuân thủ TT 03/2013", Inferred, "TT 03/2013/TT-BTTTT");

    /// ## What it checks
    /// Every infrastructure element that is not retiring states how it is
    /// obtained (`sourcing: build` or `rent`), and at least one is rented.
    ///
    /// ## Why
    /// Framework 1.0 asks provinces to make more use of renting IT services
    /// instead of only building; the choice should be on record.
    ///
    /// ## Basis
    /// Framework 1.0 §II.4.2 ("tăng cường hình thức thuê dịch vụ").
    ///
    /// ## Example
    /// Passes: `sourcing: rent` on the cloud, `sourcing: build` on the WAN.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi thành phần hạ tầng đang hoặc sẽ vận hành đều nêu hình thức có được nó
    /// (`sourcing: build` là đầu tư, `rent` là thuê), và có ít nhất một thành phần được thuê.
    ///
    /// ### Vì sao
    /// Khung Kiến trúc 1.0 yêu cầu các tỉnh tăng cường thuê dịch vụ công nghệ thông
    /// tin thay vì chỉ tự đầu tư; lựa chọn này cần được ghi lại.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.4.2 ("tăng cường hình thức thuê dịch vụ").
    ///
    /// ### Ví dụ
    /// Đạt: `sourcing: rent` trên dịch vụ điện toán đám mây, `sourcing: build` trên mạng WAN.
    INF_SOURCING = ("FW1-INF-006", Info, "infrastructure sourcing stated, renting considered", "nêu hình thức đầu tư hoặc thuê hạ tầng, có xem xét thuê dịch vụ", Stated, "Framework 1.0 §II.4.2");
}

fn live(model_infra: &[Infrastructure]) -> impl Iterator<Item = &Infrastructure> {
    model_infra
        .iter()
        .filter(|i| i.status.value != Status::Retiring)
}

fn hosting(cx: &Context, sink: &mut Sink) {
    let found = live(&cx.model.infrastructure).any(|i| {
        matches!(
            i.kind.value,
            InfraKind::DataCentre | InfraKind::ServerCluster | InfraKind::Cloud
        )
    });
    if !found {
        sink.report(
            section_or_manifest(cx.model, "infrastructure"),
            None,
            Msg::new(
                "no hosting capacity is declared (data centre, server cluster or cloud)",
                "chưa khai báo hạ tầng máy chủ (trung tâm dữ liệu, cụm máy chủ hoặc điện toán đám mây)",
            ),
            {
                let yaml = with_org(
                    "{ id: tttd-tinh, name: Trung tâm tích hợp dữ liệu tỉnh, kind: data-centre, owner: so-tttt }",
                    example_org(cx.model),
                );
                crate::msg_args!("declare it, e.g. `{0}`, or `kind: cloud` with `sourcing: rent`", "khai báo hạ tầng này, ví dụ `{0}`, hoặc `kind: cloud` với `sourcing: rent`", yaml)
            },
        );
    }
}

const SPECIALISED_NETWORK: &str = "national:mang-truyen-so-lieu-chuyen-dung";

fn network(cx: &Context, sink: &mut Sink) {
    let found = live(&cx.model.infrastructure).any(|i| {
        matches!(i.kind.value, InfraKind::Wan | InfraKind::SpecialisedNetwork)
            || i.connects.iter().any(|r| r.as_str() == SPECIALISED_NETWORK)
    });
    if !found {
        sink.report(
            section_or_manifest(cx.model, "infrastructure"),
            None,
            Msg::new(
                "no transmission network connecting the province's agencies is declared",
                "chưa khai báo mạng truyền dẫn kết nối các cơ quan của tỉnh",
            ),
            {
                let yaml = with_org(
                    "{ id: wan-tinh, name: Mạng diện rộng (WAN) tỉnh, kind: wan, owner: so-tttt, connects: [national:mang-truyen-so-lieu-chuyen-dung] }",
                    example_org(cx.model),
                );
                crate::msg_args!("declare the provincial WAN, e.g. `{0}`", "khai báo mạng diện rộng của tỉnh, ví dụ `{0}`", yaml)
            },
        );
    }
}

fn security_equipment(cx: &Context, sink: &mut Sink) {
    let equipment =
        live(&cx.model.infrastructure).any(|i| i.kind.value == InfraKind::SecurityEquipment);
    let controls = cx
        .model
        .controls
        .iter()
        .filter(|c| c.status.value != Status::Retiring)
        .any(|c| {
            matches!(
                c.kind.value,
                ControlKind::Firewall | ControlKind::IdsIps | ControlKind::Waf
            )
        });
    if !equipment && !controls {
        // Protect the infrastructure that is there, if any.
        let protects =
            suggested_host(cx.model).map_or(String::new(), |(h, _)| format!(", protects: [{h}]"));
        sink.report(
            section_or_manifest(cx.model, "infrastructure"),
            None,
            Msg::new("no security equipment is declared", "chưa khai báo thiết bị bảo đảm an toàn thông tin"),
            crate::msg_args!("declare the firewalls and intrusion prevention, e.g. `controls: [{{ id: tuong-lua, name: Tường lửa trung tâm dữ liệu, kind: firewall{0} }}]`", "khai báo tường lửa và thiết bị phòng chống xâm nhập, ví dụ `controls: [{{ id: tuong-lua, name: Tường lửa trung tâm dữ liệu, kind: firewall{0} }}]`", protects),
        );
    }
}

fn first(cx: &Context, sink: &mut Sink) {
    let Some(phase) = first_phase(cx.model) else {
        return;
    };
    let delivers_infra = |t: &Task| {
        t.delivers
            .iter()
            .any(|d| cx.index.kind_of(d.as_str()) == Some(ElementKind::Infrastructure))
    };
    let earliest = cx
        .model
        .tasks
        .iter()
        .filter(|t| delivers_infra(t))
        .min_by_key(|t| (t.from.value, t.id.as_str()));
    let Some(task) = earliest else { return }; // FW1-RM-001 reports undelivered infrastructure.
    if task.from.value > phase.to.value {
        report_at(
            sink,
            Owner::task(task),
            Some(task.from.span),
            "from",
            crate::msg_args!(
                "the first infrastructure task `{0}` starts in {1}, after the first phase ({2}–{3})",
                "nhiệm vụ hạ tầng đầu tiên `{0}` bắt đầu năm {1}, sau giai đoạn đầu ({2}–{3})",
                task.id.as_str(),
                task.from.value,
                phase.from.value,
                phase.to.value
            ),
            crate::msg_args!(
                "start the infrastructure work in phase `{0}`",
                "triển khai hạ tầng ngay trong giai đoạn `{0}`",
                phase.id.as_str()
            ),
        );
    }
}

fn names_tt03_2013(code: &str) -> bool {
    code.contains("03/2013")
}

fn dc_standard(cx: &Context, sink: &mut Sink) {
    let declared: HashMap<&str, &Standard> = cx
        .model
        .standards
        .iter()
        .map(|s| (s.id.as_str(), s))
        .collect();
    let conforms = |id: &str| {
        id == "tt03-2013:data-centre"
            || declared
                .get(id)
                .is_some_and(|s| names_tt03_2013(s.code.as_str()))
    };
    for dc in live(&cx.model.infrastructure) {
        if !matches!(dc.kind.value, InfraKind::DataCentre | InfraKind::DrSite)
            || dc.standards.iter().any(|s| conforms(s.as_str()))
        {
            continue;
        }
        report_field(
            sink,
            Owner::infra(dc),
            "standards",
            crate::msg_args!(
                "data centre `{0}` does not reference TT 03/2013/TT-BTTTT",
                "trung tâm dữ liệu `{0}` chưa nêu việc tuân thủ TT 03/2013/TT-BTTTT",
                dc.id.as_str()
            ),
            Msg::new(
                "add `standards: [tt03-2013:data-centre]` once its conformity is assessed",
                "thêm `standards: [tt03-2013:data-centre]` khi đã đánh giá sự phù hợp",
            ),
        );
    }
}

fn sourcing(cx: &Context, sink: &mut Sink) {
    let mut any = false;
    let mut rented = false;
    for item in live(&cx.model.infrastructure) {
        any = true;
        match &item.sourcing {
            Some(s) => rented |= s.value == Sourcing::Rent,
            None => {
                report_field(
                    sink,
                    Owner::infra(item),
                    "sourcing",
                    crate::msg_args!(
                        "infrastructure `{0}` does not say whether it is built or rented",
                        "hạ tầng `{0}` chưa nêu hình thức đầu tư hay thuê dịch vụ",
                        item.id.as_str()
                    ),
                    Msg::new(
                        "add `sourcing: build` or `sourcing: rent`",
                        "thêm `sourcing: build` hoặc `sourcing: rent`",
                    ),
                );
            }
        }
    }
    if any && !rented {
        sink.report(
            section_or_manifest(cx.model, "infrastructure"),
            None,
            Msg::new(
                "no infrastructure is rented as a service",
                "không có hạ tầng nào được thuê dịch vụ",
            ),
            Msg::new(
                "consider renting where it fits (e.g. cloud capacity or the DR site): `sourcing: rent`",
                "xem xét thuê dịch vụ khi phù hợp (ví dụ điện toán đám mây, trung tâm dự phòng): `sourcing: rent`",
            ),
        );
    }
}

pub const RULES: &[Rule] = &[
    Rule {
        meta: &INF_HOSTING,
        check: hosting,
    },
    Rule {
        meta: &INF_NETWORK,
        check: network,
    },
    Rule {
        meta: &INF_SECURITY_EQUIPMENT,
        check: security_equipment,
    },
    Rule {
        meta: &INF_FIRST,
        check: first,
    },
    Rule {
        meta: &INF_DC_STANDARD,
        check: dc_standard,
    },
    Rule {
        meta: &INF_SOURCING,
        check: sourcing,
    },
];
