//! Request-body validation with pydantic's error types, messages and order.
//!
//! Polar validates bodies with pydantic v2: one error item per invalid field, in field order, each with
//! pydantic's `type`, `msg`, `input` and (for some types) `ctx`. The texts here are those the real server sent
//! (see the recorded examples); the UUID parse errors follow the `uuid` crate version bundled with the
//! server's pydantic-core, whose wording differs from the `uuid` crate this crate links.

use std::borrow::Cow;

use uuid::Uuid;

use crate::pyjson::{Json, push_str_literal, render};

pub(crate) mod schema;

/// Longest `return_url` pydantic's `HttpUrl` accepts, in bytes.
const URL_MAX_LENGTH: usize = 2083;

/// One element of an error's `loc`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Loc {
    Key(Cow<'static, str>),
    Index(usize),
}

impl From<&'static str> for Loc {
    fn from(key: &'static str) -> Self {
        Loc::Key(Cow::Borrowed(key))
    }
}

/// pydantic's `ctx` object for the error types that have one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Ctx {
    Error(String),
    ExpectedVersion(u8),
    ExpectedSchemes,
    MaxLength(usize),
    /// Any other `ctx`, already written as a JSON object.
    Raw(String),
}

/// An `input` echoed back: the client's value rendered as Python would, or `None` when Python could not
/// serialise it (NaN, infinity).
pub(crate) type Input = Option<String>;

/// One item of a 422 `detail` list.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ErrorItem {
    pub(crate) kind: &'static str,
    pub(crate) loc: Vec<Loc>,
    pub(crate) msg: Cow<'static, str>,
    pub(crate) input: Input,
    pub(crate) ctx: Option<Ctx>,
}

/// The 422 body `{"error":…,"detail":[…]}` in FastAPI's key order, or `None` if an input cannot be
/// serialised. Written by hand because inputs are pre-rendered and may be nested deeper than serde allows.
pub(crate) fn error_body(error: &str, items: &[ErrorItem]) -> Option<Vec<u8>> {
    let mut out = String::with_capacity(256);
    out.push_str("{\"error\":");
    push_str_literal(&mut out, error);
    out.push_str(",\"detail\":[");
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"type\":");
        push_str_literal(&mut out, item.kind);
        out.push_str(",\"loc\":[");
        for (j, part) in item.loc.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            match part {
                Loc::Key(key) => push_str_literal(&mut out, key),
                Loc::Index(index) => out.push_str(&index.to_string()),
            }
        }
        out.push_str("],\"msg\":");
        push_str_literal(&mut out, &item.msg);
        out.push_str(",\"input\":");
        out.push_str(item.input.as_deref()?);
        match &item.ctx {
            None => {}
            Some(Ctx::Error(error)) => {
                out.push_str(",\"ctx\":{\"error\":");
                push_str_literal(&mut out, error);
                out.push('}');
            }
            Some(Ctx::ExpectedVersion(version)) => {
                out.push_str(&format!(",\"ctx\":{{\"expected_version\":{version}}}"));
            }
            Some(Ctx::ExpectedSchemes) => {
                out.push_str(",\"ctx\":{\"expected_schemes\":\"'http' or 'https'\"}")
            }
            Some(Ctx::MaxLength(max)) => {
                out.push_str(&format!(",\"ctx\":{{\"max_length\":{max}}}"))
            }
            Some(Ctx::Raw(object)) => {
                out.push_str(",\"ctx\":");
                out.push_str(object);
            }
        }
        out.push('}');
    }
    out.push_str("]}");
    Some(out.into_bytes())
}

/// A field's validation failure, before its location is known.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FieldError {
    pub(crate) kind: &'static str,
    pub(crate) msg: Cow<'static, str>,
    pub(crate) input: Input,
    pub(crate) ctx: Option<Ctx>,
}

impl FieldError {
    pub(crate) fn at(self, loc: Vec<Loc>) -> ErrorItem {
        ErrorItem {
            kind: self.kind,
            loc,
            msg: self.msg,
            input: self.input,
            ctx: self.ctx,
        }
    }
}

fn missing(body: &Json) -> FieldError {
    FieldError {
        kind: "missing",
        msg: Cow::Borrowed("Field required"),
        input: render(body),
        ctx: None,
    }
}

/// The error for a body that is not an object (pydantic validates with `from_attributes=True`).
pub(crate) fn not_an_object(body: &Json, loc: Vec<Loc>) -> ErrorItem {
    FieldError {
        kind: "model_attributes_type",
        msg: Cow::Borrowed("Input should be a valid dictionary or object to extract fields from"),
        input: render(body),
        ctx: None,
    }
    .at(loc)
}

