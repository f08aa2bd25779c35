//! Small queries over the model that many rules share.

use crate::diagnostic::{Diagnostic, Msg};
use crate::model::common::{FundingSource, Status};
use crate::model::{
    ActorKind, AppKind, Application, Channel, Control, ControlKind, Database, ElementKind,
    Exchange, FieldSpans, InfraKind, Infrastructure, Model, Phase, Service, Spanned, Task,
};
use crate::rules::engine::Sink;
use crate::source::Span;
use std::collections::BTreeMap;
use std::collections::{HashMap, HashSet};

/// Applications of one kind, in id order.
pub fn apps_of_kind(model: &Model, kind: AppKind) -> impl Iterator<Item = &Application> {
    model
        .applications
        .iter()
        .filter(move |a| a.kind.value == kind)
}

/// Every application by id, for following references in O(1).
pub fn apps_by_id(model: &Model) -> HashMap<&str, &Application> {
    model
        .applications
        .iter()
        .map(|a| (a.id.as_str(), a))
        .collect()
}

/// The provincial LGSP, if exactly one or more are declared (the first by id).
pub fn lgsp(model: &Model) -> Option<&Application> {
    apps_of_kind(model, AppKind::IntegrationPlatform).next()
}

/// Tasks that deliver the element `id`.
pub fn tasks_delivering<'a>(model: &'a Model, id: &'a str) -> impl Iterator<Item = &'a Task> {
    model
        .tasks
        .iter()
        .filter(move |t| t.delivers.iter().any(|d| d.as_str() == id))
}

/// The phase that starts first.
pub fn first_phase(model: &Model) -> Option<&Phase> {
    model
        .phases
        .iter()
        .min_by_key(|p| (p.from.value, p.to.value))
}

/// Where a finding about a missing kind of element should point: the section
/// it belongs in, else the manifest.
pub fn section_or_manifest(model: &Model, section: &str) -> Option<Span> {
    model.section_span(section)
}

/// Budget totals in million VND per (phase id, funding source), summed over
/// every task's budget lines. Amounts that are not finite numbers are skipped.
/// The document generator reuses this for the funding table.
pub fn budget_totals(model: &Model) -> BTreeMap<(&str, FundingSource), f64> {
    let mut totals = BTreeMap::new();
    for task in &model.tasks {
        for line in task.budget.iter().filter(|l| l.amount.value.is_finite()) {
            *totals
                .entry((task.phase.as_str(), line.source.value))
                .or_insert(0.0) += line.amount.value;
        }
    }
    totals
}

/// "in this application", for the secondary label at the id of the element a
/// field belongs to.
pub fn in_this(kind: ElementKind) -> Msg {
    let (en, vi) = match kind {
        ElementKind::Organization => ("in this organization", "trong cơ quan này"),
        ElementKind::Actor => ("in this user group", "trong nhóm người sử dụng này"),
        ElementKind::Channel => ("in this channel", "trong kênh truy cập này"),
        ElementKind::Service => ("in this service", "trong dịch vụ này"),
        ElementKind::Application => ("in this application", "trong ứng dụng này"),
        ElementKind::Database => ("in this database", "trong cơ sở dữ liệu này"),
        ElementKind::Catalog => ("in this catalogue", "trong danh mục này"),
        ElementKind::Exchange => ("in this exchange", "trong luồng trao đổi này"),
        ElementKind::Infrastructure => ("in this infrastructure", "trong hạ tầng này"),
        ElementKind::Control => ("in this control", "trong biện pháp này"),
        ElementKind::Objective => ("in this objective", "trong mục tiêu này"),
        ElementKind::Phase => ("in this phase", "trong giai đoạn này"),
        ElementKind::Task => ("in this task", "trong nhiệm vụ này"),
        ElementKind::Solution => ("in this solution", "trong giải pháp này"),
        ElementKind::Standard | ElementKind::CatalogueStandard => {
            ("in this standard", "trong tiêu chuẩn này")
        }
        ElementKind::Review => ("in this review comment", "trong ý kiến này"),
        ElementKind::National => ("in this national system", "trong hệ thống quốc gia này"),
        ElementKind::Regulation => ("in this regulation", "trong văn bản này"),
        ElementKind::Responsibility => ("in this responsibility", "trong nhiệm vụ của cơ quan này"),
    };
    Msg::new(en, vi)
}

