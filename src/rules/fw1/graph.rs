//! Checks on the dependency graph: cycles, layering, orphans, services cut
//! off from infrastructure, single points of failure.

use crate::diagnostic::{Label, Msg};
use crate::graph::analysis::{self, DEPENDANT_CAP};
use crate::graph::role::Flow;
use crate::graph::{ArchGraph, Role};
use crate::model::common::Status;
use crate::model::index::Relation;
use crate::rules::engine::{Context, Rule, Sink};
use crate::rules::query::in_this;
use petgraph::graph::{EdgeIndex, NodeIndex};

crate::declare_rules! {
    /// ## What it checks
    /// No element depends on itself through a chain of dependencies
    /// (`supported_by`, `uses`, `depends_on`, `integrates_via`, `direct_links`,
    /// `hosted_on`, `connects_to`, `syncs_with`, `catalogs`, `fronts`, exchange
    /// `from`/`via`/`to`, and `serves`, `users`, `channels` read as "is needed
    /// by"), nor an organization is its own `parent`, nor a task its own
    /// prerequisite. The whole cycle is printed, with the place of each link.
    ///
    /// ## Why
    /// A cycle has no order to build, deploy, upgrade or restart its members in,
    /// and a failure anywhere in it takes all of it down. Exchanges between
    /// agencies belong on the LGSP, not in mutual dependencies.
    ///
    /// ## Basis
    /// Framework 1.0 §II.4.1 (the layered provincial architecture) and §II.4.2
    /// (components deployed in dependency order). Inferred.
    ///
    /// ## Example
    /// Fails:
    /// ```yaml
    /// applications:
    ///   - { id: mot-cua, kind: one-stop, depends_on: [qlvb], ... }
    ///   - { id: qlvb, kind: document-management, depends_on: [mot-cua], ... }
    /// ```
    /// Passes: `mot-cua` and `qlvb` both `integrates_via: [lgsp]`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Không phần tử nào phụ thuộc vào chính nó qua một chuỗi phụ thuộc
    /// (`supported_by`, `uses`, `depends_on`, `integrates_via`, `direct_links`,
    /// `hosted_on`, `connects_to`, `syncs_with`, `catalogs`, `fronts`, các trường
    /// `from`/`via`/`to` của luồng trao đổi, và `serves`, `users`, `channels` hiểu
    /// theo chiều ngược lại: thành phần được nêu cần đến thành phần khai báo);
    /// không cơ quan nào là `parent` của chính nó;
    /// không nhiệm vụ nào là điều kiện tiên quyết của chính nó. Công cụ in ra toàn
    /// bộ vòng, kèm vị trí của từng mắt xích.
    ///
    /// ### Vì sao
    /// Các thành phần trong một vòng không có thứ tự nào để xây dựng, triển khai, nâng
    /// cấp hay khởi động lại, và một sự cố ở bất kỳ đâu trong vòng làm ngừng cả vòng.
    /// Việc trao đổi giữa các cơ quan phải đi qua LGSP, không phải bằng các quan hệ
    /// phụ thuộc lẫn nhau.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.4.1 (kiến trúc cấp tỉnh theo các lớp) và mục II.4.2
    /// (triển khai các thành phần theo thứ tự phụ thuộc). Suy ra từ mục đích.
    ///
    /// ### Ví dụ
    /// Không đạt:
    /// ```yaml
    /// applications:
    ///   - { id: mot-cua, kind: one-stop, depends_on: [qlvb], ... }
    ///   - { id: qlvb, kind: document-management, depends_on: [mot-cua], ... }
    /// ```
    /// Đạt: cả `mot-cua` và `qlvb` đều khai báo `integrates_via: [lgsp]`.
    CYCLE = ("FW1-GRAPH-001", Error, "no dependency cycles", "không có vòng phụ thuộc", Inferred, "Framework 1.0 §II.4.1, §II.4.2");

    /// ## What it checks
    /// Dependencies point down the stack of framework 1.0's provincial diagram:
    /// users → channels → portals and online services → applications → shared
    /// platforms (LGSP, authentication, payment, digital signature, national
    /// systems) → data → infrastructure. An element that depends on one higher
    /// up (a back-office application on the portal, the LGSP on an application
    /// it integrates) is a finding.
    ///
    /// Exempt, and why:
    /// - exchange `from` and `to`: they give the direction data flows, which may
    ///   go either way, not who needs whom;
    /// - `notifications`: a service notifies users through a channel by design;
    /// - `connects`, `backs_up`, `protects`: peer links, not dependencies;
    /// - security controls and governance (organizations, standards, roadmap,
    ///   reviews): cross-cutting, they sit beside the stack, not in it.
    ///
    /// ## Why
    /// Lower layers are shared by many upper ones. A lower element that needs an
    /// upper one ties shared components to one consumer and breaks the order in
    /// which the roadmap deploys them.
    ///
    /// ## Basis
    /// Framework 1.0 §II.4.1 (provincial blocks) and §II.4.2 (deployment order:
    /// infrastructure, then platforms, then applications and services). Inferred.
    ///
    /// ## Example
    /// Fails: the LGSP with `depends_on: [mot-cua]`.
    /// Passes: `mot-cua` with `integrates_via: [lgsp]`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Quan hệ phụ thuộc đi xuống theo các lớp của sơ đồ cấp tỉnh trong Khung Kiến
    /// trúc 1.0: người sử dụng → kênh truy cập → cổng thông tin và dịch vụ công trực
    /// tuyến → ứng dụng → nền tảng dùng chung (LGSP, xác thực, thanh toán, chữ ký số,
    /// hệ thống quốc gia) → dữ liệu → hạ tầng kỹ thuật. Một phần tử phụ thuộc vào một
    /// phần tử ở lớp cao hơn (một ứng dụng nghiệp vụ phụ thuộc vào cổng thông tin,
    /// LGSP phụ thuộc vào một ứng dụng mà nó tích hợp) là một phát hiện.
    ///
    /// Các trường hợp được miễn, và lý do:
    /// - `from` và `to` của luồng trao đổi: chỉ chiều đi của dữ liệu, có thể theo cả
    ///   hai chiều, không nói bên nào cần bên nào;
    /// - `notifications`: dịch vụ gửi thông báo tới người dùng qua một kênh là điều
    ///   đương nhiên theo thiết kế;
    /// - `connects`, `backs_up`, `protects`: liên kết ngang hàng, không phải phụ thuộc;
    /// - biện pháp an toàn thông tin và quản lý (cơ quan, tiêu chuẩn, lộ trình, ý kiến
    ///   thẩm định): là các khối xuyên suốt, nằm bên cạnh các lớp chứ không nằm trong đó.
    ///
    /// ### Vì sao
    /// Lớp dưới được nhiều lớp trên dùng chung. Một thành phần lớp dưới cần đến một
    /// thành phần lớp trên sẽ trói thành phần dùng chung vào một bên sử dụng, và phá
    /// vỡ thứ tự triển khai theo lộ trình.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.4.1 (các khối cấp tỉnh) và mục II.4.2 (thứ tự triển
    /// khai: hạ tầng kỹ thuật, rồi nền tảng, rồi ứng dụng và dịch vụ). Suy ra từ mục đích.
    ///
    /// ### Ví dụ
    /// Không đạt: LGSP khai báo `depends_on: [mot-cua]`.
    /// Đạt: `mot-cua` khai báo `integrates_via: [lgsp]`.
    LAYERING = ("FW1-GRAPH-002", Warning, "dependencies point down the stack", "quan hệ phụ thuộc hướng xuống theo các lớp kiến trúc", Inferred, "Framework 1.0 §II.4.1, §II.4.2");

    /// ## What it checks
    /// Every channel, service, application, platform, database, catalogue and
    /// piece of infrastructure is needed by something: a user group, a channel,
    /// a service, an application, or linked by a network, backup or protection.
    /// User groups and security controls are orphans when nothing links them at
    /// all. Elements with `status: retiring` are exempt.
    ///
    /// ## Why
    /// An element nothing uses is either missing its links, so the diagrams and
    /// impact analysis are wrong, or is not needed, and should not be funded.
    ///
    /// ## Basis
    /// Framework 1.0 §II.4.1 (each block serves the one above). Inferred.
    ///
    /// ## Example
    /// Fails: a database no application lists in `uses`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi kênh truy cập, dịch vụ, ứng dụng, nền tảng, cơ sở dữ liệu, danh mục dữ liệu
    /// và thành phần hạ tầng kỹ thuật đều có thành phần khác cần đến: một nhóm người
    /// sử dụng, một kênh, một dịch vụ, một ứng dụng, hoặc được nối qua mạng, được dự
    /// phòng hay được bảo vệ. Nhóm người sử dụng và biện pháp an toàn thông tin chỉ bị
    /// coi là bỏ rơi khi không có liên kết nào với chúng. Các phần tử có
    /// `status: retiring` được miễn.
    ///
    /// ### Vì sao
    /// Một thành phần không ai dùng thì hoặc thiếu liên kết, làm sơ đồ và phân tích
    /// ảnh hưởng bị sai, hoặc không cần thiết và không nên bố trí kinh phí.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.4.1 (mỗi khối phục vụ khối phía trên). Suy ra từ mục đích.
    ///
    /// ### Ví dụ
    /// Không đạt: một cơ sở dữ liệu mà không ứng dụng nào ghi trong `uses`.
    ORPHAN = ("FW1-GRAPH-003", Warning, "no orphan elements", "không có thành phần bị bỏ rơi", Inferred, "Framework 1.0 §II.4.1");

    /// ## What it checks
    /// Every online service reaches technical infrastructure through its
    /// dependencies: `supported_by` an application that is `hosted_on`
    /// infrastructure, directly or through what it depends on.
    ///
    /// ## Why
    /// Infrastructure is "the base for deploying all applications" (4.2): a
    /// service whose chain stops before it runs nowhere the architecture knows,
    /// so nobody plans capacity, security or recovery for it.
    ///
    /// ## Basis
    /// Framework 1.0 §II.4.1 (block 7) and §II.4.2.
    ///
    /// ## Example
    /// Fails: a service `supported_by: [mot-cua]` where `mot-cua` has no `hosted_on`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi dịch vụ công trực tuyến đều có chuỗi phụ thuộc đi tới hạ tầng kỹ thuật:
    /// `supported_by` một ứng dụng được triển khai trên hạ tầng (`hosted_on`), trực
    /// tiếp hoặc qua các thành phần mà ứng dụng đó phụ thuộc.
    ///
    /// ### Vì sao
    /// Hạ tầng kỹ thuật là "nền tảng để triển khai tất cả các ứng dụng" (mục 4.2): một
    /// dịch vụ có chuỗi phụ thuộc dừng trước hạ tầng thì chạy ở một nơi kiến trúc
    /// không biết tới, nên không ai lập kế hoạch năng lực, an toàn thông tin hay khôi
    /// phục cho nó.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.4.1 (khối 7) và mục II.4.2.
    ///
    /// ### Ví dụ
    /// Không đạt: một dịch vụ `supported_by: [mot-cua]` trong khi `mot-cua` không có `hosted_on`.
    UNREACHABLE = ("FW1-GRAPH-004", Warning, "services reach infrastructure", "dịch vụ công có chuỗi phụ thuộc tới hạ tầng", Stated, "Framework 1.0 §II.4.1, §II.4.2");

    /// ## What it checks
    /// Hosting infrastructure (data centres, clusters, cloud) and shared platforms
    /// (the LGSP, authentication, payment, digital signature) that three or more
    /// elements depend on, transitively, are covered: a DR site (`kind: dr-site`)
    /// or a redundant line `backs_up` it, or a control of `kind: backup` `protects` it. A platform is
    /// also covered when a DR site backs up the infrastructure it is hosted on.
    /// The finding gives the number of dependants.
    ///
    /// ## Why
    /// When a shared component fails, every service above it stops. Decree
    /// 85/2016 and TT 03/2017 require backup and recovery for systems of level 3
    /// and up; the provincial data centre and the LGSP are level 3.
    ///
    /// ## Basis
    /// Nghị định 85/2016/NĐ-CP; Thông tư 03/2017/TT-BTTTT (backup and recovery
    /// requirements). Threshold inferred.
    ///
    /// ## Example
    /// Fails: `trung-tam-du-lieu` hosts three applications and nothing backs it up.
    /// Passes: add `{ id: dr-site, kind: dr-site, backs_up: [trung-tam-du-lieu] }`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Hạ tầng triển khai (trung tâm dữ liệu, cụm máy chủ, điện toán đám mây) và nền
    /// tảng dùng chung (LGSP, xác thực, thanh toán, chữ ký số) mà từ ba thành phần trở
    /// lên phụ thuộc vào, kể cả gián tiếp, đều có dự phòng: một trung tâm dự phòng
    /// thảm họa (`kind: dr-site`) hoặc một đường truyền dự phòng `backs_up` nó, hoặc
    /// một biện pháp `kind: backup` `protects` nó. Một nền tảng cũng được coi là có dự
    /// phòng khi hạ tầng mà nó được triển khai trên đó có trung tâm dự phòng thảm họa.
    /// Phát hiện nêu số thành phần phụ thuộc.
    ///
    /// ### Vì sao
    /// Khi một thành phần dùng chung gặp sự cố, mọi dịch vụ phía trên đều ngừng. Nghị
    /// định 85/2016 và Thông tư 03/2017 yêu cầu sao lưu, dự phòng và khôi phục đối với
    /// hệ thống thông tin từ cấp độ 3 trở lên; trung tâm dữ liệu của tỉnh và LGSP đều
    /// ở cấp độ 3.
    ///
    /// ### Căn cứ
    /// Nghị định 85/2016/NĐ-CP; Thông tư 03/2017/TT-BTTTT (yêu cầu sao lưu, dự phòng
    /// và khôi phục). Ngưỡng ba thành phần là suy ra.
    ///
    /// ### Ví dụ
    /// Không đạt: `trung-tam-du-lieu` là nơi triển khai ba ứng dụng mà không có gì dự phòng cho nó.
    /// Đạt: thêm `{ id: dr-site, kind: dr-site, backs_up: [trung-tam-du-lieu] }`.
    SINGLE_POINT = ("FW1-GRAPH-005", Warning, "no single points of failure", "không có điểm lỗi đơn", Inferred, "Decree 85/2016/NĐ-CP; TT 03/2017/TT-BTTTT");
}

