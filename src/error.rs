//! The one error type of the crate, and the payloads of its variants.

use std::fmt;
use std::time::{Duration, SystemTime};

use reqwest::StatusCode;
use reqwest::header::{HeaderMap, RETRY_AFTER};
use serde::{Deserialize, Serialize};

use crate::redact::{RedactedHeaders, one_line, redact_tokens};

#[rustfmt::skip]
#[path = "generated/error_kind.rs"]
mod error_kind;

use crate::transport::CallContext;
pub use error_kind::ErrorKind;

/// Everything that can go wrong in a call to Polar.
///
/// Each variant keeps what a caller needs to diagnose the failure: the status, the headers, the
/// body (bounded) and the underlying cause. `Display` says it all on the first line; no variant
/// ever shows an access token or a session token.
///
/// # Example
///
/// ```no_run
/// # async fn run(polar: polarsh::Polar, member_id: polarsh::Uuid) {
/// use polarsh::Error;
/// use polarsh::models::MemberSessionCreate;
///
/// match polar.member_sessions().create(MemberSessionCreate::new(member_id)).await {
///     Ok(session) => println!("{}", session.member_portal_url),
///     Err(Error::Validation(e)) => eprintln!("rejected: {e}"),
///     Err(e) if e.is_retryable() => eprintln!("try again later: {e}"),
///     Err(e) => eprintln!("failed: {e}"),
/// }
/// # }
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Polar rejected the request body (status 422), with one item per invalid field.
    #[error("{0}")]
    Validation(Box<HttpValidationError>),
    /// Polar (or a proxy in front of it) answered with any other non-success status:
    /// 1XX, 3XX, 4XX or 5XX.
    #[error("{0}")]
    Api(Box<ApiError>),
    /// An attempt, or the whole call's time budget, ran out before an answer came.
    #[error("{operation}: request timed out after {after:?}")]
    #[non_exhaustive]
    Timeout {
        /// How long the attempt that timed out was allowed to run.
        after: Duration,
        /// The operation, e.g. `customers:get`.
        operation: &'static str,
        /// The page asked for, when the call was a page of a list.
        page: Option<u32>,
        /// Whether the operation may be repeated although it may have reached Polar (its
        /// retry class, or [`RequestOptions::idempotent`](crate::RequestOptions::idempotent)).
        idempotent: bool,
    },
    /// The request could not be sent or the answer could not be read: DNS, connect, TLS, a
    /// connection reset, a malformed response.
    #[error("{operation}: connection error: {}", chain(source))]
    #[non_exhaustive]
    Connection {
        /// The error of the HTTP client (without the request URL, which may hold secrets).
        #[source]
        source: reqwest::Error,
        /// The operation, e.g. `customers:get`.
        operation: &'static str,
        /// The page asked for, when the call was a page of a list.
        page: Option<u32>,
        /// Whether the operation may be repeated although it may have reached Polar.
        idempotent: bool,
    },
    /// A success status whose body does not match the model.
    #[error("{0}")]
    Decode(Box<DecodeError>),
    /// Bad configuration: builder input, a missing token in the environment, an invalid header.
    #[error("invalid configuration: {message}")]
    Config {
        /// What is wrong, and with which setting.
        message: String,
    },
}

