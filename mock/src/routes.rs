//! The API itself: what the real server answers to a request, in the order it checks things.
//!
//! 1. Token middleware (before routing): a bearer token that matches nothing → 401 `invalid_token`.
//! 2. Rate limit of the token's organization → 429.
//! 3. Routing: unknown path → 404; path without its trailing slash → 307; other method → 405.
//! 4. Body decoding: malformed JSON → 422 `json_invalid`; undecodable bytes → 400.
//! 5. Authenticator dependency: no (or non-Bearer) token → 401 `Unauthorized`; scope missing → 403.
//! 6. Body validation → 422 `RequestValidationError`.
//! 7. The service: lookups → 422 `PolarRequestValidationError`; feature flags → 403 `NotPermitted`; 201.

use std::borrow::Cow;
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

use chrono::TimeDelta;
use hyper::body::Bytes;
use hyper::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use hyper::http::{Method, StatusCode};
use serde::Serialize;
use uuid::Uuid;

use crate::pyjson::{self, DecodeFailure, Json};
use crate::render::{self, SessionCore};
use crate::seed::{now, random_token, random_uuid};
use crate::state::{Caller, State};
use crate::validate::{self, CustomerKey, ErrorItem};

/// A response, headers in the order the real server sends them.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Reply {
    pub(crate) status: StatusCode,
    pub(crate) headers: Vec<(HeaderName, HeaderValue)>,
    pub(crate) body: Bytes,
    /// Sent with `transfer-encoding: chunked` instead of a `content-length`.
    pub(crate) chunked: bool,
}

const APPLICATION_JSON: HeaderValue = HeaderValue::from_static("application/json");

impl Reply {
    fn content_length(body: &Bytes) -> HeaderValue {
        HeaderValue::from(body.len())
    }

    /// `content-length`, then `content-type: application/json` (Starlette's `JSONResponse`).
    fn json(status: StatusCode, body: impl Into<Bytes>) -> Self {
        let body = body.into();
        let headers = vec![
            (header::CONTENT_LENGTH, Self::content_length(&body)),
            (header::CONTENT_TYPE, APPLICATION_JSON),
        ];
        Self {
            status,
            headers,
            body,
            chunked: false,
        }
    }

    /// The OAuth2 error form (`authlib` style: Python's default `", "` spacing, no `detail`).
    fn oauth2(status: StatusCode, body: &'static str, www_authenticate: &'static str) -> Self {
        let body = Bytes::from_static(body.as_bytes());
        let headers = vec![
            (header::CONTENT_TYPE, APPLICATION_JSON),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
            (header::PRAGMA, HeaderValue::from_static("no-cache")),
            (
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static(www_authenticate),
            ),
            (header::CONTENT_LENGTH, Self::content_length(&body)),
        ];
        Self {
            status,
            headers,
            body,
            chunked: false,
        }
    }

    /// Starlette's plain-text 500 for an unhandled exception.
    pub(crate) fn internal_server_error() -> Self {
        let body = Bytes::from_static(b"Internal Server Error");
        let headers = vec![
            (header::CONTENT_LENGTH, Self::content_length(&body)),
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/plain; charset=utf-8"),
            ),
        ];
        Self {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            headers,
            body,
            chunked: false,
        }
    }

    /// Polar's 429: only `retry-after`, and an empty chunked body.
    fn rate_limited(retry_after_secs: u64) -> Self {
        let headers = vec![(header::RETRY_AFTER, HeaderValue::from(retry_after_secs))];
        Self {
            status: StatusCode::TOO_MANY_REQUESTS,
            headers,
            body: Bytes::new(),
            chunked: true,
        }
    }
}

const INVALID_TOKEN_BODY: &str = "{\"error\": \"invalid_token\", \"error_description\": \"The access token provided is \
                                  expired, revoked, malformed, or invalid for other reasons.\"}";
const INVALID_TOKEN_CHALLENGE: &str = "Bearer realm=\"polar\", error=\"invalid_token\", error_description=\"The access \
                                       token provided is expired, revoked, malformed, or invalid for other reasons.\"";
const INSUFFICIENT_SCOPE_BODY: &str = "{\"error\": \"insufficient_scope\", \"error_description\": \"The request \
                                       requires higher privileges than provided by the access token.\"}";

/// A request as the API sees it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RequestView<'a> {
    pub(crate) method: &'a Method,
    pub(crate) path: &'a str,
    pub(crate) query: Option<&'a str>,
    pub(crate) headers: &'a HeaderMap,
    pub(crate) body: &'a [u8],
    /// `host:port` the server listens on, for redirects of requests without a `Host` header.
    pub(crate) local_host: &'a str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Route {
    MemberSessions,
    CustomerSessions,
}

