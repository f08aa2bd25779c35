//! Schema validation of span trees: which diagnostic, at which node, saying what.

use kientruc::diagnostic::Diagnostic;
use kientruc::load::tree::{Entry, Node, NodeKind};
use kientruc::schema::validate::SchemaValidator;
use kientruc::source::{FileId, Span};
use serde_json::{Value, json};

/// Builds a tree from JSON, giving every key and node its own one-byte span
/// (numbered in document order) so tests can tell which node a diagnostic points at.
fn tree(value: &Value) -> Node {
    fn build(value: &Value, next: &mut u32) -> Node {
        let span = Span::new(FileId(0), *next, *next + 1);
        *next += 1;
        let kind = match value {
            Value::Null => NodeKind::Null,
            Value::Bool(b) => NodeKind::Bool(*b),
            Value::Number(n) => match n.as_i64() {
                Some(i) => NodeKind::Int(i),
                None => NodeKind::Float(n.as_f64().unwrap_or(f64::NAN)),
            },
            Value::String(s) => NodeKind::Str(s.as_str().into()),
            Value::Array(items) => NodeKind::Seq(items.iter().map(|v| build(v, next)).collect()),
            Value::Object(members) => NodeKind::Map(
                members
                    .iter()
                    .map(|(key, v)| {
                        let key_span = Span::new(FileId(0), *next, *next + 1);
                        *next += 1;
                        Entry {
                            key: key.as_str().into(),
                            key_span,
                            value: build(v, next),
                        }
                    })
                    .collect(),
            ),
        };
        Node::new(span, kind)
    }
    build(value, &mut 0)
}

/// A schema in the shape schemars 1.2 generates for the model.
fn schema() -> Value {
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Architecture",
        "type": "object",
        "properties": {
            "province": { "description": "Province name.", "type": "string", "minLength": 1 },
            "contact_email": { "type": ["string", "null"], "format": "email" },
            "applications": {
                "type": "array",
                "items": { "$ref": "#/$defs/Application" },
                "default": []
            }
        },
        "additionalProperties": false,
        "required": ["province"],
        "$defs": {
            "Application": {
                "type": "object",
                "properties": {
                    "id": { "$ref": "#/$defs/ElementId" },
                    "name": { "description": "Display name.", "type": "string" },
                    "kind": { "$ref": "#/$defs/Kind" },
                    "status": { "anyOf": [{ "$ref": "#/$defs/Status" }, { "type": "null" }] },
                    "owner": { "anyOf": [{ "$ref": "#/$defs/Owner" }, { "type": "null" }] },
                    "security_level": {
                        "type": "integer", "format": "uint8", "minimum": 1, "maximum": 5
                    },
                    "availability": { "type": "number", "exclusiveMinimum": 0, "maximum": 100 },
                    "code": { "type": "string", "pattern": "^[A-Z]{3}$" },
                    "tags": {
                        "type": "array", "uniqueItems": true,
                        "items": { "type": "string" }, "default": []
                    },
                    "hosted_on": {
                        "type": "array", "minItems": 1,
                        "items": { "$ref": "#/$defs/ElementId" }
                    }
                },
                "additionalProperties": false,
                "required": ["id", "name", "kind", "security_level"]
            },
            "ElementId": {
                "description": "lowercase letters, digits and hyphens, not starting with a hyphen",
                "type": "string",
                "pattern": "^[a-z0-9][a-z0-9-]*$"
            },
            "Kind": { "type": "string", "enum": ["web", "mobile", "batch"] },
            "Status": {
                "oneOf": [
                    { "description": "Planned.", "type": "string", "const": "planned" },
                    { "description": "Running.", "type": "string", "const": "running" },
                    { "description": "Retired.", "type": "string", "const": "retired" }
                ]
            },
            "Owner": {
                "type": "object",
                "properties": {
                    "name": { "type": "string" },
                    "email": { "type": ["string", "null"] }
                },
                "additionalProperties": false,
                "required": ["name"]
            }
        }
    })
}

