//! kientruc: a provincial e-government architecture as code.
//!
//! The modules follow the pipeline, and imports only point down it:
//! `source`/`diagnostic` → `load` → `model` → `schema` → `legal` → `graph` →
//! `rules` → `pipeline` → `report`/`render`/`documents` → `cli`. `write`
//! (atomic file writes) is used by the top floors.

pub mod cli;
pub mod code;
pub mod diagnostic;
pub mod documents;
pub mod graph;
pub mod legal;
pub mod load;
pub mod model;
pub mod pipeline;
pub mod render;
pub mod report;
pub mod rules;
pub mod schema;
pub mod source;
pub mod write;