/// An element as a finding about one of its fields needs it.
#[derive(Clone, Copy)]
pub struct Owner<'a> {
    pub kind: ElementKind,
    pub id: &'a Spanned<String>,
    pub spans: &'a FieldSpans,
}

impl<'a> Owner<'a> {
    pub fn app(a: &'a Application) -> Self {
        Owner {
            kind: ElementKind::Application,
            id: &a.id,
            spans: &a.spans,
        }
    }
    pub fn service(s: &'a Service) -> Self {
        Owner {
            kind: ElementKind::Service,
            id: &s.id,
            spans: &s.spans,
        }
    }
    pub fn channel(c: &'a Channel) -> Self {
        Owner {
            kind: ElementKind::Channel,
            id: &c.id,
            spans: &c.spans,
        }
    }
    pub fn database(d: &'a Database) -> Self {
        Owner {
            kind: ElementKind::Database,
            id: &d.id,
            spans: &d.spans,
        }
    }
    pub fn infra(i: &'a Infrastructure) -> Self {
        Owner {
            kind: ElementKind::Infrastructure,
            id: &i.id,
            spans: &i.spans,
        }
    }
    pub fn exchange(e: &'a Exchange) -> Self {
        Owner {
            kind: ElementKind::Exchange,
            id: &e.id,
            spans: &e.spans,
        }
    }
    pub fn task(t: &'a Task) -> Self {
        Owner {
            kind: ElementKind::Task,
            id: &t.id,
            spans: &t.spans,
        }
    }
    pub fn control(c: &'a Control) -> Self {
        Owner {
            kind: ElementKind::Control,
            id: &c.id,
            spans: &c.spans,
        }
    }
    pub fn phase(p: &'a Phase) -> Self {
        Owner {
            kind: ElementKind::Phase,
            id: &p.id,
            spans: &p.spans,
        }
    }
}

/// Reports a finding about `field` of `owner`: at the field's value when it is
/// written (`fronts: []`, a wrong value), with the element's id as a secondary
/// label; at the id when the field is missing.
pub fn report_field<'s>(
    sink: &'s mut Sink,
    owner: Owner,
    field: &'static str,
    message: Msg,
    help: Msg,
) -> &'s mut Diagnostic {
    let span = owner.spans.value(field);
    report_at(sink, owner, span, field, message, help)
}

/// Reports a finding about `field` of `owner` at `span` (a value of the field),
/// with the element's id as a secondary label; at the id when `span` is `None`.
pub fn report_at<'s>(
    sink: &'s mut Sink,
    owner: Owner,
    span: Option<Span>,
    field: impl Into<std::borrow::Cow<'static, str>>,
    message: Msg,
    help: Msg,
) -> &'s mut Diagnostic {
    let id = owner.id;
    let primary = span.unwrap_or(id.span);
    let d = sink.report(Some(primary), Some(id.as_str()), message, help);
    d.in_field(field);
    if primary != id.span {
        d.also_at(id.span, in_this(owner.kind));
    }
    d
}

/// Actor kinds of the public: people and businesses.
fn is_public(kind: ActorKind) -> bool {
    matches!(kind, ActorKind::Citizen | ActorKind::Business)
}

/// Applications that serve citizens and businesses, whatever their kind: the
/// portals and the one-stop system, an application that supports an online
/// service (`supported_by`), one that an access channel fronts, and one whose
/// `users` include citizens or businesses.
pub fn citizen_facing(model: &Model) -> HashSet<&str> {
    let public: HashSet<&str> = model
        .actors
        .iter()
        .filter(|a| is_public(a.kind.value))
        .map(|a| a.id.as_str())
        .collect();
    let mut out: HashSet<&str> = model
        .applications
        .iter()
        .filter(|a| {
            matches!(
                a.kind.value,
                AppKind::Portal | AppKind::PublicServicePortal | AppKind::OneStop
            ) || a.users.iter().any(|u| public.contains(u.as_str()))
        })
        .map(|a| a.id.as_str())
        .collect();
    out.extend(
        model
            .services
            .iter()
            .flat_map(|s| s.supported_by.iter().map(|r| r.as_str())),
    );
    out.extend(
        model
            .channels
            .iter()
            .flat_map(|c| c.fronts.iter().map(|r| r.as_str())),
    );
    let apps: HashSet<&str> = model.applications.iter().map(|a| a.id.as_str()).collect();
    out.retain(|id| apps.contains(id));
    out
}

