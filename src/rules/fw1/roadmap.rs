//! The roadmap: tasks, phases and budget (lộ trình, nhiệm vụ, kinh phí).

use crate::diagnostic::{Label, Msg};
use crate::model::common::{FundingSource, Status};
use crate::model::{AppKind, Delivery, ElementKind, Model, Phase, Ref, Spanned, Task};
use crate::rules::engine::{Context, Rule, Sink};
use crate::rules::query::{
    Owner, budget_totals, in_this, integration_platforms, report_at, report_field,
    section_or_manifest,
};
use std::collections::{BTreeMap, HashMap, HashSet};

crate::declare_rules! {
    /// ## What it checks
    /// Every element to be built or upgraded (`status: planned` or `upgrading`)
    /// — channel, service, application, database, catalogue, exchange,
    /// infrastructure or control — is in the `delivers` of at least one task.
    ///
    /// ## Why
    /// Framework 1.0 realises the architecture's components through tasks and
    /// projects on a roadmap; a planned component no task delivers will not exist.
    ///
    /// ## Basis
    /// Framework 1.0 §II.4.2.
    ///
    /// ## Example
    /// Fails: `lgsp` with `status: planned` and no task with `delivers: [lgsp]`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi thành phần sẽ xây dựng hoặc nâng cấp (`status: planned` hoặc `upgrading`),
    /// gồm kênh truy cập, dịch vụ, ứng dụng, cơ sở dữ liệu, danh mục, luồng trao đổi,
    /// hạ tầng kỹ thuật và biện pháp an toàn thông tin, đều có trong `delivers` của ít
    /// nhất một nhiệm vụ.
    ///
    /// ### Vì sao
    /// Khung Kiến trúc 1.0 hiện thực hóa các thành phần của kiến trúc qua các nhiệm vụ,
    /// dự án trên lộ trình; thành phần dự kiến mà không nhiệm vụ nào thực hiện thì sẽ
    /// không bao giờ có.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.4.2.
    ///
    /// ### Ví dụ
    /// Không đạt: `lgsp` có `status: planned` mà không nhiệm vụ nào có `delivers: [lgsp]`.
    RM_DELIVERED = ("FW1-RM-001", Error, "every planned component is delivered by a task", "mọi thành phần dự kiến đều có nhiệm vụ thực hiện", Stated, "Framework 1.0 §II.4.2");

    /// ## What it checks
    /// Every task has a budget: at least one `budget` line, each with a positive
    /// amount, and its years in order (`from` ≤ `to`). The lead agency and the
    /// years themselves are required by the schema.
    ///
    /// ## Why
    /// The IT plan that carries the roadmap must state contents, roadmap and
    /// cost estimate; provincial task tables give lead, years, source and amount.
    ///
    /// ## Basis
    /// Nghị định 64/2007/NĐ-CP, Art. 25.3.
    ///
    /// ## Example
    /// Passes:
    /// ```yaml
    ///     budget: [{ source: provincial, amount: 5000 }]
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi nhiệm vụ đều có kinh phí: ít nhất một dòng `budget`, mỗi dòng có số tiền
    /// dương, và các năm theo đúng thứ tự (`from` ≤ `to`). Cơ quan chủ trì và bản thân
    /// các năm là trường bắt buộc do lược đồ kiểm tra.
    ///
    /// ### Vì sao
    /// Kế hoạch ứng dụng công nghệ thông tin mang lộ trình phải nêu nội dung, lộ trình
    /// và dự toán kinh phí; bảng nhiệm vụ của các tỉnh ghi cơ quan chủ trì, thời gian,
    /// nguồn vốn và số tiền.
    ///
    /// ### Căn cứ
    /// Nghị định 64/2007/NĐ-CP, khoản 3 Điều 25.
    ///
    /// ### Ví dụ
    /// Đạt:
    /// ```yaml
    ///     budget: [{ source: provincial, amount: 5000 }]
    /// ```
    RM_TASK_COMPLETE = ("FW1-RM-002", Error, "task has years, lead and budget", "nhiệm vụ có thời gian, cơ quan chủ trì và kinh phí", Stated, "Decree 64/2007/NĐ-CP Art. 25.3");

    /// ## What it checks
    /// By first start year, work follows the 4.2 priority order: infrastructure,
    /// then the LGSP (of `kind: integration-platform`, or any application that
    /// applications `integrates_via` or exchanges are routed `via`), then
    /// internal applications (document management, e-mail,
    /// finance, assets, HR, reporting, video conferencing), then channels,
    /// portals, one-stop systems and online services. Each group's first task
    /// starts no later than the first task of any later group.
    ///
    /// ## Why
    /// Framework 1.0 lists what to do first: infrastructure, then sharing and
    /// integration services, then internal applications, then access channels
    /// and online public services.
    ///
    /// ## Basis
    /// Framework 1.0 §II.4.2.
    ///
    /// ## Example
    /// Fails: the one-stop system's task starts in 2021, the data centre's in 2022.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Xét theo năm bắt đầu sớm nhất, công việc theo thứ tự ưu tiên của mục 4.2: hạ
    /// tầng kỹ thuật, rồi LGSP, rồi các ứng dụng nội bộ (quản lý văn bản, thư điện tử,
    /// tài chính, tài sản, nhân sự, báo cáo, hội nghị truyền hình), rồi kênh truy cập,
    /// cổng thông tin, hệ thống một cửa và dịch vụ công trực tuyến. Nhiệm vụ đầu tiên
    /// của mỗi nhóm bắt đầu không muộn hơn nhiệm vụ đầu tiên của bất kỳ nhóm nào đứng sau.
    ///
    /// ### Vì sao
    /// Khung Kiến trúc 1.0 nêu rõ việc cần làm trước: hạ tầng kỹ thuật, rồi các dịch vụ
    /// chia sẻ và tích hợp, rồi ứng dụng nội bộ, rồi kênh truy cập và dịch vụ công trực tuyến.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.4.2.
    ///
    /// ### Ví dụ
    /// Không đạt: nhiệm vụ xây dựng hệ thống một cửa bắt đầu năm 2021, còn nhiệm vụ
    /// xây dựng trung tâm dữ liệu bắt đầu năm 2022.
    RM_PRIORITY = ("FW1-RM-003", Warning, "roadmap follows the 4.2 priority order", "lộ trình theo thứ tự ưu tiên của mục 4.2", Stated, "Framework 1.0 §II.4.2");

    /// ## What it checks
    /// A task does not end before the work it relies on has started: for each
    /// element it delivers, and each element that one depends on (`depends_on`,
    /// `uses`, `hosted_on`, `integrates_via`, `supported_by`, `fronts`, an
    /// exchange's ends and route), the task ends no earlier than the first task
    /// delivering that element starts. The same holds for the task's own
    /// `depends_on`.
    ///
    /// ## Why
    /// A component cannot be finished before what it runs on or talks to even
    /// begins.
    ///
    /// ## Basis
    /// Component relations of framework 1.0 (infrastructure is the foundation of
    /// applications). Inferred.
    ///
    /// ## Example
    /// Fails: `mot-cua` is built 2021–2021, its data centre from 2022.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Một nhiệm vụ không kết thúc trước khi công việc mà nó dựa vào bắt đầu: với mỗi
    /// thành phần nhiệm vụ thực hiện, và mỗi thành phần mà thành phần đó phụ thuộc
    /// (`depends_on`, `uses`, `hosted_on`, `integrates_via`, `supported_by`, `fronts`,
    /// hai đầu và đường đi của một luồng trao đổi), nhiệm vụ kết thúc không sớm hơn
    /// thời điểm bắt đầu của nhiệm vụ đầu tiên thực hiện thành phần kia. Quy tắc cũng
    /// áp dụng với `depends_on` của chính nhiệm vụ.
    ///
    /// ### Vì sao
    /// Một thành phần không thể hoàn thành trước khi nơi nó chạy hay hệ thống nó trao
    /// đổi dữ liệu còn chưa bắt đầu xây dựng.
    ///
    /// ### Căn cứ
    /// Quan hệ giữa các thành phần trong Khung Kiến trúc 1.0 (hạ tầng kỹ thuật là nền
    /// tảng của ứng dụng). Suy ra từ mục đích.
    ///
    /// ### Ví dụ
    /// Không đạt: `mot-cua` được xây dựng trong năm 2021, còn trung tâm dữ liệu của nó
    /// từ năm 2022.
    RM_DEPENDENCY_ORDER = ("FW1-RM-004", Warning, "tasks respect the dependencies of what they deliver", "nhiệm vụ tuân theo quan hệ phụ thuộc của thành phần", Inferred, "Framework 1.0 §II.4.2; component relations");

    /// ## What it checks
    /// Every task states how it is delivered (`delivery: invest`, `rent` or
    /// `socialise`), and at least one task rents IT services.
    ///
    /// ## Why
    /// Framework 1.0 asks provinces to make more use of renting IT services.
    ///
    /// ## Basis
    /// Framework 1.0 §II.4.2 ("tăng cường hình thức thuê dịch vụ").
    ///
    /// ## Example
    /// Passes: `delivery: rent` on the cloud task.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi nhiệm vụ đều nêu hình thức thực hiện (`delivery: invest` là đầu tư, `rent`
    /// là thuê dịch vụ, `socialise` là xã hội hóa), và có ít nhất một nhiệm vụ thuê
    /// dịch vụ công nghệ thông tin.
    ///
    /// ### Vì sao
    /// Khung Kiến trúc 1.0 yêu cầu các tỉnh tăng cường thuê dịch vụ công nghệ thông tin.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.4.2 ("tăng cường hình thức thuê dịch vụ").
    ///
    /// ### Ví dụ
    /// Đạt: `delivery: rent` trên nhiệm vụ về điện toán đám mây.
    RM_DELIVERY = ("FW1-RM-005", Info, "delivery form stated, renting considered", "nêu hình thức thực hiện, có xem xét thuê dịch vụ", Stated, "Framework 1.0 §II.4.2");

    /// ## What it checks
    /// No phase straddles two 5-year plan periods (2016–2020, 2021–2025, …).
    ///
    /// ## Why
    /// The detailed roadmap is set in the province's 5-year and annual IT
    /// application plans; a phase across two periods cannot be funded by one plan.
    ///
    /// ## Basis
    /// Framework 1.0 §II.4.2; Nghị định 64/2007/NĐ-CP, Art. 25.
    ///
    /// ## Example
    /// Fails: a phase 2019–2022. Passes: 2019–2020 and 2021–2022.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Không giai đoạn nào vắt qua hai kỳ kế hoạch 5 năm (2016–2020, 2021–2025, …).
    ///
    /// ### Vì sao
    /// Lộ trình chi tiết được xác định trong kế hoạch ứng dụng công nghệ thông tin 5
    /// năm và hằng năm của tỉnh; một giai đoạn vắt qua hai kỳ thì không kế hoạch nào
    /// bố trí kinh phí trọn vẹn cho nó.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục II.4.2; Nghị định 64/2007/NĐ-CP, Điều 25.
    ///
    /// ### Ví dụ
    /// Không đạt: giai đoạn 2019–2022. Đạt: hai giai đoạn 2019–2020 và 2021–2022.
    RM_PLAN_PERIODS = ("FW1-RM-006", Warning, "phases align with the 5-year plans", "giai đoạn phù hợp với kế hoạch 5 năm", Stated, "Framework 1.0 §II.4.2; Decree 64/2007/NĐ-CP Art. 25");

    /// ## What it checks
    /// Phases are in order (`from` ≤ `to`), consecutive and non-overlapping; each
    /// task starts within its phase and ends within the declared phases.
    ///
    /// ## Why
    /// Gaps and overlaps make the schedule and the budget per phase ambiguous.
    ///
    /// ## Basis
    /// Inferred.
    ///
    /// ## Example
    /// Fails: phases 2021–2023 and 2023–2025 (2023 in both).
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Các giai đoạn đúng thứ tự (`from` ≤ `to`), nối tiếp nhau và không chồng lấn;
    /// mỗi nhiệm vụ bắt đầu trong giai đoạn của nó và kết thúc trong phạm vi các giai
    /// đoạn đã khai báo.
    ///
    /// ### Vì sao
    /// Khoảng trống và chồng lấn làm tiến độ và kinh phí theo giai đoạn trở nên mập mờ.
    ///
    /// ### Căn cứ
    /// Suy ra từ yêu cầu nhất quán của lộ trình.
    ///
    /// ### Ví dụ
    /// Không đạt: hai giai đoạn 2021–2023 và 2023–2025 (năm 2023 thuộc cả hai).
    RM_PHASES = ("FW1-RM-007", Error, "phases consecutive, tasks inside their phase", "các giai đoạn liên tiếp, nhiệm vụ nằm trong giai đoạn", Inferred, "roadmap consistency");

    /// ## What it checks
    /// Reports, once, the budget totals by funding source for each phase, so
    /// that they can be compared with the 5-year plan's cost estimate. Missing
    /// budget lines are FW1-RM-002's.
    ///
    /// ## Why
    /// The approval decision states the total budget and its sources; the sum
    /// must come from the task estimates.
    ///
    /// ## Basis
    /// Provincial task tables (columns by funding source). Inferred.
    ///
    /// ## Example
    /// A model with budget lines reports e.g. "2021–2025: provincial 12,500;
    /// central 3,000 (15,500 million VND)".
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Báo một lần tổng kinh phí theo nguồn vốn của từng giai đoạn, để đối chiếu với
    /// dự toán của kế hoạch 5 năm. Nhiệm vụ thiếu dòng kinh phí do FW1-RM-002 báo.
    ///
    /// ### Vì sao
    /// Quyết định phê duyệt nêu tổng kinh phí và các nguồn vốn; con số tổng phải được
    /// cộng từ dự toán của các nhiệm vụ.
    ///
    /// ### Căn cứ
    /// Bảng nhiệm vụ của các tỉnh (các cột theo nguồn vốn). Suy ra từ mục đích.
    ///
    /// ### Ví dụ
    /// Mô hình có các dòng kinh phí báo, ví dụ, "2021–2025: ngân sách tỉnh 12.500;
    /// ngân sách trung ương 3.000 (15.500 triệu đồng)".
    RM_BUDGET_TOTALS = ("FW1-RM-008", Info, "budget totals by funding source", "tổng hợp kinh phí theo nguồn vốn", Inferred, "provincial task tables");
}