/// pydantic's `UUID4`: a string the `uuid` crate parses, of RFC 4122 variant and version 4.
pub(crate) fn uuid4(value: &Json) -> Result<Uuid, FieldError> {
    let Json::Str(text) = value else {
        return Err(FieldError {
            kind: "uuid_type",
            msg: Cow::Borrowed("UUID input should be a string, bytes or UUID object"),
            input: render(value),
            ctx: None,
        });
    };
    let Ok(uuid) = Uuid::try_parse(text) else {
        let error = uuid_parse_error(text);
        return Err(FieldError {
            kind: "uuid_parsing",
            msg: Cow::Owned(format!("Input should be a valid UUID, {error}")),
            input: render(value),
            ctx: Some(Ctx::Error(error)),
        });
    };
    if uuid.get_variant() != uuid::Variant::RFC4122 || uuid.get_version_num() != 4 {
        return Err(FieldError {
            kind: "uuid_version",
            msg: Cow::Borrowed("UUID version 4 expected"),
            input: render(value),
            ctx: Some(Ctx::ExpectedVersion(4)),
        });
    }
    Ok(uuid)
}

/// Explains why `input` is not a UUID, in the words of the `uuid` crate the real server's pydantic-core uses
/// (1-based positions, and the long "invalid character" text the recorded examples show).
fn uuid_parse_error(input: &str) -> String {
    let (inner, offset, simple) =
        if let Some(s) = input.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            (s, 1, false)
        } else if let Some(s) = input.strip_prefix("urn:uuid:") {
            (s, "urn:uuid:".len(), false)
        } else {
            (input, 0, true)
        };
    let mut hyphens = 0;
    let mut bounds = [0usize; 4];
    for (index, c) in inner.char_indices() {
        if c == '-' {
            if hyphens < 4 {
                bounds[hyphens] = index;
            }
            hyphens += 1;
        } else if !c.is_ascii_hexdigit() {
            return format!(
                "invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], \
                 found `{c}` at {}",
                index + offset + 1
            );
        }
    }
    if hyphens == 0 && simple {
        return format!(
            "invalid length: expected length 32 for simple format, found {}",
            input.len()
        );
    }
    if hyphens != 4 {
        return format!("invalid group count: expected 5, found {}", hyphens + 1);
    }
    const STARTS: [usize; 5] = [0, 9, 14, 19, 24];
    const LENGTHS: [usize; 5] = [8, 4, 4, 4, 12];
    for group in 0..4 {
        if bounds[group] != STARTS[group + 1] - 1 {
            let found = bounds[group].saturating_sub(STARTS[group]);
            return format!(
                "invalid group length in group {group}: expected {}, found {found}",
                LENGTHS[group]
            );
        }
    }
    let found = input.len().saturating_sub(STARTS[4]);
    format!("invalid group length in group 4: expected 12, found {found}")
}

/// pydantic's `HttpUrl`: at most 2083 bytes, parsed by the `url` crate, scheme http or https. Returns the
/// normalised form the server stores (`str(HttpUrl)`).
pub(crate) fn http_url(value: &Json) -> Result<String, FieldError> {
    let Json::Str(text) = value else {
        return Err(FieldError {
            kind: "url_type",
            msg: Cow::Borrowed("URL input should be a string or URL"),
            input: render(value),
            ctx: None,
        });
    };
    if text.len() > URL_MAX_LENGTH {
        return Err(FieldError {
            kind: "url_too_long",
            msg: Cow::Owned(format!(
                "URL should have at most {URL_MAX_LENGTH} characters"
            )),
            input: render(value),
            ctx: Some(Ctx::MaxLength(URL_MAX_LENGTH)),
        });
    }
    let parsed = if text.is_empty() {
        Err("input is empty".to_owned())
    } else {
        url::Url::parse(text).map_err(|e| e.to_string())
    };
    let url = parsed.map_err(|error| FieldError {
        kind: "url_parsing",
        msg: Cow::Owned(format!("Input should be a valid URL, {error}")),
        input: render(value),
        ctx: Some(Ctx::Error(error)),
    })?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(FieldError {
            kind: "url_scheme",
            msg: Cow::Borrowed("URL scheme should be 'http' or 'https'"),
            input: render(value),
            ctx: Some(Ctx::ExpectedSchemes),
        });
    }
    Ok(url.into())
}

fn string(value: &Json) -> Result<String, FieldError> {
    match value {
        Json::Str(s) => Ok(s.clone()),
        _ => Err(FieldError {
            kind: "string_type",
            msg: Cow::Borrowed("Input should be a valid string"),
            input: render(value),
            ctx: None,
        }),
    }
}

/// Validates an optional (nullable) field: absent or `null` is `None`.
fn optional<T>(
    body: &Json,
    key: &'static str,
    check: fn(&Json) -> Result<T, FieldError>,
    prefix: &[Loc],
    errors: &mut Vec<ErrorItem>,
) -> Option<T> {
    match body.get(key) {
        None | Some(Json::Null) => None,
        Some(value) => check(value)
            .map_err(|e| errors.push(e.at(loc(prefix, key))))
            .ok(),
    }
}

