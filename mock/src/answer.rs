//! Answers built from a response schema and the request: what the mock returns for an operation it has no
//! state for.
//!
//! The answer is valid against the schema: every required property, every optional one near the top (deeper
//! optional ones are left out, nullable ones deeper down are `null`), strings in their format. It echoes the
//! request where it can: the top-level object takes the path's `id`, the caller's `organization_id`, and every
//! field the body sent that fits the answer's schema (`name`, `email`, `metadata`, …).

use uuid::Uuid;

use crate::pyjson::Json;
use crate::render::Ts;
use crate::seed::{now, random_uuid};
use crate::spec::{Api, Bounds, Property, Schema};
use crate::validate::schema::fits;

/// Below this depth, optional properties are filled in and nullable values get a value.
const FULL_DEPTH: usize = 2;
/// Deepest level built at all (a recursive schema stops here).
const MAX_DEPTH: usize = 12;
/// Deepest request value copied into an answer.
const MAX_ECHO_DEPTH: usize = 16;

/// What an answer may echo from the request.
#[derive(Debug, Default)]
pub(crate) struct Echo<'a> {
    /// Path parameters (`id`, `customer_id`, …).
    pub(crate) path: &'a [(&'a str, String)],
    /// The JSON (or form) body.
    pub(crate) body: Option<&'a Json>,
    /// The caller's organization.
    pub(crate) organization_id: Option<Uuid>,
    /// The customer of a customer-portal session.
    pub(crate) customer_id: Option<Uuid>,
}

/// Builds a value of `schema` for this request.
pub(crate) fn build(api: &Api, schema: &Schema, echo: &Echo<'_>) -> Json {
    Builder { api, echo }.value(schema, None, 0)
}

/// A record just created has what it was given and nothing it was not: its nullable top-level fields
/// that `given` (the fields the request or the flow set) does not have become `null` (an `external_id`,
/// a `description`, `modified_at`, `archived_at`, …), as Polar creates them.
pub(crate) fn fresh(api: &Api, schema: &Schema, record: &mut Json, given: Option<&Json>) {
    let props = record_props(api, schema, record);
    let Json::Object(fields) = record else {
        return;
    };
    for (name, value) in fields.iter_mut() {
        let nullable = props.iter().any(|Property(p, s, _)| {
            p == name && matches!(s, Schema::Union { members, .. } if members.iter().any(|m| matches!(m, Schema::Null)))
        });
        if nullable && given.and_then(|g| g.get(name)).is_none() {
            *value = Json::Null;
        }
    }
}

/// Builds a page of `count` generated items from a `ListResource_*` schema, with the given pagination.
pub(crate) fn page(
    api: &Api,
    schema: &Schema,
    echo: &Echo<'_>,
    count: usize,
    total: usize,
    max_page: usize,
) -> Json {
    let builder = Builder { api, echo };
    let items = match builder.resolve(schema) {
        Schema::Object { props, .. } => props.iter().find(|p| p.0 == "items").map(|p| &p.1),
        _ => None,
    };
    let item_schema = match items.map(|s| builder.resolve(s)) {
        Some(Schema::Array { items, .. }) => Some(&**items),
        _ => None,
    };
    // Items take the caller's organization (and portal customer), not the request's path or body.
    let caller = Echo {
        organization_id: echo.organization_id,
        customer_id: echo.customer_id,
        ..Echo::default()
    };
    let items = item_schema.map_or_else(Vec::new, |item| {
        let builder = Builder { api, echo: &caller };
        (0..count).map(|_| builder.value(item, None, 1)).collect()
    });
    Json::Object(vec![
        ("items".to_owned(), Json::Array(items)),
        (
            "pagination".to_owned(),
            Json::Object(vec![
                ("total_count".to_owned(), Json::Int(total.to_string())),
                ("max_page".to_owned(), Json::Int(max_page.to_string())),
            ]),
        ),
    ])
}