/// Dependants from which a component counts as shared.
const SHARED_THRESHOLD: usize = 3;

/// "`a` needs `b` (`field`)", for a label on an edge.
fn edge_label(g: &ArchGraph, from: NodeIndex, to: NodeIndex, edge: EdgeIndex) -> Msg {
    let (a, b) = (g.node(from).id, g.node(to).id);
    let field = g.edge(edge).relation.field();
    crate::msg_args!(
        "`{0}` depends on `{1}` (`{2}`)",
        "`{0}` phụ thuộc `{1}` (`{2}`)",
        a,
        b,
        field
    )
}

fn cycles(cx: &Context, sink: &mut Sink) {
    let g = cx.graph();
    for cycle in analysis::cycles(g) {
        let ids: Vec<&str> = cycle.nodes.iter().map(|&n| g.node(n).id).collect();
        let path = format!("{} → {}", ids.join(" → "), ids[0]);
        let len = cycle.nodes.len();
        let labels: Vec<Label> = (0..len)
            .map(|k| Label {
                span: g.edge(cycle.edges[k]).span,
                text: Some(edge_label(
                    g,
                    cycle.nodes[k],
                    cycle.nodes[(k + 1) % len],
                    cycle.edges[k],
                )),
            })
            .collect();
        let (message, help) = if len == 1 {
            (
                crate::msg_args!(
                    "`{0}` depends on itself",
                    "`{0}` phụ thuộc chính nó",
                    ids[0]
                ),
                Msg::new(
                    "remove the reference to itself",
                    "bỏ tham chiếu tới chính nó",
                ),
            )
        } else {
            (
                crate::msg_args!("dependency cycle: {0}", "vòng phụ thuộc: {0}", path),
                Msg::new(
                    "break the cycle: remove one of these dependencies, or let the applications exchange data through the LGSP (`integrates_via`)",
                    "phá vòng: bỏ một trong các quan hệ phụ thuộc này, hoặc để các ứng dụng trao đổi dữ liệu qua LGSP (`integrates_via`)",
                ),
            )
        };
        let mut labels = labels.into_iter();
        let first = labels.next().expect("a cycle has an edge");
        let d = sink.report(Some(first.span), Some(ids[0]), message, help);
        d.primary = Some(first);
        d.secondary.extend(labels);
        // The first edge is written on `ids[0]` unless it is an upward reference.
        let edge = g.edge(cycle.edges[0]);
        if edge.flow != Flow::Up {
            d.in_field(edge.relation.field());
        }
    }
}

