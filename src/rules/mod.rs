//! Rules: the registry of every diagnostic code with its documentation.

pub mod core;
pub mod registry;
