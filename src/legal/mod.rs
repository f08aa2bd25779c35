//! Vietnamese administrative conventions that both the rules and the document
//! generator rely on: the one table of legal citations, the signature-block
//! logic of Decree 30/2020, and Vietnamese date and number formatting. It sits
//! below `rules` and `documents`, so neither imports the other for them.

pub mod citations;
pub mod provinces;
pub mod signature;
pub mod vi;