/// Kinds of infrastructure that can host applications and databases.
pub fn can_host(kind: InfraKind) -> bool {
    matches!(
        kind,
        InfraKind::DataCentre | InfraKind::ServerCluster | InfraKind::Cloud | InfraKind::DrSite
    )
}

/// The hosting infrastructure to suggest in a hint, and whether it has a DR
/// site or backup: the one already hosting the most elements among those that
/// are backed up (so the fix does not add a dependant to a single point of
/// failure), else the one hosting the most, else any that can host. `None`
/// when the model has none.
pub fn suggested_host(model: &Model) -> Option<(&str, bool)> {
    let mut hosted: HashMap<&str, usize> = HashMap::new();
    for r in model
        .applications
        .iter()
        .flat_map(|a| &a.hosted_on)
        .chain(model.databases.iter().flat_map(|d| &d.hosted_on))
    {
        *hosted.entry(r.as_str()).or_default() += 1;
    }
    let backed: HashSet<&str> = model
        .infrastructure
        .iter()
        .flat_map(|i| i.backs_up.iter().map(|r| r.as_str()))
        .chain(
            model
                .controls
                .iter()
                .filter(|c| c.kind.value == ControlKind::Backup)
                .flat_map(|c| c.protects.iter().map(|r| r.as_str())),
        )
        .collect();
    let candidates = model.infrastructure.iter().filter(|i| {
        can_host(i.kind.value)
            && i.kind.value != InfraKind::DrSite
            && i.status.value != Status::Retiring
    });
    candidates
        .map(|i| {
            let id = i.id.as_str();
            (
                backed.contains(id),
                hosted.get(id).copied().unwrap_or(0),
                std::cmp::Reverse(id),
            )
        })
        .max()
        .map(|(backed, _, std::cmp::Reverse(id))| (id, backed))
}

/// An organization to name in an `owner:`/`operator:` hint: the architecture's
/// maintainer when it is declared, else the first provincial or department-level
/// organization, else any. `None` when the model declares none.
pub fn example_org(model: &Model) -> Option<&str> {
    use crate::model::OrgLevel;
    let maintainer = model
        .manifest
        .as_ref()
        .map(|m| m.architecture.maintainer.as_str());
    let orgs = &model.organizations;
    orgs.iter()
        .find(|o| Some(o.id.as_str()) == maintainer)
        .or_else(|| {
            orgs.iter()
                .find(|o| matches!(o.level.value, OrgLevel::Department | OrgLevel::Province))
        })
        .or(orgs.first())
        .map(|o| o.id.as_str())
}

/// Applications that play the LGSP's role: those of `kind: integration-platform`
/// and any other that applications integrate through (`integrates_via`) or that
/// an exchange is routed `via`. In id order.
pub fn integration_platforms(model: &Model) -> Vec<&Application> {
    let routed: HashSet<&str> = model
        .applications
        .iter()
        .flat_map(|a| a.integrates_via.iter().map(|r| r.as_str()))
        .chain(
            model
                .exchanges
                .iter()
                .flat_map(|e| e.via.iter().map(|r| r.as_str())),
        )
        .collect();
    model
        .applications
        .iter()
        .filter(|a| a.kind.value == AppKind::IntegrationPlatform || routed.contains(a.id.as_str()))
        .collect()
}

/// The first organization whose name, folded like [`fold_vietnamese`], contains
/// `words` (e.g. "tai chinh" for the Sở Tài chính).
///
/// [`fold_vietnamese`]: crate::rules::fw1::applications::fold_vietnamese
pub fn org_named<'a>(model: &'a Model, words: &str) -> Option<&'a str> {
    let needle = format!(" {words} ");
    model
        .organizations
        .iter()
        .find(|o| {
            crate::rules::fw1::applications::fold_vietnamese(o.name.as_str()).contains(&needle)
        })
        .map(|o| o.id.as_str())
}

/// An example of YAML to add, with its `so-tttt` placeholder replaced by `org`
/// (an organization of the model), or its `, owner: so-tttt` clause dropped
/// when there is none, so that hints never name an id the model lacks.
pub fn with_org(yaml: &str, org: Option<&str>) -> String {
    match org {
        Some(org) => yaml.replace("so-tttt", org),
        None => yaml.replace(", owner: so-tttt", ""),
    }
}
