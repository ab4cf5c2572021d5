//! The one request path every call goes through: prepare, send, read, classify, retry.
//!
//! A call arrives as a [`Call`]: an [`Operation`] with its filled-in path, query and body. The
//! transport resolves the credential, builds the URL (which never leaves this module: it may
//! hold secrets), then runs attempts until one succeeds, one fails for good, or the time budget
//! is spent.

pub(crate) mod classify;
pub(crate) mod decode;
pub(crate) mod encode;

use std::time::Duration;

use bytes::Bytes;
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, HeaderMap, HeaderValue};
use tokio::time::Instant;
use tracing::Instrument;

use crate::client::{Polar, SessionToken};
use crate::error::Error;
use crate::operation::{Credential, Operation, RetryClass};
use crate::options::RequestOptions;
use crate::request::Body;
use crate::retry::{RetryConfig, may_retry};
use classify::classify;
use decode::Decoder;
use encode::Query;

pub(crate) use classify::bounded_text;

/// What a time budget too long for the clock is cut to: thirty years.
const UNBOUNDED: Duration = Duration::from_secs(30 * 365 * 24 * 60 * 60);

const JSON: HeaderValue = HeaderValue::from_static("application/json");
const FORM: HeaderValue = HeaderValue::from_static("application/x-www-form-urlencoded");

/// One call, as the request builder hands it over.
pub(crate) struct Call {
    pub(crate) polar: Polar,
    pub(crate) op: &'static Operation,
    pub(crate) path: Result<std::borrow::Cow<'static, str>, String>,
    pub(crate) query: Query,
    pub(crate) body: Body,
    pub(crate) session: Option<SessionToken>,
    pub(crate) options: Option<Box<RequestOptions>>,
    pub(crate) page: Option<u32>,
}

/// What every outcome of a call needs to know about it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CallContext {
    pub(crate) op: &'static Operation,
    /// The page asked for, for lists.
    pub(crate) page: Option<u32>,
    /// Whether a retry may repeat this call after it may have reached Polar.
    pub(crate) repeatable: bool,
}

impl Call {
    /// Runs the call in a `tracing` span that names the operation and its path template (never
    /// the filled-in URL) and records the attempts made and the last status.
    pub(crate) async fn run<T>(self, decoder: Decoder<T>) -> Result<T, Error> {
        let span = tracing::info_span!(
            "polar_request",
            operation = self.op.id,
            method = self.op.method.as_str(),
            path = self.op.path,
            page = self.page,
            attempts = tracing::field::Empty,
            status = tracing::field::Empty,
        );
        self.execute(decoder).instrument(span).await
    }

    async fn execute<T>(self, decoder: Decoder<T>) -> Result<T, Error> {
        let inner = &*self.polar.inner;
        let http = inner.http.as_ref().map_err(|e| Error::config(e.clone()))?;
        let op = self.op;
        let options = self.options.as_deref();
        if let Some(options) = options {
            options.check()?;
        }
        let retry = options.and_then(|o| o.retry).unwrap_or(inner.retry);
        let timeout = options.and_then(|o| o.timeout).unwrap_or(inner.timeout);
        let repeatable = options
            .and_then(|o| o.idempotent)
            .unwrap_or(op.retry == RetryClass::Safe);
        let context = CallContext {
            op,
            page: self.page,
            repeatable,
        };

        let path = self.path.map_err(Error::config)?;
        let (body, content_type) = match self.body {
            Body::Empty => (None, None),
            Body::Json(bytes) => (Some(bytes), Some(JSON)),
            Body::Form(bytes) => (Some(bytes), Some(FORM)),
            Body::Invalid(message) => return Err(Error::config(message)),
        };
        let token = credential(op, options, self.session.as_ref(), inner.token.as_ref())?;

        let attempt = Attempt {
            http,
            inner,
            path,
            query: self.query,
            token,
            content_type,
            extra_headers: options.map(|o| &o.headers).filter(|h| !h.is_empty()),
            body,
            context: &context,
            decoder,
        };
        let result = with_retries(retry, timeout, &context, |_, ends| attempt.run(ends)).await;
        if let Err(error) = &result {
            tracing::Span::current().record("status", error.status());
        }
        result
    }
}