fn app() -> Value {
    json!({
        "id": "cong-dich-vu-cong",
        "name": "Cổng dịch vụ công",
        "kind": "web",
        "status": "running",
        "owner": { "name": "Sở TT&TT", "email": null },
        "security_level": 3,
        "availability": 99.5,
        "code": "DVC",
        "tags": ["g2c", "portal"],
        "hosted_on": ["ttdl-tinh"]
    })
}

/// A valid document with `edit` applied to its first application.
fn doc_with(edit: impl FnOnce(&mut serde_json::Map<String, Value>)) -> Value {
    let mut application = app();
    edit(application.as_object_mut().unwrap());
    json!({ "province": "Quảng Nam", "applications": [application] })
}

fn check(document: &Value) -> (Node, Vec<Diagnostic>) {
    let validator = SchemaValidator::new(&schema()).expect("schema compiles");
    let root = tree(document);
    let mut out = Vec::new();
    validator.validate(&root, &mut out);
    (root, out)
}

/// The only diagnostic, failing with the whole list otherwise.
fn single(diagnostics: &[Diagnostic]) -> &Diagnostic {
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    &diagnostics[0]
}

fn node_span(root: &Node, pointer: &str) -> Span {
    root.pointer(pointer).expect(pointer).0.span
}

fn key_span(root: &Node, pointer: &str) -> Span {
    root.pointer(pointer).expect(pointer).1.expect("a key")
}

fn label(d: &Diagnostic) -> String {
    d.primary
        .as_ref()
        .unwrap()
        .text
        .as_ref()
        .unwrap()
        .en()
        .into_owned()
}

fn help(d: &Diagnostic) -> String {
    d.help.as_ref().expect("help").en().into_owned()
}

/// One line per diagnostic in both languages, for snapshots.
fn render(diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let span = d.span().unwrap();
        let primary = d.primary.as_ref().unwrap().text.as_ref().unwrap();
        out += &format!(
            "{} @{}..{} [{}]\n  en: {}\n  vi: {}\n  label: {} | {}\n",
            d.code,
            span.start,
            span.end,
            d.severity,
            d.message.en(),
            d.message.vi(),
            primary.en(),
            primary.vi()
        );
        if let Some(help) = &d.help {
            out += &format!("  help: {} | {}\n", help.en(), help.vi());
        }
        for s in &d.secondary {
            let text = s.text.as_ref().unwrap();
            out += &format!(
                "  also @{}..{}: {} | {}\n",
                s.span.start,
                s.span.end,
                text.en(),
                text.vi()
            );
        }
    }
    out
}

#[test]
fn valid_document_has_no_diagnostics() {
    let (_, out) = check(&doc_with(|_| {}));
    assert_eq!(out, []);
    // Optional fields may be null or absent.
    let (_, out) = check(&doc_with(|a| {
        a.insert("status".into(), Value::Null);
        a.remove("owner");
        a.remove("tags");
    }));
    assert_eq!(out, []);
}

#[test]
fn misspelt_required_field_is_one_finding_at_the_key() {
    // Not also "missing `security_level`": the suggestion already says it.
    let (root, out) = check(&doc_with(|a| {
        a.remove("security_level");
        a.insert("securty_level".into(), json!(2));
    }));
    let d = single(&out);
    assert_eq!(d.code, "SCH-001");
    assert_eq!(d.message.en(), "unknown field `securty_level`");
    assert_eq!(d.message.vi(), "trường không xác định `securty_level`");
    assert_eq!(
        d.span(),
        Some(key_span(&root, "/applications/0/securty_level"))
    );
    assert_eq!(label(d), "unknown field");
    assert_eq!(help(d), "did you mean `security_level`?");
}

#[test]
fn unknown_field_without_a_close_match_lists_the_allowed_fields() {
    let (root, out) = check(&json!({ "province": "Huế", "zzz": 1 }));
    let d = single(&out);
    assert_eq!(d.code, "SCH-001");
    assert_eq!(d.span(), Some(key_span(&root, "/zzz")));
    assert_eq!(
        help(d),
        "allowed fields: `province`, `contact_email`, `applications`"
    );
}

