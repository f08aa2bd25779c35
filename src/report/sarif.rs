//! SARIF 2.1.0, shaped for GitHub code scanning.
//!
//! Columns count Unicode code points (`columnKind: unicodeCodePoints`), URIs are
//! relative to `%SRCROOT%` and percent-encoded. A finding without a file has no
//! `locations` (valid SARIF; GitHub code scanning may not display it). Waived
//! findings stay in the log with an `external` suppression, as SARIF intends.

use super::{INFORMATION_URI, Location, ReportContext, RuleInfo, TOOL_NAME, all_rules, locate};
use crate::diagnostic::{Diagnostic, Lang, Severity};
use crate::source::FileId;
use serde::Serialize;
use std::collections::BTreeMap;

const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
const SRCROOT: &str = "%SRCROOT%";

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'a str,
    version: &'a str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool<'a>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    artifacts: Vec<Artifact>,
    results: Vec<SarifResult<'a>>,
    column_kind: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    invocations: Vec<Invocation>,
}

/// Present only when rules judged part of the model: one notification per
/// such rule, so a viewer never takes its silence for a pass.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Notification {
    level: &'static str,
    message: Text,
    associated_rule: RuleReference,
}

#[derive(Serialize)]
struct RuleReference {
    id: String,
    index: usize,
}

#[derive(Serialize)]
struct Tool<'a> {
    driver: Driver<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver<'a> {
    name: &'a str,
    version: &'a str,
    information_uri: &'a str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: String,
    name: String,
    short_description: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    help_uri: Option<String>,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Artifact {
    location: ArtifactLocation,
}

#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    uri_base_id: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    index: Option<usize>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    locations: Vec<SarifLocation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<SarifLocation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    suppressions: Vec<Suppression>,
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<Properties<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifLocation {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: u32,
    start_column: u32,
    end_line: u32,
    end_column: u32,
}

#[derive(Serialize)]
struct Suppression {
    kind: &'static str,
    justification: String,
}

#[derive(Serialize)]
struct Properties<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    element: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<&'a str>,
}

pub(super) fn render(diagnostics: &[Diagnostic], ctx: &ReportContext) -> String {
    let rules = all_rules(ctx.rules, diagnostics);
    let artifacts = Artifacts::new(ctx);
    let results = diagnostics
        .iter()
        .map(|d| result(d, &rules, &artifacts, ctx))
        .collect();
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: TOOL_NAME,
                    version: ctx.tool_version,
                    information_uri: INFORMATION_URI,
                    rules: rules.iter().map(|r| rule(r, ctx.lang)).collect(),
                },
            },
            artifacts: artifacts
                .uris
                .iter()
                .map(|uri| Artifact {
                    location: ArtifactLocation {
                        uri: uri.clone(),
                        uri_base_id: SRCROOT,
                        index: None,
                    },
                })
                .collect(),
            results,
            column_kind: "unicodeCodePoints",
            invocations: invocations(&rules, ctx),
        }],
    };
    // Serialising plain structs of strings and numbers cannot fail.
    let mut out = serde_json::to_string_pretty(&log).unwrap_or_default();
    out.push('\n');
    out
}

