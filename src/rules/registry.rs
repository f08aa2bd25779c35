//! The single registry: every code the tool can emit, the core codes of
//! [`crate::code::core`] and every pack's rules. The rule list, `explain`, the
//! generated docs in `docs/rules/` and the settings pass all read from it.

use crate::code::Code;

/// A rule group, by the code's prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Group {
    pub prefix: &'static str,
    pub title_en: &'static str,
    pub title_vi: &'static str,
}

/// The index page of the generated rule docs: one table row per rule.
pub fn index_markdown() -> String {
    let mut out = String::from(
        "# Rules\n\nGenerated from the rule registry (`src/rules/`); do not edit by hand. \
         Regenerate with `UPDATE_GENERATED=1 cargo test --test generated_files`.\n\n\
         Basis kinds: *stated* (the framework or a linked legal text says it), *inferred* (our reading \
         of a stated purpose), *tool* (a property of the file format or the tool).\n\n\
         | code | severity | title | tiêu đề | basis |\n|---|---|---|---|---|\n",
    );
    for rule in all() {
        out.push_str(&format!(
            "| [{code}]({code}.md) | {} | {} | {} | {} |\n",
            rule.severity,
            rule.title_en,
            rule.title_vi,
            rule.basis_kind.as_str(),
            code = rule.code
        ));
    }
    out
}

/// Every rule of every pack, sorted by code.
pub fn all() -> Vec<&'static Code> {
    let mut rules: Vec<&'static Code> = crate::code::core::ALL.to_vec();
    for pack in super::all_packs() {
        rules.extend(pack.rules.iter().map(|r| r.meta));
    }
    rules.sort_by_key(|r| r.code);
    rules
}

/// A rule by its code (case-insensitive).
pub fn find(code: &str) -> Option<&'static Code> {
    all()
        .into_iter()
        .find(|r| r.code.eq_ignore_ascii_case(code))
}