fn layering(cx: &Context, sink: &mut Sink) {
    let g = cx.graph();
    for up in analysis::upward_edges(g) {
        let (a, b) = (g.node(up.dependent), g.node(up.dependency));
        let (a_en, a_vi) = a.role.names();
        let (b_en, b_vi) = b.role.names();
        let field = g.edge(up.edge).relation.field();
        let d = sink.report(
            Some(g.edge(up.edge).span),
            Some(a.id),
            crate::msg_args!("`{0}` ({1}) depends on `{2}` ({3}), which is higher in the stack", "`{0}` ({4}) phụ thuộc `{2}` ({5}) ở lớp cao hơn", a.id, a_en, b.id, b_en, a_vi, b_vi),
            crate::msg_args!("reverse the dependency (declare it on `{0}`), or model the data flow as an exchange through the LGSP", "đảo chiều quan hệ (khai báo ở `{0}`), hoặc khai báo một luồng trao đổi dữ liệu (`exchanges`) qua LGSP", b.id),
        );
        if let Some(l) = &mut d.primary {
            l.text = Some(crate::msg_args!(
                "`{0}` points up the stack",
                "`{0}` hướng lên lớp trên",
                field
            ));
        }
        // The reference is written on the dependent unless it points up by design.
        if g.edge(up.edge).flow != Flow::Up {
            d.in_field(field);
            if let Some(span) = a.span {
                d.also_at(span, in_this(a.kind));
            }
        }
    }
}