/// The properties of the object `record` is, under `schema`: through references, and through a union to
/// the variant its tag names (or the first it fits).
pub(crate) fn record_props<'a>(api: &'a Api, schema: &'a Schema, record: &Json) -> &'a [Property] {
    let mut schema = schema;
    for _ in 0..8 {
        match schema {
            Schema::Ref { to } => schema = &api.schema(*to).schema,
            Schema::Object { props, .. } => return props,
            Schema::Union {
                tag: Some(tag),
                mapping,
                ..
            } => {
                let Some(Json::Str(value)) = record.get(tag) else {
                    break;
                };
                let Some((_, to)) = mapping.iter().find(|(v, _)| v == value) else {
                    break;
                };
                schema = &api.schema(*to).schema;
            }
            Schema::Union { members, .. } => {
                let Some(member) = members.iter().find(|m| fits(api, m, record)) else {
                    break;
                };
                schema = member;
            }
            _ => break,
        }
    }
    &[]
}

/// `schema` with its references followed.
pub(crate) fn resolve<'a>(api: &'a Api, mut schema: &'a Schema) -> &'a Schema {
    for _ in 0..8 {
        match schema {
            Schema::Ref { to } => schema = &api.schema(*to).schema,
            _ => break,
        }
    }
    schema
}

/// The item schema of a page (`items` of a `ListResource_*`).
pub(crate) fn page_item<'a>(api: &'a Api, schema: &'a Schema) -> Option<&'a Schema> {
    let Schema::Object { props, .. } = resolve(api, schema) else {
        return None;
    };
    match resolve(api, &props.iter().find(|p| p.0 == "items")?.1) {
        Schema::Array { items, .. } => Some(items),
        _ => None,
    }
}

/// Whether `schema` is a page of Polar's pagination (`items` and `pagination` with `max_page`).
pub(crate) fn is_page(api: &Api, schema: &Schema) -> bool {
    let builder = Builder {
        api,
        echo: &Echo::default(),
    };
    let Schema::Object { props, .. } = builder.resolve(schema) else {
        return false;
    };
    let pagination = props
        .iter()
        .find(|p| p.0 == "pagination")
        .map(|p| builder.resolve(&p.1));
    props.iter().any(|p| p.0 == "items")
        && matches!(pagination, Some(Schema::Object { props, .. }) if props.iter().any(|p| p.0 == "max_page"))
}

/// Copies `value` if it is at most `depth` levels deep.
pub(crate) fn copy(value: &Json, depth: usize) -> Option<Json> {
    Some(match value {
        Json::Null => Json::Null,
        Json::Bool(b) => Json::Bool(*b),
        Json::Int(i) => Json::Int(i.clone()),
        Json::Float(f) => Json::Float(*f),
        Json::Str(s) => Json::Str(s.clone()),
        Json::Array(items) if depth > 0 => Json::Array(
            items
                .iter()
                .map(|i| copy(i, depth - 1))
                .collect::<Option<_>>()?,
        ),
        Json::Object(entries) if depth > 0 => Json::Object(
            entries
                .iter()
                .map(|(k, v)| Some((k.clone(), copy(v, depth - 1)?)))
                .collect::<Option<_>>()?,
        ),
        _ => return None,
    })
}

/// A JSON value of the document as a request-side value.
pub(crate) fn from_spec(value: &serde_json::Value) -> Json {
    match value {
        serde_json::Value::Null => Json::Null,
        serde_json::Value::Bool(b) => Json::Bool(*b),
        serde_json::Value::Number(n) if n.is_f64() => Json::Float(n.as_f64().unwrap_or_default()),
        serde_json::Value::Number(n) => Json::Int(n.to_string()),
        serde_json::Value::String(s) => Json::Str(s.clone()),
        serde_json::Value::Array(items) => Json::Array(items.iter().map(from_spec).collect()),
        serde_json::Value::Object(map) => {
            Json::Object(map.iter().map(|(k, v)| (k.clone(), from_spec(v))).collect())
        }
    }
}

struct Builder<'a> {
    api: &'a Api,
    echo: &'a Echo<'a>,
}

