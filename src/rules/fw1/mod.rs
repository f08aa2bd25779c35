//! The framework 1.0 rule pack (Khung Kiến trúc Chính phủ điện tử Việt Nam 1.0,
//! 1178/BTTTT-THH, 21/4/2015), one module per group.

pub mod decision;
pub mod lgsp;

use super::engine::{Pack, Rule};
use std::sync::OnceLock;

/// The pack's groups, in report order.
const GROUPS: &[&[Rule]] = &[lgsp::RULES, decision::RULES];

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
