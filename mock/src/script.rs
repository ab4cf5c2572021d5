//! Scripted answers and faults for the next requests, and the log of requests received.

use std::borrow::Cow;
use std::time::{Duration, SystemTime};

use hyper::body::Bytes;
use hyper::http::header::{self, HeaderMap};
use hyper::http::{HeaderName, HeaderValue, Method, StatusCode, Uri};

/// What the mock does with one upcoming request instead of (or before) answering it normally.
///
/// Queue them with [`MockServer::enqueue`](crate::MockServer::enqueue); each request takes the next one, in
/// order, whatever its path or token, and is logged as usual. This is how a client's retries, timeouts and
/// error handling are tested.
///
/// ```
/// use std::time::Duration;
/// use polarsh_mock::{MockServer, Scripted};
///
/// # #[tokio::main] async fn main() {
/// let mock = MockServer::start().await;
/// mock.enqueue(Scripted::status(503).with_body("<html>upstream down</html>").with_header("content-type", "text/html"));
/// mock.enqueue(Scripted::rate_limited(1));
/// mock.enqueue(Scripted::drop_connection());
/// mock.enqueue(Scripted::delay(Duration::from_millis(50))); // then the normal answer
/// assert_eq!(mock.pending_scripts(), 4);
/// # }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Scripted {
    pub(crate) delay: Duration,
    pub(crate) action: Action,
}

/// The part of a [`Scripted`] entry that decides the answer.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Action {
    /// Answer with this response.
    Respond {
        status: StatusCode,
        headers: Vec<(HeaderName, HeaderValue)>,
        body: Vec<u8>,
        chunked: bool,
    },
    /// Close the connection without answering.
    Drop,
    /// Answer as the mock normally would.
    Normal,
}

impl Scripted {
    /// Answers with `status`, no headers of its own and an empty body.
    ///
    /// # Panics
    /// If `status` is not between 100 and 999.
    ///
    /// ```
    /// let s = polarsh_mock::Scripted::status(503);
    /// ```
    pub fn status(status: u16) -> Self {
        let status = StatusCode::from_u16(status)
            .unwrap_or_else(|_| panic!("invalid HTTP status code {status}"));
        Self {
            delay: Duration::ZERO,
            action: Action::Respond {
                status,
                headers: Vec::new(),
                body: Vec::new(),
                chunked: false,
            },
        }
    }

    /// Answers with `status` and a JSON `body` (`content-type: application/json`).
    ///
    /// # Panics
    /// If `status` is not between 100 and 999.
    ///
    /// ```
    /// let s = polarsh_mock::Scripted::json(404, r#"{"error":"ResourceNotFound","detail":"Not found"}"#);
    /// ```
    pub fn json(status: u16, body: impl Into<String>) -> Self {
        Self::status(status)
            .with_header("content-type", "application/json")
            .with_body(body.into())
    }

    /// Polar's 429: empty chunked body and `retry-after: {retry_after_secs}`.
    ///
    /// ```
    /// let s = polarsh_mock::Scripted::rate_limited(60);
    /// ```
    pub fn rate_limited(retry_after_secs: u64) -> Self {
        let mut scripted =
            Self::status(429).with_header("retry-after", &retry_after_secs.to_string());
        if let Action::Respond { chunked, .. } = &mut scripted.action {
            *chunked = true;
        }
        scripted
    }

    /// The real server's unhandled-error answer: 500, `text/plain`, `Internal Server Error`.
    ///
    /// ```
    /// let s = polarsh_mock::Scripted::internal_server_error();
    /// ```
    pub fn internal_server_error() -> Self {
        Self::status(500)
            .with_header("content-type", "text/plain; charset=utf-8")
            .with_body("Internal Server Error")
    }

    /// Closes the connection without sending anything (the client sees a dropped connection).
    ///
    /// ```
    /// let s = polarsh_mock::Scripted::drop_connection();
    /// ```
    pub fn drop_connection() -> Self {
        Self {
            delay: Duration::ZERO,
            action: Action::Drop,
        }
    }

    /// Waits `delay`, then answers normally (a slow server, for timeout tests).
    ///
    /// ```
    /// let s = polarsh_mock::Scripted::delay(std::time::Duration::from_secs(5));
    /// ```
    pub fn delay(delay: Duration) -> Self {
        Self {
            delay,
            action: Action::Normal,
        }
    }

    /// Waits `delay` before acting (answering, or dropping the connection).
    ///
    /// ```
    /// use std::time::Duration;
    /// let s = polarsh_mock::Scripted::drop_connection().after(Duration::from_millis(100));
    /// ```
    pub fn after(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    /// Adds a response header (no effect on [`drop_connection`](Self::drop_connection) or
    /// [`delay`](Self::delay) entries).
    ///
    /// # Panics
    /// If `name` or `value` is not a valid HTTP header name or value.
    ///
    /// ```
    /// let s = polarsh_mock::Scripted::status(503).with_header("retry-after", "2");
    /// ```
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        let name = HeaderName::from_bytes(name.as_bytes())
            .unwrap_or_else(|_| panic!("invalid header name {name:?}"));
        let value = HeaderValue::from_str(value)
            .unwrap_or_else(|_| panic!("invalid header value {value:?}"));
        if let Action::Respond { headers, .. } = &mut self.action {
            headers.push((name, value));
        }
        self
    }

