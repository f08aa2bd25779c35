//! What load errors took out of the model, so that rules judge the rest
//! without repeating those errors.
//!
//! A load error removes only what is broken: a field, a reference, or an
//! element that cannot be read at all. Rules then run over everything else. A
//! rule finding about a part that a load error already covers is the same
//! defect seen twice, so it is held back; the run instead says that the rules
//! judged only part of the model.

use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::source::Span;
use std::collections::{HashMap, HashSet};

/// Which rules judged only part of the model, and why: what every output
/// format reports, so that a rule that could not see everything never counts
/// as passed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Partial {
    /// Error-severity problems of loading, the schema and references.
    pub load_errors: usize,
    /// The rules that ran (or would have) over an incomplete model, by code.
    pub rules: Vec<&'static Code>,
}

impl Partial {
    /// A run in which every rule saw the whole model.
    pub fn none() -> &'static Partial {
        static NONE: Partial = Partial {
            load_errors: 0,
            rules: Vec::new(),
        };
        &NONE
    }

    pub fn is_partial(&self, code: &Code) -> bool {
        self.rules.iter().any(|c| c.code == code.code)
    }
}

/// The parts of the model that load errors made unreadable.
#[derive(Debug, Default)]
pub struct Impairments {
    /// Elements with any load error in them (or left out whole), each with the
    /// top-level fields the errors are in.
    elements: HashMap<String, HashSet<String>>,
    /// Where a section that lost an element is written (its key spans), so a
    /// finding about something missing from that section is held back too.
    sections: Vec<Span>,
    /// The manifest could not be read whole.
    manifest: Option<Span>,
    /// Load errors: error-severity diagnostics of loading, schema and references.
    load_errors: usize,
}

/// The top-level field of a field path: `budget[0].amount` → `budget`.
fn top_field(path: &str) -> &str {
    path.split(['.', '[']).next().unwrap_or(path)
}

impl Impairments {
    /// Records a load diagnostic: its element and field, if it names them.
    pub fn record(&mut self, d: &Diagnostic) {
        if d.severity == crate::diagnostic::Severity::Error {
            self.load_errors += 1;
        }
        if let Some(element) = &d.element {
            let fields = self.elements.entry(element.clone()).or_default();
            if let Some(field) = &d.field {
                fields.insert(top_field(field).to_owned());
            }
        }
    }

    /// A reference that points at an element left out by a load error.
    pub fn record_field(&mut self, element: &str, field: &str) {
        self.elements
            .entry(element.to_owned())
            .or_default()
            .insert(top_field(field).to_owned());
    }

    /// An element left out whole, in the section written at `section`.
    pub fn record_dropped(&mut self, id: Option<&str>, section: Option<Span>) {
        if let Some(id) = id {
            self.elements.entry(id.to_owned()).or_default();
        }
        if let Some(span) = section {
            self.sections.push(span);
        }
    }

    pub fn record_manifest(&mut self, span: Span) {
        self.manifest = Some(span);
    }

    /// How many load errors there were; when any, every rule judged only part
    /// of the model.
    pub fn load_errors(&self) -> usize {
        self.load_errors
    }

    /// Whether a rule finding is about a part a load error already covers: a
    /// field with a load error (or a reference into an element left out), or
    /// something missing from a section that lost an element or from a
    /// manifest that could not be read.
    pub fn covers(&self, d: &Diagnostic) -> bool {
        match (&d.element, &d.field) {
            (Some(element), Some(field)) => self
                .elements
                .get(element.as_str())
                .is_some_and(|fields| fields.contains(top_field(field))),
            // A finding about the element as a whole is its own defect: a
            // typo in one field must not hide what is wrong elsewhere in it.
            (Some(_), None) => false,
            (None, _) => d
                .span()
                .is_some_and(|span| self.sections.contains(&span) || self.manifest == Some(span)),
        }
    }
}
