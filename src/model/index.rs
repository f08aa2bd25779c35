//! The id index and reference resolution: every reference in the model, where
//! it may point, and the REF-* diagnostics for those that do not resolve.

use super::catalogue::{self, NationalKind};
use super::{ElementKind, Model, Ref};
use crate::diagnostic::{Diagnostic, Msg, did_you_mean};
use crate::source::Span;
use std::collections::{HashMap, HashSet};

/// What a reference field may point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Kind(ElementKind),
    National(NationalKind),
    /// Any declared element or national system.
    Any,
}

/// The relation a reference expresses. The graph turns each into a typed edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Relation {
    Owns,
    Parent,
    Serves,
    Fronts,
    ProvidedBy,
    OfferedThrough,
    SupportedBy,
    NotifiesVia,
    UsedBy,
    Uses,
    DependsOn,
    IntegratesVia,
    DirectLink,
    HostedOn,
    ConnectsTo,
    SyncsWith,
    UsesCatalog,
    ExchangeFrom,
    ExchangeTo,
    ExchangeVia,
    Connects,
    BacksUp,
    OperatedBy,
    Protects,
    InPhase,
    Delivers,
    Lead,
    Partner,
    TaskDependsOn,
    AppliesStandard,
    ApprovedBy,
    AppraisedBy,
    AssessedBy,
    MonitoredBy,
    About,
    Responsible,
    Maintainer,
    SteeringBody,
    Waiver,
}

impl Relation {
    /// The YAML field that expresses it.
    pub fn field(self) -> &'static str {
        use Relation::*;
        match self {
            Owns => "owner",
            Parent => "parent",
            Serves => "serves",
            Fronts => "fronts",
            ProvidedBy => "provider",
            OfferedThrough => "channels",
            SupportedBy => "supported_by",
            NotifiesVia => "notifications",
            UsedBy => "users",
            Uses => "uses",
            DependsOn => "depends_on",
            IntegratesVia => "integrates_via",
            DirectLink => "direct_links.to",
            HostedOn => "hosted_on",
            ConnectsTo => "connects_to",
            SyncsWith => "syncs_with",
            UsesCatalog => "catalogs",
            ExchangeFrom => "from",
            ExchangeTo => "to",
            ExchangeVia => "via",
            Connects => "connects",
            BacksUp => "backs_up",
            OperatedBy => "operator",
            Protects => "protects",
            InPhase => "phase",
            Delivers => "delivers",
            Lead => "lead",
            Partner => "partners",
            TaskDependsOn => "depends_on",
            AppliesStandard => "standards",
            ApprovedBy => "security.approved_by",
            AppraisedBy => "security.appraised_by",
            AssessedBy => "security.assessment.by",
            MonitoredBy => "security.monitored_by",
            About => "about",
            Responsible => "agency",
            Maintainer => "architecture.maintainer",
            SteeringBody => "architecture.steering_body",
            Waiver => "waivers.element",
        }
    }
}

/// One reference in the model.
#[derive(Debug, Clone, Copy)]
pub struct RefSite<'a> {
    /// The element holding the reference (`None` for the manifest and responsibilities).
    pub from: Option<(ElementKind, &'a str)>,
    pub relation: Relation,
    pub target: &'a Ref,
    pub allowed: &'static [Target],
}