/// The elements a task can build, with their status.
fn buildable(model: &Model) -> impl Iterator<Item = (&Spanned<String>, &Spanned<Status>)> {
    macro_rules! chain {
        ($($section:ident),*) => {
            std::iter::empty()$(.chain(model.$section.iter().map(|e| (&e.id, &e.status))))*
        };
    }
    chain!(
        channels,
        services,
        applications,
        databases,
        catalogs,
        exchanges,
        infrastructure,
        controls
    )
}

fn delivered(cx: &Context, sink: &mut Sink) {
    let delivered: HashSet<&str> = cx
        .model
        .tasks
        .iter()
        .flat_map(|t| t.delivers.iter().map(|d| d.as_str()))
        .collect();
    for (id, status) in buildable(cx.model) {
        if !matches!(status.value, Status::Planned | Status::Upgrading)
            || delivered.contains(id.as_str())
        {
            continue;
        }
        let span_of_id = id.span;
        let id = id.as_str();
        let (en, vi) = if status.value == Status::Planned {
            ("to be built", "xây dựng mới")
        } else {
            ("to be upgraded", "nâng cấp")
        };
        let kind = cx.index.kind_of(id);
        let d = sink.report(
            Some(status.span),
            Some(id),
            crate::msg_args!(
                "`{0}` is {1} but no task delivers it",
                "`{0}` dự kiến {2} nhưng chưa có nhiệm vụ nào thực hiện",
                id,
                en,
                vi
            ),
            crate::msg_args!(
                "add `{0}` to the `delivers` of a task, e.g. `delivers: [{0}]`",
                "thêm `{0}` vào `delivers` của một nhiệm vụ, ví dụ `delivers: [{0}]`",
                id
            ),
        );
        d.in_field("status");
        if let Some(kind) = kind {
            d.also_at(span_of_id, in_this(kind));
        }
    }
}