fn invocations(rules: &[RuleInfo], ctx: &ReportContext) -> Vec<Invocation> {
    let Some(note) = super::partial_note(ctx.partial, ctx.lang) else {
        return Vec::new();
    };
    let notifications = ctx
        .partial
        .rules
        .iter()
        .filter_map(|code| {
            let index = rules
                .binary_search_by(|r| r.code.as_str().cmp(code.as_str()))
                .ok()?;
            Some(Notification {
                level: "warning",
                message: Text { text: note.clone() },
                associated_rule: RuleReference {
                    id: code.as_str().to_owned(),
                    index,
                },
            })
        })
        .collect();
    vec![Invocation {
        execution_successful: true,
        tool_execution_notifications: notifications,
    }]
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn rule(r: &RuleInfo, lang: Lang) -> Rule {
    Rule {
        id: r.code.clone(),
        name: r.code.clone(),
        short_description: Text {
            text: r.title.get(lang).into_owned(),
        },
        help_uri: r.help_uri.clone(),
        default_configuration: Configuration {
            level: level(r.default_severity),
        },
    }
}

/// Every source file as a SARIF artifact, sorted by URI; results point into it by index.
struct Artifacts {
    uris: Vec<String>,
    index_of: BTreeMap<FileId, usize>,
}

impl Artifacts {
    fn new(ctx: &ReportContext) -> Self {
        let mut uris: Vec<String> = ctx
            .sources
            .iter()
            .map(|(_, f)| uri(&f.display_path()))
            .collect();
        uris.sort();
        uris.dedup();
        let index_of = ctx
            .sources
            .iter()
            .filter_map(|(id, f)| {
                let u = uri(&f.display_path());
                uris.binary_search(&u).ok().map(|i| (id, i))
            })
            .collect();
        Artifacts { uris, index_of }
    }

    fn location(&self, file: FileId, at: &Location) -> PhysicalLocation {
        PhysicalLocation {
            artifact_location: ArtifactLocation {
                uri: uri(&at.path),
                uri_base_id: SRCROOT,
                index: self.index_of.get(&file).copied(),
            },
            region: Region {
                start_line: at.start.line,
                start_column: at.start.column,
                end_line: at.end.line,
                end_column: at.end.column,
            },
        }
    }
}

fn result<'a>(
    d: &'a Diagnostic,
    rules: &[RuleInfo],
    artifacts: &Artifacts,
    ctx: &ReportContext,
) -> SarifResult<'a> {
    let lang = ctx.lang;
    let mut text = d.message.get(lang).into_owned();
    if let Some(help) = &d.help {
        text.push('\n');
        text.push_str(&help.get(lang));
    }
    let locations = d
        .primary
        .iter()
        .filter_map(|l| Some((l.span.file, locate(ctx.sources, l)?)))
        .map(|(file, at)| SarifLocation {
            id: None,
            physical_location: artifacts.location(file, &at),
            message: None,
        })
        .collect();
    let related_locations = d
        .secondary
        .iter()
        .filter_map(|l| Some((l.span.file, locate(ctx.sources, l)?)))
        .enumerate()
        .map(|(id, (file, at))| SarifLocation {
            id: Some(id),
            physical_location: artifacts.location(file, &at),
            message: at.label.map(|m| Text {
                text: m.get(lang).into_owned(),
            }),
        })
        .collect();
    let suppressions = d
        .waived
        .iter()
        .map(|reason| Suppression {
            kind: "external",
            justification: reason.get(lang).into_owned(),
        })
        .collect();
    SarifResult {
        rule_id: d.code.as_str(),
        // `all_rules` is sorted and holds every code seen, so the search succeeds.
        rule_index: rules
            .binary_search_by(|r| r.code.as_str().cmp(d.code.as_str()))
            .unwrap_or(0),
        level: level(d.severity),
        message: Text { text },
        locations,
        related_locations,
        suppressions,
        properties: (d.element.is_some() || d.field.is_some()).then_some(Properties {
            element: d.element.as_deref(),
            field: d.field.as_deref(),
        }),
    }
}

/// A relative URI reference: forward slashes, no leading `./`, and every byte
/// outside RFC 3986's unreserved set (except `/`) percent-encoded.
fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut path = path.as_str();
    while let Some(rest) = path.strip_prefix("./") {
        path = rest;
    }
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::uri;

    #[test]
    fn uris_are_relative_and_encoded() {
        assert_eq!(uri("./a/b.yaml"), "a/b.yaml");
        assert_eq!(
            uri("dir\\sở y tế.yaml"),
            "dir/s%E1%BB%9F%20y%20t%E1%BA%BF.yaml"
        );
        assert_eq!(uri("100%#x"), "100%25%23x");
    }
}