/// The `Authorization` value an operation is sent with, if any.
fn credential(
    op: &Operation,
    options: Option<&RequestOptions>,
    session: Option<&SessionToken>,
    client_token: Option<&HeaderValue>,
) -> Result<Option<HeaderValue>, Error> {
    if op.credential == Credential::None {
        return Ok(None);
    }
    if let Some(token) = options.and_then(|o| o.token.as_ref()) {
        return Ok(Some(token.clone()));
    }
    if op.credential.is_session() {
        return match session {
            Some(token) => token.header().map(Some),
            None => Err(Error::config(format!(
                "{} needs a customer or member session token: call it through \
                 polar.customer_portal(token)",
                op.id
            ))),
        };
    }
    match client_token {
        Some(token) => Ok(Some(token.clone())),
        None => Err(Error::config(format!(
            "{} needs an access token: set one with Polar::builder().access_token(..) or \
             RequestOptions::access_token(..)",
            op.id
        ))),
    }
}

/// Runs `attempt` until it succeeds, fails for good, or the retry budget is spent.
///
/// Each attempt gets `timeout`, cut to what is left of `retry.max_elapsed_time`; it is told its
/// number and when it will be stopped (`None`: never).
pub(crate) async fn with_retries<T, F, Fut>(
    retry: RetryConfig,
    timeout: Duration,
    context: &CallContext,
    mut attempt: F,
) -> Result<T, Error>
where
    F: FnMut(u32, Option<Instant>) -> Fut,
    Fut: Future<Output = Result<T, Error>>,
{
    let deadline = retry.enabled.then(|| {
        // A budget past what the clock can add (`Duration::MAX`) means no limit: cap it at
        // decades rather than lose the retries it turned on.
        let now = Instant::now();
        now.checked_add(retry.max_elapsed_time)
            .or_else(|| now.checked_add(UNBOUNDED))
            .unwrap_or(now)
    });
    let span = tracing::Span::current();
    let mut number = 1;
    let mut previous: Option<Error> = None;
    loop {
        span.record("attempts", number);
        let budget = match deadline {
            Some(deadline) => timeout.min(deadline.saturating_duration_since(Instant::now())),
            None => timeout,
        };
        let ends = Instant::now().checked_add(budget);
        let run = attempt(number, ends);
        let outcome = match ends {
            Some(ends) => tokio::time::timeout_at(ends, run).await,
            None => Ok(run.await),
        };
        let error = match outcome {
            Ok(Ok(value)) => {
                span.record("status", "ok");
                return Ok(value);
            }
            Ok(Err(error)) => error,
            // A retry cut short by the call's budget: the answer before it says more.
            Err(_) if budget < timeout && previous.is_some() => {
                return Err(previous
                    .take()
                    .unwrap_or_else(|| Error::timeout(budget, context)));
            }
            Err(_) => Error::timeout(budget, context),
        };
        let retryable = may_retry(&error, context.repeatable, retry.retry_connection_errors);
        let Some(deadline) = deadline.filter(|_| retryable) else {
            return Err(error);
        };
        let backoff = retry.delay(number);
        let wait = error
            .retry_after()
            .map_or(backoff, |asked| asked.max(backoff));
        let left = deadline.saturating_duration_since(Instant::now());
        if wait >= left {
            tracing::info!(
                attempt = number,
                status = error.status(),
                wait_ms = millis(wait),
                left_ms = millis(left),
                operation = context.op.id,
                path = context.op.path,
                "not retrying Polar request: the wait would pass the time budget"
            );
            return Err(error);
        }
        tracing::info!(
            attempt = number,
            status = error.status(),
            kind = kind(&error),
            delay_ms = millis(wait),
            operation = context.op.id,
            path = context.op.path,
            "retrying Polar request"
        );
        tokio::time::sleep(wait).await;
        previous = Some(error);
        number += 1;
    }
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

fn kind(error: &Error) -> &'static str {
    match error {
        Error::Api(_) => "status",
        Error::Timeout { .. } => "timeout",
        Error::Connection { .. } => "connection",
        _ => "other",
    }
}

/// Everything one attempt needs; built once per call and reused by every attempt.
struct Attempt<'a, T> {
    http: &'a reqwest::Client,
    inner: &'a crate::client::Inner,
    path: std::borrow::Cow<'static, str>,
    query: Query,
    token: Option<HeaderValue>,
    content_type: Option<HeaderValue>,
    extra_headers: Option<&'a HeaderMap>,
    body: Option<Bytes>,
    context: &'a CallContext,
    decoder: Decoder<T>,
}