impl Builder<'_> {
    fn resolve<'s>(&'s self, mut schema: &'s Schema) -> &'s Schema {
        for _ in 0..8 {
            match schema {
                Schema::Ref { to } => schema = &self.api.schema(*to).schema,
                _ => break,
            }
        }
        schema
    }

    /// A value of `schema`; `name` is the property it is for (for strings named after it).
    fn value(&self, schema: &Schema, name: Option<&str>, depth: usize) -> Json {
        match schema {
            Schema::Any => Json::Object(Vec::new()),
            Schema::Null => Json::Null,
            Schema::Bool => Json::Bool(false),
            Schema::Int(b) => Json::Int(format!("{}", lowest(b, 1.0) as i64)),
            Schema::Num(b) => Json::Float(lowest(b, 0.0)),
            Schema::Str {
                format,
                min_len,
                max_len,
                sample,
            } => Json::Str(string(
                format.as_deref(),
                *min_len,
                *max_len,
                sample.as_deref(),
                name,
            )),
            Schema::Enum { values } => values.first().map_or(Json::Null, from_spec),
            Schema::Const { value } => from_spec(value),
            Schema::Array {
                items, min_items, ..
            } => Json::Array(
                (0..min_items.unwrap_or(0))
                    .map(|_| self.value(items, name, depth + 1))
                    .collect(),
            ),
            Schema::Tuple { items } => Json::Array(
                items
                    .iter()
                    .map(|i| self.value(i, name, depth + 1))
                    .collect(),
            ),
            Schema::Dict { .. } => Json::Object(Vec::new()),
            Schema::Ref { to } => self.value(&self.api.schema(*to).schema, name, depth),
            Schema::Object { props, .. } => self.object(props, depth),
            Schema::Union {
                members,
                mapping,
                tag,
                ..
            } => {
                let nullable = members.iter().any(|m| matches!(m, Schema::Null));
                if nullable && depth >= FULL_DEPTH {
                    return Json::Null;
                }
                // The variant the request's body names with the tag (a benefit created with
                // `"type": "license_keys"`), else the first.
                let asked = match (depth, tag, self.echo.body) {
                    (0, Some(tag), Some(body)) => match body.get(tag) {
                        Some(Json::Str(value)) => mapping.iter().find(|(v, _)| v == value),
                        _ => None,
                    },
                    _ => None,
                };
                if let Some((_, to)) = asked.or(mapping.first()) {
                    return self.value(&self.api.schema(*to).schema, name, depth);
                }
                match members.iter().find(|m| !matches!(m, Schema::Null)) {
                    Some(member) => self.value(member, name, depth),
                    None => Json::Null,
                }
            }
        }
    }

    fn object(&self, props: &[Property], depth: usize) -> Json {
        let mut out = Vec::with_capacity(props.len());
        for Property(name, schema, required) in props {
            if depth >= MAX_DEPTH || (!required && depth >= FULL_DEPTH) {
                if *required {
                    out.push((name.clone(), Json::Null));
                }
                continue;
            }
            let echoed = if depth == 0 {
                self.echoed(name, schema)
            } else {
                self.caller_value(name)
                    .filter(|v| fits(self.api, schema, v))
            };
            let value = echoed.unwrap_or_else(|| self.value(schema, Some(name), depth + 1));
            out.push((name.clone(), value));
        }
        Json::Object(out)
    }

    /// The caller's organization (and portal customer) wherever an answer names one.
    fn caller_value(&self, name: &str) -> Option<Json> {
        match name {
            "organization_id" => self
                .echo
                .organization_id
                .map(|id| Json::Str(id.to_string())),
            "customer_id" => self.echo.customer_id.map(|id| Json::Str(id.to_string())),
            _ => None,
        }
    }

    /// The request's value for a top-level property, if it has one that fits.
    fn echoed(&self, name: &str, schema: &Schema) -> Option<Json> {
        let from_path = self
            .echo
            .path
            .iter()
            .find(|(p, _)| *p == name)
            .map(|(_, v)| Json::Str(v.clone()));
        let from_caller = self.caller_value(name);
        let from_body = self
            .echo
            .body
            .and_then(|b| b.get(name))
            .and_then(|v| copy(v, MAX_ECHO_DEPTH));
        // The caller's organization wins over one a body names.
        let given = self.echo.body.and_then(|b| b.get(name));
        [from_caller, from_path, from_body]
            .into_iter()
            .flatten()
            .find(|v| fits(self.api, schema, v))
            .or_else(|| given.and_then(|given| self.merged(schema, given, 1)))
    }

    /// An object of `schema` made of what `given` (a body's object) has that fits, and built values for
    /// the rest: a create's body often leaves out fields its answer requires (a benefit's `properties`).
    fn merged(&self, schema: &Schema, given: &Json, depth: usize) -> Option<Json> {
        if depth > MAX_ECHO_DEPTH || !matches!(given, Json::Object(_)) {
            return None;
        }
        if fits(self.api, schema, given) {
            return copy(given, MAX_ECHO_DEPTH);
        }
        match self.resolve(schema) {
            Schema::Object { props, .. } => {
                let mut out = Vec::with_capacity(props.len());
                for Property(name, schema, required) in props {
                    let value = match given.get(name) {
                        Some(value) => copy(value, MAX_ECHO_DEPTH)
                            .filter(|v| fits(self.api, schema, v))
                            .or_else(|| self.merged(schema, value, depth + 1)),
                        None => None,
                    };
                    match value {
                        Some(value) => out.push((name.clone(), value)),
                        None if *required || depth < FULL_DEPTH => {
                            out.push((name.clone(), self.value(schema, Some(name), depth + 1)));
                        }
                        None => {}
                    }
                }
                let built = Json::Object(out);
                fits(self.api, schema, &built).then_some(built)
            }
            Schema::Union { members, .. } => members
                .iter()
                .find_map(|member| self.merged(member, given, depth)),
            _ => None,
        }
    }
}

