//! Checking the YAML span tree against the model's JSON Schema.

pub mod repr;
pub mod validate;