#[test]
fn unknown_field_inside_an_optional_reference_uses_that_definitions_fields() {
    let (root, out) = check(&doc_with(|a| {
        a.insert(
            "owner".into(),
            json!({ "name": "Sở Y tế", "emial": "a@b.vn" }),
        );
    }));
    let d = single(&out);
    assert_eq!(d.code, "SCH-001");
    assert_eq!(
        d.span(),
        Some(key_span(&root, "/applications/0/owner/emial"))
    );
    assert_eq!(help(d), "did you mean `email`?");
}

#[test]
fn a_present_field_is_not_suggested_for_a_misspelt_one() {
    let (_, out) = check(&doc_with(|a| {
        a.insert("nam".into(), json!("x"));
    }));
    let d = single(&out);
    assert!(!help(d).contains("did you mean `name`"), "{}", help(d));
}

#[test]
fn each_unknown_field_gets_its_own_diagnostic_in_document_order() {
    let (root, out) = check(&doc_with(|a| {
        a.insert("zeta".into(), json!(1));
        a.insert("alpha".into(), json!(2));
    }));
    assert_eq!(out.len(), 2, "{out:#?}");
    assert_eq!(out[0].span(), Some(key_span(&root, "/applications/0/zeta")));
    assert_eq!(
        out[1].span(),
        Some(key_span(&root, "/applications/0/alpha"))
    );
}

#[test]
fn wrong_type_names_both_types_and_points_at_the_value() {
    let (root, out) = check(&doc_with(|a| {
        a.insert("hosted_on".into(), json!("ttdl-tinh"));
    }));
    let d = single(&out);
    assert_eq!(d.code, "SCH-002");
    assert_eq!(d.message.en(), "expected a list, found a string");
    assert_eq!(d.message.vi(), "cần danh sách, nhưng gặp giá trị chữ");
    assert_eq!(label(d), "expected a list");
    assert_eq!(
        d.span(),
        Some(node_span(&root, "/applications/0/hosted_on"))
    );
}

#[test]
fn a_yaml_float_is_not_an_integer() {
    let (_, out) = check(&doc_with(|a| {
        a.insert("security_level".into(), json!(3.0));
    }));
    assert_eq!(
        single(&out).message.en(),
        "expected an integer, found a number"
    );
}

#[test]
fn wrong_type_for_an_option_names_the_type_and_null() {
    let (root, out) = check(&doc_with(|a| {
        a.insert("owner".into(), json!("Sở Y tế"));
    }));
    let d = single(&out);
    assert_eq!(d.code, "SCH-002");
    assert_eq!(d.message.en(), "expected a mapping or null, found a string");
    assert_eq!(d.span(), Some(node_span(&root, "/applications/0/owner")));
}

#[test]
fn enum_value_not_allowed_lists_values_and_suggests_one() {
    let (root, out) = check(&doc_with(|a| {
        a.insert("kind".into(), json!("mobil"));
    }));
    let d = single(&out);
    assert_eq!(d.code, "SCH-003");
    assert_eq!(
        d.message.en(),
        "`mobil` is not an allowed value; expected one of: `web`, `mobile`, `batch`"
    );
    assert_eq!(label(d), "not an allowed value");
    assert_eq!(help(d), "did you mean `mobile`?");
    assert_eq!(d.span(), Some(node_span(&root, "/applications/0/kind")));
}

#[test]
fn documented_enum_inside_an_option_is_reported_once() {
    let (root, out) = check(&doc_with(|a| {
        a.insert("status".into(), json!("runing"));
    }));
    let d = single(&out);
    assert_eq!(d.code, "SCH-003");
    assert_eq!(
        d.message.en(),
        "`runing` is not an allowed value; expected one of: `planned`, `running`, `retired`"
    );
    assert_eq!(help(d), "did you mean `running`?");
    assert_eq!(d.span(), Some(node_span(&root, "/applications/0/status")));
}