impl Route {
    const ALL: [(Route, &'static str); 2] = [
        (Route::MemberSessions, "/v1/member-sessions/"),
        (Route::CustomerSessions, "/v1/customer-sessions/"),
    ];
}

pub(crate) fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    // The state stays consistent even if a thread panicked while holding the lock (no multi-step updates).
    state
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Answers one request.
pub(crate) fn respond(state: &Mutex<State>, req: &RequestView<'_>) -> Reply {
    let token = bearer_token(req.headers);
    let (caller, retired) = {
        let mut st = lock(state);
        let caller = match token {
            None => None,
            Some(token) => match st.caller(token) {
                Some(caller) => Some(caller),
                None => {
                    return Reply::oauth2(
                        StatusCode::UNAUTHORIZED,
                        INVALID_TOKEN_BODY,
                        INVALID_TOKEN_CHALLENGE,
                    );
                }
            },
        };
        if let Some(caller) = caller
            && let Some(retry_after) = st.over_rate_limit(caller.organization_id, Instant::now())
        {
            return Reply::rate_limited(retry_after);
        }
        (caller, st.member_sessions_retired)
    };

    let route = match find_route(req, retired) {
        Ok(route) => route,
        Err(reply) => return reply,
    };

    let body = match read_body(req.headers, req.body) {
        Ok(body) => body,
        Err(reply) => return reply,
    };

    let Some(caller) = caller else {
        let body = Bytes::from_static(b"{\"error\":\"Unauthorized\",\"detail\":\"Unauthorized\"}");
        let headers = vec![
            (
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"polar\""),
            ),
            (header::CONTENT_LENGTH, Reply::content_length(&body)),
            (header::CONTENT_TYPE, APPLICATION_JSON),
        ];
        return Reply {
            status: StatusCode::UNAUTHORIZED,
            headers,
            body,
            chunked: false,
        };
    };
    let (allowed, challenge) = match route {
        Route::MemberSessions => (
            caller.member_sessions_write,
            "Bearer realm=\"polar\", scope=\"web:write member_sessions:write\", error=\"insufficient_scope\", \
             error_description=\"The request requires higher privileges than provided by the access token.\"",
        ),
        Route::CustomerSessions => (
            caller.customer_sessions_write,
            "Bearer realm=\"polar\", scope=\"web:write customer_sessions:write\", error=\"insufficient_scope\", \
             error_description=\"The request requires higher privileges than provided by the access token.\"",
        ),
    };
    if !allowed {
        return Reply::oauth2(StatusCode::FORBIDDEN, INSUFFICIENT_SCOPE_BODY, challenge);
    }

    let body = match body {
        Body::Present(body) => body,
        Body::Missing => {
            return validation_error("RequestValidationError", vec![validate::body_missing()]);
        }
        Body::Undecodable => return Reply::internal_server_error(),
    };
    match route {
        Route::MemberSessions => match validate::member_session_create(&body) {
            Ok(create) => create_member_session(&mut lock(state), caller, create),
            Err(errors) => validation_error("RequestValidationError", errors),
        },
        Route::CustomerSessions => match validate::customer_session_create(&body) {
            Ok(create) => create_customer_session(&mut lock(state), caller, create),
            Err(errors) => validation_error("RequestValidationError", errors),
        },
    }
}

/// The bearer credential the way Polar's middleware extracts it: scheme compared case-insensitively, the rest
/// of the value after the first space taken as is; a non-ASCII credential counts as none.
fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.as_bytes();
    let (scheme, credential) = match value.iter().position(|b| *b == b' ') {
        Some(space) => (&value[..space], &value[space + 1..]),
        None => (value, &value[value.len()..]),
    };
    if credential.is_empty() || !scheme.eq_ignore_ascii_case(b"bearer") || !credential.is_ascii() {
        return None;
    }
    std::str::from_utf8(credential).ok()
}

