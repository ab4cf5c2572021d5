//! Routing: the path as Starlette sees it, versions, the legacy prefix and CORS preflights.

use std::borrow::Cow;
use std::sync::OnceLock;

use hyper::body::Bytes;
use hyper::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use hyper::http::{Method, StatusCode};

use super::RequestView;
use super::reply::{APPLICATION_JSON, Reply};
use crate::spec::{
    Answer, AnswerKind, BodyKind, Credential, Found, Operation, RequestBody, Schema, api,
};

/// Decodes `%XX` escapes (Starlette routes on the decoded path).
pub(crate) fn percent_decode(path: &str) -> Cow<'_, str> {
    if !path.contains('%') {
        return Cow::Borrowed(path);
    }
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    Cow::Owned(String::from_utf8_lossy(&out).into_owned())
}

/// The header naming the version an answer was made for.
pub(crate) static POLAR_VERSION: HeaderName = HeaderName::from_static("polar-version");
/// The header of answers to the legacy `/api/v1` prefix.
pub(crate) static DEPRECATION_NOTICE: HeaderName =
    HeaderName::from_static("x-polar-deprecation-notice");
pub(crate) const LEGACY_NOTICE: &str =
    "The API root has moved from /api/v1 to /v1. Please update your integration.";

/// The API versions the mock answers (it serves the 2026-10 document for both; see the README).
pub(crate) const VERSIONS: &[&str] = &["2026-04", "2026-10"];

/// Methods and headers Polar's CORS middleware allows.
const CORS_METHODS: &str = "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT";
const CORS_HEADERS: &str = "Accept, Accept-Language, Authorization, Content-Language, Content-Type";

/// Starlette's CORS middleware answering a preflight: any origin, Polar's methods and headers; a method
/// or a header it does not allow is a 400 `Disallowed CORS method, headers` (with the same headers).
pub(crate) fn cors_preflight(req: &RequestView<'_>) -> Option<Reply> {
    if req.method != Method::OPTIONS || !req.headers.contains_key(header::ORIGIN) {
        return None;
    }
    let method = req.headers.get(header::ACCESS_CONTROL_REQUEST_METHOD)?;
    let mut failures = Vec::new();
    let method_allowed = method
        .to_str()
        .is_ok_and(|m| CORS_METHODS.split(", ").any(|allowed| allowed == m));
    if !method_allowed {
        failures.push("method");
    }
    let requested = req
        .headers
        .get(header::ACCESS_CONTROL_REQUEST_HEADERS)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    let headers_allowed = requested
        .split(',')
        .map(str::trim)
        .filter(|h| !h.is_empty())
        .all(|h| {
            CORS_HEADERS
                .split(", ")
                .any(|allowed| allowed.eq_ignore_ascii_case(h))
        });
    if !headers_allowed {
        failures.push("headers");
    }
    let (status, body) = if failures.is_empty() {
        (StatusCode::OK, Bytes::from_static(b"OK"))
    } else {
        let text = format!("Disallowed CORS {}", failures.join(", "));
        (StatusCode::BAD_REQUEST, Bytes::from(text))
    };
    let headers = vec![
        (header::VARY, HeaderValue::from_static("Origin")),
        (
            header::ACCESS_CONTROL_ALLOW_METHODS,
            HeaderValue::from_static(CORS_METHODS),
        ),
        (
            header::ACCESS_CONTROL_MAX_AGE,
            HeaderValue::from_static("600"),
        ),
        (
            header::ACCESS_CONTROL_ALLOW_HEADERS,
            HeaderValue::from_static(CORS_HEADERS),
        ),
        (
            header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        ),
        (header::CONTENT_LENGTH, Reply::content_length(&body)),
        (
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; charset=utf-8"),
        ),
    ];
    Some(Reply {
        status,
        headers,
        body,
        chunked: false,
    })
}

/// The version a request asks for: its `Polar-Version`, or the default. A malformed or unknown one is
/// Polar's `404 {"detail":"Not Found"}`, whatever the path, without a `polar-version` header.
pub(crate) fn version(headers: &HeaderMap, default: &str) -> Result<&'static str, Reply> {
    let asked = match headers.get("polar-version") {
        None => default,
        Some(value) => value.to_str().unwrap_or_default(),
    };
    VERSIONS
        .iter()
        .find(|v| **v == asked)
        .copied()
        .ok_or_else(not_found_path)
}

/// Starlette's 404 for a path no route has.
pub(crate) fn not_found_path() -> Reply {
    Reply::json(
        StatusCode::NOT_FOUND,
        Bytes::from_static(b"{\"detail\":\"Not Found\"}"),
    )
}

/// The path without the legacy `/api` in front of `/v1`, and whether it had it.
pub(crate) fn strip_legacy_prefix(path: &str) -> (Cow<'_, str>, bool) {
    let decoded = percent_decode(path);
    match decoded.strip_prefix("/api") {
        Some(rest) if rest == "/v1" || rest.starts_with("/v1/") => {
            (Cow::Owned(rest.to_owned()), true)
        }
        _ => (decoded, false),
    }
}