impl<T> Attempt<'_, T> {
    /// The request of one attempt, built afresh for each (the URL and the headers move into the
    /// request, so the first attempt clones nothing). The URL may carry a secret (a client
    /// secret in the path, a token in the query): it never leaves this function but into the
    /// request.
    fn request(&self) -> reqwest::Request {
        let fixed = matches!(self.path, std::borrow::Cow::Borrowed(_));
        let mut url = self.inner.url_for(self.context.op, &self.path, fixed);
        if !self.query.is_empty() {
            url.set_query(Some(self.query.as_str()));
        }
        let mut request = reqwest::Request::new(self.context.op.method.clone(), url);
        let headers = request.headers_mut();
        *headers = self.inner.headers.clone();
        if let Some(token) = &self.token {
            headers.insert(AUTHORIZATION, token.clone());
        }
        if let Some(content_type) = &self.content_type {
            headers.insert(CONTENT_TYPE, content_type.clone());
        }
        if let Some(extra) = self.extra_headers {
            for (name, value) in extra {
                headers.insert(name, value.clone());
            }
        }
        if let Some(body) = &self.body {
            *request.body_mut() = Some(body.clone().into());
        }
        request
    }

    /// One exchange; `ends` is when it will be stopped from outside.
    async fn run(&self, ends: Option<Instant>) -> Result<T, Error> {
        let request = self.request();
        let mut response = self
            .http
            .execute(request)
            .await
            .map_err(|e| Error::connection(e, self.context))?;
        let status = response.status().as_u16();
        let headers = std::mem::take(response.headers_mut());
        let success = (200..300).contains(&status);
        let cap = if success {
            self.decoder.cap
        } else {
            crate::error::ApiError::MAX_BODY
        };
        let expected = response.content_length();
        let mut body = ReadBody::new(expected);
        let read = read_capped(response, cap, &mut body);
        let read = match ends {
            // An error status is the answer even if its body stalls: stop reading a little
            // before the attempt is stopped, and keep the status with what came of the body.
            Some(ends) if !success => {
                let margin = (ends.saturating_duration_since(Instant::now()) / 20)
                    .min(Duration::from_millis(20));
                let stop = ends.checked_sub(margin).unwrap_or(ends);
                tokio::time::timeout_at(stop, read)
                    .await
                    .unwrap_or(Ok(true))
            }
            _ => read.await,
        };
        let truncated = match read {
            Ok(truncated) => truncated,
            // A cut-off success body is a failed exchange; a cut-off error body still tells
            // the status, which is what the caller needs most, with what came of the body,
            // marked as cut.
            Err(error) if success => return Err(Error::connection(error, self.context)),
            Err(_) => true,
        };
        classify(
            status,
            headers,
            body.as_slice(),
            truncated,
            self.context,
            self.decoder,
        )
    }
}

/// An answer's body as it is read: the first chunk as it came (no copy when it is the whole body), then
/// a buffer once a second chunk arrives.
enum ReadBody {
    Chunk(Bytes),
    Buffer(Vec<u8>),
}

impl ReadBody {
    fn new(expected: Option<u64>) -> ReadBody {
        match expected {
            // A declared length: most answers come in one chunk, kept as it is.
            Some(_) => ReadBody::Chunk(Bytes::new()),
            None => ReadBody::Buffer(Vec::new()),
        }
    }

    fn len(&self) -> usize {
        match self {
            ReadBody::Chunk(bytes) => bytes.len(),
            ReadBody::Buffer(buffer) => buffer.len(),
        }
    }

    fn as_slice(&self) -> &[u8] {
        match self {
            ReadBody::Chunk(bytes) => bytes,
            ReadBody::Buffer(buffer) => buffer,
        }
    }

    fn push(&mut self, chunk: Bytes, expected: usize) {
        match self {
            ReadBody::Chunk(first) if first.is_empty() => *first = chunk,
            ReadBody::Chunk(first) => {
                let mut buffer = Vec::with_capacity(expected.max(first.len() + chunk.len()));
                buffer.extend_from_slice(first);
                buffer.extend_from_slice(&chunk);
                *self = ReadBody::Buffer(buffer);
            }
            ReadBody::Buffer(buffer) => buffer.extend_from_slice(&chunk),
        }
    }
}

/// Reads at most `cap` bytes of the body into `body`; says whether there was more. What was read
/// stays in `body` whatever ends the read: an error, or the future being dropped.
async fn read_capped(
    mut response: reqwest::Response,
    cap: usize,
    body: &mut ReadBody,
) -> Result<bool, reqwest::Error> {
    let expected = response
        .content_length()
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or(0)
        .min(cap)
        .min(decode::MAX_JSON_BODY);
    while let Some(chunk) = response.chunk().await? {
        let room = cap - body.len();
        if chunk.len() > room {
            body.push(chunk.slice(..room), expected);
            return Ok(true);
        }
        body.push(chunk, expected);
    }
    Ok(false)
}
