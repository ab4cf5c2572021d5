//! Reading a request body as FastAPI does: JSON, a form, or text.

use hyper::body::Bytes;
use hyper::http::StatusCode;
use hyper::http::header::{self, HeaderMap, HeaderValue};

use super::reply::{Reply, validation_error};
use crate::pyjson::{self, DecodeFailure, Json};
use crate::validate;

/// The request body as FastAPI hands it to validation.
#[derive(Debug)]
pub(crate) enum Body {
    /// Empty, or JSON `null`.
    Missing,
    Present(Json),
    /// A non-JSON body that is not UTF-8: echoing it in a 422 makes the real server fail with a 500.
    Undecodable,
}

/// FastAPI's body reading: JSON when there is no content type or a JSON one, raw text otherwise.
pub(crate) fn read_body(headers: &HeaderMap, body: &[u8]) -> Result<Body, Reply> {
    if body.is_empty() {
        return Ok(Body::Missing);
    }
    let is_json = match headers.get(header::CONTENT_TYPE).map(HeaderValue::as_bytes) {
        None | Some(b"") => true,
        Some(value) => is_json_content_type(&String::from_utf8_lossy(value)),
    };
    if !is_json {
        return Ok(match std::str::from_utf8(body) {
            Ok(text) => Body::Present(Json::Str(text.to_owned())),
            Err(_) => Body::Undecodable,
        });
    }
    match pyjson::decode(body) {
        Ok(Json::Null) => Ok(Body::Missing),
        Ok(value) => Ok(Body::Present(value)),
        Err(DecodeFailure::Syntax { msg, pos }) => Err(validation_error(
            "RequestValidationError",
            vec![validate::json_invalid(msg, pos)],
        )),
        Err(DecodeFailure::Other) => Err(Reply::json(
            StatusCode::BAD_REQUEST,
            Bytes::from_static(b"{\"detail\":\"There was an error parsing the body\"}"),
        )),
    }
}

/// Python's `email.message.Message.get_content_type()`, then FastAPI's test: `application/json` or
/// `application/*+json`.
fn is_json_content_type(value: &str) -> bool {
    let ctype = value.split(';').next().unwrap_or("").trim().to_lowercase();
    let mut parts = ctype.split('/');
    match (parts.next(), parts.next(), parts.next()) {
        (Some("application"), Some(subtype), None) => {
            subtype == "json" || subtype.ends_with("+json")
        }
        _ => false,
    }
}

/// An `application/x-www-form-urlencoded` body (OAuth2's token, revoke and introspect): its fields as
/// strings, the last of a repeated key winning.
pub(crate) fn read_form(body: &[u8]) -> Body {
    let text = String::from_utf8_lossy(body);
    let mut fields: Vec<(String, Json)> = Vec::new();
    for (key, value) in super::route::query_pairs(Some(&text)) {
        match fields.iter_mut().find(|(k, _)| *k == key) {
            Some(field) => field.1 = Json::Str(value),
            None => fields.push((key, Json::Str(value))),
        }
    }
    if fields.is_empty() {
        Body::Missing
    } else {
        Body::Present(Json::Object(fields))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_types() {
        for ct in [
            "application/json",
            "Application/JSON; charset=utf-8",
            " application/json ",
            "application/vnd.api+json",
        ] {
            assert!(is_json_content_type(ct), "{ct}");
        }
        for ct in [
            "text/plain",
            "application/x-www-form-urlencoded",
            "json",
            "application / json",
            "a/b/c",
        ] {
            assert!(!is_json_content_type(ct), "{ct}");
        }
    }

    #[test]
    fn forms() {
        let Body::Present(form) = read_form(b"grant_type=client_credentials&scope=a+b&scope=c%20d")
        else {
            panic!("no form");
        };
        assert_eq!(
            crate::pyjson::render(&form).as_deref(),
            Some(r#"{"grant_type":"client_credentials","scope":"c d"}"#)
        );
        assert!(matches!(read_form(b""), Body::Missing));
    }
}
