//! JSON Schemas: generated from the model types, and validation of the YAML
//! span tree against them.

pub mod generate;
pub mod repr;
pub mod validate;
