//! Answers, with their headers in the order the real server sends them.

use hyper::body::Bytes;
use hyper::http::StatusCode;
use hyper::http::header::{self, HeaderName, HeaderValue};

use crate::validate::{self, ErrorItem};

/// A response, headers in the order the real server sends them.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Reply {
    pub(crate) status: StatusCode,
    pub(crate) headers: Vec<(HeaderName, HeaderValue)>,
    pub(crate) body: Bytes,
    /// Sent with `transfer-encoding: chunked` instead of a `content-length`.
    pub(crate) chunked: bool,
}

pub(crate) const APPLICATION_JSON: HeaderValue = HeaderValue::from_static("application/json");

impl Reply {
    pub(crate) fn content_length(body: &Bytes) -> HeaderValue {
        HeaderValue::from(body.len())
    }

    /// `content-length`, then `content-type: application/json` (Starlette's `JSONResponse`).
    pub(crate) fn json(status: StatusCode, body: impl Into<Bytes>) -> Self {
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

    /// A JSON value as the answer; a value JSON cannot hold (NaN) is the real server's 500.
    pub(crate) fn json_value(status: StatusCode, value: &crate::pyjson::Json) -> Self {
        match crate::pyjson::render(value) {
            Some(body) => Self::json(status, body),
            None => Self::internal_server_error(),
        }
    }

    /// The OAuth2 error form (`authlib` style: Python's default `", "` spacing, no `detail`).
    pub(crate) fn oauth2(
        status: StatusCode,
        body: &'static str,
        www_authenticate: &'static str,
    ) -> Self {
        Self::oauth2_with(status, body, HeaderValue::from_static(www_authenticate))
    }

    /// [`Reply::oauth2`] with a computed challenge.
    pub(crate) fn oauth2_with(
        status: StatusCode,
        body: &'static str,
        www_authenticate: HeaderValue,
    ) -> Self {
        let body = Bytes::from_static(body.as_bytes());
        let headers = vec![
            (header::CONTENT_TYPE, APPLICATION_JSON),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
            (header::PRAGMA, HeaderValue::from_static("no-cache")),
            (header::WWW_AUTHENTICATE, www_authenticate),
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
    pub(crate) fn rate_limited(retry_after_secs: u64) -> Self {
        let headers = vec![(header::RETRY_AFTER, HeaderValue::from(retry_after_secs))];
        Self {
            status: StatusCode::TOO_MANY_REQUESTS,
            headers,
            body: Bytes::new(),
            chunked: true,
        }
    }
}

pub(crate) const INVALID_TOKEN_BODY: &str = "{\"error\": \"invalid_token\", \"error_description\": \"The access token provided is \
                                  expired, revoked, malformed, or invalid for other reasons.\"}";
pub(crate) const INVALID_TOKEN_CHALLENGE: &str = "Bearer realm=\"polar\", error=\"invalid_token\", error_description=\"The access \
                                       token provided is expired, revoked, malformed, or invalid for other reasons.\"";
pub(crate) const INSUFFICIENT_SCOPE_BODY: &str = "{\"error\": \"insufficient_scope\", \"error_description\": \"The request \
                                       requires higher privileges than provided by the access token.\"}";

/// A 422 of FastAPI (`RequestValidationError`) or of Polar's services (`PolarRequestValidationError`).
pub(crate) fn validation_error(error: &'static str, detail: Vec<ErrorItem>) -> Reply {
    match validate::error_body(error, &detail) {
        Some(body) => Reply::json(StatusCode::UNPROCESSABLE_ENTITY, body),
        // `json.dumps(..., allow_nan=False)` raised: the real server answers a plain 500.
        None => Reply::internal_server_error(),
    }
}
