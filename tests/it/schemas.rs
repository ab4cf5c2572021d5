//! Every schema reachable in the pinned spec has a Rust type that decodes and re-encodes
//! samples built from the schema itself.
//!
//! The samples come from `spec/polar-2026-10.openapi.json`, read here, not from the generator:
//! for each schema, a set with every property present (the k-th sample takes the k-th value
//! of every enum and the k-th branch of every union, so all are represented) and a set with
//! only the required properties. Each decodes, and re-encodes to the same JSON (equal as values,
//! `null` and absent alike, timestamps as instants, numbers as `f64`). Enums keep an unknown
//! value, unions an unknown variant, and a struct without one of its required fields fails.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Debug;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

const SPEC: &str = include_str!("../../spec/polar-2026-10.openapi.json");
const OVERLAY: &str = include_str!("../../spec/overlay.json");

/// How deep samples go before optional properties are left out (the spec has cycles).
const MAX_DEPTH: usize = 6;
/// The most samples of one schema (every enum of up to this many values is covered).
const MAX_SAMPLES: usize = 64;

/// One schema's samples, and the checks run on its Rust type.
pub(super) struct Samples<'a> {
    spec: &'a Spec,
    name: &'a str,
    failures: std::cell::RefCell<Vec<String>>,
}

struct Spec {
    schemas: Map<String, Value>,
    handwritten: BTreeSet<String>,
    optional: BTreeSet<String>,
    secrets: BTreeSet<String>,
}

/// A sample and the JSON pointers of the parts that a hand-written type decodes (those are
/// compared only by the hand-written types' own tests).
struct Sample {
    value: Value,
    handwritten: Vec<String>,
}

struct Builder<'a> {
    spec: &'a Spec,
    k: usize,
    full: bool,
    widest: usize,
    handwritten: Vec<String>,
}

fn ref_name(schema: &Value) -> Option<&str> {
    schema.get("$ref")?.as_str()?.rsplit('/').next()
}

fn members(schema: &Value) -> Vec<&Value> {
    let mut out = Vec::new();
    if let Some(list) = schema
        .get("oneOf")
        .or(schema.get("anyOf"))
        .and_then(Value::as_array)
    {
        for member in list {
            let nested = member.get("oneOf").is_some() || member.get("anyOf").is_some();
            if nested && member.get("$ref").is_none() {
                out.extend(members(member));
            } else {
                out.push(member);
            }
        }
    }
    out
}

fn is_null(schema: &Value) -> bool {
    schema.get("type").and_then(Value::as_str) == Some("null")
}

