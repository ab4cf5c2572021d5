//! The mock's route table and schemas: `mock/spec/operations.json`, derived from the spec.
//!
//! `polarsh-mock` routes, authorises and validates every request, and builds every answer, from this
//! file, which it embeds. It is the spec reduced to what a server needs, in a form that is cheap to load:
//!
//! * `operations`: id, method, path, the credential kinds and scopes of `security`, the parameters, the
//!   body (JSON or form) and the success answer (status, JSON, CSV or none), in the spec's order;
//! * `schemas`: every component schema, referred to by index (`{"t":"ref","to":12}`);
//! * `events`: the webhook event types.
//!
//! A schema is one of `any`, `null`, `bool`, `int`, `num`, `str`, `enum`, `const`, `array`, `tuple`,
//! `object` (properties as a list, so their order survives any JSON reader), `dict` and `union`
//! (`anyOf`/`oneOf`, with the discriminator's property and mapping where the spec names one). Docs,
//! examples and code samples are dropped. A string `pattern` comes with a sample value that matches it
//! (the table below), since the mock has no regular-expression engine: the generator fails on a pattern
//! it has no sample for.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

/// A value matching each `pattern` of the spec, for answers built from schemas.
const PATTERN_SAMPLES: &[(&str, &str)] = &[
    ("^[0-9]+\\.[0-9]+$", "1.0"),
    ("^A[A-Z0-9]+$", "A1B2C3"),
    ("usd", "usd"),
    ("^image\\/(jpeg|png|gif|webp|svg\\+xml)$", "image/png"),
    ("^[a-z0-9-_]+$", "sample"),
    ("^(?!^[-+.]*$)[+-]?0*\\d*\\.?\\d*$", "0"),
    ("^(rk|sk)_", "sk_test_sample"),
    (
        "^(image\\/(jpeg|png|gif|webp)|video\\/(mp4|quicktime|webm)|application\\/pdf|text\\/(csv|plain)|application\\/msword|application\\/vnd\\.openxmlformats-officedocument\\.wordprocessingml\\.document|application\\/vnd\\.ms-excel|application\\/vnd\\.openxmlformats-officedocument\\.spreadsheetml\\.sheet)$",
        "application/pdf",
    ),
    (
        "^(?!^[-+.]*$)[+-]?0*(?:\\d{0,5}|(?=[\\d.]{1,18}0*$)\\d{0,5}\\.\\d{0,12}0*$)",
        "0",
    ),
];

const METHODS: &[&str] = &["get", "put", "post", "delete", "patch"];

/// The file's text: compact JSON, small to embed and quick to parse.
pub fn generate(spec: &Value, sha: &str) -> String {
    let schemas = spec["components"]["schemas"]
        .as_object()
        .expect("components.schemas");
    let index: BTreeMap<&str, usize> = schemas
        .keys()
        .enumerate()
        .map(|(i, name)| (name.as_str(), i))
        .collect();
    let conv = Converter {
        index: &index,
        schemas,
    };

    let mut operations = Vec::new();
    for (path, item) in spec["paths"].as_object().expect("paths") {
        for method in METHODS {
            let Some(op) = item.get(*method) else {
                continue;
            };
            operations.push(conv.operation(path, method, op));
        }
    }
    let schemas: Vec<Value> = schemas
        .iter()
        .map(|(name, schema)| json!({ "name": name, "schema": conv.schema(schema) }))
        .collect();
    let events: Vec<&String> = spec["webhooks"]
        .as_object()
        .map(|w| w.keys().collect())
        .unwrap_or_default();
    let doc = json!({
        "spec_sha256": sha,
        "operations": operations,
        "schemas": schemas,
        "events": events,
    });
    let mut text = serde_json::to_string(&doc).expect("serialise");
    text.push('\n');
    text
}

struct Converter<'a> {
    index: &'a BTreeMap<&'a str, usize>,
    schemas: &'a Map<String, Value>,
}

