//! Template contexts: plain, serializable data built from the model, with all
//! Vietnamese formatting done here so that the HTML, Markdown and DOCX forms
//! print the same strings. Model text is stored raw; each form escapes it.

mod common;
pub mod decision;
pub mod report;
pub mod submission;

pub use common::*;