use ElementKind as K;
const ORG: &[Target] = &[Target::Kind(K::Organization)];
const ACTOR: &[Target] = &[Target::Kind(K::Actor)];
const CHANNEL: &[Target] = &[Target::Kind(K::Channel)];
const APP: &[Target] = &[Target::Kind(K::Application)];
const APP_OR_SERVICE: &[Target] = &[Target::Kind(K::Application), Target::Kind(K::Service)];
const APP_OR_NATIONAL: &[Target] = &[
    Target::Kind(K::Application),
    Target::National(NationalKind::System),
    Target::National(NationalKind::Database),
];
const DATA: &[Target] = &[
    Target::Kind(K::Database),
    Target::Kind(K::Catalog),
    Target::National(NationalKind::Database),
];
const NATIONAL_DB: &[Target] = &[
    Target::National(NationalKind::Database),
    Target::Kind(K::Database),
];
const CATALOG: &[Target] = &[Target::Kind(K::Catalog)];
const INFRA: &[Target] = &[
    Target::Kind(K::Infrastructure),
    Target::National(NationalKind::Infrastructure),
];
const SYSTEM: &[Target] = &[
    Target::Kind(K::Application),
    Target::Kind(K::Database),
    Target::Kind(K::Organization),
    Target::National(NationalKind::System),
    Target::National(NationalKind::Database),
];
const PLATFORM: &[Target] = &[
    Target::Kind(K::Application),
    Target::National(NationalKind::System),
];
const PROTECTABLE: &[Target] = &[
    Target::Kind(K::Application),
    Target::Kind(K::Database),
    Target::Kind(K::Infrastructure),
    Target::Kind(K::Channel),
];
const PHASE: &[Target] = &[Target::Kind(K::Phase)];
const DELIVERABLE: &[Target] = &[
    Target::Kind(K::Channel),
    Target::Kind(K::Service),
    Target::Kind(K::Application),
    Target::Kind(K::Database),
    Target::Kind(K::Catalog),
    Target::Kind(K::Exchange),
    Target::Kind(K::Infrastructure),
    Target::Kind(K::Control),
    Target::Kind(K::Objective),
    Target::Kind(K::Standard),
];
const TASK: &[Target] = &[Target::Kind(K::Task)];
const STANDARD: &[Target] = &[
    Target::Kind(K::Standard),
    Target::Kind(K::CatalogueStandard),
];
const ANY: &[Target] = &[Target::Any];