/// Starlette's router: exact match, then the trailing-slash redirect, then 404.
fn find_route(req: &RequestView<'_>, retired: bool) -> Result<Route, Reply> {
    let path = percent_decode(req.path);
    let routes = || {
        Route::ALL
            .into_iter()
            .filter(move |(route, _)| !(retired && *route == Route::MemberSessions))
    };
    if let Some((route, _)) = routes().find(|(_, route_path)| *path == **route_path) {
        if req.method == Method::POST {
            return Ok(route);
        }
        let body = Bytes::from_static(b"{\"detail\":\"Method Not Allowed\"}");
        let headers = vec![
            (header::ALLOW, HeaderValue::from_static("POST")),
            (header::CONTENT_LENGTH, Reply::content_length(&body)),
            (header::CONTENT_TYPE, APPLICATION_JSON),
        ];
        return Err(Reply {
            status: StatusCode::METHOD_NOT_ALLOWED,
            headers,
            body,
            chunked: false,
        });
    }
    let toggled = match path.strip_suffix('/') {
        Some(stripped) => stripped.trim_end_matches('/').to_owned(),
        None => format!("{path}/"),
    };
    if let Some((_, route_path)) = routes().find(|(_, route_path)| toggled == *route_path) {
        let host = req
            .headers
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .filter(|h| !h.is_empty())
            .unwrap_or(req.local_host);
        let mut location = format!("http://{host}{route_path}");
        if let Some(query) = req.query.filter(|q| !q.is_empty()) {
            location.push('?');
            location.push_str(query);
        }
        let location = HeaderValue::from_str(&location)
            .or_else(|_| HeaderValue::from_str(&format!("http://{}{route_path}", req.local_host)))
            .unwrap_or(HeaderValue::from_static("/"));
        let headers = vec![
            (header::CONTENT_LENGTH, HeaderValue::from(0)),
            (header::LOCATION, location),
        ];
        return Err(Reply {
            status: StatusCode::TEMPORARY_REDIRECT,
            headers,
            body: Bytes::new(),
            chunked: false,
        });
    }
    Err(Reply::json(
        StatusCode::NOT_FOUND,
        Bytes::from_static(b"{\"detail\":\"Not Found\"}"),
    ))
}

/// Decodes `%XX` escapes (Starlette routes on the decoded path).
fn percent_decode(path: &str) -> Cow<'_, str> {
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

/// The request body as FastAPI hands it to validation.
enum Body {
    /// Empty, or JSON `null`.
    Missing,
    Present(Json),
    /// A non-JSON body that is not UTF-8: echoing it in a 422 makes the real server fail with a 500.
    Undecodable,
}

/// FastAPI's body reading: JSON when there is no content type or a JSON one, raw text otherwise.
fn read_body(headers: &HeaderMap, body: &[u8]) -> Result<Body, Reply> {
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

fn validation_error(error: &'static str, detail: Vec<ErrorItem>) -> Reply {
    match validate::error_body(error, &detail) {
        Some(body) => Reply::json(StatusCode::UNPROCESSABLE_ENTITY, body),
        // `json.dumps(..., allow_nan=False)` raised: the real server answers a plain 500.
        None => Reply::internal_server_error(),
    }
}

#[derive(Serialize)]
struct PolarError<'a> {
    error: &'static str,
    detail: &'a str,
}

/// Creates the session fields shared by both routes.
struct NewSession {
    id: Uuid,
    created_at: chrono::DateTime<chrono::Utc>,
    expires_at: chrono::DateTime<chrono::Utc>,
    token: String,
}

impl NewSession {
    fn new(prefix: &str) -> Self {
        let created_at = now();
        Self {
            id: random_uuid(),
            created_at,
            expires_at: created_at + TimeDelta::hours(1),
            token: random_token(prefix),
        }
    }

    fn core<'a>(&'a self, return_url: Option<&'a str>, portal_url: &'a str) -> SessionCore<'a> {
        SessionCore {
            id: self.id,
            created_at: self.created_at,
            expires_at: self.expires_at,
            token: &self.token,
            return_url,
            portal_url,
        }
    }
}

fn created(body: Vec<u8>) -> Reply {
    Reply::json(StatusCode::CREATED, body)
}

fn create_member_session(
    st: &mut State,
    caller: Caller,
    create: validate::MemberSessionCreate,
) -> Reply {
    let found = st
        .member(create.member_id)
        .filter(|m| m.member.deleted_at.is_none())
        .and_then(|member| {
            st.live_customer(caller.organization_id, member.member.customer_id)
                .map(|customer| (member, customer))
        });
    let Some((member, customer)) = found else {
        let item = validate::value_error(
            "member_id",
            "Member does not exist.",
            Some(&create.member_id.to_string()),
        );
        return validation_error("PolarRequestValidationError", vec![item]);
    };
    let Some(org) = st.organization(caller.organization_id) else {
        return Reply::internal_server_error();
    };
    let mut missing = Vec::new();
    if !org.member_model_enabled {
        missing.push("member_model_enabled");
    }
    if !org.seat_based_pricing_enabled {
        missing.push("seat_based_pricing_enabled");
    }
    if !missing.is_empty() {
        let detail = format!(
            "Member sessions require {} to be enabled for the organization. Use customer sessions instead.",
            missing.join(", ")
        );
        return Reply::json(
            StatusCode::FORBIDDEN,
            pyjson::to_vec(&PolarError {
                error: "NotPermitted",
                detail: &detail,
            }),
        );
    }
    let session = NewSession::new("polar_mst_");
    let portal = render::portal_url(
        &st.frontend_url,
        &org.slug,
        "member_session_token",
        &session.token,
        Some(&member.member.email),
    );
    let core = session.core(create.return_url.as_deref(), &portal);
    created(render::member_session(
        &core,
        (member.member.id, &member.json),
        (customer.customer.id, &customer.json),
    ))
}

