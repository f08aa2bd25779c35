//! Reading the schema document behind a validation error: the schema object
//! whose keyword failed, with local `$ref`s (`#/$defs/…`) resolved.

use jsonschema::ValidationError;
use serde_json::Value;

/// How many `$ref`/`allOf` hops [`property_names`] follows; schemars nests far less.
const MAX_HOPS: usize = 16;

/// The schema object that holds the keyword `error` reports.
pub(super) fn failed_schema<'s>(
    schema: &'s Value,
    error: &ValidationError<'_>,
) -> Option<&'s Value> {
    let keyword = error.kind().keyword();
    // The evaluation path starts at the root and names every `$ref` it went through;
    // the schema path is relative to the resource holding the keyword. Try both.
    [
        error.evaluation_path().as_str(),
        error.schema_path().as_str(),
    ]
    .into_iter()
    .find_map(|path| {
        let at = path.rfind(&format!("/{keyword}"))?;
        follow(schema, &path[..at])
    })
}

/// Follows a JSON pointer through `schema`, stepping into the target of `$ref`.
pub(super) fn follow<'s>(schema: &'s Value, pointer: &str) -> Option<&'s Value> {
    let mut at = schema;
    for raw in pointer.split('/').skip(1) {
        let step = raw.replace("~1", "/").replace("~0", "~");
        at = match at {
            Value::Object(members) if step == "$ref" => resolve_ref(schema, members.get("$ref")?)?,
            Value::Object(members) => members.get(&step)?,
            Value::Array(items) => items.get(step.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(at)
}

/// The target of a local reference such as `#/$defs/Owner`.
fn resolve_ref<'s>(schema: &'s Value, reference: &Value) -> Option<&'s Value> {
    let pointer = reference.as_str()?.strip_prefix('#')?;
    schema.pointer(pointer)
}

/// `object` itself, or what its `$ref` points to when it is a bare reference.
pub(super) fn resolved<'s>(schema: &'s Value, object: &'s Value) -> &'s Value {
    let mut at = object;
    for _ in 0..MAX_HOPS {
        match at.get("$ref").and_then(|r| resolve_ref(schema, r)) {
            Some(target) => at = target,
            None => break,
        }
    }
    at
}

/// Property names a schema object declares, including through `$ref` and `allOf`.
pub(super) fn property_names<'s>(schema: &'s Value, object: &'s Value) -> Vec<&'s str> {
    let mut names = Vec::new();
    let mut pending = vec![object];
    let mut hops = 0;
    while let Some(at) = pending.pop() {
        hops += 1;
        if hops > MAX_HOPS {
            break;
        }
        if let Some(properties) = at.get("properties").and_then(Value::as_object) {
            names.extend(properties.keys().map(String::as_str));
        }
        if let Some(target) = at.get("$ref").and_then(|r| resolve_ref(schema, r)) {
            pending.push(target);
        }
        if let Some(parts) = at.get("allOf").and_then(Value::as_array) {
            pending.extend(parts.iter().rev());
        }
    }
    names.dedup();
    names
}

/// The allowed values when every alternative of `oneOf`/`anyOf` is a `const` or an
/// `enum` (schemars' form for enums with documented variants); `None` otherwise.
pub(super) fn constant_alternatives<'s>(
    schema: &'s Value,
    alternatives: &'s Value,
) -> Option<Vec<&'s Value>> {
    let alternatives = alternatives.as_array()?;
    let mut values = Vec::new();
    for alternative in alternatives {
        let alternative = resolved(schema, alternative);
        if let Some(value) = alternative.get("const") {
            values.push(value);
        } else if let Some(options) = alternative.get("enum").and_then(Value::as_array) {
            values.extend(options);
        } else {
            return None;
        }
    }
    (!values.is_empty()).then_some(values)
}
