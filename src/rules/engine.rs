//! Running a rule pack: selection and severities from the manifest, waivers,
//! and a sink that stamps each finding with its rule's code and severity.

use super::settings::{self, Selection};
use crate::code::Code;
use crate::diagnostic::{Diagnostic, Msg};
use crate::model::index::IdIndex;
use crate::model::{Date, Extras, Model};
use crate::source::Span;
use rayon::prelude::*;

/// What a rule can read.
pub struct Context<'a> {
    pub model: &'a Model,
    pub extras: &'a Extras,
    pub index: &'a IdIndex<'a>,
    /// "Today", for waiver expiry and date-based rules (fixed by `--today`).
    pub today: Date,
    /// The dependency graph, built by the first rule that asks for it.
    pub graph: std::sync::OnceLock<crate::graph::ArchGraph<'a>>,
}

impl<'a> Context<'a> {
    /// The dependency graph of the model, built once per run.
    pub fn graph(&self) -> &crate::graph::ArchGraph<'a> {
        self.graph
            .get_or_init(|| crate::graph::ArchGraph::build(self.model))
    }
}

/// A rule: its metadata and its check.
#[derive(Clone, Copy)]
pub struct Rule {
    pub meta: &'static Code,
    pub check: fn(&Context, &mut Sink),
}

/// A set of rules for one framework version.
pub struct Pack {
    pub name: &'static str,
    pub rules: &'static [Rule],
}

/// Collects one rule's findings.
pub struct Sink {
    meta: &'static Code,
    findings: Vec<Diagnostic>,
}

impl Sink {
    pub fn new(meta: &'static Code) -> Self {
        Sink {
            meta,
            findings: Vec::new(),
        }
    }

    /// Reports a finding of this rule at `span`, about `element` (an id) if any.
    pub fn report(
        &mut self,
        span: Option<Span>,
        element: Option<&str>,
        message: Msg,
        help: Msg,
    ) -> &mut Diagnostic {
        let mut d = Diagnostic::of(self.meta, message).with_help(help);
        if let Some(span) = span {
            d = d.at(span, None);
        }
        if let Some(id) = element {
            d = d.for_element(id);
        }
        self.findings.push(d);
        self.findings.last_mut().expect("just pushed")
    }

    pub fn into_findings(self) -> Vec<Diagnostic> {
        self.findings
    }
}

/// Runs the pack's rules that the settings leave on, and appends to `out` the
/// findings `keep` accepts. Severities, waivers and selection are applied
/// afterwards to every finding of every code, in one pass
/// ([`super::settings::apply`]).
///
/// Each rule's findings are appended as soon as it finishes, so that only a
/// few rules' findings exist twice at once. The order they arrive in does not
/// matter: [`crate::diagnostic::sort`] orders findings by everything printed.
pub fn run(
    pack: &Pack,
    context: &Context,
    selection: &Selection,
    keep: &(dyn Fn(&Diagnostic) -> bool + Sync),
    out: &mut Vec<Diagnostic>,
) {
    let manifest = context.model.manifest.as_ref();
    let out = std::sync::Mutex::new(out);
    pack.rules
        .par_iter()
        .filter(|rule| settings::runs(rule.meta, selection, manifest))
        .for_each(|rule| {
            let mut sink = Sink::new(rule.meta);
            (rule.check)(context, &mut sink);
            let mut findings = sink.into_findings();
            findings.retain(keep);
            // A poisoned lock means another rule panicked; its findings are
            // lost, but these are still worth keeping.
            let mut out = out.lock().unwrap_or_else(|e| e.into_inner());
            out.append(&mut findings);
        });
}