    /// Sets the response body (no effect on [`drop_connection`](Self::drop_connection) or
    /// [`delay`](Self::delay) entries).
    ///
    /// ```
    /// let s = polarsh_mock::Scripted::status(502).with_body("<html>Bad Gateway</html>");
    /// ```
    pub fn with_body(mut self, body: impl Into<Vec<u8>>) -> Self {
        if let Action::Respond { body: slot, .. } = &mut self.action {
            *slot = body.into();
        }
        self
    }
}

/// A request the mock received, as recorded in its log.
///
/// The `Authorization` header keeps its scheme, but its credential is replaced by `[redacted]`.
///
/// ```
/// # #[tokio::main] async fn main() {
/// let mock = polarsh_mock::MockServer::start().await;
/// // ... let the code under test call mock.url() ...
/// for request in mock.requests() {
///     println!("{} {} -> {:?}", request.method, request.path, request.status);
/// }
/// # }
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct LoggedRequest {
    /// The method, e.g. `POST`.
    pub method: String,
    /// The path, without the query.
    pub path: String,
    /// The query string, without the `?`.
    pub query: Option<String>,
    /// Headers in the order received; names are lower-case; the credential is redacted.
    pub headers: Vec<(String, String)>,
    /// The raw body, cut at 64 KiB (the log does not keep large uploads).
    pub body: Vec<u8>,
    /// The length of the whole body as received.
    pub body_len: usize,
    /// The status answered, or `None` when the connection was dropped (or the answer is still pending).
    pub status: Option<u16>,
    /// When the request arrived.
    pub received_at: SystemTime,
}

impl LoggedRequest {
    /// The first value of header `name` (case-insensitive).
    ///
    /// ```
    /// # #[tokio::main] async fn main() {
    /// # let mock = polarsh_mock::MockServer::start().await;
    /// for request in mock.requests() {
    ///     assert_eq!(request.header("authorization"), Some("Bearer [redacted]"));
    /// }
    /// # }
    /// ```
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The body as text (invalid UTF-8 replaced).
    ///
    /// ```
    /// # #[tokio::main] async fn main() {
    /// # let mock = polarsh_mock::MockServer::start().await;
    /// if let Some(request) = mock.requests().last() {
    ///     println!("{}", request.body_text());
    /// }
    /// # }
    /// ```
    pub fn body_text(&self) -> Cow<'_, str> {
        String::from_utf8_lossy(&self.body)
    }

    /// The body parsed as JSON, if it is JSON.
    ///
    /// ```
    /// # #[tokio::main] async fn main() {
    /// # let mock = polarsh_mock::MockServer::start().await;
    /// for request in mock.requests() {
    ///     let member_id = request.body_json().and_then(|b| b["member_id"].as_str().map(String::from));
    /// }
    /// # }
    /// ```
    pub fn body_json(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }
}

/// A log entry as stored: cheap clones of the request parts, turned into a [`LoggedRequest`] when asked for.
#[derive(Debug, Clone)]
pub(crate) struct LogEntry {
    pub(crate) method: Method,
    pub(crate) uri: Uri,
    pub(crate) headers: HeaderMap,
    /// The body, cut at the log's limit.
    pub(crate) body: Bytes,
    /// The whole body's length.
    pub(crate) body_len: usize,
    pub(crate) status: Option<u16>,
    pub(crate) received_at: SystemTime,
}

impl LogEntry {
    pub(crate) fn to_logged(&self) -> LoggedRequest {
        LoggedRequest {
            method: self.method.to_string(),
            path: self.uri.path().to_owned(),
            query: self.uri.query().map(str::to_owned),
            headers: self
                .headers
                .iter()
                .map(|(name, value)| {
                    let value = if name == header::AUTHORIZATION {
                        redact_authorization(value.as_bytes())
                    } else {
                        String::from_utf8_lossy(value.as_bytes()).into_owned()
                    };
                    (name.as_str().to_owned(), value)
                })
                .collect(),
            body: self.body.to_vec(),
            body_len: self.body_len,
            status: self.status,
            received_at: self.received_at,
        }
    }
}

/// Replaces the credential of an `Authorization` value, keeping its scheme.
fn redact_authorization(value: &[u8]) -> String {
    match value.iter().position(|b| *b == b' ') {
        Some(space) => format!("{} [redacted]", String::from_utf8_lossy(&value[..space])),
        None => "[redacted]".to_owned(),
    }
}
