//! Colours and line styles shared by the three renderers: muted tints that
//! print well in black and white too (line patterns differ, not only colours).

use super::DrawnNode;
use crate::graph::{Band, Style};

/// A stable key for a band, used in ids.
pub fn band_key(band: Band) -> &'static str {
    match band {
        Band::Users => "users",
        Band::Channels => "channels",
        Band::PortalServices => "portal_services",
        Band::Applications => "applications",
        Band::Databases => "databases",
        Band::Integration => "integration",
        Band::Infrastructure => "infrastructure",
        Band::Governance => "governance",
        Band::Security => "security",
    }
}

/// (background fill, border) of a band.
pub fn band(band: Band) -> (&'static str, &'static str) {
    match band {
        Band::Users => ("#fbf6ec", "#d9c7a3"),
        Band::Channels => ("#fbf1ef", "#dcb9b3"),
        Band::PortalServices => ("#eef4fb", "#b3c8e0"),
        Band::Applications | Band::Databases => ("#eff7f1", "#b5d3bd"),
        Band::Integration => ("#fcf8e8", "#dccf9a"),
        Band::Infrastructure => ("#eef3f4", "#b4c6cb"),
        Band::Governance => ("#f1f2f6", "#bfc3d3"),
        Band::Security => ("#fbefef", "#dcb4b4"),
    }
}

/// (fill, border) of a node box.
pub fn node(n: &DrawnNode) -> (&'static str, &'static str) {
    if n.national {
        return ("#ececec", "#555555");
    }
    match n.band {
        Band::Users => ("#fdf0d8", "#a87a22"),
        Band::Channels => ("#f9e1dd", "#a4483e"),
        Band::PortalServices => ("#dde9f7", "#2f5f94"),
        Band::Applications if n.platform => ("#cfe8d6", "#2b6b3f"),
        Band::Applications => ("#e2f2e6", "#3b7d4f"),
        Band::Databases => ("#ebe4f5", "#62479a"),
        Band::Integration if n.platform => ("#f7e9a8", "#8a6d00"),
        Band::Integration => ("#fbf1c9", "#8a6d00"),
        Band::Infrastructure => ("#dde8eb", "#3f5f69"),
        Band::Governance => ("#e4e7f0", "#4b5275"),
        Band::Security => ("#f7dede", "#963333"),
    }
}

/// A line pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    Solid,
    Dashed,
    Dotted,
}

/// (colour, pattern) of an edge style.
pub fn edge(style: Style) -> (&'static str, Line) {
    match style {
        Style::Access => ("#4d4d4d", Line::Solid),
        Style::Dependency => ("#2f5f94", Line::Solid),
        Style::Integration => ("#8a6d00", Line::Dashed),
        Style::Hosting => ("#7f8c8d", Line::Solid),
        Style::Link => ("#7f8c8d", Line::Dotted),
        Style::Other => ("#999999", Line::Dashed),
    }
}
