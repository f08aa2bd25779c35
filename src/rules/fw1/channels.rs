//! Users and access channels.

use crate::diagnostic::Msg;
use crate::graph::Role;
use crate::model::{ActorKind, Channel, ChannelKind};
use crate::rules::engine::{Context, Rule, Sink};
use crate::rules::query::{Owner, report_at, report_field, section_or_manifest};
use std::collections::{HashMap, HashSet};

crate::declare_rules! {
    /// ## What it checks
    /// The user groups (`actors`) include citizens (`kind: citizen`),
    /// businesses (`kind: business`) and civil servants (`kind: official`).
    /// A model with no actors at all is reported by FW1-MOD-003 instead.
    ///
    /// ## Why
    /// E-government serves people, businesses and the state's own staff; the
    /// channels, services and shared applications are designed for these groups.
    ///
    /// ## Basis
    /// Framework 1.0 §II.4.1, block "Người sử dụng" (provincial architectures
    /// built on it list these three groups first).
    ///
    /// ## Example
    /// Fails: only `kind: citizen` is declared.
    /// Passes:
    /// ```yaml
    /// actors:
    ///   - { id: nguoi-dan, name: Người dân, kind: citizen }
    ///   - { id: doanh-nghiep, name: Doanh nghiệp, kind: business }
    ///   - { id: cbccvc, name: Cán bộ, công chức, viên chức, kind: official }
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Các nhóm người sử dụng (`actors`) có người dân (`kind: citizen`), doanh nghiệp
    /// (`kind: business`) và cán bộ, công chức, viên chức (`kind: official`). Mô hình
    /// hoàn toàn không có người sử dụng do FW1-MOD-003 báo.
    ///
    /// ### Vì sao
    /// Chính quyền điện tử phục vụ người dân, doanh nghiệp và chính đội ngũ cán bộ,
    /// công chức; kênh truy cập, dịch vụ và ứng dụng dùng chung được thiết kế cho các
    /// nhóm này.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.4.1, khối "Người sử dụng" (các kiến trúc cấp tỉnh
    /// xây dựng theo khung đều liệt kê ba nhóm này đầu tiên).
    ///
    /// ### Ví dụ
    /// Không đạt: chỉ khai báo `kind: citizen`.
    /// Đạt:
    /// ```yaml
    /// actors:
    ///   - { id: nguoi-dan, name: Người dân, kind: citizen }
    ///   - { id: doanh-nghiep, name: Doanh nghiệp, kind: business }
    ///   - { id: cbccvc, name: Cán bộ, công chức, viên chức, kind: official }
    /// ```
    USR_CORE = ("FW1-USR-001", Error, "citizens, businesses and civil servants are users", "người dân, doanh nghiệp và cán bộ, công chức là người sử dụng", Stated, "Framework 1.0 §II.4.1");

    /// ## What it checks
    /// Provincial leaders (`kind: leader`) and other agencies or organizations
    /// (`kind: agency` or `kind: external`) are listed among the users.
    ///
    /// ## Why
    /// Leaders use reporting and executive systems; other agencies exchange
    /// data with the province. Leaving them out hides requirements.
    ///
    /// ## Basis
    /// Provincial practice for the "Người sử dụng" block. Inferred.
    ///
    /// ## Example
    /// Fails: no `leader` actor.
    /// Passes:
    /// ```yaml
    /// actors:
    ///   - { id: lanh-dao, name: Lãnh đạo tỉnh, kind: leader }
    ///   - { id: co-quan-khac, name: Cơ quan, tổ chức khác, kind: agency }
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Lãnh đạo tỉnh (`kind: leader`) và các cơ quan, tổ chức khác (`kind: agency`
    /// hoặc `kind: external`) có trong danh sách người sử dụng.
    ///
    /// ### Vì sao
    /// Lãnh đạo sử dụng các hệ thống báo cáo, chỉ đạo điều hành; các cơ quan khác trao
    /// đổi dữ liệu với tỉnh. Bỏ sót họ là bỏ sót yêu cầu.
    ///
    /// ### Căn cứ
    /// Thực tiễn các tỉnh đối với khối "Người sử dụng". Suy ra từ mục đích.
    ///
    /// ### Ví dụ
    /// Không đạt: không có người sử dụng loại `leader`.
    /// Đạt:
    /// ```yaml
    /// actors:
    ///   - { id: lanh-dao, name: Lãnh đạo tỉnh, kind: leader }
    ///   - { id: co-quan-khac, name: Cơ quan, tổ chức khác, kind: agency }
    /// ```
    USR_OTHERS = ("FW1-USR-002", Info, "leaders and other agencies are users", "lãnh đạo và cơ quan, tổ chức khác là người sử dụng", Inferred, "Framework 1.0 §II.4.1");

    /// ## What it checks
    /// Each portal (application of `kind: portal` or `kind: public-service-portal`)
    /// is fronted by an access channel of `kind: web-portal` (the channel's `fronts` lists it).
    ///
    /// ## Why
    /// The portal is the single access point of the province on the network:
    /// it is how users reach everything else, so it must appear among the channels.
    ///
    /// ## Basis
    /// Nghị định 43/2011/NĐ-CP, Art. 3.2 (definition of cổng thông tin điện tử).
    ///
    /// ## Example
    /// Fails: an application `cong-ttdt` of kind `portal` that no channel fronts.
    /// Passes:
    /// ```yaml
    /// channels:
    ///   - { id: kenh-cong-ttdt, name: Cổng thông tin điện tử tỉnh, kind: web-portal, fronts: [cong-ttdt] }
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mỗi cổng thông tin điện tử của tỉnh (ứng dụng `kind: portal`) có một kênh truy
    /// cập loại `kind: web-portal` đứng trước nó (trường `fronts` của kênh ghi cổng đó).
    ///
    /// ### Vì sao
    /// Cổng thông tin điện tử là điểm truy cập duy nhất của tỉnh trên môi trường mạng:
    /// người sử dụng đi qua nó để tới mọi thứ khác, nên nó phải có mặt trong các kênh
    /// truy cập.
    ///
    /// ### Căn cứ
    /// Nghị định 43/2011/NĐ-CP, khoản 2 Điều 3 (định nghĩa cổng thông tin điện tử).
    ///
    /// ### Ví dụ
    /// Không đạt: ứng dụng `cong-ttdt` loại `portal` mà không kênh nào dẫn tới.
    /// Đạt:
    /// ```yaml
    /// channels:
    ///   - { id: kenh-cong-ttdt, name: Cổng thông tin điện tử tỉnh, kind: web-portal, fronts: [cong-ttdt] }
    /// ```
    CH_PORTAL = ("FW1-CH-001", Error, "the portal is an access channel", "cổng thông tin điện tử là một kênh truy cập", Stated, "Decree 43/2011/NĐ-CP Art. 3.2");

    /// ## What it checks
    /// Besides the web, at least one channel reaches users who do not go
    /// online: a one-stop desk, a kiosk, a mobile app, a phone line or a
    /// support centre.
    ///
    /// ## Why
    /// Many citizens still file in person or by phone; a provincial
    /// architecture lists the one-stop desks and public administration centres.
    ///
    /// ## Basis
    /// Provincial practice for the "Kênh truy cập" block. Inferred.
    ///
    /// ## Example
    /// Fails: only `kind: web-portal` channels.
    /// Passes:
    /// ```yaml
    /// channels:
    ///   - { id: mot-cua, name: Bộ phận một cửa, kind: one-stop-desk, fronts: [he-thong-mot-cua] }
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Ngoài trang web, có ít nhất một kênh phục vụ người không dùng mạng: bộ phận một
    /// cửa, ki-ốt, ứng dụng di động, đường dây điện thoại hoặc trung tâm hỗ trợ.
    ///
    /// ### Vì sao
    /// Nhiều người dân vẫn nộp hồ sơ trực tiếp hoặc qua điện thoại; kiến trúc cấp tỉnh
    /// liệt kê các bộ phận một cửa và trung tâm phục vụ hành chính công.
    ///
    /// ### Căn cứ
    /// Thực tiễn các tỉnh đối với khối "Kênh truy cập". Suy ra từ mục đích.
    ///
    /// ### Ví dụ
    /// Không đạt: chỉ có các kênh `kind: web-portal`.
    /// Đạt:
    /// ```yaml
    /// channels:
    ///   - { id: mot-cua, name: Bộ phận một cửa, kind: one-stop-desk, fronts: [he-thong-mot-cua] }
    /// ```
    CH_NON_WEB = ("FW1-CH-002", Warning, "a non-web access channel exists", "có kênh truy cập ngoài trang web", Inferred, "Framework 1.0 §II.4.1");

    /// ## What it checks
    /// Every online service at level 3 or 4 notifies users through a channel:
    /// a channel listed in its `notifications`, or one of its `channels` with
    /// `notifies: true`. A channel listed in `notifications` must itself say
    /// `notifies: true`. (Status tracking is FW1-DVC-004.)
    ///
    /// ## Why
    /// Users of level 3–4 services are told automatically how their dossier
    /// progresses, through the portal, e-mail, SMS or messaging.
    ///
    /// ## Basis
    /// Thông tư 32/2017/TT-BTTTT, Art. 9.2.
    ///
    /// ## Example
    /// Fails: a `level: 3` service with no notification channel.
    /// Passes:
    /// ```yaml
    /// channels:
    ///   - { id: sms, name: Tin nhắn SMS, kind: sms, notifies: true }
    /// services:
    ///   - { id: cap-phep, name: Cấp giấy phép xây dựng, level: 3, notifications: [sms] }
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi dịch vụ công trực tuyến mức độ 3 hoặc 4 đều thông báo cho người sử dụng qua
    /// một kênh: một kênh ghi trong `notifications`, hoặc một kênh trong `channels` có
    /// `notifies: true`. Kênh ghi trong `notifications` cũng phải có `notifies: true`.
    /// (Việc theo dõi tình trạng hồ sơ do FW1-DVC-004 kiểm tra.)
    ///
    /// ### Vì sao
    /// Người sử dụng dịch vụ mức độ 3, 4 được thông báo tự động về tiến độ giải quyết
    /// hồ sơ qua cổng, thư điện tử, tin nhắn SMS hoặc ứng dụng nhắn tin.
    ///
    /// ### Căn cứ
    /// Thông tư 32/2017/TT-BTTTT, khoản 2 Điều 9.
    ///
    /// ### Ví dụ
    /// Không đạt: dịch vụ `level: 3` không có kênh thông báo.
    /// Đạt:
    /// ```yaml
    /// channels:
    ///   - { id: sms, name: Tin nhắn SMS, kind: sms, notifies: true }
    /// services:
    ///   - { id: cap-phep, name: Cấp giấy phép xây dựng, level: 3, notifications: [sms] }
    /// ```
    CH_NOTIFY = ("FW1-CH-003", Warning, "level 3–4 services notify users", "dịch vụ mức độ 3, 4 có kênh thông báo", Stated, "TT 32/2017/TT-BTTTT Art. 9.2");

    /// ## What it checks
    /// Every channel leads somewhere: its `fronts` lists an application or a
    /// service, or a service lists it in `channels` or `notifications`.
    ///
    /// ## Why
    /// A channel that fronts nothing is either a leftover or a missing link in
    /// the architecture diagram.
    ///
    /// ## Basis
    /// Framework 1.0 §II.4.1 (channels front the portal and services). Inferred.
    ///
    /// ## Example
    /// Fails: `{ id: kiosk, name: Ki-ốt tra cứu, kind: kiosk }` with nothing behind it.
    /// Passes: `{ id: kiosk, name: Ki-ốt tra cứu, kind: kiosk, fronts: [cong-ttdt] }`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mỗi kênh truy cập đều dẫn tới đâu đó: trường `fronts` của kênh ghi một ứng dụng
    /// hoặc một dịch vụ, hoặc một dịch vụ ghi kênh đó trong `channels` hay `notifications`.
    ///
    /// ### Vì sao
    /// Một kênh không dẫn tới đâu thì hoặc là phần thừa còn sót, hoặc là một liên kết
    /// bị thiếu trong sơ đồ kiến trúc.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.4.1 (kênh truy cập đứng trước cổng thông tin và các
    /// dịch vụ). Suy ra từ mục đích.
    ///
    /// ### Ví dụ
    /// Không đạt: `{ id: kiosk, name: Ki-ốt tra cứu, kind: kiosk }` không dẫn tới đâu.
    /// Đạt: `{ id: kiosk, name: Ki-ốt tra cứu, kind: kiosk, fronts: [cong-ttdt] }`.
    CH_ORPHAN = ("FW1-CH-004", Warning, "every channel fronts something", "mỗi kênh truy cập đều dẫn tới ứng dụng hoặc dịch vụ", Inferred, "Framework 1.0 §II.4.1");
}

// ---------------------------------------------------------------- users

/// Reports the user kinds of `wanted` that no actor has, in one finding.
fn missing_actors(cx: &Context, sink: &mut Sink, wanted: &[(&[ActorKind], &str, &str, &str)]) {
    if cx.model.actors.is_empty() {
        return; // FW1-MOD-003 reports the missing block.
    }
    let present: HashSet<ActorKind> = cx.model.actors.iter().map(|a| a.kind.value).collect();
    let missing: Vec<_> = wanted
        .iter()
        .filter(|(kinds, ..)| !kinds.iter().any(|k| present.contains(k)))
        .collect();
    if missing.is_empty() {
        return;
    }
    let en: Vec<&str> = missing.iter().map(|m| m.1).collect();
    let vi: Vec<&str> = missing.iter().map(|m| m.2).collect();
    let yaml: Vec<&str> = missing.iter().map(|m| m.3).collect();
    sink.report(
        section_or_manifest(cx.model, "actors"),
        None,
        crate::msg_args!(
            "no user group for: {0}",
            "chưa có nhóm người sử dụng: {1}",
            en.join("; "),
            vi.join("; ")
        ),
        crate::msg_args!(
            "add to `actors`: {0}",
            "thêm vào `actors`: {0}",
            yaml.join("; ")
        ),
    );
}

fn core_users(cx: &Context, sink: &mut Sink) {
    missing_actors(
        cx,
        sink,
        &[
            (
                &[ActorKind::Citizen],
                "citizens",
                "người dân",
                "`{ id: nguoi-dan, name: Người dân, kind: citizen }`",
            ),
            (
                &[ActorKind::Business],
                "businesses",
                "doanh nghiệp",
                "`{ id: doanh-nghiep, name: Doanh nghiệp, kind: business }`",
            ),
            (
                &[ActorKind::Official],
                "civil servants",
                "cán bộ, công chức, viên chức",
                "`{ id: cbccvc, name: \"Cán bộ, công chức, viên chức\", kind: official }`",
            ),
        ],
    );
}

fn other_users(cx: &Context, sink: &mut Sink) {
    missing_actors(
        cx,
        sink,
        &[
            (
                &[ActorKind::Leader],
                "provincial leaders",
                "lãnh đạo tỉnh",
                "`{ id: lanh-dao, name: Lãnh đạo tỉnh, kind: leader }`",
            ),
            (
                &[ActorKind::Agency, ActorKind::External],
                "other agencies and organizations",
                "cơ quan, tổ chức khác",
                "`{ id: co-quan-khac, name: \"Cơ quan, tổ chức khác\", kind: agency }`",
            ),
        ],
    );
}

// ---------------------------------------------------------------- channels

fn portal_channel(cx: &Context, sink: &mut Sink) {
    let web: Vec<&Channel> = cx
        .model
        .channels
        .iter()
        .filter(|c| c.kind.value == ChannelKind::WebPortal)
        .collect();
    let fronted_by_web: HashSet<&str> = web
        .iter()
        .flat_map(|c| c.fronts.iter().map(|r| r.as_str()))
        .collect();
    // Both portals are portals (graph role), whatever else fronts them.
    for portal in cx
        .model
        .applications
        .iter()
        .filter(|a| Role::of_app(a.kind.value) == Role::Portal)
    {
        let id = portal.id.as_str();
        if fronted_by_web.contains(id) {
            continue;
        }
        // An existing web channel is the one to extend; a new one otherwise.
        let help = match web.first() {
            Some(channel) => crate::msg_args!(
                "add `{0}` to the `fronts` of channel `{1}`",
                "thêm `{0}` vào `fronts` của kênh `{1}`",
                id,
                channel.id.as_str()
            ),
            None => crate::msg_args!(
                "add to `channels`: `{{ id: kenh-{0}, name: {1}, kind: web-portal, fronts: [{0}] }}`",
                "thêm vào `channels`: `{{ id: kenh-{0}, name: {1}, kind: web-portal, fronts: [{0}] }}`",
                id,
                portal.name.as_str()
            ),
        };
        sink.report(
            Some(portal.id.span),
            Some(id),
            crate::msg_args!("portal `{0}` is not fronted by a web-portal channel", "cổng `{0}` chưa được khai báo là kênh truy cập dạng cổng thông tin (`kind: web-portal`)", id),
            help,
        );
    }
}

/// Channels through which users reach services without a web browser.
const NON_WEB: &[ChannelKind] = &[
    ChannelKind::OneStopDesk,
    ChannelKind::Kiosk,
    ChannelKind::MobileApp,
    ChannelKind::Phone,
    ChannelKind::SupportCentre,
];

fn non_web(cx: &Context, sink: &mut Sink) {
    let channels = &cx.model.channels;
    if channels.is_empty() || channels.iter().any(|c| NON_WEB.contains(&c.kind.value)) {
        return; // An empty section is FW1-MOD-003's.
    }
    sink.report(
        section_or_manifest(cx.model, "channels"),
        None,
        Msg::new(
            "every access channel is online; none serves users in person or by phone",
            "mọi kênh truy cập đều trực tuyến; không có kênh phục vụ trực tiếp hoặc qua điện thoại",
        ),
        Msg::new(
            "add the one-stop desks, e.g. `{ id: bo-phan-mot-cua, name: Bộ phận một cửa, kind: one-stop-desk }`, or a `kiosk`, `mobile-app`, `phone` or `support-centre` channel",
            "bổ sung bộ phận một cửa, ví dụ `{ id: bo-phan-mot-cua, name: Bộ phận một cửa, kind: one-stop-desk }`, hoặc kênh `kiosk`, `mobile-app`, `phone`, `support-centre`",
        ),
    );
}

fn notification(cx: &Context, sink: &mut Sink) {
    let channels: HashMap<&str, &Channel> = cx
        .model
        .channels
        .iter()
        .map(|c| (c.id.as_str(), c))
        .collect();
    let notifies = |id: &str| channels.get(id).is_some_and(|c| c.notifies);
    let notifying: Vec<&str> = cx
        .model
        .channels
        .iter()
        .filter(|c| c.notifies)
        .map(|c| c.id.as_str())
        .collect();
    for service in cx.model.services.iter().filter(|s| s.level.value >= 3) {
        let id = service.id.as_str();
        let ok = service
            .notifications
            .iter()
            .chain(&service.channels)
            .any(|r| notifies(r.as_str()));
        if ok {
            continue;
        }
        if let Some(silent) = service.notifications.first() {
            report_at(
                sink,
                Owner::service(service),
                Some(silent.span),
                "notifications",
                crate::msg_args!(
                    "service `{0}` notifies through `{1}`, a channel that does not send notifications",
                    "dịch vụ `{0}` thông báo qua `{1}`, nhưng kênh này không gửi thông báo",
                    id,
                    silent.as_str()
                ),
                crate::msg_args!(
                    "set `notifies: true` on channel `{0}`",
                    "đặt `notifies: true` cho kênh `{0}`",
                    silent.as_str()
                ),
            );
            continue;
        }
        let help = match notifying.first() {
            Some(ch) => crate::msg_args!(
                "add `notifications: [{0}]`",
                "thêm `notifications: [{0}]`",
                ch
            ),
            None => Msg::new(
                "declare a notification channel, e.g. `{ id: sms, name: Tin nhắn SMS, kind: sms, notifies: true }`, and list it in `notifications`",
                "khai báo kênh thông báo, ví dụ `{ id: sms, name: Tin nhắn SMS, kind: sms, notifies: true }`, rồi đưa vào `notifications`",
            ),
        };
        // `notifications: []` is written but empty: point at it.
        report_field(
            sink,
            Owner::service(service),
            "notifications",
            crate::msg_args!(
                "level-{0} service `{1}` has no notification channel",
                "dịch vụ mức độ {0} `{1}` chưa có kênh thông báo",
                service.level.value,
                id
            ),
            help,
        );
    }
}

fn orphan(cx: &Context, sink: &mut Sink) {
    let used: HashSet<&str> = cx
        .model
        .services
        .iter()
        .flat_map(|s| s.channels.iter().chain(&s.notifications))
        .map(|r| r.as_str())
        .collect();
    // Suggest what users most likely reach: the portal, else any application.
    let target = cx
        .model
        .applications
        .iter()
        .find(|a| Role::of_app(a.kind.value) == Role::Portal)
        .or(cx.model.applications.first())
        .map(|a| a.id.as_str());
    for channel in &cx.model.channels {
        let id = channel.id.as_str();
        if !channel.fronts.is_empty() || used.contains(id) {
            continue;
        }
        let help = match target {
            Some(app) => crate::msg_args!(
                "list what users reach through it, e.g. `fronts: [{0}]`, or add it to a service's `channels`",
                "liệt kê nơi người dùng truy cập qua kênh này, ví dụ `fronts: [{0}]`, hoặc thêm kênh vào `channels` của dịch vụ",
                app
            ),
            None => Msg::new(
                "list the applications users reach through it in `fronts`, or add it to a service's `channels`",
                "liệt kê các ứng dụng người dùng truy cập qua kênh này trong `fronts`, hoặc thêm kênh vào `channels` của dịch vụ",
            ),
        };
        report_field(
            sink,
            Owner::channel(channel),
            "fronts",
            crate::msg_args!(
                "channel `{0}` fronts no application or service",
                "kênh `{0}` không dẫn tới ứng dụng hay dịch vụ nào",
                id
            ),
            help,
        );
    }
}

pub const RULES: &[Rule] = &[
    Rule {
        meta: &USR_CORE,
        check: core_users,
    },
    Rule {
        meta: &USR_OTHERS,
        check: other_users,
    },
    Rule {
        meta: &CH_PORTAL,
        check: portal_channel,
    },
    Rule {
        meta: &CH_NON_WEB,
        check: non_web,
    },
    Rule {
        meta: &CH_NOTIFY,
        check: notification,
    },
    Rule {
        meta: &CH_ORPHAN,
        check: orphan,
    },
];