fn task_complete(cx: &Context, sink: &mut Sink) {
    for task in &cx.model.tasks {
        let id = task.id.as_str();
        if task.from.value > task.to.value {
            report_at(
                sink,
                Owner::task(task),
                Some(task.to.span),
                "to",
                crate::msg_args!(
                    "task `{0}` ends ({1}) before it starts ({2})",
                    "nhiệm vụ `{0}` kết thúc (năm {1}) trước khi bắt đầu (năm {2})",
                    id,
                    task.to.value,
                    task.from.value
                ),
                Msg::new("swap `from` and `to`", "đổi chỗ `from` và `to`"),
            );
        }
        if task.budget.is_empty() {
            report_field(
                sink,
                Owner::task(task),
                "budget",
                crate::msg_args!(
                    "task `{0}` has no budget",
                    "nhiệm vụ `{0}` chưa có kinh phí",
                    id
                ),
                Msg::new(
                    "add its estimate by funding source in million VND, e.g. `budget: [{ source: provincial, amount: 5000 }]`",
                    "thêm dự toán theo nguồn vốn (triệu đồng), ví dụ `budget: [{ source: provincial, amount: 5000 }]`",
                ),
            );
        }
        for (i, line) in task
            .budget
            .iter()
            .enumerate()
            .filter(|(_, l)| !(l.amount.value.is_finite() && l.amount.value > 0.0))
        {
            report_at(
                sink,
                Owner::task(task),
                Some(line.amount.span),
                format!("budget[{i}].amount"),
                crate::msg_args!(
                    "a budget line of task `{0}` has no positive amount",
                    "một dòng kinh phí của nhiệm vụ `{0}` không có số tiền dương",
                    id
                ),
                Msg::new(
                    "give the estimate in million VND, or remove the line",
                    "ghi dự toán bằng triệu đồng, hoặc bỏ dòng này",
                ),
            );
        }
    }
}