impl Converter<'_> {
    fn operation(&self, path: &str, method: &str, op: &Value) -> Value {
        let id = op["operationId"].as_str().expect("operationId");
        let mut credentials = Vec::new();
        let mut scopes: Vec<String> = Vec::new();
        for requirement in op["security"].as_array().into_iter().flatten() {
            for (scheme, needed) in requirement.as_object().expect("requirement") {
                let kind = match scheme.as_str() {
                    "oat" => "organization",
                    "pat" | "oidc" => "user",
                    "customer_session" => "customer",
                    "member_session" => "member",
                    other => panic!("{id}: unknown security scheme {other}"),
                };
                if !credentials.contains(&kind) {
                    credentials.push(kind);
                }
                for scope in needed.as_array().into_iter().flatten() {
                    let scope = scope.as_str().expect("scope").to_owned();
                    if !scopes.contains(&scope) {
                        scopes.push(scope);
                    }
                }
            }
        }
        let params: Vec<Value> = op["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|p| {
                json!({
                    "name": p["name"],
                    "in": p["in"],
                    "required": p["required"].as_bool().unwrap_or(false),
                    "schema": self.schema(&p["schema"]),
                })
            })
            .collect();
        let body = op.get("requestBody").map(|body| {
            let content = body["content"].as_object().expect("content");
            let (media, schema) = content.iter().next().expect("a media type");
            let kind = match media.as_str() {
                "application/json" => "json",
                "application/x-www-form-urlencoded" => "form",
                other => panic!("{id}: unknown body type {other}"),
            };
            json!({
                "kind": kind,
                "required": body["required"].as_bool().unwrap_or(false),
                "schema": self.schema(&schema["schema"]),
            })
        });
        let (status, answer) = op["responses"]
            .as_object()
            .expect("responses")
            .iter()
            .find(|(status, _)| status.starts_with('2'))
            .expect("a success answer");
        let (kind, schema) = match answer["content"].as_object().and_then(|c| c.iter().next()) {
            None => ("none", Value::Null),
            Some((media, _)) if media == "text/csv" => ("csv", Value::Null),
            Some((media, content)) if media == "application/json" => {
                ("json", self.schema(&content["schema"]))
            }
            Some((media, _)) => panic!("{id}: unknown answer type {media}"),
        };
        json!({
            "id": id,
            "method": method.to_uppercase(),
            "path": path,
            "credentials": credentials,
            "scopes": scopes,
            "params": params,
            "body": body,
            "answer": { "status": status.parse::<u16>().expect("status"), "kind": kind, "schema": schema },
        })
    }

    fn schema(&self, s: &Value) -> Value {
        let Some(obj) = s.as_object() else {
            // `true` (anything) where a schema is expected.
            return json!({ "t": "any" });
        };
        if let Some(r) = obj.get("$ref").and_then(Value::as_str) {
            let name = r.trim_start_matches("#/components/schemas/");
            let to = self
                .index
                .get(name)
                .unwrap_or_else(|| panic!("unknown schema {name}"));
            return json!({ "t": "ref", "to": to });
        }
        for key in ["anyOf", "oneOf"] {
            if let Some(members) = obj.get(key).and_then(Value::as_array) {
                return self.union(obj, members);
            }
        }
        if let Some(c) = obj.get("const") {
            return json!({ "t": "const", "value": c });
        }
        if let Some(values) = obj.get("enum") {
            return json!({ "t": "enum", "values": values });
        }
        match obj.get("type") {
            Some(Value::Array(types)) => {
                let members: Vec<Value> = types
                    .iter()
                    .map(|t| {
                        let mut one = obj.clone();
                        one.insert("type".into(), t.clone());
                        Value::Object(one)
                    })
                    .collect();
                self.union(obj, &members)
            }
            Some(Value::String(t)) => self.typed(t, obj),
            _ if obj.contains_key("properties") => self.typed("object", obj),
            _ => json!({ "t": "any" }),
        }
    }

    fn union(&self, obj: &Map<String, Value>, members: &[Value]) -> Value {
        let mut out = json!({
            "t": "union",
            "members": members.iter().map(|m| self.schema(m)).collect::<Vec<_>>(),
        });
        if let Some(d) = obj.get("discriminator") {
            out["tag"] = d["propertyName"].clone();
            let mapping: Vec<Value> = d["mapping"]
                .as_object()
                .into_iter()
                .flatten()
                .map(|(value, r)| {
                    let name = r
                        .as_str()
                        .expect("ref")
                        .trim_start_matches("#/components/schemas/");
                    json!([value, self.index[name]])
                })
                .collect();
            out["mapping"] = Value::Array(mapping);
        } else if let Some((mapping, default)) = self.implied_tag(members) {
            // Polar tags some unions with a function the document does not show (`CustomerCreate`:
            // `type`, `individual` when absent): every member is a model with a constant `type`.
            out["tag"] = "type".into();
            out["mapping"] = Value::Array(mapping);
            if let Some(default) = default {
                out["default"] = default.into();
            }
        }
        out
    }

    /// The `type` constants of a union whose members are all models with one, and the member that
    /// defaults it.
    fn implied_tag(&self, members: &[Value]) -> Option<(Vec<Value>, Option<String>)> {
        let mut mapping = Vec::new();
        let mut default = None;
        for member in members {
            let name = member
                .get("$ref")?
                .as_str()?
                .trim_start_matches("#/components/schemas/");
            let ty = self.schemas.get(name)?.get("properties")?.get("type")?;
            let value = ty.get("const")?.as_str()?;
            if ty.get("default").is_some() {
                default = Some(value.to_owned());
            }
            mapping.push(json!([value, self.index[name]]));
        }
        Some((mapping, default))
    }

    fn typed(&self, t: &str, obj: &Map<String, Value>) -> Value {
        let mut out = Map::new();
        let copy = |from: &str, to: &str, out: &mut Map<String, Value>| {
            if let Some(v) = obj.get(from) {
                out.insert(to.into(), v.clone());
            }
        };
        match t {
            "null" => {
                out.insert("t".into(), "null".into());
            }
            "boolean" => {
                out.insert("t".into(), "bool".into());
            }
            "integer" | "number" => {
                out.insert(
                    "t".into(),
                    if t == "integer" { "int" } else { "num" }.into(),
                );
                copy("minimum", "min", &mut out);
                copy("maximum", "max", &mut out);
                copy("exclusiveMinimum", "xmin", &mut out);
                copy("exclusiveMaximum", "xmax", &mut out);
            }
            "string" => {
                out.insert("t".into(), "str".into());
                copy("format", "format", &mut out);
                copy("minLength", "min_len", &mut out);
                copy("maxLength", "max_len", &mut out);
                if let Some(pattern) = obj.get("pattern").and_then(Value::as_str) {
                    let sample = PATTERN_SAMPLES
                        .iter()
                        .find(|(p, _)| *p == pattern)
                        .unwrap_or_else(|| panic!("no sample for the pattern {pattern}"))
                        .1;
                    out.insert("pattern".into(), pattern.into());
                    out.insert("sample".into(), sample.into());
                }
            }
            "array" => {
                if let Some(items) = obj.get("prefixItems").and_then(Value::as_array) {
                    out.insert("t".into(), "tuple".into());
                    let items: Vec<Value> = items.iter().map(|i| self.schema(i)).collect();
                    out.insert("items".into(), Value::Array(items));
                } else {
                    out.insert("t".into(), "array".into());
                    let items = obj
                        .get("items")
                        .map_or(json!({ "t": "any" }), |i| self.schema(i));
                    out.insert("items".into(), items);
                    copy("minItems", "min_items", &mut out);
                    copy("maxItems", "max_items", &mut out);
                }
            }
            "object" => {
                let props = obj.get("properties").and_then(Value::as_object);
                let extra = match obj.get("additionalProperties") {
                    Some(Value::Bool(false)) | None => None,
                    Some(Value::Bool(true)) => Some(json!({ "t": "any" })),
                    Some(s) => Some(self.schema(s)),
                };
                if props.is_none() {
                    out.insert("t".into(), "dict".into());
                    out.insert("values".into(), extra.unwrap_or(json!({ "t": "any" })));
                    copy("maxProperties", "max_props", &mut out);
                } else {
                    out.insert("t".into(), "object".into());
                    copy("title", "title", &mut out);
                    let required: Vec<&str> = obj
                        .get("required")
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten()
                        .filter_map(Value::as_str)
                        .collect();
                    let props: Vec<Value> = props
                        .into_iter()
                        .flatten()
                        .map(|(name, s)| {
                            json!([name, self.schema(s), required.contains(&name.as_str())])
                        })
                        .collect();
                    out.insert("props".into(), Value::Array(props));
                }
            }
            other => panic!("unknown schema type {other}"),
        }
        Value::Object(out)
    }
}
