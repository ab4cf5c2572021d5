//! Validation of any value against a schema of the spec, with pydantic v2's error types and messages.
//!
//! Polar's request models are pydantic models, and FastAPI turns their errors into the 422 `detail` list:
//! one item per invalid value, in field order, each with `type`, `loc`, `msg`, `input` and (for some types)
//! `ctx`. This follows pydantic's lax mode, which Polar uses: numbers may come as numeric strings, booleans
//! as `"true"`/`"yes"`/`"1"`…, unknown fields are ignored. Nullable fields (`X | None`) accept `null` and
//! report `X`'s errors; other unions report each member's errors under the member's name, and a
//! discriminated union reports the errors of the variant its tag names, under the tag. String `pattern`s
//! are not checked.

use std::borrow::Cow;

use chrono::{DateTime, NaiveDate, NaiveDateTime};

use super::{Ctx, ErrorItem, FieldError, Loc, http_url, uuid4};
use crate::pyjson::{Json, push_str_literal, render};
use crate::spec::{Api, Bounds, Property, Schema};

/// How deep a value is followed; deeper parts of a recursive schema are accepted as they are.
const MAX_DEPTH: usize = 64;

/// Validates `value`, appending an item per error to `errors` with `loc` as the prefix of their `loc`.
pub(crate) fn validate(
    api: &Api,
    schema: &Schema,
    value: &Json,
    loc: &mut Vec<Loc>,
    errors: &mut Vec<ErrorItem>,
) {
    Checker { api }.check(schema, value, loc, errors, 0);
}

/// Whether `value` fits `schema`.
pub(crate) fn fits(api: &Api, schema: &Schema, value: &Json) -> bool {
    let mut errors = Vec::new();
    validate(api, schema, value, &mut Vec::new(), &mut errors);
    errors.is_empty()
}

/// The error of a missing required value; `input` is the object it is missing from (`None`: `null`).
pub(crate) fn missing(container: Option<&Json>) -> FieldError {
    FieldError {
        kind: "missing",
        msg: Cow::Borrowed("Field required"),
        input: container.map_or(Some("null".to_owned()), render),
        ctx: None,
    }
}

struct Checker<'a> {
    api: &'a Api,
}

fn error(kind: &'static str, msg: impl Into<Cow<'static, str>>, value: &Json) -> FieldError {
    FieldError {
        kind,
        msg: msg.into(),
        input: render(value),
        ctx: None,
    }
}

fn with_ctx(mut e: FieldError, ctx: String) -> FieldError {
    e.ctx = Some(Ctx::Raw(ctx));
    e
}

/// A number as Python prints it in messages (`0`, `1.5`).
fn number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// Python's `repr` of a string, as pydantic quotes expected values.
fn quoted(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => format!("'{s}'"),
        other => other.to_string(),
    }
}