/// Calls `f` for every reference in the model, in a stable order. This is the
/// single list of relations: reference checks and the graph both use it.
pub fn for_each_ref<'a>(model: &'a Model, mut f: impl FnMut(RefSite<'a>)) {
    let mut emit = |from: Option<(ElementKind, &'a str)>,
                    relation,
                    allowed,
                    refs: &mut dyn Iterator<Item = &'a Ref>| {
        for target in refs {
            f(RefSite {
                from,
                relation,
                target,
                allowed,
            });
        }
    };
    macro_rules! each {
        ($list:expr, $kind:expr, |$e:ident| { $($rel:ident $allowed:ident => $refs:expr;)* }) => {
            for $e in &$list {
                let from = Some(($kind, $e.id.as_str()));
                emit(from, Relation::Owns, ORG, &mut $e.owner.iter());
                $( emit(from, Relation::$rel, $allowed, &mut $refs); )*
            }
        };
    }
    use Relation::*;
    each!(model.organizations, K::Organization, |e| { Parent ORG => e.parent.iter(); });
    each!(model.actors, K::Actor, |e| {});
    each!(model.channels, K::Channel, |e| {
        Serves ACTOR => e.serves.iter();
        Fronts APP_OR_SERVICE => e.fronts.iter();
    });
    each!(model.services, K::Service, |e| {
        ProvidedBy ORG => e.provider.iter();
        OfferedThrough CHANNEL => e.channels.iter();
        SupportedBy APP => e.supported_by.iter();
        NotifiesVia CHANNEL => e.notifications.iter();
    });
    each!(model.applications, K::Application, |e| {
        UsedBy ACTOR => e.users.iter();
        Uses DATA => e.uses.iter();
        DependsOn APP_OR_NATIONAL => e.depends_on.iter();
        IntegratesVia APP => e.integrates_via.iter();
        DirectLink APP_OR_NATIONAL => e.direct_links.iter().map(|d| &d.to);
        HostedOn INFRA => e.hosted_on.iter();
        ConnectsTo APP_OR_NATIONAL => e.connects_to.iter();
        AppliesStandard STANDARD => e.standards.iter().map(|s| &s.id);
        ApprovedBy ORG => e.security.iter().flat_map(|s| s.approved_by.iter());
        AppraisedBy ORG => e.security.iter().flat_map(|s| s.appraised_by.iter());
        AssessedBy ORG => e.security.iter().flat_map(|s| s.assessment.iter().flat_map(|a| a.by.iter()));
        MonitoredBy ORG => e.security.iter().flat_map(|s| s.monitored_by.iter());
        OperatedBy ORG => e.security.iter().flat_map(|s| s.operator.iter());
    });
    each!(model.databases, K::Database, |e| {
        HostedOn INFRA => e.hosted_on.iter();
        SyncsWith NATIONAL_DB => e.syncs_with.iter();
        UsesCatalog CATALOG => e.catalogs.iter();
        ApprovedBy ORG => e.security.iter().flat_map(|s| s.approved_by.iter());
        AppraisedBy ORG => e.security.iter().flat_map(|s| s.appraised_by.iter());
        AssessedBy ORG => e.security.iter().flat_map(|s| s.assessment.iter().flat_map(|a| a.by.iter()));
        MonitoredBy ORG => e.security.iter().flat_map(|s| s.monitored_by.iter());
        OperatedBy ORG => e.security.iter().flat_map(|s| s.operator.iter());
    });
    each!(model.catalogs, K::Catalog, |e| {});
    each!(model.exchanges, K::Exchange, |e| {
        ExchangeFrom SYSTEM => std::iter::once(&e.from);
        ExchangeVia PLATFORM => e.via.iter();
        ExchangeTo SYSTEM => std::iter::once(&e.to);
    });
    each!(model.infrastructure, K::Infrastructure, |e| {
        Connects INFRA => e.connects.iter();
        BacksUp INFRA => e.backs_up.iter();
        OperatedBy ORG => e.operator.iter();
        AppliesStandard STANDARD => e.standards.iter().map(|s| &s.id);
        ApprovedBy ORG => e.security.iter().flat_map(|s| s.approved_by.iter());
        AppraisedBy ORG => e.security.iter().flat_map(|s| s.appraised_by.iter());
        AssessedBy ORG => e.security.iter().flat_map(|s| s.assessment.iter().flat_map(|a| a.by.iter()));
        MonitoredBy ORG => e.security.iter().flat_map(|s| s.monitored_by.iter());
    });
    each!(model.controls, K::Control, |e| {
        Protects PROTECTABLE => e.protects.iter();
        OperatedBy ORG => e.operator.iter();
    });
    each!(model.objectives, K::Objective, |e| {});
    each!(model.phases, K::Phase, |e| {});
    each!(model.tasks, K::Task, |e| {
        InPhase PHASE => std::iter::once(&e.phase);
        Delivers DELIVERABLE => e.delivers.iter();
        Lead ORG => std::iter::once(&e.lead);
        Partner ORG => e.partners.iter();
        TaskDependsOn TASK => e.depends_on.iter();
    });
    each!(model.solutions, K::Solution, |e| { Lead ORG => e.lead.iter(); });
    each!(model.standards, K::Standard, |e| {});
    each!(model.regulations, K::Regulation, |e| {});
    each!(model.reviews, K::Review, |e| { About ANY => e.about.iter(); });
    if let Some(m) = &model.manifest {
        emit(
            None,
            Maintainer,
            ORG,
            &mut std::iter::once(&m.architecture.maintainer),
        );
        emit(
            None,
            SteeringBody,
            ORG,
            &mut m.architecture.steering_body.iter(),
        );
        emit(None, Waiver, ANY, &mut m.waivers.iter().map(|w| &w.element));
    }
    let _ = &model.manifest;
}

/// Where each id is declared and what it is.
#[derive(Debug, Default)]
pub struct IdIndex<'a> {
    pub ids: HashMap<&'a str, (ElementKind, Span)>,
}