/// The 4.2 priority groups, in order.
const GROUPS: [(&str, &str); 4] = [
    ("infrastructure", "hạ tầng kỹ thuật"),
    ("the LGSP", "LGSP"),
    ("internal applications", "ứng dụng nội bộ"),
    (
        "channels and online services",
        "kênh truy cập và dịch vụ công trực tuyến",
    ),
];

/// The priority group an element belongs to, if any.
fn group_of(kind: ElementKind, app_kind: Option<AppKind>, platform: bool) -> Option<usize> {
    use AppKind::*;
    match (kind, app_kind) {
        (ElementKind::Infrastructure, _) => Some(0),
        // Whatever applications integrate through is the LGSP, whatever its kind.
        (ElementKind::Application, _) if platform => Some(1),
        (
            ElementKind::Application,
            Some(DocumentManagement | Email | Finance | Asset | Hr | Reporting | VideoConference),
        ) => Some(2),
        (ElementKind::Application, Some(Portal | PublicServicePortal | OneStop)) => Some(3),
        (ElementKind::Channel | ElementKind::Service, _) => Some(3),
        _ => None,
    }
}

fn priority(cx: &Context, sink: &mut Sink) {
    let app_kinds: HashMap<&str, AppKind> = cx
        .model
        .applications
        .iter()
        .map(|a| (a.id.as_str(), a.kind.value))
        .collect();
    let platforms: HashSet<&str> = integration_platforms(cx.model)
        .into_iter()
        .map(|a| a.id.as_str())
        .collect();
    // The first task of each group.
    let mut first: [Option<&Task>; 4] = [None; 4];
    for task in &cx.model.tasks {
        for d in &task.delivers {
            let Some(kind) = cx.index.kind_of(d.as_str()) else {
                continue;
            };
            let platform = platforms.contains(d.as_str());
            let Some(group) = group_of(kind, app_kinds.get(d.as_str()).copied(), platform) else {
                continue;
            };
            let slot = &mut first[group];
            if slot
                .is_none_or(|s| (task.from.value, task.id.as_str()) < (s.from.value, s.id.as_str()))
            {
                *slot = Some(task);
            }
        }
    }
    for (group, task) in first.iter().enumerate() {
        let Some(task) = task else { continue };
        // The earliest task of any later group.
        let later = first[group + 1..]
            .iter()
            .enumerate()
            .filter_map(|(i, t)| t.map(|t| (group + 1 + i, t)))
            .min_by_key(|(_, t)| (t.from.value, t.id.as_str()));
        let Some((later_group, later_task)) = later else {
            continue;
        };
        if task.from.value <= later_task.from.value {
            continue;
        }
        let (en, vi) = GROUPS[group];
        let (later_en, later_vi) = GROUPS[later_group];
        let d = report_at(
            sink,
            Owner::task(task),
            Some(task.from.span),
            "from",
            crate::msg_args!(
                "work on {0} starts in {1}, after work on {2} (`{3}`, {4})",
                "{5} bắt đầu triển khai năm {1}, sau {6} (`{3}`, năm {4})",
                en,
                task.from.value,
                later_en,
                later_task.id.as_str(),
                later_task.from.value,
                vi,
                later_vi
            ),
            crate::msg_args!(
                "framework 1.0 §II.4.2 deploys infrastructure, then the LGSP, then internal applications, then channels and services: start `{0}` by {1}",
                "Khung 1.0 mục II.4.2 ưu tiên hạ tầng, rồi LGSP, rồi ứng dụng nội bộ, rồi kênh truy cập và dịch vụ: bắt đầu `{0}` không muộn hơn năm {1}",
                task.id.as_str(),
                later_task.from.value
            ),
        );
        d.secondary.push(Label {
            span: later_task.from.span,
            text: Some(crate::msg_args!(
                "{0} start here",
                "{1} bắt đầu ở đây",
                later_en,
                later_vi
            )),
        });
    }
}

