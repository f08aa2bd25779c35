//! Loading an architecture folder: reading files, the YAML span tree, merging sections.

pub mod tree;
