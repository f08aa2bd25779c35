//! Loading an architecture folder: reading files, the YAML span tree, merging sections.

pub mod text;
pub mod tree;
pub mod yaml;