fn orphans(cx: &Context, sink: &mut Sink) {
    let g = cx.graph();
    for i in analysis::orphans(g) {
        let n = g.node(i);
        if n.status == Status::Retiring {
            continue;
        }
        let (en, vi) = n.role.names();
        let (help_en, help_vi) = match n.role {
            Role::Actor => (
                "list it in a channel's `serves` or an application's `users`",
                "thêm vào `serves` của một kênh hoặc `users` của một ứng dụng",
            ),
            Role::Channel => (
                "list the user groups it reaches in `serves`",
                "liệt kê các nhóm người sử dụng trong `serves`",
            ),
            Role::Service => (
                "list the channels that offer it in `channels`, or add it to a channel's `fronts`",
                "liệt kê các kênh cung cấp dịch vụ trong `channels`, hoặc thêm vào `fronts` của một kênh",
            ),
            Role::Database | Role::Catalog => (
                "add it to the `uses` of the applications that read or write it",
                "thêm vào `uses` của các ứng dụng đọc, ghi dữ liệu này",
            ),
            Role::Infrastructure => (
                "add it to the `hosted_on` of what runs on it, or to the `connects` of the network it links",
                "thêm vào `hosted_on` của các thành phần triển khai trên đó, hoặc `connects` của mạng kết nối với nó",
            ),
            Role::Control => (
                "list what it protects in `protects`",
                "liệt kê các thành phần được bảo vệ trong `protects`",
            ),
            _ => (
                "add it to a service's `supported_by`, an application's `depends_on`, or give it `users`",
                "thêm vào `supported_by` của một dịch vụ, `depends_on` của một ứng dụng, hoặc khai báo `users`",
            ),
        };
        sink.report(
            n.span,
            Some(n.id),
            crate::msg_args!(
                "`{0}` ({1}) is not used by anything and serves nothing",
                "`{0}` ({2}) không được thành phần nào sử dụng và không phục vụ thành phần nào",
                n.id,
                en,
                vi
            ),
            crate::msg_args!(
                "{0}; or mark it `status: retiring`, or remove it",
                "{1}; hoặc đánh dấu `status: retiring`, hoặc xóa bỏ",
                help_en,
                help_vi
            ),
        );
    }
}