impl Builder<'_> {
    fn pick<'v>(&mut self, options: &'v [Value]) -> &'v Value {
        self.widest = self.widest.max(options.len());
        &options[self.k % options.len()]
    }

    fn sample(&mut self, schema: &Value, path: &str, depth: usize) -> Value {
        if let Some(name) = ref_name(schema) {
            if self.spec.handwritten.contains(name) {
                self.handwritten.push(path.to_owned());
            }
            let target = &self.spec.schemas[name];
            return self.sample(target, path, depth + 1);
        }
        if schema.get("oneOf").is_some() || schema.get("anyOf").is_some() {
            let all = members(schema);
            let nonnull: Vec<&Value> = all.iter().copied().filter(|m| !is_null(m)).collect();
            if nonnull.is_empty() || (!self.full && nonnull.len() < all.len()) {
                return Value::Null;
            }
            self.widest = self.widest.max(nonnull.len());
            let member = nonnull[self.k % nonnull.len()];
            let mut value = self.sample(member, path, depth);
            // A discriminated union's variant carries its mapping key.
            if let (Some(d), Some(target)) = (schema.get("discriminator"), member.get("$ref")) {
                let property = d["propertyName"].as_str().unwrap();
                let key = d["mapping"]
                    .as_object()
                    .unwrap()
                    .iter()
                    .find(|(_, r)| *r == target);
                if let (Some((key, _)), Some(map)) = (key, value.as_object_mut()) {
                    map.insert(property.to_owned(), Value::String(key.clone()));
                }
            }
            return value;
        }
        if let Some(c) = schema.get("const") {
            return c.clone();
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            return self.pick(values).clone();
        }
        let format = schema.get("format").and_then(Value::as_str);
        match schema.get("type").and_then(Value::as_str) {
            Some("null") => Value::Null,
            Some("string") => Value::String(
                match format {
                    Some("date-time") => "2026-10-01T12:30:45.123456Z",
                    Some("date") => "2026-10-01",
                    Some("uuid" | "uuid4") => "5f0e4f3c-8b6a-4d2e-9c1b-2a3d4e5f6a7b",
                    Some("email") => "alice@example.com",
                    Some("uri") => "https://example.com/a?b=c",
                    _ => "text",
                }
                .to_owned(),
            ),
            Some("integer") => json!(3),
            Some("number") => json!(1.5),
            Some("boolean") => Value::Bool(self.k.is_multiple_of(2)),
            Some("array") => {
                if let Some(prefix) = schema.get("prefixItems").and_then(Value::as_array) {
                    let items = prefix.iter().enumerate();
                    return items
                        .map(|(i, s)| self.sample(s, &format!("{path}/{i}"), depth))
                        .collect();
                }
                match schema.get("items") {
                    Some(_) if depth > MAX_DEPTH && !self.full => json!([]),
                    Some(items) if items.is_object() => {
                        Value::Array(vec![self.sample(items, &format!("{path}/0"), depth + 1)])
                    }
                    _ => json!([1, "two"]),
                }
            }
            _ => self.object(schema, path, depth),
        }
    }

    fn object(&mut self, schema: &Value, path: &str, depth: usize) -> Value {
        let mut map = Map::new();
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            let required: BTreeSet<&str> = schema
                .get("required")
                .and_then(Value::as_array)
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let full = self.full;
            for (key, prop) in props {
                if !required.contains(key.as_str()) && (!full || depth > MAX_DEPTH) {
                    continue;
                }
                self.full = full && depth <= MAX_DEPTH;
                let value = self.sample(prop, &format!("{path}/{key}"), depth + 1);
                self.full = full;
                map.insert(key.clone(), value);
            }
            return Value::Object(map);
        }
        match schema.get("additionalProperties") {
            Some(values) if values.is_object() => {
                let key = match schema.get("propertyNames") {
                    Some(names) if names.get("$ref").is_some() || names.get("enum").is_some() => {
                        self.sample(names, path, depth)
                            .as_str()
                            .unwrap_or("key")
                            .to_owned()
                    }
                    _ => "key".to_owned(),
                };
                let value = self.sample(values, &format!("{path}/{key}"), depth + 1);
                map.insert(key, value);
                Value::Object(map)
            }
            _ if schema.get("type").is_some() => json!({"free": [1, "two"]}),
            _ => json!({"any": [1, "two", null]}),
        }
    }
}