/// What each element relies on, by id.
fn dependencies(model: &Model) -> HashMap<&str, Vec<&Ref>> {
    let mut deps: HashMap<&str, Vec<&Ref>> = HashMap::new();
    for a in &model.applications {
        let list = a
            .depends_on
            .iter()
            .chain(&a.uses)
            .chain(&a.hosted_on)
            .chain(&a.integrates_via);
        deps.insert(a.id.as_str(), list.collect());
    }
    for d in &model.databases {
        deps.insert(d.id.as_str(), d.hosted_on.iter().collect());
    }
    for s in &model.services {
        deps.insert(s.id.as_str(), s.supported_by.iter().collect());
    }
    for c in &model.channels {
        deps.insert(c.id.as_str(), c.fronts.iter().collect());
    }
    for e in &model.exchanges {
        deps.insert(
            e.id.as_str(),
            [&e.from, &e.to].into_iter().chain(&e.via).collect(),
        );
    }
    deps
}

fn dependency_order(cx: &Context, sink: &mut Sink) {
    let model = cx.model;
    let deps = dependencies(model);
    let tasks: HashMap<&str, &Task> = model.tasks.iter().map(|t| (t.id.as_str(), t)).collect();
    // The first task delivering each element.
    let mut first: HashMap<&str, &Task> = HashMap::new();
    for task in &model.tasks {
        for d in &task.delivers {
            let slot = first.entry(d.as_str()).or_insert(task);
            if (task.from.value, task.id.as_str()) < (slot.from.value, slot.id.as_str()) {
                *slot = task;
            }
        }
    }
    for task in &model.tasks {
        // One finding per task pair, however many elements link them.
        let mut seen: HashSet<String> = HashSet::new();
        let mut check = |needed: &str,
                         (what_en, what_vi): (&str, &str),
                         other: &Task,
                         sink: &mut Sink| {
            if other.id.value == task.id.value
                || task.to.value >= other.from.value
                || !seen.insert(other.id.value.clone())
            {
                return;
            }
            let id = task.id.as_str();
            let d = report_at(
                sink,
                Owner::task(task),
                Some(task.to.span),
                "to",
                crate::msg_args!(
                    "task `{0}` ends in {1} but `{2}`, which {3} needs, is only started by `{4}` in {5}",
                    "nhiệm vụ `{0}` kết thúc năm {1} nhưng `{2}`, mà {6} cần, đến năm {5} mới được `{4}` bắt đầu",
                    id,
                    task.to.value,
                    needed,
                    what_en,
                    other.id.as_str(),
                    other.from.value,
                    what_vi
                ),
                crate::msg_args!(
                    "end `{0}` in {1} or later, or start `{2}` earlier",
                    "kết thúc `{0}` từ năm {1} trở đi, hoặc bắt đầu `{2}` sớm hơn",
                    id,
                    other.from.value,
                    other.id.as_str()
                ),
            );
            d.secondary.push(Label {
                span: other.from.span,
                text: Some(Msg::new("starts here", "bắt đầu ở đây")),
            });
        };
        for delivered in &task.delivers {
            for dep in deps.get(delivered.as_str()).into_iter().flatten() {
                if let Some(other) = first.get(dep.as_str()) {
                    let what = format!("`{}`", delivered.as_str());
                    check(dep.as_str(), (&what, &what), other, sink);
                }
            }
        }
        for dep in &task.depends_on {
            if let Some(other) = tasks.get(dep.as_str()) {
                check(dep.as_str(), ("this task", "nhiệm vụ này"), other, sink);
            }
        }
    }
}

