//! Loading an architecture folder: finding files, decoding them, and the YAML
//! span tree with its limits.

pub mod read;
pub mod text;
pub mod tree;
pub mod walk;
pub mod yaml;