fn loc(prefix: &[Loc], key: &'static str) -> Vec<Loc> {
    let mut loc = prefix.to_vec();
    loc.push(Loc::from(key));
    loc
}

/// A valid `MemberSessionCreate`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct MemberSessionCreate {
    pub(crate) member_id: Uuid,
    pub(crate) return_url: Option<String>,
}

/// Validates the body of `POST /v1/member-sessions/` (already known to be present).
pub(crate) fn member_session_create(body: &Json) -> Result<MemberSessionCreate, Vec<ErrorItem>> {
    let prefix = [Loc::from("body")];
    if !matches!(body, Json::Object(_)) {
        return Err(vec![not_an_object(body, prefix.to_vec())]);
    }
    let mut errors = Vec::new();
    let member_id = match body.get("member_id") {
        None => {
            errors.push(missing(body).at(loc(&prefix, "member_id")));
            None
        }
        Some(value) => uuid4(value)
            .map_err(|e| errors.push(e.at(loc(&prefix, "member_id"))))
            .ok(),
    };
    let return_url = optional(body, "return_url", http_url, &prefix, &mut errors);
    match member_id {
        Some(member_id) if errors.is_empty() => Ok(MemberSessionCreate {
            member_id,
            return_url,
        }),
        _ => Err(errors),
    }
}

/// How a customer-session request names its customer.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum CustomerKey {
    Id(Uuid),
    External(String),
}

/// A valid `CustomerSessionCustomerIDCreate | CustomerSessionCustomerExternalIDCreate`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CustomerSessionCreate {
    pub(crate) customer: CustomerKey,
    pub(crate) member_id: Option<Uuid>,
    pub(crate) external_member_id: Option<String>,
    pub(crate) return_url: Option<String>,
}

const BY_ID: &str = "CustomerSessionCustomerIDCreate";
const BY_EXTERNAL_ID: &str = "CustomerSessionCustomerExternalIDCreate";

/// Validates one member of the customer-session union; errors are located under the member's class name.
fn customer_session_member(
    body: &Json,
    by_id: bool,
) -> Result<CustomerSessionCreate, Vec<ErrorItem>> {
    let prefix = [
        Loc::from("body"),
        Loc::from(if by_id { BY_ID } else { BY_EXTERNAL_ID }),
    ];
    if !matches!(body, Json::Object(_)) {
        return Err(vec![not_an_object(body, prefix.to_vec())]);
    }
    let mut errors = Vec::new();
    let member_id = optional(body, "member_id", uuid4, &prefix, &mut errors);
    let external_member_id = optional(body, "external_member_id", string, &prefix, &mut errors);
    let return_url = optional(body, "return_url", http_url, &prefix, &mut errors);
    let customer = if by_id {
        match body.get("customer_id") {
            None => {
                errors.push(missing(body).at(loc(&prefix, "customer_id")));
                None
            }
            Some(v) => uuid4(v)
                .map(CustomerKey::Id)
                .map_err(|e| errors.push(e.at(loc(&prefix, "customer_id"))))
                .ok(),
        }
    } else {
        // `validation_alias=AliasChoices("external_customer_id", "customer_external_id")`: the first present
        // alias is used, and errors are located at it.
        let key = ["external_customer_id", "customer_external_id"]
            .into_iter()
            .find(|k| body.get(k).is_some());
        match key {
            None => {
                errors.push(missing(body).at(loc(&prefix, "external_customer_id")));
                None
            }
            Some(key) => body
                .get(key)
                .map(|v| {
                    string(v)
                        .map(CustomerKey::External)
                        .map_err(|e| errors.push(e.at(loc(&prefix, key))))
                })
                .and_then(Result::ok),
        }
    };
    match customer {
        Some(customer) if errors.is_empty() => Ok(CustomerSessionCreate {
            customer,
            member_id,
            external_member_id,
            return_url,
        }),
        _ => Err(errors),
    }
}

/// Validates the body of `POST /v1/customer-sessions/` (already known to be present) as pydantic's smart-mode
/// union does: when both forms validate, the exact one wins (the external-id form, unless a `member_id` or
/// `return_url` made it lax too), and on a tie the first (customer id) form; when neither does, the errors of
/// both are listed, the id form's first.
pub(crate) fn customer_session_create(
    body: &Json,
) -> Result<CustomerSessionCreate, Vec<ErrorItem>> {
    match (
        customer_session_member(body, true),
        customer_session_member(body, false),
    ) {
        (Ok(by_id), Ok(by_external)) => {
            let external_is_exact =
                by_external.member_id.is_none() && by_external.return_url.is_none();
            Ok(if external_is_exact {
                by_external
            } else {
                by_id
            })
        }
        (Ok(by_id), Err(_)) => Ok(by_id),
        (Err(_), Ok(by_external)) => Ok(by_external),
        (Err(mut errors), Err(more)) => {
            errors.extend(more);
            Err(errors)
        }
    }
}

