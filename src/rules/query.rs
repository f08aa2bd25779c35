//! Small queries over the model that many rules share.

use crate::model::common::FundingSource;
use crate::model::{AppKind, Application, Model, Phase, Task};
use crate::source::Span;
use std::collections::BTreeMap;
use std::collections::HashMap;

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
