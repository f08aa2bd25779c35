//! Diagrams of a view: DOT, Mermaid and SVG.