/// An error item raised by the service itself (`PolarRequestValidationError`, type `value_error`, no ctx).
pub(crate) fn value_error(
    field: &'static str,
    msg: &'static str,
    input: Option<&str>,
) -> ErrorItem {
    let input = match input {
        Some(text) => {
            let mut literal = String::with_capacity(text.len() + 2);
            push_str_literal(&mut literal, text);
            literal
        }
        None => "null".to_owned(),
    };
    ErrorItem {
        kind: "value_error",
        loc: vec![Loc::from("body"), Loc::from(field)],
        msg: Cow::Borrowed(msg),
        input: Some(input),
        ctx: None,
    }
}

/// The `json_invalid` item for a body Python's `json` module rejects.
pub(crate) fn json_invalid(msg: &'static str, pos: usize) -> ErrorItem {
    ErrorItem {
        kind: "json_invalid",
        loc: vec![Loc::from("body"), Loc::Index(pos)],
        msg: Cow::Borrowed("JSON decode error"),
        input: Some("{}".to_owned()),
        ctx: Some(Ctx::Error(msg.to_owned())),
    }
}

/// The item FastAPI reports for a required body that is absent (empty, or JSON `null`).
pub(crate) fn body_missing() -> ErrorItem {
    ErrorItem {
        kind: "missing",
        loc: vec![Loc::from("body")],
        msg: Cow::Borrowed("Field required"),
        input: Some("null".to_owned()),
        ctx: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected texts: the recorded examples, and pydantic 2.13 for the cases they do not cover.
    #[test]
    fn uuid_errors() {
        let long = "invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found";
        assert_eq!(uuid_parse_error("not-a-uuid"), format!("{long} `n` at 1"));
        assert_eq!(
            uuid_parse_error("{3fa85f64-5717-4562-b3fc-2c963f66afa6"),
            format!("{long} `{{` at 1")
        );
        assert_eq!(uuid_parse_error("urn:uuid:x"), format!("{long} `x` at 10"));
        assert_eq!(
            uuid_parse_error(""),
            "invalid length: expected length 32 for simple format, found 0"
        );
        assert_eq!(
            uuid_parse_error("3fa85f64-5717-4562-b3fc"),
            "invalid group count: expected 5, found 4"
        );
        assert_eq!(
            uuid_parse_error("3fa85f64-5717-4562-b3fc-2c963f66afa"),
            "invalid group length in group 4: expected 12, found 11"
        );
        assert_eq!(
            uuid_parse_error("3fa85f6-45717-4562-b3fc-2c963f66afa6"),
            "invalid group length in group 0: expected 8, found 7"
        );
    }

    #[test]
    fn uuid_versions() {
        let s = |v: &str| Json::Str(v.to_owned());
        assert!(uuid4(&s("3fa85f64-5717-4562-b3fc-2c963f66afa6")).is_ok());
        assert!(uuid4(&s("3FA85F64-5717-4562-B3FC-2C963F66AFA6")).is_ok());
        assert!(uuid4(&s("{3fa85f64-5717-4562-b3fc-2c963f66afa6}")).is_ok());
        assert!(uuid4(&s("3fa85f6457174562b3fc2c963f66afa6")).is_ok());
        for v in [
            "3fa85f64-5717-4562-c3fc-2c963f66afa6",
            "a8098c1a-f86e-11da-bd1a-00112444be1e",
        ] {
            assert_eq!(uuid4(&s(v)).map_err(|e| e.kind), Err("uuid_version"));
        }
    }

    #[test]
    fn urls() {
        let s = |v: &str| http_url(&Json::Str(v.to_owned())).map_err(|e| (e.kind, e.ctx));
        assert_eq!(
            s("HTTPS://Example.COM:443?x#y"),
            Ok("https://example.com/?x#y".to_owned())
        );
        assert_eq!(
            s("https://Example.COM"),
            Ok("https://example.com/".to_owned())
        );
        assert_eq!(
            s(""),
            Err(("url_parsing", Some(Ctx::Error("input is empty".to_owned()))))
        );
        assert_eq!(
            s("http://"),
            Err(("url_parsing", Some(Ctx::Error("empty host".to_owned()))))
        );
        assert_eq!(
            s("javascript:alert(1)"),
            Err(("url_scheme", Some(Ctx::ExpectedSchemes)))
        );
        let long = format!("https://a.com/{}", "é".repeat(1100));
        assert_eq!(s(&long), Err(("url_too_long", Some(Ctx::MaxLength(2083)))));
    }
}