fn delivery(cx: &Context, sink: &mut Sink) {
    let tasks = &cx.model.tasks;
    for task in tasks.iter().filter(|t| t.delivery.is_none()) {
        let id = task.id.as_str();
        report_field(
            sink,
            Owner::task(task),
            "delivery",
            crate::msg_args!(
                "task `{0}` does not say how it is delivered",
                "nhiệm vụ `{0}` chưa nêu hình thức thực hiện",
                id
            ),
            Msg::new(
                "add `delivery: invest`, `rent` or `socialise`",
                "thêm `delivery: invest` (đầu tư), `rent` (thuê dịch vụ) hoặc `socialise` (xã hội hóa)",
            ),
        );
    }
    let rents = tasks.iter().any(|t| {
        t.delivery
            .as_ref()
            .is_some_and(|d| d.value == Delivery::Rent)
    });
    if !tasks.is_empty() && !rents {
        sink.report(
            section_or_manifest(cx.model, "tasks"),
            None,
            Msg::new(
                "no task rents IT services",
                "không có nhiệm vụ nào thuê dịch vụ công nghệ thông tin",
            ),
            Msg::new(
                "consider renting where it fits (framework 1.0 §II.4.2): `delivery: rent`",
                "xem xét thuê dịch vụ khi phù hợp (Khung 1.0 mục II.4.2): `delivery: rent`",
            ),
        );
    }
}

/// The 5-year plan period of a year: 2016–2020 → 2016, 2021–2025 → 2021.
fn plan_period(year: u16) -> u16 {
    year.saturating_sub(1) / 5 * 5 + 1
}

fn plan_periods(cx: &Context, sink: &mut Sink) {
    for phase in &cx.model.phases {
        let (from, to) = (phase.from.value, phase.to.value);
        if from > to || plan_period(from) == plan_period(to) {
            continue; // FW1-RM-007 reports reversed years.
        }
        // Years are u32 here so that no arithmetic can overflow.
        let start = u32::from(plan_period(from));
        let (boundary, next, next_end) = (start + 4, start + 5, start + 9);
        let id = phase.id.as_str();
        report_at(
            sink,
            Owner::phase(phase),
            Some(phase.to.span),
            "to",
            crate::msg_args!(
                "phase `{0}` ({1}–{2}) straddles the 5-year plans {3}–{4} and {5}–{6}",
                "giai đoạn `{0}` ({1}–{2}) nằm trên hai kế hoạch 5 năm {3}–{4} và {5}–{6}",
                id,
                from,
                to,
                start,
                boundary,
                next,
                next_end
            ),
            crate::msg_args!(
                "split it at the end of {0}, e.g. `to: {0}` and a new phase `from: {1}`",
                "tách giai đoạn tại cuối năm {0}, ví dụ `to: {0}` và một giai đoạn mới `from: {1}`",
                boundary,
                next
            ),
        );
    }
}