/// Writes an error and its causes on one line, `a: b: c`, skipping causes that repeat.
fn chain(error: &dyn std::error::Error) -> String {
    let mut out = error.to_string();
    let mut cause = error.source();
    while let Some(next) = cause {
        let text = next.to_string();
        if !out.contains(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        cause = next.source();
    }
    out
}

impl Error {
    /// The HTTP status Polar answered with, if an answer came.
    ///
    /// ```
    /// let error = polarsh::Error::Config { message: "no token".into() };
    /// assert_eq!(error.status(), None);
    /// ```
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Validation(e) => Some(e.status),
            Error::Api(e) => Some(e.status),
            Error::Decode(e) => Some(e.status),
            Error::Timeout { .. } | Error::Connection { .. } | Error::Config { .. } => None,
        }
    }

    /// The operation that failed, e.g. `customers:get` (`None` for configuration errors found
    /// before a call).
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar, id: polarsh::Uuid) {
    /// if let Err(e) = polar.customers().get(id).await {
    ///     assert_eq!(e.operation(), Some("customers:get"));
    /// }
    /// # }
    /// ```
    pub fn operation(&self) -> Option<&'static str> {
        match self {
            Error::Validation(e) => Some(e.operation),
            Error::Api(e) => Some(e.operation),
            Error::Decode(e) => Some(e.operation),
            Error::Timeout { operation, .. } | Error::Connection { operation, .. } => {
                Some(operation)
            }
            Error::Config { .. } => None,
        }
    }

    /// The page of a list whose fetch failed, e.g. in a [`PageStream`](crate::PageStream):
    /// build the same stream with `.page(n)` to resume there.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
    /// use futures_util::StreamExt;
    ///
    /// let mut customers = polar.customers().list().stream();
    /// while let Some(customer) = customers.next().await {
    ///     if let Err(e) = &customer {
    ///         if let (Some(page), Some(wait)) = (e.page(), e.retry_after()) {
    ///             tokio::time::sleep(wait).await;
    ///             customers = polar.customers().list().page(page).stream();
    ///             continue;
    ///         }
    ///     }
    ///     println!("{}", customer?.id);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn page(&self) -> Option<u32> {
        match self {
            Error::Validation(e) => e.page,
            Error::Api(e) => e.page,
            Error::Decode(e) => e.page,
            Error::Timeout { page, .. } | Error::Connection { page, .. } => *page,
            Error::Config { .. } => None,
        }
    }

    /// How long the server asked to wait before trying again (`Retry-After`), if it did.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar, req: polarsh::models::MemberSessionCreate) {
    /// if let Err(e) = polar.member_sessions().create(req).await {
    ///     if let Some(wait) = e.retry_after() {
    ///         tokio::time::sleep(wait).await;
    ///     }
    /// }
    /// # }
    /// ```
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::Api(e) => e.retry_after(),
            Error::Validation(e) => retry_after(&e.headers),
            _ => None,
        }
    }

    /// Whether sending the same call again may succeed, and is safe, for the operation that
    /// failed: for one that may be repeated, an empty 429, 500, 502, 503 and 504, timeouts and
    /// connection failures; for one that creates or charges, only a 429 with an empty body
    /// (Polar's rate limiter) and a connection that could not be opened. A loop written on it never repeats a
    /// payment.
    ///
    /// ```
    /// let error = polarsh::Error::Config { message: "no token".into() };
    /// assert!(!error.is_retryable());
    /// ```
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Api(e) => e.retryable,
            Error::Timeout { idempotent, .. } => *idempotent,
            Error::Connection {
                source, idempotent, ..
            } => *idempotent || crate::retry::never_sent(source),
            Error::Validation(_) | Error::Decode(_) | Error::Config { .. } => false,
        }
    }

    /// Whether the call ended because a timeout ran out.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar, id: polarsh::Uuid) {
    /// if let Err(e) = polar.customers().get(id).await {
    ///     if e.is_timeout() {
    ///         eprintln!("Polar did not answer in time: {e}");
    ///     }
    /// }
    /// # }
    /// ```
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Timeout { .. })
    }

    pub(crate) fn config(message: impl Into<String>) -> Self {
        Error::Config {
            message: message.into(),
        }
    }

    pub(crate) fn timeout(after: Duration, context: &CallContext) -> Self {
        Error::Timeout {
            after,
            operation: context.op.id,
            page: context.page,
            idempotent: context.repeatable,
        }
    }

    /// A connection error, with reqwest's URL dropped: it may hold a secret.
    pub(crate) fn connection(source: reqwest::Error, context: &CallContext) -> Self {
        if source.is_builder() {
            return Error::config(format!(
                "{}: the request could not be built: {}",
                context.op.id,
                source.without_url()
            ));
        }
        Error::Connection {
            source: source.without_url(),
            operation: context.op.id,
            page: context.page,
            idempotent: context.repeatable,
        }
    }
}

/// Parses `Retry-After` as seconds or as an HTTP date (a date in the past means "now").
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(
        date.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// `422 Unprocessable Entity`: the status with its canonical reason.
fn status_line(status: u16) -> String {
    let reason = StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason());
    match reason {
        Some(reason) => format!("{status} {reason}"),
        None => status.to_string(),
    }
}

