//! Small queries over the model that many rules share.

use crate::model::{AppKind, Application, Model, Phase, Task};
use crate::source::Span;

/// Applications of one kind, in id order.
pub fn apps_of_kind(model: &Model, kind: AppKind) -> impl Iterator<Item = &Application> {
    model
        .applications
        .iter()
        .filter(move |a| a.kind.value == kind)
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