fn phases(cx: &Context, sink: &mut Sink) {
    let model = cx.model;
    let mut ordered: Vec<&Phase> = model.phases.iter().collect();
    ordered.sort_by_key(|p| (p.from.value, p.to.value, p.id.as_str()));
    for phase in ordered.iter().filter(|p| p.from.value > p.to.value) {
        let id = phase.id.as_str();
        report_at(
            sink,
            Owner::phase(phase),
            Some(phase.to.span),
            "to",
            crate::msg_args!(
                "phase `{0}` ends ({1}) before it starts ({2})",
                "giai đoạn `{0}` kết thúc (năm {1}) trước khi bắt đầu (năm {2})",
                id,
                phase.to.value,
                phase.from.value
            ),
            Msg::new("swap `from` and `to`", "đổi chỗ `from` và `to`"),
        );
    }
    for pair in ordered.windows(2) {
        let (prev, next) = (pair[0], pair[1]);
        let (en, vi) = if next.from.value <= prev.to.value {
            ("overlaps", "chồng lấn với")
        } else if next.from.value > prev.to.value.saturating_add(1) {
            ("leaves a gap after", "để trống khoảng thời gian sau")
        } else {
            continue;
        };
        let (id, prev_id) = (next.id.as_str(), prev.id.as_str());
        let d = report_at(
            sink,
            Owner::phase(next),
            Some(next.from.span),
            "from",
            crate::msg_args!(
                "phase `{0}` ({1}–{2}) {3} phase `{4}` ({5}–{6})",
                "giai đoạn `{0}` ({1}–{2}) {7} giai đoạn `{4}` ({5}–{6})",
                id,
                next.from.value,
                next.to.value,
                en,
                prev_id,
                prev.from.value,
                prev.to.value,
                vi
            ),
            crate::msg_args!(
                "start it the year after `{0}` ends: `from: {1}`",
                "bắt đầu giai đoạn vào năm sau khi `{0}` kết thúc: `from: {1}`",
                prev_id,
                prev.to.value.saturating_add(1)
            ),
        );
        d.secondary.push(Label {
            span: prev.to.span,
            text: Some(Msg::new(
                "the previous phase ends here",
                "giai đoạn trước kết thúc ở đây",
            )),
        });
    }
    let by_id: HashMap<&str, &Phase> = model.phases.iter().map(|p| (p.id.as_str(), p)).collect();
    let last = model.phases.iter().map(|p| p.to.value).max();
    for task in &model.tasks {
        let (Some(phase), Some(last)) = (by_id.get(task.phase.as_str()), last) else {
            continue;
        };
        let id = task.id.as_str();
        let (pf, pt) = (phase.from.value, phase.to.value);
        let phase_id = phase.id.as_str();
        let (from, to) = (task.from.value, task.to.value);
        if !(pf..=pt).contains(&from) {
            report_at(
                sink,
                Owner::task(task),
                Some(task.from.span),
                "from",
                crate::msg_args!(
                    "task `{0}` ({1}–{2}) starts outside its phase `{3}` ({4}–{5})",
                    "nhiệm vụ `{0}` ({1}–{2}) bắt đầu ngoài giai đoạn `{3}` ({4}–{5})",
                    id,
                    from,
                    to,
                    phase_id,
                    pf,
                    pt
                ),
                crate::msg_args!(
                    "start it within {0}–{1}, or assign it to the phase it starts in",
                    "bắt đầu nhiệm vụ trong khoảng {0}–{1}, hoặc gán cho giai đoạn mà nhiệm vụ bắt đầu",
                    pf,
                    pt
                ),
            );
        } else if to > last {
            report_at(
                sink,
                Owner::task(task),
                Some(task.to.span),
                "to",
                crate::msg_args!(
                    "task `{0}` ({1}–{2}) ends after the last phase, which ends in {3}",
                    "nhiệm vụ `{0}` ({1}–{2}) kết thúc sau giai đoạn cuối cùng (kết thúc năm {3})",
                    id,
                    from,
                    to,
                    last
                ),
                crate::msg_args!(
                    "end it by {0}, or declare a phase that covers {1}",
                    "kết thúc nhiệm vụ trước hết năm {0}, hoặc khai báo giai đoạn bao gồm năm {1}",
                    last,
                    to
                ),
            );
        }
    }
}

fn source_names(source: FundingSource) -> (&'static str, &'static str) {
    match source {
        FundingSource::Central => ("central budget", "ngân sách trung ương"),
        FundingSource::Provincial => ("provincial budget", "ngân sách địa phương"),
        FundingSource::Oda => ("ODA", "vốn ODA"),
        FundingSource::Socialised => ("socialised", "xã hội hóa"),
        FundingSource::Other => ("other sources", "nguồn hợp pháp khác"),
    }
}

