//! Rules: the registry of every diagnostic code, the engine that runs a pack,
//! and the packs themselves (one per framework version).

pub mod engine;
pub mod fw1;
pub mod impaired;
pub mod query;
pub mod registry;
pub mod settings;

use crate::model::manifest::FrameworkVersion;

/// The rule pack for a framework version: the manifest's `framework` field
/// chooses it. Adding version 2.0 means a `fw2` module with its own groups, a
/// `FrameworkVersion` variant, and one arm here (see docs/rule-packs.md).
pub fn pack_for(version: FrameworkVersion) -> &'static engine::Pack {
    match version {
        FrameworkVersion::V1_0 => fw1::pack(),
    }
}

/// Every pack, for the registry and the generated docs.
pub fn all_packs() -> [&'static engine::Pack; 1] {
    [fw1::pack()]
}
