//! JSON samples built from the pinned spec's schemas, as the tests read the spec themselves.

#![allow(dead_code, unreachable_pub)]

use std::sync::OnceLock;

use serde_json::{Map, Value, json};

/// The pinned spec, read once.
pub fn spec() -> &'static Value {
    static SPEC: OnceLock<Value> = OnceLock::new();
    SPEC.get_or_init(|| {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/spec/polar-2026-10.openapi.json"
        );
        serde_json::from_str(&std::fs::read_to_string(path).expect("the pinned spec")).unwrap()
    })
}

/// One operation as the spec declares it.
pub struct SpecOp {
    /// The `operationId`.
    pub id: String,
    /// Upper case.
    pub method: String,
    /// The path template.
    pub path: String,
    /// The operation object.
    pub operation: Value,
}

/// Every operation of the spec, in its order.
pub fn spec_operations() -> Vec<SpecOp> {
    let mut out = Vec::new();
    for (path, item) in spec()["paths"].as_object().unwrap() {
        for method in ["get", "post", "put", "patch", "delete"] {
            if let Some(operation) = item.get(method) {
                out.push(SpecOp {
                    id: operation["operationId"].as_str().unwrap().to_owned(),
                    method: method.to_uppercase(),
                    path: path.clone(),
                    operation: operation.clone(),
                });
            }
        }
    }
    out
}

/// Follows `$ref`s to the schema they name.
pub fn resolve(mut schema: &Value) -> &Value {
    while let Some(reference) = schema["$ref"].as_str() {
        let name = reference.rsplit('/').next().unwrap();
        schema = &spec()["components"]["schemas"][name];
    }
    schema
}

/// Which properties a sample has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fill {
    /// Every property.
    All,
    /// Only the required ones.
    Required,
}

/// A value valid against `schema`: the first option of a union, the first value of an enum,
/// and values that satisfy the formats and minimums. Deep recursion falls back to required
/// properties and empty arrays.
pub fn sample(schema: &Value, fill: Fill) -> Value {
    sample_at(schema, fill, 0)
}

fn sample_at(schema: &Value, fill: Fill, depth: usize) -> Value {
    let schema = resolve(schema);
    if let Some(value) = schema.get("const") {
        return value.clone();
    }
    if let Some(values) = schema["enum"].as_array() {
        return values[0].clone();
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(options) = schema[key].as_array() {
            let option = options
                .iter()
                .find(|o| o["type"] != "null")
                .unwrap_or(&options[0]);
            return sample_at(option, fill, depth + 1);
        }
    }
    if let Some(all) = schema["allOf"].as_array() {
        return sample_at(&all[0], fill, depth + 1);
    }
    match schema["type"].as_str() {
        Some("string") => Value::String(string_sample(schema)),
        Some("integer") => json!(number_floor(schema).max(1.0) as i64),
        Some("number") => json!(number_floor(schema).max(1.5)),
        Some("boolean") => json!(true),
        Some("null") => Value::Null,
        Some("array") if schema.get("prefixItems").is_some() => Value::Array(
            schema["prefixItems"]
                .as_array()
                .unwrap()
                .iter()
                .map(|item| sample_at(item, fill, depth + 1))
                .collect(),
        ),
        Some("array") => {
            if depth > 6 {
                json!([])
            } else {
                json!([sample_at(&schema["items"], fill, depth + 1)])
            }
        }
        _ => object_sample(schema, fill, depth),
    }
}

fn object_sample(schema: &Value, fill: Fill, depth: usize) -> Value {
    let mut out = Map::new();
    let required: Vec<&str> = schema["required"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let fill = if depth > 4 { Fill::Required } else { fill };
    if let Some(properties) = schema["properties"].as_object() {
        for (name, property) in properties {
            if fill == Fill::All || required.contains(&name.as_str()) {
                out.insert(name.clone(), sample_at(property, fill, depth + 1));
            }
        }
    } else if let Some(values) = schema.get("additionalProperties").filter(|v| v.is_object())
        && fill == Fill::All
        && depth < 5
    {
        out.insert("key".to_owned(), sample_at(values, fill, depth + 1));
    }
    Value::Object(out)
}

fn number_floor(schema: &Value) -> f64 {
    let minimum = schema["minimum"].as_f64().unwrap_or(f64::MIN);
    let exclusive = schema["exclusiveMinimum"]
        .as_f64()
        .map_or(f64::MIN, |m| m + 1.0);
    minimum.max(exclusive)
}

fn string_sample(schema: &Value) -> String {
    let text = match schema["format"].as_str() {
        Some("date-time") => "2026-01-02T03:04:05Z".to_owned(),
        Some("date") => "2026-01-02".to_owned(),
        Some("uuid" | "uuid4") => "0eba1e16-d835-4184-94f7-1c8c5a9b1b49".to_owned(),
        Some("email") => "alice@example.com".to_owned(),
        Some("uri" | "url") => "https://example.com/".to_owned(),
        _ => "sample".to_owned(),
    };
    let min = schema["minLength"].as_u64().unwrap_or(0) as usize;
    if text.len() < min {
        return "s".repeat(min);
    }
    match schema["maxLength"].as_u64() {
        Some(max) if text.len() > max as usize => text[..max as usize].to_owned(),
        _ => text,
    }
}