/// An amount in million VND, grouped by thousands: `12,500.5` in English,
/// `12.500,5` in Vietnamese. At most three decimals.
pub(crate) fn format_amount(value: f64, vietnamese: bool) -> String {
    let (group, decimal) = if vietnamese { ('.', ',') } else { (',', '.') };
    let thousandths = (value.abs() * 1000.0).round();
    // Far beyond any budget; keeps the integer conversion exact.
    if !thousandths.is_finite() || thousandths > 9.0e15 {
        return format!("{value}");
    }
    let thousandths = thousandths as u64;
    let (whole, frac) = (thousandths / 1000, thousandths % 1000);
    let digits = whole.to_string();
    let mut out = String::new();
    if value < 0.0 && thousandths > 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if frac > 0 {
        out.push(decimal);
        out.push_str(format!("{frac:03}").trim_end_matches('0'));
    }
    out
}

fn budget_totals_report(cx: &Context, sink: &mut Sink) {
    let model = cx.model;
    let totals = budget_totals(model);
    if totals.is_empty() {
        return;
    }
    let mut per_phase: BTreeMap<&str, Vec<(FundingSource, f64)>> = BTreeMap::new();
    for (&(phase, source), &amount) in &totals {
        per_phase.entry(phase).or_default().push((source, amount));
    }
    let grand: f64 = totals.values().sum();
    let phases: HashMap<&str, &Phase> = model.phases.iter().map(|p| (p.id.as_str(), p)).collect();
    let line = |phase: &str, sources: &[(FundingSource, f64)], vi: bool| {
        let parts: Vec<String> = sources
            .iter()
            .map(|&(s, a)| {
                let (en, vn) = source_names(s);
                format!("{} {}", if vi { vn } else { en }, format_amount(a, vi))
            })
            .collect();
        let total: f64 = sources.iter().map(|(_, a)| a).sum();
        let years = phases.get(phase).map_or_else(
            || format!("`{phase}`"),
            |p| format!("`{phase}` {}–{}", p.from.value, p.to.value),
        );
        let unit = if vi { "triệu đồng" } else { "million VND" };
        format!(
            "{years}: {} ({} {unit})",
            parts.join("; "),
            format_amount(total, vi)
        )
    };
    let d = sink.report(
        section_or_manifest(model, "tasks"),
        None,
        crate::msg_args!(
            "the roadmap's budget totals {0} million VND over {1} phase(s)",
            "tổng kinh phí của lộ trình là {2} triệu đồng, trong {1} giai đoạn",
            format_amount(grand, false),
            per_phase.len(),
            format_amount(grand, true)
        ),
        Msg::new(
            "compare these totals with the cost estimate of the 5-year IT application plan",
            "đối chiếu các số tổng hợp này với dự toán kinh phí của kế hoạch ứng dụng CNTT 5 năm",
        ),
    );
    for (phase, sources) in &per_phase {
        if let Some(p) = phases.get(phase) {
            d.secondary.push(Label {
                span: p.id.span,
                text: Some(Msg::new(
                    line(phase, sources, false),
                    line(phase, sources, true),
                )),
            });
        }
    }
}

pub const RULES: &[Rule] = &[
    Rule {
        meta: &RM_DELIVERED,
        check: delivered,
    },
    Rule {
        meta: &RM_TASK_COMPLETE,
        check: task_complete,
    },
    Rule {
        meta: &RM_PRIORITY,
        check: priority,
    },
    Rule {
        meta: &RM_DEPENDENCY_ORDER,
        check: dependency_order,
    },
    Rule {
        meta: &RM_DELIVERY,
        check: delivery,
    },
    Rule {
        meta: &RM_PLAN_PERIODS,
        check: plan_periods,
    },
    Rule {
        meta: &RM_PHASES,
        check: phases,
    },
    Rule {
        meta: &RM_BUDGET_TOTALS,
        check: budget_totals_report,
    },
];

#[cfg(test)]
mod tests {
    use super::{format_amount, plan_period};

    #[test]
    fn amounts_group_thousands_per_language() {
        assert_eq!(format_amount(12500.5, false), "12,500.5");
        assert_eq!(format_amount(12500.5, true), "12.500,5");
        assert_eq!(format_amount(1_234_567.0, false), "1,234,567");
        assert_eq!(format_amount(0.125, true), "0,125");
        assert_eq!(format_amount(999.0, false), "999");
        assert_eq!(format_amount(-1500.0, false), "-1,500");
    }

    #[test]
    fn years_fall_into_five_year_plans() {
        assert_eq!(plan_period(2016), 2016);
        assert_eq!(plan_period(2020), 2016);
        assert_eq!(plan_period(2021), 2021);
        assert_eq!(plan_period(2025), 2021);
        assert_eq!(plan_period(2026), 2026);
    }
}