/// A 422 answer: Polar (FastAPI) rejected the request body.
///
/// ```no_run
/// # async fn run(polar: polarsh::Polar, req: polarsh::models::MemberSessionCreate) {
/// if let Err(polarsh::Error::Validation(e)) = polar.member_sessions().create(req).await {
///     for item in &e.detail {
///         eprintln!("{}: {} ({})", item.location(), item.msg, item.error_type);
///     }
/// }
/// # }
/// ```
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct HttpValidationError {
    /// The HTTP status (422).
    pub status: u16,
    /// The response headers.
    pub headers: HeaderMap,
    /// Polar's error class, e.g. `RequestValidationError` or `PolarRequestValidationError`.
    pub error: Option<String>,
    /// One item per invalid field, in field order.
    pub detail: Vec<ValidationErrorItem>,
    /// The operation, e.g. `customers:create`.
    pub operation: &'static str,
    /// Its path template, e.g. `/v1/customers/`.
    pub path_template: &'static str,
    /// The page asked for, when the call was a page of a list.
    pub page: Option<u32>,
}

impl fmt::Display for HttpValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&status_line(self.status))?;
        let mut separator = ": ";
        for item in &self.detail {
            write!(f, "{separator}{item}")?;
            separator = "; ";
        }
        if self.detail.is_empty()
            && let Some(error) = &self.error
        {
            write!(f, ": {}", redact_tokens(error))?;
        }
        Ok(())
    }
}

impl fmt::Debug for HttpValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HttpValidationError")
            .field("status", &self.status)
            .field("headers", &RedactedHeaders(&self.headers))
            .field("error", &self.error.as_deref().map(redact_tokens))
            .field("detail", &self.detail)
            .field("operation", &self.operation)
            .field("path_template", &self.path_template)
            .field("page", &self.page)
            .finish()
    }
}

/// One invalid field of a 422 answer, as FastAPI reports it.
///
/// ```
/// use polarsh::{LocItem, ValidationErrorItem};
///
/// let item: ValidationErrorItem = serde_json::from_str(
///     r#"{"type":"missing","loc":["body","member_id"],"msg":"Field required","input":{}}"#,
/// ).unwrap();
/// assert_eq!(item.loc, [LocItem::Key("body".into()), LocItem::Key("member_id".into())]);
/// assert_eq!(item.to_string(), "body.member_id: Field required");
/// ```
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ValidationErrorItem {
    /// Where the error is: `["body", "member_id"]`; integers are list indexes or, for malformed
    /// JSON, a character offset.
    pub loc: Vec<LocItem>,
    /// The human-readable message, e.g. `Member does not exist.`.
    pub msg: String,
    /// The error type, e.g. `uuid_parsing`, `missing`, `url_scheme`, `value_error`.
    #[serde(rename = "type")]
    pub error_type: String,
    /// The rejected input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<serde_json::Value>,
    /// Extra context, e.g. `{"expected_version": 4}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ctx: Option<serde_json::Value>,
}

impl ValidationErrorItem {
    /// The location joined with dots: `body.member_id`.
    ///
    /// ```
    /// let item: polarsh::ValidationErrorItem = serde_json::from_str(
    ///     r#"{"type":"json_invalid","loc":["body",13],"msg":"JSON decode error"}"#,
    /// ).unwrap();
    /// assert_eq!(item.location(), "body.13");
    /// ```
    pub fn location(&self) -> String {
        let mut out = String::new();
        for (i, part) in self.loc.iter().enumerate() {
            if i > 0 {
                out.push('.');
            }
            match part {
                LocItem::Key(key) => out.push_str(key),
                LocItem::Index(index) => out.push_str(&index.to_string()),
            }
        }
        out
    }
}

impl fmt::Debug for ValidationErrorItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = |value: &Option<serde_json::Value>| {
            value
                .as_ref()
                .map(|v| redact_tokens(&v.to_string()).into_owned())
        };
        f.debug_struct("ValidationErrorItem")
            .field("loc", &redact_tokens(&self.location()))
            .field("msg", &redact_tokens(&self.msg))
            .field("error_type", &redact_tokens(&self.error_type))
            .field("input", &shown(&self.input))
            .field("ctx", &shown(&self.ctx))
            .finish()
    }
}

impl fmt::Display for ValidationErrorItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let msg = redact_tokens(&self.msg);
        if self.loc.is_empty() {
            f.write_str(&msg)
        } else {
            write!(f, "{}: {msg}", redact_tokens(&self.location()))
        }
    }
}

