//! JSON Schemas generated from the model's Rust types. They are committed under
//! `schemas/` for editors, and compiled once per run for validation.

use crate::model::{Manifest, ModelFile};
use schemars::generate::SchemaSettings;
use serde_json::Value;

/// Namespace of the schemas' `$id`. It only names them: editors load the
/// files by relative path, and nothing is ever fetched.
const ID_BASE: &str = "urn:kientruc:schemas";

/// Which schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaKind {
    /// `kientruc.yaml`.
    Manifest,
    /// Every other `*.yaml` file of an architecture.
    Model,
}

impl SchemaKind {
    pub const ALL: [SchemaKind; 2] = [SchemaKind::Manifest, SchemaKind::Model];

    /// File name under `schemas/`.
    pub fn file_name(self) -> &'static str {
        match self {
            SchemaKind::Manifest => "manifest.schema.json",
            SchemaKind::Model => "model.schema.json",
        }
    }
}

/// The schema as a JSON value. Draft-07, because that is the draft editors'
/// YAML language servers support fully.
pub fn schema(kind: SchemaKind) -> Value {
    let generator = SchemaSettings::draft07().into_generator();
    let schema = match kind {
        SchemaKind::Manifest => generator.into_root_schema_for::<Manifest>(),
        SchemaKind::Model => generator.into_root_schema_for::<ModelFile>(),
    };
    let mut value = schema.to_value();
    if let Value::Object(map) = &mut value {
        map.insert(
            "$id".into(),
            Value::String(format!("{ID_BASE}:{}", kind.file_name())),
        );
    }
    value
}

/// The schema as the committed file's text: pretty JSON with a final newline.
pub fn schema_text(kind: SchemaKind) -> String {
    let mut text =
        serde_json::to_string_pretty(&schema(kind)).expect("a JSON value always serializes");
    text.push('\n');
    text
}