fn create_customer_session(
    st: &mut State,
    caller: Caller,
    create: validate::CustomerSessionCreate,
) -> Reply {
    let org_id = caller.organization_id;
    let (customer, field, input) = match &create.customer {
        CustomerKey::Id(id) => (st.live_customer(org_id, *id), "customer_id", id.to_string()),
        CustomerKey::External(ext) => (
            st.live_customer_by_external_id(org_id, ext),
            "external_customer_id",
            ext.clone(),
        ),
    };
    let Some(customer) = customer else {
        let item = validate::value_error(field, "Customer does not exist.", Some(&input));
        return validation_error("PolarRequestValidationError", vec![item]);
    };
    let customer_id = customer.customer.id;
    let Some(org) = st.organization(org_id) else {
        return Reply::internal_server_error();
    };
    let member_model = org.member_model_enabled;

    // In a member-model organization the server creates a member session and returns it in this shape.
    let member_id = if member_model {
        let not_found = |field: &'static str, input: &str| {
            let item = validate::value_error(
                field,
                "Member does not exist for this customer.",
                Some(input),
            );
            validation_error("PolarRequestValidationError", vec![item])
        };
        if let Some(id) = create.member_id {
            match st.live_member_of(customer_id, |m| m.id == id) {
                Some(member) => Some(member.member.id),
                None => return not_found("member_id", &id.to_string()),
            }
        } else if let Some(external) = &create.external_member_id {
            match st.live_member_of(customer_id, |m| m.external_id.as_ref() == Some(external)) {
                Some(member) => Some(member.member.id),
                None => return not_found("external_member_id", external),
            }
        } else if customer.customer.customer_type == crate::seed::CustomerType::Team {
            let item = validate::value_error(
                "member_id",
                "member_id is required for team customers.",
                None,
            );
            return validation_error("PolarRequestValidationError", vec![item]);
        } else {
            match st.owner_member(customer_id) {
                Some(id) => Some(id),
                None => {
                    let item = validate::value_error(
                        "customer_id",
                        "No owner member found for this customer.",
                        Some(&customer_id.to_string()),
                    );
                    return validation_error("PolarRequestValidationError", vec![item]);
                }
            }
        }
    } else {
        None
    };

    let (Some(org), Some(customer)) = (st.organization(org_id), st.customer(customer_id)) else {
        return Reply::internal_server_error();
    };
    let member = member_id.and_then(|id| st.member(id));
    let session = NewSession::new(if member.is_some() {
        "polar_mst_"
    } else {
        "polar_cst_"
    });
    let email = match member {
        Some(member) => Some(member.member.email.as_str()),
        None => customer.customer.email.as_deref(),
    };
    let portal = render::portal_url(
        &st.frontend_url,
        &org.slug,
        "customer_session_token",
        &session.token,
        email,
    );
    let core = session.core(create.return_url.as_deref(), &portal);
    created(render::customer_session(
        &core,
        (customer.customer.id, &customer.json),
    ))
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
    fn bearer_tokens() {
        let get = |v: &'static str| {
            let mut h = HeaderMap::new();
            h.insert(header::AUTHORIZATION, HeaderValue::from_static(v));
            bearer_token(&h).map(str::to_owned)
        };
        assert_eq!(get("Bearer abc"), Some("abc".to_owned()));
        assert_eq!(get("bEaReR abc"), Some("abc".to_owned()));
        assert_eq!(get("Bearer a b"), Some("a b".to_owned()));
        assert_eq!(get("Bearer"), None);
        assert_eq!(get("Basic abc"), None);
        assert_eq!(get("abc"), None);
    }

    #[test]
    fn decoding_paths() {
        assert_eq!(
            percent_decode("/v1/member%2Dsessions/"),
            "/v1/member-sessions/"
        );
        assert_eq!(percent_decode("/a%2"), "/a%2");
        assert_eq!(percent_decode("/a%zz"), "/a%zz");
    }
}