/// One step of a [`ValidationErrorItem::loc`]: a key or an index.
///
/// ```
/// let loc: Vec<polarsh::LocItem> = serde_json::from_str(r#"["body", 13]"#).unwrap();
/// assert_eq!(loc[1], polarsh::LocItem::Index(13));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum LocItem {
    /// A field name (or a model name, for union bodies).
    Key(String),
    /// A list index, or a character offset for malformed JSON.
    Index(i64),
}

/// Any non-success answer other than a 422 that Polar could parse: 1XX, 3XX, 4XX, 5XX.
///
/// `body` keeps the raw body (at most 64 KiB); `error` and `detail` are filled in when the body is
/// Polar's JSON (`{"error": "NotPermitted", "detail": "…"}`, or OAuth2's `error_description`).
///
/// ```no_run
/// # async fn run(polar: polarsh::Polar, req: polarsh::models::MemberSessionCreate) {
/// if let Err(polarsh::Error::Api(e)) = polar.member_sessions().create(req).await {
///     eprintln!("{} {:?} {:?} ({} bytes)", e.status, e.error, e.detail, e.body.len());
/// }
/// # }
/// ```
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct ApiError {
    /// The HTTP status.
    pub status: u16,
    /// The response headers.
    pub headers: HeaderMap,
    /// The raw body, lossily decoded as UTF-8, at most [`ApiError::MAX_BODY`] bytes.
    pub body: String,
    /// Polar's error class (`NotPermitted`, `Unauthorized`, `invalid_token`, …), when the body is JSON.
    pub error: Option<String>,
    /// Polar's message (`detail`, or OAuth2's `error_description`), when the body is JSON.
    pub detail: Option<String>,
    /// Whether `body` is less than the whole body: it was longer than [`ApiError::MAX_BODY`]
    /// (as bytes, or as text once invalid UTF-8 was replaced) and was cut, or the connection
    /// broke, or stalled until the timeout, before its end.
    pub body_truncated: bool,
    /// The operation, e.g. `customers:get`.
    pub operation: &'static str,
    /// Its path template, e.g. `/v1/customers/{id}` (the filled-in path is never kept: it
    /// may hold a secret).
    pub path_template: &'static str,
    /// The page asked for, when the call was a page of a list.
    pub page: Option<u32>,
    pub(crate) hint: Option<&'static str>,
    /// Whether sending the call again may succeed and is safe (see [`Error::is_retryable`]).
    pub(crate) retryable: bool,
}

impl ApiError {
    /// The most of an error body that is kept: 64 KiB.
    ///
    /// ```
    /// assert_eq!(polarsh::ApiError::MAX_BODY, 65_536);
    /// ```
    pub const MAX_BODY: usize = 64 * 1024;

    /// How long the server asked to wait (`Retry-After`, in seconds or as an HTTP date).
    ///
    /// ```no_run
    /// # fn run(e: polarsh::ApiError) {
    /// if e.status == 429 {
    ///     println!("wait {:?}", e.retry_after());
    /// }
    /// # }
    /// ```
    pub fn retry_after(&self) -> Option<Duration> {
        retry_after(&self.headers)
    }

    /// What this crate knows about the failure beyond what the server said, e.g. that the
    /// endpoint was retired.
    ///
    /// ```no_run
    /// # fn run(e: polarsh::ApiError) {
    /// if let Some(hint) = e.hint() {
    ///     eprintln!("{hint}");
    /// }
    /// # }
    /// ```
    pub fn hint(&self) -> Option<&str> {
        self.hint
    }

    /// Polar's error class, to match on: `ErrorKind::PaymentFailed`,
    /// `ErrorKind::ResourceNotFound`, … (`None` when the body named none).
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar, id: polarsh::Uuid) {
    /// use polarsh::{Error, ErrorKind};
    ///
    /// match polar.customers().get(id).await {
    ///     Err(Error::Api(e)) if e.kind() == Some(ErrorKind::ResourceNotFound) => {
    ///         println!("no such customer");
    ///     }
    ///     other => println!("{other:?}"),
    /// }
    /// # }
    /// ```
    pub fn kind(&self) -> Option<ErrorKind> {
        self.error.as_deref().map(ErrorKind::from)
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&status_line(self.status))?;
        let error = self.error.as_deref().map(redact_tokens);
        let detail = self.detail.as_deref().map(redact_tokens);
        match (error, detail) {
            (Some(error), Some(detail)) if error != detail => write!(f, ": {error}: {detail}")?,
            (_, Some(detail)) => write!(f, ": {detail}")?,
            (Some(error), None) => write!(f, ": {error}")?,
            (None, None) if !self.body.trim().is_empty() => {
                write!(f, ": {}", one_line(&redact_tokens(self.body.trim()), 200))?
            }
            (None, None) => f.write_str(" (empty body)")?,
        }
        if let Some(wait) = self.retry_after() {
            write!(f, " (retry after {}s)", wait.as_secs())?;
        }
        if let Some(hint) = self.hint {
            write!(f, " ({hint})")?;
        }
        Ok(())
    }
}

