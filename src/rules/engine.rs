//! Running a rule pack: selection and severities from the manifest, waivers,
//! and a sink that stamps each finding with its rule's code and severity.

use crate::code::Code;
use crate::diagnostic::{Diagnostic, Msg, Severity};
use crate::model::index::IdIndex;
use crate::model::manifest::RuleSetting;
use crate::model::{Date, Extras, Model};
use crate::source::Span;
use rayon::prelude::*;
use std::collections::HashMap;

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

/// Which rules run and how severe they are.
#[derive(Debug, Default, Clone)]
pub struct Selection {
    /// Only these codes (or prefixes, like `FW1-LGSP`), if not empty.
    pub select: Vec<String>,
    /// Never these codes or prefixes.
    pub ignore: Vec<String>,
}

fn matches(code: &str, pattern: &str) -> bool {
    let pattern = pattern.trim();
    code.eq_ignore_ascii_case(pattern)
        || (code.len() > pattern.len()
            && code[..pattern.len()].eq_ignore_ascii_case(pattern)
            && code.as_bytes()[pattern.len()] == b'-')
}

impl Selection {
    pub fn includes(&self, code: &str) -> bool {
        (self.select.is_empty() || self.select.iter().any(|p| matches(code, p)))
            && !self.ignore.iter().any(|p| matches(code, p))
    }
}

/// Runs the pack's selected rules and applies the manifest's settings and waivers.
pub fn run(pack: &Pack, context: &Context, selection: &Selection) -> Vec<Diagnostic> {
    let settings: HashMap<&str, RuleSetting> = context
        .model
        .manifest
        .iter()
        .flat_map(|m| m.rules.iter())
        .map(|(code, setting)| (code.as_str(), setting.value))
        .collect();
    // Rules are independent, so they run in parallel; collecting in pack
    // order keeps the output deterministic.
    let per_rule: Vec<Vec<Diagnostic>> = pack
        .rules
        .par_iter()
        .filter(|rule| selection.includes(rule.meta.code))
        .filter_map(|rule| {
            // A manifest setting applies to every finding of the rule; without one,
            // each finding keeps the severity the rule gave it.
            let severity = match settings.get(rule.meta.code) {
                Some(RuleSetting::Off) => return None,
                Some(RuleSetting::Error) => Some(Severity::Error),
                Some(RuleSetting::Warning) => Some(Severity::Warning),
                Some(RuleSetting::Info) => Some(Severity::Info),
                None => None,
            };
            let mut sink = Sink::new(rule.meta);
            (rule.check)(context, &mut sink);
            let mut findings = sink.into_findings();
            if let Some(severity) = severity {
                findings.iter_mut().for_each(|d| d.severity = severity);
            }
            Some(findings)
        })
        .collect();
    per_rule.into_iter().flatten().collect()
}