#[test]
fn enum_given_a_number_reports_the_allowed_values_only() {
    let (_, out) = check(&doc_with(|a| {
        a.insert("kind".into(), json!(7));
    }));
    let d = single(&out);
    assert_eq!(d.code, "SCH-003");
    assert!(d.message.en().starts_with("`7` is not an allowed value"));
    assert_eq!(d.help, None);
}

#[test]
fn out_of_range_states_both_bounds() {
    let (root, out) = check(&doc_with(|a| {
        a.insert("security_level".into(), json!(0));
    }));
    let d = single(&out);
    assert_eq!(d.code, "SCH-004");
    assert_eq!(
        d.message.en(),
        "security level 0 is out of range: must be between 1 and 5"
    );
    assert_eq!(
        d.message.vi(),
        "giá trị 0 của `security_level` nằm ngoài khoảng cho phép: phải từ 1 đến 5"
    );
    assert_eq!(label(d), "out of range");
    assert_eq!(
        d.span(),
        Some(node_span(&root, "/applications/0/security_level"))
    );
}

#[test]
fn out_of_range_with_an_exclusive_bound() {
    let (_, out) = check(&doc_with(|a| {
        a.insert("availability".into(), json!(0));
    }));
    assert_eq!(
        single(&out).message.en(),
        "availability 0 is out of range: must be greater than 0 and at most 100"
    );
}

#[test]
fn missing_field_points_at_the_first_key_of_the_mapping() {
    let (root, out) = check(&doc_with(|a| {
        a.remove("name");
    }));
    let d = single(&out);
    assert_eq!(d.code, "SCH-005");
    assert_eq!(d.message.en(), "missing the required field `name`");
    assert_eq!(d.message.vi(), "thiếu trường bắt buộc `name`");
    assert_eq!(label(d), "this mapping has no `name`");
    assert_eq!(help(d), "add `name: …` to this mapping (Display name.)");
    assert_eq!(d.span(), Some(key_span(&root, "/applications/0/id")));
}

#[test]
fn missing_field_under_a_key_names_that_key() {
    let (root, out) = check(&doc_with(|a| {
        a.insert("owner".into(), json!({ "email": "a@b.vn" }));
    }));
    let d = single(&out);
    assert_eq!(d.code, "SCH-005");
    assert_eq!(
        d.message.en(),
        "`owner` is missing the required field `name`"
    );
    assert_eq!(
        d.span(),
        Some(key_span(&root, "/applications/0/owner/email"))
    );
}

#[test]
fn missing_field_in_an_empty_mapping_points_at_the_mapping() {
    let (root, out) = check(&doc_with(|a| {
        a.insert("owner".into(), json!({}));
    }));
    let d = single(&out);
    assert_eq!(d.code, "SCH-005");
    assert_eq!(d.span(), Some(node_span(&root, "/applications/0/owner")));
}

#[test]
fn pattern_with_a_description_explains_it() {
    let (root, out) = check(&doc_with(|a| {
        a.insert("id".into(), json!("Cổng DVC"));
    }));
    let d = single(&out);
    assert_eq!(d.code, "SCH-006");
    assert_eq!(
        d.message.en(),
        "`Cổng DVC` does not have the expected form: lowercase letters, digits and hyphens, not starting with a hyphen"
    );
    assert_eq!(
        help(d),
        "the value must match the pattern `^[a-z0-9][a-z0-9-]*$`"
    );
    assert_eq!(d.span(), Some(node_span(&root, "/applications/0/id")));
}

#[test]
fn pattern_without_a_description_shows_it() {
    let (_, out) = check(&doc_with(|a| {
        a.insert("code".into(), json!("dvc"));
    }));
    let d = single(&out);
    assert_eq!(d.code, "SCH-006");
    assert_eq!(
        d.message.en(),
        "`dvc` does not match the pattern `^[A-Z]{3}$`"
    );
    assert_eq!(d.message.vi(), "`dvc` không khớp mẫu `^[A-Z]{3}$`");
}

