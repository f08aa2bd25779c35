//! Rules: the registry of every diagnostic code, the engine that runs a pack,
//! and the packs themselves (one per framework version).

pub mod core;
pub mod engine;
pub mod fw1;
pub mod query;
pub mod registry;
pub mod waivers;
