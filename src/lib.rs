//! kientruc: a provincial e-government architecture as code.
//!
//! The modules follow the pipeline, and imports only point down it:
//! `source`/`diagnostic` → `load` → `model` → `schema` → `rules` → `report` → `cli`.

pub mod diagnostic;
pub mod load;
pub mod model;
pub mod schema;
pub mod source;
pub mod cli;
pub mod pipeline;
pub mod rules;
pub mod documents;