/// The smallest number the bounds allow, or `preferred` when it is allowed.
fn lowest(b: &Bounds, preferred: f64) -> f64 {
    let mut n = preferred;
    if let Some(min) = b.min {
        n = n.max(min);
    }
    if let Some(xmin) = b.xmin.filter(|&x| n <= x) {
        n = xmin + 1.0;
    }
    if let Some(max) = b.max {
        n = n.min(max);
    }
    if let Some(xmax) = b.xmax.filter(|&x| n >= x) {
        n = xmax - 1.0;
    }
    n
}

fn string(
    format: Option<&str>,
    min_len: Option<usize>,
    max_len: Option<usize>,
    sample: Option<&str>,
    name: Option<&str>,
) -> String {
    match format {
        Some("uuid4" | "uuid") => return random_uuid().to_string(),
        Some("date-time") => return Ts(now()).format(),
        Some("date") => return now().format("%Y-%m-%d").to_string(),
        Some("email") => return "customer@example.com".to_owned(),
        Some("uri") => return "https://example.com/".to_owned(),
        Some("ipvanyaddress") => return "127.0.0.1".to_owned(),
        Some("duration") => return "PT1H".to_owned(),
        Some("color") => return "#000000".to_owned(),
        _ => {}
    }
    if let Some(sample) = sample {
        return sample.to_owned();
    }
    if name.is_some_and(|n| n == "email" || n.ends_with("_email")) {
        return "customer@example.com".to_owned();
    }
    let mut text = name.unwrap_or("string").to_owned();
    let min = min_len.unwrap_or(0);
    while text.chars().count() < min {
        text.push('x');
    }
    if let Some(max) = max_len {
        text = text.chars().take(max.max(min)).collect();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pyjson::render;
    use crate::spec::api;

    #[test]
    fn every_answer_fits_its_schema() {
        let api = api();
        let org = Uuid::new_v4();
        for op in &api.operations {
            let Some(schema) = &op.answer.schema else {
                continue;
            };
            let id = Uuid::new_v4().to_string();
            let path = [("id", id.clone())];
            let echo = Echo {
                path: &path,
                organization_id: Some(org),
                ..Echo::default()
            };
            let value = if is_page(api, schema) {
                page(api, schema, &echo, 3, 3, 1)
            } else {
                build(api, schema, &echo)
            };
            let mut errors = Vec::new();
            crate::validate::schema::validate(api, schema, &value, &mut Vec::new(), &mut errors);
            assert!(
                errors.is_empty(),
                "{}: {:?}\n{}",
                op.id,
                errors,
                render(&value).unwrap_or_default()
            );
        }
    }
}
