//! The framework 1.0 rule pack (Khung Kiến trúc Chính phủ điện tử Việt Nam 1.0,
//! 1178/BTTTT-THH, 21/4/2015), one module per group.

pub mod applications;
pub mod channels;
pub mod decision;
pub mod edoc;
pub mod graph;
pub mod infrastructure;
pub mod lgsp;
pub mod objectives;
pub mod roadmap;
pub mod security;
pub mod services;
pub mod standards;
pub mod structure;

use super::engine::{Pack, Rule};
use std::sync::OnceLock;

/// The pack's groups, in report order.
const GROUPS: &[&[Rule]] = &[
    structure::RULES,
    channels::RULES,
    services::RULES,
    applications::RULES,
    lgsp::RULES,
    infrastructure::RULES,
    security::RULES,
    standards::RULES,
    edoc::RULES,
    roadmap::RULES,
    decision::RULES,
    objectives::RULES,
    graph::RULES,
];

/// The framework 1.0 pack.
pub fn pack() -> &'static Pack {
    static PACK: OnceLock<Pack> = OnceLock::new();
    PACK.get_or_init(|| {
        let rules: Vec<Rule> = GROUPS.iter().flat_map(|g| g.iter().copied()).collect();
        Pack {
            name: "fw1",
            rules: Vec::leak(rules),
        }
    })
}