fn unreachable(cx: &Context, sink: &mut Sink) {
    let g = cx.graph();
    let grounded = analysis::grounded(g);
    for i in analysis::unreachable_services(g, &grounded) {
        let n = g.node(i);
        let supports: Vec<(EdgeIndex, NodeIndex)> = g
            .graph
            .edges(i)
            .filter(|e| e.weight().relation == Relation::SupportedBy)
            .map(|e| {
                (
                    petgraph::visit::EdgeRef::id(&e),
                    petgraph::visit::EdgeRef::target(&e),
                )
            })
            .collect();
        let help = if supports.is_empty() {
            Msg::new(
                "list the applications that deliver it in `supported_by`, and host them with `hosted_on`",
                "liệt kê các ứng dụng cung cấp dịch vụ trong `supported_by`, và khai báo `hosted_on` cho các ứng dụng đó",
            )
        } else {
            Msg::new(
                "add `hosted_on` to the application that delivers it, or to what that application depends on",
                "thêm `hosted_on` cho ứng dụng cung cấp dịch vụ, hoặc cho thành phần mà ứng dụng đó phụ thuộc",
            )
        };
        let message = if supports.is_empty() {
            crate::msg_args!(
                "online service `{0}` is supported by no application, so it reaches no infrastructure",
                "dịch vụ công trực tuyến `{0}` không có ứng dụng nào hỗ trợ nên không gắn với hạ tầng nào",
                n.id
            )
        } else {
            crate::msg_args!(
                "online service `{0}` does not reach any infrastructure through its applications",
                "dịch vụ công trực tuyến `{0}` không gắn với hạ tầng kỹ thuật nào qua các ứng dụng của nó",
                n.id
            )
        };
        let d = sink.report(n.span, Some(n.id), message, help);
        for (edge, app) in supports {
            d.secondary.push(Label {
                span: g.edge(edge).span,
                text: Some(crate::msg_args!(
                    "`{0}` runs on no declared infrastructure",
                    "`{0}` không triển khai trên hạ tầng nào đã khai báo",
                    g.node(app).id
                )),
            });
        }
    }
}