impl Samples<'_> {
    fn build(&self, k: usize, full: bool) -> (Sample, usize) {
        let mut builder = Builder {
            spec: self.spec,
            k,
            full,
            widest: 1,
            handwritten: Vec::new(),
        };
        let schema = &self.spec.schemas[self.name];
        let value = builder.sample(schema, "", 0);
        (
            Sample {
                value,
                handwritten: builder.handwritten,
            },
            builder.widest,
        )
    }

    fn fail(&self, message: String) {
        let mut failures = self.failures.borrow_mut();
        // The first two of a schema say enough.
        if failures.len() < 2 {
            let short: String = message.chars().take(2000).collect();
            failures.push(format!("{}: {short}", self.name));
        }
    }

    /// Runs every check of the schema on `T`.
    pub(super) fn check<T: DeserializeOwned + Serialize + Debug>(&self) {
        let schema = &self.spec.schemas[self.name];
        let (_, widest) = self.build(0, true);
        let count = if schema.get("enum").is_some() {
            widest
        } else {
            widest.min(MAX_SAMPLES)
        };
        for k in 0..count {
            for full in [true, false] {
                let (sample, _) = self.build(k, full);
                self.roundtrip::<T>(&sample, k, full);
            }
        }
        if schema.get("enum").is_some() {
            self.unknown::<T>(json!("zz_new_value"), "an unknown enum value");
        }
        if let Some(d) = schema.get("discriminator") {
            let property = d["propertyName"].as_str().unwrap();
            self.unknown::<T>(
                json!({property: "zz_new_variant", "x": 1}),
                "an unknown variant",
            );
        } else if !members(schema).is_empty() && members(schema).iter().all(|m| !is_null(m)) {
            self.unknown::<T>(json!({"zz_new_field": [true]}), "an unknown form");
        }
        if schema.get("properties").is_some() {
            self.missing_required::<T>(schema);
            self.secrets_hidden::<T>();
        }
    }

    /// The overlay's secret fields never show in `Debug`.
    fn secrets_hidden<T: DeserializeOwned + Debug>(&self) {
        const SECRET: &str = "zz-secret-value-zz";
        let prefix = format!("{}.", self.name);
        let fields: Vec<&str> = self
            .spec
            .secrets
            .iter()
            .filter_map(|s| s.strip_prefix(&prefix))
            .collect();
        if fields.is_empty() {
            return;
        }
        let (mut sample, _) = self.build(0, true);
        for field in fields {
            sample.value[field] = json!(SECRET);
        }
        match T::deserialize(&sample.value) {
            Ok(decoded) if format!("{decoded:?}").contains(SECRET) => {
                self.fail(format!("Debug shows a secret: {decoded:?}"))
            }
            Ok(_) => {}
            Err(e) => self.fail(format!("a sample with secrets does not decode: {e}")),
        }
    }

    fn roundtrip<T: DeserializeOwned + Serialize>(&self, sample: &Sample, k: usize, full: bool) {
        let which = if full { "full" } else { "required-only" };
        let decoded: T = match T::deserialize(&sample.value) {
            Ok(decoded) => decoded,
            Err(e) => {
                return self.fail(format!(
                    "sample {k} ({which}) does not decode: {e}\n{}",
                    sample.value
                ));
            }
        };
        let encoded = serde_json::to_value(&decoded).unwrap();
        let (mut expected, mut found) = (sample.value.clone(), encoded);
        for pointer in &sample.handwritten {
            for side in [&mut expected, &mut found] {
                if let Some(part) = side.pointer_mut(pointer) {
                    *part = Value::Null;
                }
            }
        }
        let (expected, found) = (normalize(expected), normalize(found));
        if expected != found {
            self.fail(format!(
                "sample {k} ({which}) re-encodes differently:\n  sent {expected}\n  got  {found}"
            ));
        }
    }

    fn unknown<T: DeserializeOwned + Serialize + Debug>(&self, value: Value, what: &str) {
        match T::deserialize(&value) {
            Ok(decoded) if format!("{decoded:?}").starts_with("Unknown(") => {
                if serde_json::to_value(&decoded).unwrap() != value {
                    self.fail(format!("{what} is not kept as it came"));
                }
            }
            Ok(decoded) => self.fail(format!("{what} decodes as {decoded:?}")),
            Err(e) => self.fail(format!("{what} fails: {e}")),
        }
    }

    fn missing_required<T: DeserializeOwned + Debug>(&self, schema: &Value) {
        let required = schema.get("required").and_then(Value::as_array);
        let Some(field) = required
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .find(|f| {
                let prop = &schema["properties"][*f];
                let nullable = members(prop).iter().any(|m| is_null(m)) || is_null(prop);
                let free = prop.as_object().is_some_and(|p| {
                    !p.contains_key("type")
                        && !p.contains_key("$ref")
                        && !p.contains_key("anyOf")
                        && !p.contains_key("oneOf")
                        && !p.contains_key("enum")
                        && !p.contains_key("const")
                });
                !nullable && !free && !self.spec.optional.contains(&format!("{}.{f}", self.name))
            })
        else {
            return;
        };
        let (mut sample, _) = self.build(0, true);
        sample.value.as_object_mut().unwrap().remove(field);
        match T::deserialize(&sample.value) {
            Ok(decoded) => self.fail(format!("decodes without required `{field}`: {decoded:?}")),
            Err(e) if !e.to_string().contains(field) => self.fail(format!(
                "the error for a missing `{field}` does not name it: {e}"
            )),
            Err(_) => {}
        }
    }
}

/// `null` and absent alike, timestamps as instants, numbers as `f64`.
fn normalize(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, normalize(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(normalize).collect()),
        Value::Number(n) => json!(n.as_f64().unwrap()),
        Value::String(s) => match chrono::DateTime::parse_from_rfc3339(&s) {
            Ok(t) => Value::String(t.with_timezone(&chrono::Utc).to_rfc3339()),
            Err(_) => Value::String(s),
        },
        other => other,
    }
}