impl fmt::Debug for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiError")
            .field("status", &self.status)
            .field("operation", &self.operation)
            .field("path_template", &self.path_template)
            .field("page", &self.page)
            .field("headers", &RedactedHeaders(&self.headers))
            .field("body", &redact_tokens(&self.body))
            .field("error", &self.error.as_deref().map(redact_tokens))
            .field("detail", &self.detail.as_deref().map(redact_tokens))
            .field("body_truncated", &self.body_truncated)
            .field("hint", &self.hint)
            .finish()
    }
}

/// A success status whose body does not match the expected model.
///
/// The body is kept for diagnosis; `Debug` and `Display` show it with tokens redacted.
///
/// ```no_run
/// # async fn run(polar: polarsh::Polar, req: polarsh::models::MemberSessionCreate) {
/// if let Err(polarsh::Error::Decode(e)) = polar.member_sessions().create(req).await {
///     eprintln!("{} at `{}`: {}", e.status, e.path, e.message);
/// }
/// # }
/// ```
#[non_exhaustive]
pub struct DecodeError {
    /// The HTTP status (a 2XX).
    pub status: u16,
    /// The response headers.
    pub headers: HeaderMap,
    /// The raw body, lossily decoded as UTF-8 (it may hold a session token: handle with care).
    pub body: String,
    /// The name of the model that was expected, e.g. `MemberSession` or `Page<Customer>`.
    pub model: String,
    /// Where in the body decoding failed, e.g. `customer.type` (`.` for the top level).
    pub path: String,
    /// What was wrong there, with the line and column.
    pub message: String,
    /// The operation, e.g. `customers:get`.
    pub operation: &'static str,
    /// Its path template, e.g. `/v1/customers/{id}`.
    pub path_template: &'static str,
    /// The page asked for, when the call was a page of a list.
    pub page: Option<u32>,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: the body does not match {} at `{}`: {}",
            status_line(self.status),
            self.model,
            self.path,
            redact_tokens(&self.message)
        )
    }
}

impl fmt::Debug for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DecodeError")
            .field("status", &self.status)
            .field("operation", &self.operation)
            .field("path_template", &self.path_template)
            .field("page", &self.page)
            .field("headers", &RedactedHeaders(&self.headers))
            .field("body", &redact_tokens(&self.body))
            .field("model", &self.model)
            .field("path", &self.path)
            .field("message", &redact_tokens(&self.message))
            .finish()
    }
}

impl std::error::Error for HttpValidationError {}
impl std::error::Error for ApiError {}
impl std::error::Error for DecodeError {}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers_with_retry_after(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        assert_eq!(
            retry_after(&headers_with_retry_after("60")),
            Some(Duration::from_secs(60))
        );
        assert_eq!(
            retry_after(&headers_with_retry_after(" 7 ")),
            Some(Duration::from_secs(7))
        );
        assert_eq!(
            retry_after(&headers_with_retry_after("Wed, 21 Oct 2015 07:28:00 GMT")),
            Some(Duration::ZERO)
        );
        let future = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(120));
        let wait = retry_after(&headers_with_retry_after(&future)).unwrap();
        assert!(wait > Duration::from_secs(100) && wait <= Duration::from_secs(120));
        assert_eq!(retry_after(&headers_with_retry_after("-5")), None);
        assert_eq!(retry_after(&headers_with_retry_after("soon")), None);
        assert_eq!(retry_after(&HeaderMap::new()), None);
    }

    #[test]
    fn error_stays_small() {
        // The payloads with bodies and headers are boxed; what is left is the timeout's
        // duration and the call's operation, page and retry class.
        assert!(
            std::mem::size_of::<Error>() <= 48,
            "{}",
            std::mem::size_of::<Error>()
        );
    }
}