fn single_points(cx: &Context, sink: &mut Sink) {
    let g = cx.graph();
    for sp in analysis::single_points(g, SHARED_THRESHOLD) {
        let n = g.node(sp.node);
        let (en, vi) = n.role.names();
        let count = if sp.dependants >= DEPENDANT_CAP {
            format!("{DEPENDANT_CAP}+")
        } else {
            sp.dependants.to_string()
        };
        let services = sp.services;
        // A DR site or backup control the model already has is the one to extend.
        let dr_site = cx
            .model
            .infrastructure
            .iter()
            .find(|i| i.kind.value == crate::model::InfraKind::DrSite)
            .map(|i| i.id.as_str());
        let backup = cx
            .model
            .controls
            .iter()
            .find(|c| c.kind.value == crate::model::ControlKind::Backup)
            .map(|c| c.id.as_str());
        let (help_en, help_vi) = if n.role == Role::Infrastructure {
            match (dr_site, backup) {
                (Some(dr), _) => (
                    format!("add `{}` to the `backs_up` of DR site `{dr}`", n.id),
                    format!(
                        "thêm `{}` vào `backs_up` của trung tâm dự phòng `{dr}`",
                        n.id
                    ),
                ),
                (None, Some(b)) => (
                    format!(
                        "add `{}` to the `protects` of backup control `{b}`, or declare a DR site (`kind: dr-site`, `backs_up: [{}]`)",
                        n.id, n.id
                    ),
                    format!(
                        "thêm `{}` vào `protects` của biện pháp sao lưu `{b}`, hoặc khai báo trung tâm dự phòng (`kind: dr-site`, `backs_up: [{}]`)",
                        n.id, n.id
                    ),
                ),
                (None, None) => (
                    format!(
                        "declare a DR site (`kind: dr-site`, `backs_up: [{}]`), or a control of `kind: backup` that `protects` it",
                        n.id
                    ),
                    format!(
                        "khai báo trung tâm dự phòng (`kind: dr-site`, `backs_up: [{}]`), hoặc biện pháp sao lưu (`kind: backup`) có `protects` tới nó",
                        n.id
                    ),
                ),
            }
        } else if let Some(b) = backup {
            (
                format!(
                    "add `{}` to the `protects` of backup control `{b}`, or a DR site for the infrastructure it is hosted on",
                    n.id
                ),
                format!(
                    "thêm `{}` vào `protects` của biện pháp sao lưu `{b}`, hoặc trung tâm dự phòng cho hạ tầng mà nó triển khai trên đó",
                    n.id
                ),
            )
        } else {
            (
                format!(
                    "declare a control of `kind: backup` with `protects: [{}]`, or a DR site for the infrastructure it is hosted on",
                    n.id
                ),
                format!(
                    "khai báo biện pháp sao lưu (`kind: backup`) có `protects: [{}]`, hoặc trung tâm dự phòng cho hạ tầng mà nó triển khai trên đó",
                    n.id
                ),
            )
        };
        sink.report(
            n.span,
            Some(n.id),
            crate::msg_args!("`{0}` ({1}) is a single point of failure: {2} elements depend on it, {3} of them online services", "`{0}` ({4}) là điểm lỗi đơn: {2} thành phần phụ thuộc vào nó, trong đó {3} dịch vụ công trực tuyến", n.id, en, count, services, vi),
            Msg::new(help_en, help_vi),
        );
    }
}

pub const RULES: &[Rule] = &[
    Rule {
        meta: &CYCLE,
        check: cycles,
    },
    Rule {
        meta: &LAYERING,
        check: layering,
    },
    Rule {
        meta: &ORPHAN,
        check: orphans,
    },
    Rule {
        meta: &UNREACHABLE,
        check: unreachable,
    },
    Rule {
        meta: &SINGLE_POINT,
        check: single_points,
    },
];