#[test]
fn string_length_and_format() {
    let (root, out) = check(&json!({ "province": "", "contact_email": "not an email" }));
    assert_eq!(out.len(), 2, "{out:#?}");
    assert_eq!(out[0].code, "SCH-006");
    assert_eq!(
        out[0].message.en(),
        "`` is too short: it needs at least 1 character"
    );
    assert_eq!(out[0].span(), Some(node_span(&root, "/province")));
    assert_eq!(out[1].code, "SCH-006");
    assert_eq!(out[1].message.en(), "`not an email` is not a valid `email`");
}

#[test]
fn too_few_items() {
    let (root, out) = check(&doc_with(|a| {
        a.insert("hosted_on".into(), json!([]));
    }));
    let d = single(&out);
    assert_eq!(d.code, "SCH-007");
    assert_eq!(d.message.en(), "the list has 0 items but needs at least 1");
    assert_eq!(
        d.span(),
        Some(node_span(&root, "/applications/0/hosted_on"))
    );
}

#[test]
fn duplicate_item_points_at_the_repeat_and_the_first() {
    let (root, out) = check(&doc_with(|a| {
        a.insert("tags".into(), json!(["g2c", "portal", "g2c"]));
    }));
    let d = single(&out);
    assert_eq!(d.code, "SCH-007");
    assert_eq!(
        d.message.en(),
        "duplicate item `g2c`: the items of this list must be unique"
    );
    assert_eq!(d.span(), Some(node_span(&root, "/applications/0/tags/2")));
    assert_eq!(
        d.secondary[0].span,
        node_span(&root, "/applications/0/tags/0")
    );
}

#[test]
fn untagged_alternatives_report_the_branch_that_got_furthest() {
    let schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "properties": { "link": { "$ref": "#/$defs/Link" } },
        "$defs": {
            "Link": { "anyOf": [
                { "type": "string" },
                { "$ref": "#/$defs/Detailed" }
            ] },
            "Detailed": {
                "type": "object",
                "properties": { "target": { "type": "string" }, "protocol": { "type": "string" } },
                "additionalProperties": false,
                "required": ["target"]
            }
        }
    });
    let validator = SchemaValidator::new(&schema).unwrap();
    let root = tree(&json!({ "link": { "target": "x", "protocl": "https" } }));
    let mut out = Vec::new();
    validator.validate(&root, &mut out);
    let d = single(&out);
    assert_eq!(d.code, "SCH-001");
    assert_eq!(d.span(), Some(key_span(&root, "/link/protocl")));
    assert_eq!(help(d), "did you mean `protocol`?");
}

#[test]
fn alternatives_with_nothing_specific_fall_back_to_a_generic_diagnostic() {
    let schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "oneOf": [{ "type": "string" }, { "type": "string", "minLength": 2 }]
    });
    let validator = SchemaValidator::new(&schema).unwrap();
    let root = tree(&json!("ab"));
    let mut out = Vec::new();
    validator.validate(&root, &mut out);
    let d = single(&out);
    assert_eq!(d.code, "SCH-007");
    assert_eq!(
        d.message.en(),
        "`ab` matches more than one of the allowed forms"
    );
}

#[test]
fn identical_problems_are_reported_once() {
    // Both parts of the `allOf` require the same field: one finding, not two.
    let schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "allOf": [{ "$ref": "#/$defs/Named" }, { "$ref": "#/$defs/Named" }],
        "$defs": { "Named": { "type": "object", "required": ["name"] } }
    });
    let validator = SchemaValidator::new(&schema).unwrap();
    let root = tree(&json!({ "id": "x" }));
    let mut out = Vec::new();
    validator.validate(&root, &mut out);
    assert_eq!(single(&out).code, "SCH-005");
}

#[test]
fn invalid_schema_is_an_error_not_a_panic() {
    let schema = json!({ "$schema": "https://json-schema.org/draft/2020-12/schema", "type": 5 });
    assert!(SchemaValidator::new(&schema).is_err());
    let remote = json!({ "$ref": "https://example.com/schema.json" });
    assert!(SchemaValidator::new(&remote).is_err(), "must not fetch");
}

