//! kientruc: a provincial e-government architecture as code.
//!
//! The modules follow the pipeline, and imports only point down it:
//! `source`/`diagnostic` → `load` → `model` → `schema` → `rules` → `report` → `cli`.

pub mod diagnostic;
pub mod load;
pub mod report;
pub mod source;
pub mod write;
