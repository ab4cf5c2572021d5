//! What the server answers to a request, in the order Polar's server checks things:
//!
//! 1. CORS preflight (`OPTIONS` with `Origin` and `Access-Control-Request-Method`) → 200, before anything.
//! 2. Version: a malformed or unsupported `Polar-Version` → 404 on every path ([`route::version`]); the legacy
//!    `/api/v1` prefix is served as `/v1`, with a deprecation notice.
//! 3. Token middleware: a bearer token that matches nothing → 401 `invalid_token` ([`auth`]).
//! 4. Rate limit of the token's organization → 429.
//! 5. Routing, from the spec: unknown path → 404; the other trailing-slash form → 307; other method → 405.
//! 6. Body decoding: malformed JSON → 422 `json_invalid`; undecodable bytes → 400 ([`body`]).
//! 7. Authenticator: no token, or one of a kind the operation does not take → 401; scope missing → 403.
//! 8. Validation of the path, the query and the body against the spec → 422 `RequestValidationError`.
//! 9. The operation ([`crate::handlers`]): another organization's ids → 404; the answer.

pub(crate) mod auth;
pub(crate) mod body;
pub(crate) mod reply;
pub(crate) mod route;

use std::borrow::Cow;
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

use hyper::http::header::{HeaderMap, HeaderValue};
use hyper::http::{Method, StatusCode};

use self::body::Body;
use self::reply::{Reply, validation_error};
use self::route::Routed;
use crate::handlers;
use crate::pyjson::Json;
use crate::spec::{BodyKind, Credential, Operation, ParamIn, Schema, api};
use crate::state::{Caller, State, Subject};
use crate::validate::schema::{missing, validate};
use crate::validate::{self, ErrorItem, Loc};

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

/// Server-wide settings the pipeline reads.
#[derive(Debug, Clone)]
pub(crate) struct Config {
    /// The version of requests without `Polar-Version`.
    pub(crate) default_version: String,
}

/// A request that passed routing and authentication, as the operation's handler gets it.
#[derive(Debug)]
pub(crate) struct Call<'a> {
    pub(crate) op: &'a Operation,
    pub(crate) path_params: Vec<(&'a str, String)>,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) body: Body,
    pub(crate) caller: Option<Caller>,
}

/// Items of a page without `limit` (Polar's default).
const DEFAULT_LIMIT: usize = 10;

impl Call<'_> {
    /// The items of the requested page (`page`, `limit`) of `items`.
    pub(crate) fn page_window<'i, T>(&self, items: &'i [T]) -> &'i [T] {
        let (page, limit) = self.page_and_limit();
        let start = (page - 1).saturating_mul(limit).min(items.len());
        &items[start..start.saturating_add(limit).min(items.len())]
    }

    /// A page of Polar's pagination: the page's items (each already JSON), `total_count` and
    /// `max_page` (a page past the end is 200 with empty `items`).
    pub(crate) fn page_reply<B: AsRef<[u8]>>(&self, total: usize, shown: &[B]) -> Reply {
        let (_, limit) = self.page_and_limit();
        let size: usize = shown.iter().map(|b| b.as_ref().len() + 1).sum();
        let mut out = Vec::with_capacity(size + 64);
        out.extend_from_slice(b"{\"items\":[");
        for (i, item) in shown.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            out.extend_from_slice(item.as_ref());
        }
        out.extend_from_slice(
            format!(
                "],\"pagination\":{{\"total_count\":{total},\"max_page\":{}}}}}",
                total.div_ceil(limit)
            )
            .as_bytes(),
        );
        Reply::json(StatusCode::OK, out)
    }

    /// The path parameter `name`, decoded.
    pub(crate) fn path_param(&self, name: &str) -> Option<&str> {
        self.path_params
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The path parameter `name` as a UUID.
    pub(crate) fn path_uuid(&self, name: &str) -> Option<uuid::Uuid> {
        self.path_param(name)
            .and_then(|v| uuid::Uuid::try_parse(v).ok())
    }

    /// `page` and `limit` of a list (validation has checked both are at least 1 when sent).
    pub(crate) fn page_and_limit(&self) -> (usize, usize) {
        let number = |name: &str, default: usize| {
            self.query
                .iter()
                .rev()
                .find(|(k, _)| k == name)
                .and_then(|(_, v)| v.parse::<usize>().ok())
                .unwrap_or(default)
                .max(1)
        };
        (number("page", 1), number("limit", DEFAULT_LIMIT))
    }
}

pub(crate) fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    // The state stays consistent even if a thread panicked while holding the lock (no multi-step updates).
    state
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The answer due before the body is read, if any: a CORS preflight, an unknown version, or a bearer
/// token that matches nothing (Polar resolves tokens in a middleware). Not while a scripted answer
/// is queued, which takes the next request whatever it is.
pub(crate) fn before_body(
    state: &Mutex<State>,
    config: &Config,
    req: &RequestView<'_>,
) -> Option<Reply> {
    let early = {
        let st = lock(state);
        st.script.is_empty()
            && (route::cors_preflight(req).is_some()
                || route::version(req.headers, &config.default_version).is_err()
                || auth::bearer_token(req.headers).is_some_and(|t| st.caller(t).is_none()))
    };
    // Those checks come before the body in `respond`: it gives the same answer without one.
    early.then(|| respond(state, config, req))
}