fn refs(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            if let Some(name) = ref_name(value) {
                out.insert(name.to_owned());
            }
            map.values().for_each(|v| refs(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
        _ => {}
    }
}

/// The schemas reachable from the operations and the webhooks, through every reference.
fn reachable(spec: &Value, schemas: &Map<String, Value>) -> BTreeSet<String> {
    let mut todo = BTreeSet::new();
    refs(&spec["paths"], &mut todo);
    refs(&spec["webhooks"], &mut todo);
    let mut seen = BTreeSet::new();
    while let Some(name) = todo.pop_first() {
        if seen.insert(name.clone()) {
            refs(&schemas[&name], &mut todo);
        }
    }
    seen
}

#[test]
fn every_reachable_schema_has_a_type_that_round_trips() {
    // Deep models decode recursively: give the unoptimised build room.
    let checks = std::thread::Builder::new().stack_size(256 << 20);
    checks
        .spawn(check_every_reachable_schema)
        .unwrap()
        .join()
        .unwrap();
}

fn check_every_reachable_schema() {
    let spec: Value = serde_json::from_str(SPEC).unwrap();
    let overlay: Value = serde_json::from_str(OVERLAY).unwrap();
    let schemas = spec["components"]["schemas"].as_object().unwrap().clone();
    let keys = |key: &str| overlay[key].as_object().unwrap().keys().cloned().collect();
    let all = reachable(&spec, &schemas);
    assert_eq!(all.len(), 670, "the spec's reachable schemas");
    let spec = Spec {
        schemas,
        handwritten: keys("handwritten"),
        optional: keys("optional"),
        secrets: keys("secrets"),
    };

    let mut missing = Vec::new();
    let mut failures = Vec::new();
    let mut checked = 0;
    let mut by_kind: BTreeMap<&str, usize> = BTreeMap::new();
    for name in &all {
        if name.starts_with("ListResource") || spec.handwritten.contains(name) {
            continue;
        }
        let samples = Samples {
            spec: &spec,
            name,
            failures: Default::default(),
        };
        if !super::schemas_generated::check(name, &samples) {
            missing.push(name.clone());
        }
        checked += 1;
        let schema = &spec.schemas[name];
        let kind = if schema.get("discriminator").is_some() {
            "discriminated union"
        } else if schema.get("enum").is_some() {
            "enum"
        } else if schema.get("properties").is_some() {
            "struct"
        } else {
            "other"
        };
        *by_kind.entry(kind).or_default() += 1;
        failures.extend(samples.failures.into_inner());
    }
    assert!(
        missing.is_empty(),
        "reachable schemas without a Rust type: {missing:?}"
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        checked > 600,
        "only {checked} schemas checked ({by_kind:?})"
    );
}

/// What the server really sends, where it differs from the spec, and the request-body
/// builders.
#[test]
fn generated_models_meet_the_real_server() {
    use polarsh::models::{
        Benefit, BenefitCreate, BenefitCustomCreate, BenefitCustomCreateProperties,
        IntrospectTokenResponse, MemberUpdate, SubscriptionCreate,
    };

    // An inactive token is introspected as `{"active": false}` alone.
    let inactive: IntrospectTokenResponse = serde_json::from_str(r#"{"active":false}"#).unwrap();
    assert!(!inactive.active && inactive.client_id.is_none() && inactive.organizations.is_none());

    // Update bodies tell "leave" from "clear" from "set".
    let update = MemberUpdate::new().with_name("Ann").clear_email();
    assert_eq!(
        serde_json::to_value(&update).unwrap(),
        json!({"name": "Ann", "email": null})
    );

    // Create bodies fill in their discriminator and convert into their union.
    let properties: BenefitCustomCreateProperties = serde_json::from_value(json!({})).unwrap();
    let create: BenefitCreate = BenefitCustomCreate::new("Support", properties).into();
    let body = serde_json::to_value(&create).unwrap();
    assert_eq!(body["type"], "custom");
    assert_eq!(body["description"], "Support");

    // A body written inline as a union picks its form by the fields present.
    let by_external: SubscriptionCreate = serde_json::from_value(json!({
        "product_id": "5f0e4f3c-8b6a-4d2e-9c1b-2a3d4e5f6a7b", "external_customer_id": "usr_1"
    }))
    .unwrap();
    assert!(matches!(
        by_external,
        SubscriptionCreate::ExternalCustomer(_)
    ));

    // A discriminated union keeps its discriminator in the variant.
    let benefit = json!({
        "id": "5f0e4f3c-8b6a-4d2e-9c1b-2a3d4e5f6a7b", "created_at": "2026-10-01T12:00:00Z",
        "modified_at": null, "type": "custom", "description": "Support", "selectable": true,
        "deletable": true, "organization_id": "5f0e4f3c-8b6a-4d2e-9c1b-2a3d4e5f6a7b",
        "metadata": {}, "properties": {"note": null}, "visibility": "public",
        "visibility_configurable": true, "is_deleted": false
    });
    match serde_json::from_value::<Benefit>(benefit.clone()) {
        Ok(Benefit::Custom(custom)) => assert_eq!(custom.type_, "custom"),
        other => panic!("not a custom benefit: {other:?}"),
    }
    let mut future = benefit;
    future["type"] = json!("quantum_entanglement");
    let decoded: Benefit = serde_json::from_value(future.clone()).unwrap();
    assert_eq!(decoded, Benefit::Unknown(future));
}