/// `'a', 'b' or 'c'`, pydantic's list of expected values.
fn expected_list(values: &[String]) -> String {
    match values {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

fn json_string(s: &str) -> String {
    let mut out = String::new();
    push_str_literal(&mut out, s);
    out
}

impl Checker<'_> {
    fn push(&self, e: FieldError, loc: &[Loc], errors: &mut Vec<ErrorItem>) {
        errors.push(e.at(loc.to_vec()));
    }

    fn check(
        &self,
        schema: &Schema,
        value: &Json,
        loc: &mut Vec<Loc>,
        errors: &mut Vec<ErrorItem>,
        depth: usize,
    ) {
        if depth > MAX_DEPTH {
            return;
        }
        match schema {
            Schema::Any => {}
            Schema::Ref { to } => {
                self.check(&self.api.schema(*to).schema, value, loc, errors, depth + 1)
            }
            Schema::Null => {
                if !matches!(value, Json::Null) {
                    self.push(
                        error("none_required", "Input should be None", value),
                        loc,
                        errors,
                    );
                }
            }
            Schema::Bool => {
                if let Err(e) = boolean(value) {
                    self.push(e, loc, errors);
                }
            }
            Schema::Int(bounds) => match integer(value) {
                Ok(n) => self.bounds(n, bounds, value, loc, errors),
                Err(e) => self.push(e, loc, errors),
            },
            Schema::Num(bounds) => match float(value) {
                Ok(n) => self.bounds(n, bounds, value, loc, errors),
                Err(e) => self.push(e, loc, errors),
            },
            Schema::Str {
                format,
                min_len,
                max_len,
                ..
            } => self.string(format.as_deref(), *min_len, *max_len, value, loc, errors),
            Schema::Enum { values } => {
                if !values.iter().any(|v| same(v, value)) {
                    let expected: Vec<String> = values.iter().map(quoted).collect();
                    let expected = expected_list(&expected);
                    let e = error("enum", format!("Input should be {expected}"), value);
                    let ctx = format!("{{\"expected\":{}}}", json_string(&expected));
                    self.push(with_ctx(e, ctx), loc, errors);
                }
            }
            Schema::Const { value: expected } => {
                if !same(expected, value) {
                    let expected = quoted(expected);
                    let e = error(
                        "literal_error",
                        format!("Input should be {expected}"),
                        value,
                    );
                    let ctx = format!("{{\"expected\":{}}}", json_string(&expected));
                    self.push(with_ctx(e, ctx), loc, errors);
                }
            }
            Schema::Array {
                items,
                min_items,
                max_items,
            } => {
                let Json::Array(list) = value else {
                    self.push(
                        error("list_type", "Input should be a valid list", value),
                        loc,
                        errors,
                    );
                    return;
                };
                for (i, item) in list.iter().enumerate() {
                    loc.push(Loc::Index(i));
                    self.check(items, item, loc, errors, depth + 1);
                    loc.pop();
                }
                self.length(
                    "List",
                    list.len(),
                    *min_items,
                    *max_items,
                    value,
                    loc,
                    errors,
                );
            }
            Schema::Tuple { items } => {
                let Json::Array(list) = value else {
                    self.push(
                        error("list_type", "Input should be a valid list", value),
                        loc,
                        errors,
                    );
                    return;
                };
                for (i, item_schema) in items.iter().enumerate() {
                    loc.push(Loc::Index(i));
                    match list.get(i) {
                        Some(item) => self.check(item_schema, item, loc, errors, depth + 1),
                        None => self.push(missing(Some(value)), loc, errors),
                    }
                    loc.pop();
                }
                if list.len() > items.len() {
                    let n = items.len();
                    let e = error(
                        "too_long",
                        format!(
                            "Tuple should have at most {n} item{} after validation, not {}",
                            if n == 1 { "" } else { "s" },
                            list.len()
                        ),
                        value,
                    );
                    let ctx = format!(
                        "{{\"field_type\":\"Tuple\",\"max_length\":{n},\"actual_length\":{}}}",
                        list.len()
                    );
                    self.push(with_ctx(e, ctx), loc, errors);
                }
            }
            Schema::Object { props, .. } => self.object(props, value, loc, errors, depth),
            Schema::Dict { values, max_props } => {
                let Json::Object(entries) = value else {
                    self.push(
                        error("dict_type", "Input should be a valid dictionary", value),
                        loc,
                        errors,
                    );
                    return;
                };
                for (key, item) in entries {
                    loc.push(Loc::Key(Cow::Owned(key.clone())));
                    self.check(values, item, loc, errors, depth + 1);
                    loc.pop();
                }
                self.length(
                    "Dictionary",
                    entries.len(),
                    None,
                    *max_props,
                    value,
                    loc,
                    errors,
                );
            }
            Schema::Union {
                members,
                tag,
                mapping,
                default,
            } => {
                let tag = tag.as_deref().map(|t| (t, default.as_deref()));
                self.union(members, tag, mapping, value, loc, errors, depth)
            }
        }
    }

    fn object(
        &self,
        props: &[Property],
        value: &Json,
        loc: &mut Vec<Loc>,
        errors: &mut Vec<ErrorItem>,
        depth: usize,
    ) {
        let Json::Object(_) = value else {
            let e = error(
                "model_attributes_type",
                "Input should be a valid dictionary or object to extract fields from",
                value,
            );
            self.push(e, loc, errors);
            return;
        };
        for Property(name, schema, required) in props {
            loc.push(Loc::Key(Cow::Owned(name.clone())));
            match value.get(name) {
                Some(item) => self.check(schema, item, loc, errors, depth + 1),
                None if *required => self.push(missing(Some(value)), loc, errors),
                None => {}
            }
            loc.pop();
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn union(
        &self,
        members: &[Schema],
        tag: Option<(&str, Option<&str>)>,
        mapping: &[(String, usize)],
        value: &Json,
        loc: &mut Vec<Loc>,
        errors: &mut Vec<ErrorItem>,
        depth: usize,
    ) {
        if let Some((tag, default)) = tag {
            let expected: Vec<String> = mapping.iter().map(|(v, _)| format!("'{v}'")).collect();
            let expected = expected_list_comma(&expected);
            let defaulted = default.map(|d| Json::Str(d.to_owned()));
            let found = match value {
                Json::Object(_) => value.get(tag).or(defaulted.as_ref()),
                _ => None,
            };
            let Some(found) = found else {
                let e = error(
                    "union_tag_not_found",
                    format!("Unable to extract tag using discriminator '{tag}'"),
                    value,
                );
                let ctx = format!("{{\"discriminator\":{}}}", json_string(&format!("'{tag}'")));
                self.push(with_ctx(e, ctx), loc, errors);
                return;
            };
            let text = match found {
                Json::Str(s) => s.clone(),
                other => render(other).unwrap_or_default(),
            };
            match mapping.iter().find(|(v, _)| *v == text) {
                Some((name, to)) => {
                    loc.push(Loc::Key(Cow::Owned(name.clone())));
                    self.check(&self.api.schema(*to).schema, value, loc, errors, depth + 1);
                    loc.pop();
                }
                None => {
                    let e = error(
                        "union_tag_invalid",
                        format!(
                            "Input tag '{text}' found using '{tag}' does not match any of the expected tags: {expected}"
                        ),
                        value,
                    );
                    let ctx = format!(
                        "{{\"discriminator\":{},\"tag\":{},\"expected_tags\":{}}}",
                        json_string(&format!("'{tag}'")),
                        json_string(&text),
                        json_string(&expected)
                    );
                    self.push(with_ctx(e, ctx), loc, errors);
                }
            }
            return;
        }
        let non_null: Vec<&Schema> = members
            .iter()
            .filter(|m| !matches!(m, Schema::Null))
            .collect();
        let nullable = non_null.len() < members.len();
        if nullable && matches!(value, Json::Null) {
            return;
        }
        if let [only] = non_null.as_slice() {
            return self.check(only, value, loc, errors, depth + 1);
        }
        let mut all = Vec::new();
        for member in &non_null {
            let mut own = Vec::new();
            loc.push(Loc::Key(Cow::Owned(self.member_name(member))));
            self.check(member, value, loc, &mut own, depth + 1);
            loc.pop();
            if own.is_empty() {
                return;
            }
            all.append(&mut own);
        }
        errors.append(&mut all);
    }

    /// The name pydantic gives a union member in `loc`.
    fn member_name(&self, schema: &Schema) -> String {
        match schema {
            Schema::Ref { to } => self.api.schema(*to).name.clone(),
            Schema::Object { title, .. } => title.clone().unwrap_or_else(|| "model".to_owned()),
            Schema::Str { .. } => "str".to_owned(),
            Schema::Int(_) => "int".to_owned(),
            Schema::Num(_) => "float".to_owned(),
            Schema::Bool => "bool".to_owned(),
            Schema::Array { items, .. } => format!("list[{}]", self.member_name(items)),
            Schema::Tuple { .. } => "tuple".to_owned(),
            Schema::Dict { .. } => "dict[str,any]".to_owned(),
            Schema::Const { value } => format!("literal[{}]", quoted(value)),
            Schema::Enum { .. } => "enum".to_owned(),
            Schema::Union { .. } => "union".to_owned(),
            Schema::Any => "any".to_owned(),
            Schema::Null => "none".to_owned(),
        }
    }

    fn bounds(&self, n: f64, b: &Bounds, value: &Json, loc: &[Loc], errors: &mut Vec<ErrorItem>) {
        let checks: [(Option<f64>, bool, &'static str, &'static str, &'static str); 4] = [
            (
                b.xmin,
                n > b.xmin.unwrap_or(0.0),
                "greater_than",
                "greater than",
                "gt",
            ),
            (
                b.min,
                n >= b.min.unwrap_or(0.0),
                "greater_than_equal",
                "greater than or equal to",
                "ge",
            ),
            (
                b.xmax,
                n < b.xmax.unwrap_or(0.0),
                "less_than",
                "less than",
                "lt",
            ),
            (
                b.max,
                n <= b.max.unwrap_or(0.0),
                "less_than_equal",
                "less than or equal to",
                "le",
            ),
        ];
        for (limit, ok, kind, words, key) in checks {
            let Some(limit) = limit else { continue };
            if !ok {
                let limit = number(limit);
                let e = error(kind, format!("Input should be {words} {limit}"), value);
                self.push(with_ctx(e, format!("{{\"{key}\":{limit}}}")), loc, errors);
                return;
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn length(
        &self,
        field_type: &str,
        len: usize,
        min: Option<usize>,
        max: Option<usize>,
        value: &Json,
        loc: &[Loc],
        errors: &mut Vec<ErrorItem>,
    ) {
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        if let Some(min) = min.filter(|&m| len < m) {
            let e = error(
                "too_short",
                format!(
                    "{field_type} should have at least {min} item{} after validation, not {len}",
                    plural(min)
                ),
                value,
            );
            let ctx = format!(
                "{{\"field_type\":\"{field_type}\",\"min_length\":{min},\"actual_length\":{len}}}"
            );
            self.push(with_ctx(e, ctx), loc, errors);
        } else if let Some(max) = max.filter(|&m| len > m) {
            let e = error(
                "too_long",
                format!(
                    "{field_type} should have at most {max} item{} after validation, not {len}",
                    plural(max)
                ),
                value,
            );
            let ctx = format!(
                "{{\"field_type\":\"{field_type}\",\"max_length\":{max},\"actual_length\":{len}}}"
            );
            self.push(with_ctx(e, ctx), loc, errors);
        }
    }

    fn string(
        &self,
        format: Option<&str>,
        min_len: Option<usize>,
        max_len: Option<usize>,
        value: &Json,
        loc: &[Loc],
        errors: &mut Vec<ErrorItem>,
    ) {
        let checked = match format {
            Some("uuid4") => uuid4(value).map(drop),
            Some("uuid") => uuid_any(value),
            Some("uri") => http_url(value).map(drop),
            Some("date-time") => datetime(value),
            Some("date") => date(value),
            Some("email") => email(value),
            _ => match value {
                Json::Str(_) => Ok(()),
                _ => Err(error(
                    "string_type",
                    "Input should be a valid string",
                    value,
                )),
            },
        };
        if let Err(e) = checked {
            self.push(e, loc, errors);
            return;
        }
        let Json::Str(text) = value else { return };
        let chars = text.chars().count();
        let plural = |n: usize| if n == 1 { "character" } else { "characters" };
        if let Some(min) = min_len.filter(|&m| chars < m) {
            let e = error(
                "string_too_short",
                format!("String should have at least {min} {}", plural(min)),
                value,
            );
            self.push(
                with_ctx(e, format!("{{\"min_length\":{min}}}")),
                loc,
                errors,
            );
        } else if let Some(max) = max_len.filter(|&m| chars > m) {
            let e = error(
                "string_too_long",
                format!("String should have at most {max} {}", plural(max)),
                value,
            );
            self.push(
                with_ctx(e, format!("{{\"max_length\":{max}}}")),
                loc,
                errors,
            );
        }
    }
}

/// `'a', 'b'`: pydantic's list of expected tags.
fn expected_list_comma(values: &[String]) -> String {
    values.join(", ")
}

/// Whether a JSON value of the spec equals a request value.
fn same(expected: &serde_json::Value, value: &Json) -> bool {
    match (expected, value) {
        (serde_json::Value::String(a), Json::Str(b)) => a == b,
        (serde_json::Value::Bool(a), Json::Bool(b)) => a == b,
        (serde_json::Value::Number(a), Json::Int(b)) => a.to_string() == *b,
        (serde_json::Value::Number(a), Json::Float(b)) => a.as_f64() == Some(*b),
        (serde_json::Value::Null, Json::Null) => true,
        _ => false,
    }
}

fn boolean(value: &Json) -> Result<bool, FieldError> {
    match value {
        Json::Bool(b) => Ok(*b),
        Json::Int(i) if i == "0" || i == "1" => Ok(i == "1"),
        Json::Str(s) => match s.to_ascii_lowercase().as_str() {
            "true" | "1" | "yes" | "on" | "t" | "y" => Ok(true),
            "false" | "0" | "no" | "off" | "f" | "n" => Ok(false),
            _ => Err(error(
                "bool_parsing",
                "Input should be a valid boolean, unable to interpret input",
                value,
            )),
        },
        _ => Err(error("bool_type", "Input should be a valid boolean", value)),
    }
}

fn integer(value: &Json) -> Result<f64, FieldError> {
    match value {
        Json::Int(i) => Ok(i.parse::<f64>().unwrap_or(f64::MAX)),
        Json::Float(f) if f.is_finite() && f.fract() == 0.0 => Ok(*f),
        Json::Float(f) if f.is_finite() => Err(error(
            "int_from_float",
            "Input should be a valid integer, got a number with a fractional part",
            value,
        )),
        Json::Str(s) => s.trim().parse::<i64>().map(|n| n as f64).map_err(|_| {
            error(
                "int_parsing",
                "Input should be a valid integer, unable to parse string as an integer",
                value,
            )
        }),
        _ => Err(error("int_type", "Input should be a valid integer", value)),
    }
}

fn float(value: &Json) -> Result<f64, FieldError> {
    match value {
        Json::Int(i) => Ok(i.parse::<f64>().unwrap_or(f64::MAX)),
        Json::Float(f) => Ok(*f),
        Json::Str(s) => s.trim().parse::<f64>().map_err(|_| {
            error(
                "float_parsing",
                "Input should be a valid number, unable to parse string as a number",
                value,
            )
        }),
        _ => Err(error("float_type", "Input should be a valid number", value)),
    }
}

fn uuid_any(value: &Json) -> Result<(), FieldError> {
    match uuid4(value) {
        Err(e) if e.kind == "uuid_version" => Ok(()),
        other => other.map(drop),
    }
}

fn datetime(value: &Json) -> Result<(), FieldError> {
    let Json::Str(text) = value else {
        return Err(error(
            "datetime_type",
            "Input should be a valid datetime",
            value,
        ));
    };
    let ok = DateTime::parse_from_rfc3339(text).is_ok()
        || NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f").is_ok()
        || NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok();
    if ok {
        return Ok(());
    }
    let e = error(
        "datetime_from_date_parsing",
        "Input should be a valid datetime or date, invalid character in year",
        value,
    );
    Err(with_ctx(
        e,
        "{\"error\":\"invalid character in year\"}".to_owned(),
    ))
}

fn date(value: &Json) -> Result<(), FieldError> {
    let Json::Str(text) = value else {
        return Err(error("date_type", "Input should be a valid date", value));
    };
    if NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok() {
        return Ok(());
    }
    let e = error(
        "date_from_datetime_parsing",
        "Input should be a valid date or datetime, invalid character in year",
        value,
    );
    Err(with_ctx(
        e,
        "{\"error\":\"invalid character in year\"}".to_owned(),
    ))
}

/// The checks of `email-validator` that matter for a test server: one `@`, a local part, a domain with a dot.
fn email(value: &Json) -> Result<(), FieldError> {
    let Json::Str(text) = value else {
        return Err(error(
            "string_type",
            "Input should be a valid string",
            value,
        ));
    };
    let reason = match text.split_once('@') {
        None => Some("An email address must have an @-sign."),
        Some(("", _)) => Some("There must be something before the @-sign."),
        Some((_, domain)) if domain.contains('@') => {
            Some("The part after the @-sign contains invalid characters: '@'.")
        }
        Some((_, domain))
            if !domain.contains('.') || domain.ends_with('.') || domain.starts_with('.') =>
        {
            Some("The part after the @-sign is not valid. It should have a period.")
        }
        _ => None,
    };
    match reason {
        None => Ok(()),
        Some(reason) => {
            let e = error(
                "value_error",
                format!("value is not a valid email address: {reason}"),
                value,
            );
            Err(with_ctx(
                e,
                format!("{{\"reason\":{}}}", json_string(reason)),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pyjson::decode;
    use crate::spec::api;
    use crate::validate::error_body;

    fn errors_of(schema_name: &str, body: &str) -> String {
        let api = api();
        let index = api
            .schemas
            .iter()
            .position(|s| s.name == schema_name)
            .expect("schema");
        let value = decode(body.as_bytes()).expect("json");
        let mut errors = Vec::new();
        validate(
            api,
            &Schema::Ref { to: index },
            &value,
            &mut vec![Loc::from("body")],
            &mut errors,
        );
        String::from_utf8(error_body("RequestValidationError", &errors).expect("body"))
            .expect("utf-8")
    }

    #[test]
    fn discriminated_unions_name_the_variant() {
        let out = errors_of("CustomerCreate", r#"{"type":"individual"}"#);
        assert!(
            out.contains(r#""loc":["body","individual","email"],"msg":"Field required""#),
            "{out}"
        );
        let out = errors_of("CustomerCreate", r#"{"type":"nope","email":"a@b.co"}"#);
        assert!(out.contains(r#""type":"union_tag_invalid""#), "{out}");
    }

    #[test]
    fn formats_lengths_and_enums() {
        let out = errors_of("CustomerCreate", r#"{"email":"not-an-email","name":5}"#);
        assert!(
            out.contains(r#""type":"value_error","loc":["body","individual","email"]"#),
            "{out}"
        );
        assert!(
            out.contains(r#""type":"string_type","loc":["body","individual","name"]"#),
            "{out}"
        );
        assert!(errors_of("CustomerCreate", r#"{"email":"a@b.co"}"#).ends_with("\"detail\":[]}"));
    }
}