impl<'a> IdIndex<'a> {
    /// Indexes every declared element; reports ids declared twice (REF-003).
    pub fn build(model: &'a Model, out: &mut Vec<Diagnostic>) -> IdIndex<'a> {
        let mut ids: HashMap<&'a str, (ElementKind, Span)> =
            HashMap::with_capacity(model.element_count());
        let mut dupes = Vec::new();
        let responsibilities = model
            .responsibility_ids
            .iter()
            .map(|id| (id, ElementKind::Responsibility));
        for (id, kind) in model
            .elements()
            .map(|e| (e.id, e.kind))
            .chain(responsibilities)
        {
            if let Some(&(first_kind, first)) = ids.get(id.as_str()) {
                dupes.push((id, kind, first_kind, first));
            } else {
                ids.insert(id.as_str(), (kind, id.span));
            }
        }
        for (id, kind, first_kind, first) in dupes {
            let (second, first) = if id.span < first {
                (first, id.span)
            } else {
                (id.span, first)
            };
            let _ = (kind, first_kind);
            out.push(
                Diagnostic::of(&crate::code::core::REF_DUPLICATE_ID,
                    Msg::new(
                        format!("duplicate id `{}`", id.value),
                        format!("mã định danh `{}` bị trùng", id.value),
                    ),
                )
                .at(second, Some(Msg::new("declared again here", "khai báo lại ở đây")))
                .with_secondary(first, Msg::new("first declared here", "khai báo lần đầu ở đây"))
                .with_help(Msg::new(
                    "ids must be unique in the whole model: rename one of the two elements and update its references",
                    "mã định danh phải duy nhất trong toàn bộ mô hình: đổi tên một trong hai phần tử và cập nhật các tham chiếu tới nó",
                ))
                .for_element(id.value.clone()),
            );
        }
        IdIndex { ids }
    }

    /// The kind of an id, declared or from the catalogue.
    pub fn kind_of(&self, id: &str) -> Option<ElementKind> {
        self.ids
            .get(id)
            .map(|(k, _)| *k)
            .or_else(|| catalogue::kind_of(id))
    }
}

fn allows(allowed: &[Target], kind: ElementKind, id: &str) -> bool {
    allowed.iter().any(|t| match *t {
        Target::Any => true,
        Target::Kind(k) => k == kind,
        Target::National(nk) => {
            kind == ElementKind::National && catalogue::national(id).is_some_and(|n| n.kind == nk)
        }
    })
}

fn describe(allowed: &[Target]) -> (String, String) {
    let mut en = Vec::new();
    let mut vi = Vec::new();
    for t in allowed {
        let (e, v) = match t {
            Target::Any => ("any element", "bất kỳ phần tử nào"),
            Target::National(NationalKind::System) => ("a national system", "hệ thống quốc gia"),
            Target::National(NationalKind::Database) => ("a national database", "CSDL quốc gia"),
            Target::National(NationalKind::Infrastructure) => {
                ("national infrastructure", "hạ tầng quốc gia")
            }
            Target::Kind(k) => kind_names(*k),
        };
        en.push(e);
        vi.push(v);
    }
    (en.join(" or "), vi.join(" hoặc "))
}

/// English and Vietnamese name of an element kind, with an article in English.
pub fn kind_names(kind: ElementKind) -> (&'static str, &'static str) {
    match kind {
        K::Organization => ("an organization", "cơ quan, đơn vị"),
        K::Actor => ("a user group", "nhóm người sử dụng"),
        K::Channel => ("a channel", "kênh truy cập"),
        K::Service => ("an online service", "dịch vụ công trực tuyến"),
        K::Application => ("an application", "ứng dụng"),
        K::Database => ("a database", "cơ sở dữ liệu"),
        K::Catalog => ("a catalogue", "danh mục dùng chung"),
        K::Exchange => ("a data exchange", "luồng trao đổi dữ liệu"),
        K::Infrastructure => ("infrastructure", "hạ tầng kỹ thuật"),
        K::Control => ("a security control", "biện pháp an toàn thông tin"),
        K::Objective => ("an objective", "mục tiêu"),
        K::Phase => ("a phase", "giai đoạn"),
        K::Task => ("a task", "nhiệm vụ"),
        K::Solution => ("a solution", "giải pháp"),
        K::Standard => ("a standard", "tiêu chuẩn"),
        K::Regulation => ("a regulation", "văn bản pháp lý"),
        K::Review => ("a review comment", "ý kiến thẩm định"),
        K::Responsibility => ("a responsibility", "mục phân công trách nhiệm"),
        K::National => ("a national system", "hệ thống quốc gia"),
        K::CatalogueStandard => ("a TT 39/2017 standard", "tiêu chuẩn theo TT 39/2017"),
    }
}

/// Most candidate ids "did you mean" compares in one run (about 0.5 s).
pub const SUGGESTION_BUDGET: usize = 4_000_000;

/// Checks every reference: it must resolve (REF-001) to an element of an
/// allowed kind (REF-002). `broken_ids` are ids of elements the schema
/// rejected: references to them are not reported again, but given to
/// `into_broken` (referring element, field) so rules leave them alone too.
pub fn check_refs(
    model: &Model,
    index: &IdIndex,
    broken_ids: &HashSet<String>,
    out: &mut Vec<Diagnostic>,
    into_broken: &mut dyn FnMut(&str, &'static str),
) {
    check_refs_within(
        model,
        index,
        broken_ids,
        out,
        into_broken,
        SUGGESTION_BUDGET,
    );
}

/// [`check_refs`] with a given budget of "did you mean" comparisons.
fn check_refs_within(
    model: &Model,
    index: &IdIndex,
    broken_ids: &HashSet<String>,
    out: &mut Vec<Diagnostic>,
    into_broken: &mut dyn FnMut(&str, &'static str),
    suggestion_budget: usize,
) {
    let mut by_first_char: HashMap<char, Vec<&str>> = HashMap::new();
    // Each unresolved reference is compared with every id of its kind: on a
    // hostile model with 20,000 of them that took 3 minutes. A repeated typo
    // is looked up once, and a run spends at most SUGGESTION_BUDGET
    // comparisons; references after that get the plain help. Deterministic:
    // references are visited in model order.
    let mut budget = suggestion_budget;
    // Keyed by the address of the field's (static) list of allowed kinds.
    let mut known: HashMap<(usize, usize, String), Option<String>> = HashMap::new();
    let mut lazy_candidates = |allowed: &'static [Target], wanted: &str| -> Option<String> {
        let key = (allowed.as_ptr() as usize, allowed.len(), wanted.to_owned());
        if let Some(hit) = known.get(&key) {
            return hit.clone();
        }
        if budget == 0 {
            return None;
        }
        if by_first_char.is_empty() {
            for &id in index.ids.keys() {
                by_first_char
                    .entry(id.chars().next().unwrap_or(' '))
                    .or_default()
                    .push(id);
            }
            for n in catalogue::NATIONAL_SYSTEMS {
                by_first_char.entry('n').or_default().push(n.id);
            }
            for s in catalogue::TT39_STANDARDS {
                by_first_char.entry('t').or_default().push(s.id);
            }
            for v in by_first_char.values_mut() {
                v.sort_unstable();
            }
        }
        // Only ids of an allowed kind that start like the wanted one: cheap on huge models.
        let first = wanted.chars().next().unwrap_or(' ');
        let pool = by_first_char.get(&first)?;
        let fits = |id: &&str| index.kind_of(id).is_some_and(|k| allows(allowed, k, id));
        let candidates = pool
            .iter()
            .copied()
            .filter(fits)
            .take(20_000.min(budget))
            .inspect(|_| {
                budget -= 1;
                #[cfg(test)]
                tests::COMPARED.with(|n| n.set(n.get() + 1));
            });
        let found = did_you_mean(wanted, candidates).map(str::to_owned);
        known.insert(key, found.clone());
        found
    };

    for_each_ref(model, |site| {
        let id = site.target.as_str();
        match index.kind_of(id) {
            None => {
                if broken_ids.contains(id) {
                    if let Some((_, from)) = site.from {
                        into_broken(from, site.relation.field());
                    }
                    return;
                }
                let (want_en, want_vi) = describe(site.allowed);
                let suggestion = lazy_candidates(site.allowed, id);
                let help = match &suggestion {
                    Some(s) => Msg::new(
                        format!("did you mean `{s}`?"),
                        format!("có phải ý bạn là `{s}`?"),
                    ),
                    None => Msg::new(
                        format!("declare {want_en} with this id, or use the id of an existing one"),
                        format!("khai báo {want_vi} có mã này, hoặc dùng mã của một phần tử đã có"),
                    ),
                };
                let mut d = Diagnostic::of(
                    &crate::code::core::REF_UNRESOLVED,
                    Msg::new(
                        format!(
                            "`{}` refers to `{id}`, which is not declared",
                            site.relation.field()
                        ),
                        format!(
                            "`{}` tham chiếu tới `{id}` nhưng phần tử này chưa được khai báo",
                            site.relation.field()
                        ),
                    ),
                )
                .at(
                    site.target.span,
                    Some(Msg::new("unknown id", "mã không tồn tại")),
                )
                .with_help(help);
                if let Some((_, from)) = site.from {
                    d = d.for_element(from);
                }
                d.in_field(site.relation.field());
                out.push(d);
            }
            Some(kind) if !allows(site.allowed, kind, id) => {
                let (want_en, want_vi) = describe(site.allowed);
                let (is_en, is_vi) = kind_names(kind);
                let mut d = Diagnostic::of(
                    &crate::code::core::REF_WRONG_KIND,
                    Msg::new(
                        format!(
                            "`{}` must refer to {want_en}, but `{id}` is {is_en}",
                            site.relation.field()
                        ),
                        format!(
                            "`{}` phải tham chiếu tới {want_vi}, nhưng `{id}` là {is_vi}",
                            site.relation.field()
                        ),
                    ),
                )
                .at(
                    site.target.span,
                    Some(Msg::new(
                        format!("this is {is_en}"),
                        format!("đây là {is_vi}"),
                    )),
                );
                if let Some(&(_, decl)) = index.ids.get(id) {
                    d = d.with_secondary(decl, Msg::new("declared here", "khai báo ở đây"));
                }
                let suggestion = lazy_candidates(site.allowed, id);
                d = d.with_help(match suggestion {
                    Some(s) => Msg::new(
                        format!("did you mean `{s}`?"),
                        format!("có phải ý bạn là `{s}`?"),
                    ),
                    None => Msg::new(
                        format!("use the id of {want_en}"),
                        format!("dùng mã của {want_vi}"),
                    ),
                });
                if let Some((_, from)) = site.from {
                    d = d.for_element(from);
                }
                d.in_field(site.relation.field());
                out.push(d);
            }
            Some(_) => {}
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::yaml::{Limits, parse};
    use crate::model::Extras;
    use crate::source::FileId;
    use std::cell::Cell;

    thread_local! {
        /// Candidate ids "did you mean" compared.
        pub(super) static COMPARED: Cell<usize> = const { Cell::new(0) };
    }

    /// `n` organizations and `n` applications whose owner is undeclared:
    /// `typo(i)` for application `i`. Returns the findings and the comparisons.
    fn unresolved(
        n: usize,
        typo: impl Fn(usize) -> String,
        budget: usize,
    ) -> (Vec<Diagnostic>, usize) {
        let mut text = String::from("organizations:\n");
        for i in 0..n {
            text += &format!("  - {{ id: so-{i}, name: Sở {i}, level: department }}\n");
        }
        text += "applications:\n";
        for i in 0..n {
            let owner = typo(i);
            text += &format!(
                "  - {{ id: app-{i}, name: App, kind: portal, scope: shared, owner: {owner} }}\n"
            );
        }
        let root = parse(FileId(0), &text, &Limits::default())
            .root
            .expect("parses");
        let (mut model, mut extras) = (Model::default(), Extras::default());
        model.add_file(&root, &mut extras, &[], &mut |d| panic!("{d:?}"));
        model.finish(&mut extras);
        let mut out = Vec::new();
        let index = IdIndex::build(&model, &mut out);
        COMPARED.with(|c| c.set(0));
        check_refs_within(
            &model,
            &index,
            &HashSet::new(),
            &mut out,
            &mut |_, _| {},
            budget,
        );
        (out, COMPARED.with(Cell::get))
    }

    /// 20,000 unresolved references took 3 minutes: each compared with every
    /// organization. The whole run's comparisons are bounded by the budget.
    #[test]
    fn did_you_mean_work_per_run_is_bounded() {
        let (found, compared) = unresolved(600, |i| format!("sx-{i}"), 10_000);
        assert_eq!(found.len(), 600, "every reference is still reported");
        assert!(
            compared <= 10_000,
            "{compared} comparisons (unbounded: 360,000)"
        );
        let plain = found.iter().filter(|d| {
            d.help
                .as_ref()
                .is_some_and(|h| h.en().starts_with("declare an organization"))
        });
        assert!(
            plain.count() > 500,
            "references past the budget get the plain help"
        );
    }

    #[test]
    fn a_repeated_typo_is_looked_up_once() {
        let (found, compared) = unresolved(600, |_| "so-5x".to_owned(), SUGGESTION_BUDGET);
        assert_eq!(found.len(), 600);
        assert!(compared <= 600, "{compared} comparisons for one typo");
        assert!(found.iter().all(|d| {
            d.help
                .as_ref()
                .is_some_and(|h| h.en().contains("did you mean"))
        }));
    }
}