/// Answers one request.
pub(crate) fn respond(state: &Mutex<State>, config: &Config, req: &RequestView<'_>) -> Reply {
    if let Some(reply) = route::cors_preflight(req) {
        return reply;
    }
    let version = match route::version(req.headers, &config.default_version) {
        Ok(version) => version,
        Err(reply) => return reply,
    };
    let (path, legacy) = route::strip_legacy_prefix(req.path);
    let mut reply = respond_versioned(state, req, &path);
    reply.headers.push((
        route::POLAR_VERSION.clone(),
        HeaderValue::from_static(version),
    ));
    if legacy {
        reply.headers.push((
            route::DEPRECATION_NOTICE.clone(),
            HeaderValue::from_static(route::LEGACY_NOTICE),
        ));
    }
    // A request from a browser (with `Origin`): any origin may read the answer.
    if req.headers.contains_key(hyper::http::header::ORIGIN) {
        reply.headers.push((
            hyper::http::header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        ));
    }
    reply
}

fn respond_versioned(state: &Mutex<State>, req: &RequestView<'_>, path: &str) -> Reply {
    let token = auth::bearer_token(req.headers);
    let (caller, retired) = {
        let mut st = lock(state);
        let caller = match token {
            None => None,
            Some(token) => match st.caller(token) {
                Some(caller) => Some(caller),
                None => return auth::invalid_token(),
            },
        };
        if let Some(caller) = &caller
            && let Some(retry_after) = st.over_rate_limit(caller.organization_id, Instant::now())
        {
            return Reply::rate_limited(retry_after);
        }
        (caller, st.member_sessions_retired)
    };

    let (op, path_params) = match route::find(req, path, retired) {
        Routed::Operation(op, params) => (op, params),
        Routed::Reply(reply) => return reply,
    };

    let body = match op.body.as_ref().map(|b| b.kind) {
        None => Body::Missing,
        Some(BodyKind::Json) => match body::read_body(req.headers, req.body) {
            Ok(body) => body,
            Err(reply) => return reply,
        },
        Some(BodyKind::Form) => body::read_form(req.body),
    };

    if let Err(reply) = auth::authorize(op, caller.as_ref()) {
        return reply;
    }
    if matches!(body, Body::Undecodable) {
        // Echoing bytes that are not UTF-8 in a 422 makes the real server fail.
        return Reply::internal_server_error();
    }

    let call = Call {
        op,
        path_params,
        query: route::query_pairs(req.query),
        body,
        caller,
    };
    if let Some(handlers::Own::Faithful(handler)) = op.own {
        return handler(state, call);
    }
    let errors = validate_request(&call);
    if !errors.is_empty() {
        return validation_error("RequestValidationError", errors);
    }
    handlers::answer(state, call)
}

/// FastAPI's request validation: path parameters, query parameters, then the body, all errors together.
fn validate_request(call: &Call<'_>) -> Vec<ErrorItem> {
    let api = api();
    let mut errors = Vec::new();
    let mut loc = Vec::with_capacity(8);
    for param in &call.op.params {
        loc.clear();
        match param.location {
            ParamIn::Path => {
                loc.extend([Loc::from("path"), Loc::Key(Cow::Owned(param.name.clone()))]);
                if let Some((_, value)) = call.path_params.iter().find(|(n, _)| *n == param.name) {
                    validate(
                        api,
                        &param.schema,
                        &Json::Str(value.clone()),
                        &mut loc,
                        &mut errors,
                    );
                }
            }
            ParamIn::Query => {
                loc.extend([Loc::from("query"), Loc::Key(Cow::Owned(param.name.clone()))]);
                let values: Vec<&str> = call
                    .query
                    .iter()
                    .filter(|(k, _)| *k == param.name)
                    .map(|(_, v)| v.as_str())
                    .collect();
                let Some(last) = values.last() else {
                    if param.required {
                        errors.push(missing(None).at(loc.clone()));
                    }
                    continue;
                };
                let value = if takes_list(&param.schema) {
                    Json::Array(values.iter().map(|v| Json::Str((*v).to_owned())).collect())
                } else {
                    Json::Str((*last).to_owned())
                };
                validate(api, &param.schema, &value, &mut loc, &mut errors);
            }
            ParamIn::Header | ParamIn::Cookie => {}
        }
    }
    if let Some(body_spec) = &call.op.body {
        loc.clear();
        loc.push(Loc::from("body"));
        match &call.body {
            Body::Present(value) => validate(api, &body_spec.schema, value, &mut loc, &mut errors),
            Body::Missing if body_spec.required => errors.push(validate::body_missing()),
            Body::Missing | Body::Undecodable => {}
        }
    }
    errors
}

/// Whether a query parameter's schema takes a list (repeated keys), alone or beside a single value.
fn takes_list(schema: &Schema) -> bool {
    match schema {
        Schema::Array { .. } => true,
        Schema::Union { members, .. } => members.iter().any(|m| matches!(m, Schema::Array { .. })),
        _ => false,
    }
}

/// Whether a credential kind is one the caller's token is.
pub(crate) fn credential_of(caller: &Caller) -> Credential {
    match caller.subject {
        Subject::Organization => Credential::Organization,
        Subject::User => Credential::User,
        Subject::Customer {
            member_id: Some(_), ..
        } => Credential::Member,
        Subject::Customer {
            member_id: None, ..
        } => Credential::Customer,
    }
}

/// The 404 Polar answers for an id it does not show this caller.
pub(crate) fn not_found() -> Reply {
    Reply::json(
        StatusCode::NOT_FOUND,
        &b"{\"error\":\"ResourceNotFound\",\"detail\":\"Not found\"}"[..],
    )
}