/// What routing decided.
pub(crate) enum Routed {
    Operation(&'static Operation, Vec<(&'static str, String)>),
    Reply(Reply),
}

/// The retired `POST /v1/member-sessions/`, routed beside the document's operations.
fn member_sessions() -> &'static Operation {
    static OP: OnceLock<Operation> = OnceLock::new();
    OP.get_or_init(|| Operation {
        id: "member-sessions:create".to_owned(),
        method: "POST".to_owned(),
        path: MEMBER_SESSIONS.to_owned(),
        credentials: vec![Credential::Organization, Credential::User],
        scopes: vec!["member_sessions:write".to_owned()],
        params: Vec::new(),
        body: Some(RequestBody {
            kind: BodyKind::Json,
            required: true,
            schema: Schema::Any,
        }),
        answer: Answer {
            status: 201,
            kind: AnswerKind::Json,
            schema: None,
        },
        crud: None,
        own: crate::handlers::own("member-sessions:create"),
    })
}

const MEMBER_SESSIONS: &str = "/v1/member-sessions/";

/// Starlette's router over the document's paths (and the retired member-session path unless `retired`).
pub(crate) fn find(req: &RequestView<'_>, path: &str, retired: bool) -> Routed {
    let found = if path == MEMBER_SESSIONS && !retired {
        if req.method == Method::POST {
            return Routed::Operation(member_sessions(), Vec::new());
        }
        Found::MethodNotAllowed("POST")
    } else if path == MEMBER_SESSIONS.trim_end_matches('/') && !retired {
        Found::Redirect(MEMBER_SESSIONS.to_owned())
    } else {
        api().find(req.method.as_str(), path)
    };
    match found {
        Found::Operation(op, params) => Routed::Operation(op, params),
        Found::Unknown => Routed::Reply(not_found_path()),
        Found::MethodNotAllowed(allow) => {
            let body = Bytes::from_static(b"{\"detail\":\"Method Not Allowed\"}");
            let headers = vec![
                (header::ALLOW, HeaderValue::from_static(allow_value(allow))),
                (header::CONTENT_LENGTH, Reply::content_length(&body)),
                (header::CONTENT_TYPE, APPLICATION_JSON),
            ];
            Routed::Reply(Reply {
                status: StatusCode::METHOD_NOT_ALLOWED,
                headers,
                body,
                chunked: false,
            })
        }
        Found::Redirect(target) => Routed::Reply(redirect(req, &target)),
    }
}

fn allow_value(method: &str) -> &'static str {
    match method {
        "GET" => "GET",
        "POST" => "POST",
        "PUT" => "PUT",
        "PATCH" => "PATCH",
        _ => "DELETE",
    }
}

/// Starlette's `redirect_slashes`: 307 to the other form, on the request's own host, query kept.
fn redirect(req: &RequestView<'_>, target: &str) -> Reply {
    let host = req
        .headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| !h.is_empty())
        .unwrap_or(req.local_host);
    let mut location = format!("http://{host}{target}");
    if let Some(query) = req.query.filter(|q| !q.is_empty()) {
        location.push('?');
        location.push_str(query);
    }
    let location = HeaderValue::from_str(&location)
        .or_else(|_| HeaderValue::from_str(&format!("http://{}{target}", req.local_host)))
        .unwrap_or(HeaderValue::from_static("/"));
    let headers = vec![
        (header::CONTENT_LENGTH, HeaderValue::from(0)),
        (header::LOCATION, location),
    ];
    Reply {
        status: StatusCode::TEMPORARY_REDIRECT,
        headers,
        body: Bytes::new(),
        chunked: false,
    }
}

/// The query string as `(key, value)` pairs, `+` and `%XX` decoded (form encoding, as Starlette reads it).
pub(crate) fn query_pairs(query: Option<&str>) -> Vec<(String, String)> {
    let Some(query) = query else {
        return Vec::new();
    };
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let decode = |s: &str| percent_decode(&s.replace('+', " ")).into_owned();
            (decode(k), decode(v))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_paths() {
        assert_eq!(
            percent_decode("/v1/member%2Dsessions/"),
            "/v1/member-sessions/"
        );
        assert_eq!(percent_decode("/a%2"), "/a%2");
        assert_eq!(percent_decode("/a%zz"), "/a%zz");
    }

    #[test]
    fn legacy_prefix() {
        assert_eq!(
            strip_legacy_prefix("/api/v1/customers/"),
            (Cow::Borrowed("/v1/customers/"), true)
        );
        assert_eq!(
            strip_legacy_prefix("/api/v10/"),
            (Cow::Borrowed("/api/v10/"), false)
        );
        assert_eq!(
            strip_legacy_prefix("/v1/customers/"),
            (Cow::Borrowed("/v1/customers/"), false)
        );
    }

    #[test]
    fn query_strings() {
        assert_eq!(
            query_pairs(Some("a=1&b=x+y&a=%32&&c")),
            [("a", "1"), ("b", "x y"), ("a", "2"), ("c", "")]
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
        );
    }
}