#[test]
fn many_problems_snapshot() {
    let document = json!({
        "province": "Quảng Nam",
        "provnce": "typo",
        "applications": [
            {
                "id": "-bad",
                "name": 42,
                "kind": "webb",
                "status": "planed",
                "owner": { "nme": "Sở Y tế" },
                "security_level": 9,
                "tags": ["a", "a"],
                "hosted_on": []
            },
            { "id": "ok-app", "kind": "batch", "security_level": 1 }
        ]
    });
    let (_, out) = check(&document);
    insta::assert_snapshot!(render(&out));
}

/// The real schemars output for a small model, so the mapping keeps up with its style.
#[test]
fn works_with_a_schemars_generated_schema() {
    #[allow(dead_code)]
    #[derive(schemars::JsonSchema)]
    #[serde(deny_unknown_fields)]
    struct Server {
        /// lowercase id
        #[schemars(regex(pattern = r"^[a-z0-9][a-z0-9-]*$"))]
        id: String,
        #[schemars(range(min = 1, max = 5))]
        level: u8,
        zone: Option<Zone>,
    }
    #[allow(dead_code)]
    #[derive(schemars::JsonSchema)]
    #[serde(rename_all = "snake_case")]
    enum Zone {
        /// Internal network.
        Internal,
        /// Demilitarised zone.
        Dmz,
    }
    let schema = serde_json::to_value(schemars::schema_for!(Server)).unwrap();
    let validator = SchemaValidator::new(&schema).unwrap();
    let root = tree(&json!({ "id": "Srv", "level": 6, "zone": "dmzz", "extra": true }));
    let mut out = Vec::new();
    validator.validate(&root, &mut out);
    let codes: Vec<&str> = out.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(
        codes,
        ["SCH-006", "SCH-004", "SCH-003", "SCH-001"],
        "{out:#?}"
    );
    assert_eq!(
        out[0].message.en(),
        "`Srv` does not have the expected form: lowercase id"
    );
    assert_eq!(
        out[1].message.en(),
        "level 6 is out of range: must be between 1 and 5"
    );
    assert_eq!(help(&out[2]), "did you mean `dmz`?");
}

#[test]
fn a_hundred_thousand_node_tree_validates() {
    let mut applications: Vec<Value> = (0..9_000)
        .map(|i| {
            let mut a = app();
            a["id"] = json!(format!("app-{i}"));
            a
        })
        .collect();
    applications[1234]["kind"] = json!("desktop");
    applications[8999]["security_level"] = json!(6);
    let document = json!({ "province": "Quảng Nam", "applications": applications });
    let (root, out) = check(&document);
    assert!(root.count() >= 100_000, "{}", root.count());
    let found: Vec<(&str, Span)> = out
        .iter()
        .map(|d| (d.code.as_str(), d.span().unwrap()))
        .collect();
    assert_eq!(
        found,
        [
            ("SCH-003", node_span(&root, "/applications/1234/kind")),
            (
                "SCH-004",
                node_span(&root, "/applications/8999/security_level")
            ),
        ]
    );
}

#[test]
fn span_tree_honours_the_validator_contract() {
    let root = tree(&jsonschema_value::conformance::document());
    jsonschema_value::conformance::assert_conformance::<kientruc::schema::repr::Tree>(&&root);
}

#[test]
fn invalid_field_names_point_at_the_key() {
    let schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "propertyNames": { "pattern": "^[a-z]+$" },
        "additionalProperties": { "type": "integer" }
    });
    let validator = SchemaValidator::new(&schema).unwrap();
    let root = tree(&json!({ "ok": 1, "Not-OK": 2 }));
    let mut out = Vec::new();
    validator.validate(&root, &mut out);
    let d = single(&out);
    assert_eq!(d.code, "SCH-007");
    assert_eq!(d.span(), Some(key_span(&root, "/Not-OK")));
    assert!(
        d.message.en().starts_with("invalid field name `Not-OK`"),
        "{}",
        d.message.en()
    );
}
