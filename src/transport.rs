//! The one request path every call goes through: build, send, classify, retry, decode.

use std::time::Duration;

use bytes::Bytes;
use reqwest::Method;
use reqwest::header::HeaderMap;
use serde::Serialize;
use serde::de::DeserializeOwned;
use tokio::time::Instant;

use crate::client::{Endpoint, Polar};
use crate::error::{ApiError, DecodeError, HttpValidationError, ValidationErrorItem};
use crate::{Error, RequestOptions, RetryConfig};

/// The largest success body that is read: 4 MiB, some 3,000 times a member session. A body over
/// it is [`Error::Decode`]; error bodies are cut at [`ApiError::MAX_BODY`] instead.
pub(crate) const MAX_SUCCESS_BODY: usize = 4 * 1024 * 1024;

impl Polar {
    /// Sends `body` as JSON to `endpoint` and decodes the answer as `T`, with the client's
    /// headers, timeout and retries (or those of `options`).
    pub(crate) async fn send<B, T>(
        &self,
        method: Method,
        endpoint: Endpoint,
        body: &B,
        options: Option<&RequestOptions>,
    ) -> Result<T, Error>
    where
        B: Serialize + ?Sized,
        T: DeserializeOwned,
    {
        let inner = &*self.inner;
        let http = inner.http.as_ref().map_err(|e| Error::config(e.clone()))?;
        let mut retry = inner.retry;
        let mut timeout = inner.timeout;
        let mut headers = None;
        if let Some(options) = options {
            options.check()?;
            retry = options.retry.unwrap_or(retry);
            timeout = options.timeout.unwrap_or(timeout);
            if !options.headers.is_empty() {
                let mut merged = inner.headers.clone();
                for (name, value) in &options.headers {
                    merged.insert(name, value.clone());
                }
                headers = Some(merged);
            }
        }
        let headers = headers.as_ref().unwrap_or(&inner.headers);
        let body = Bytes::from(serde_json::to_vec(body).map_err(|e| {
            Error::config(format!("the request body could not be serialised: {e}"))
        })?);
        let attempt = Attempt {
            http,
            method,
            endpoint,
            url: inner.url(endpoint),
            headers,
            body,
        };
        with_retries(retry, timeout, endpoint, |_| attempt.run::<T>()).await
    }
}

/// Runs `attempt` until it succeeds, fails for good, or the retry budget is spent.
///
/// Each attempt gets `timeout`, cut to what is left of `retry.max_elapsed_time`.
async fn with_retries<T, F, Fut>(
    retry: RetryConfig,
    timeout: Duration,
    endpoint: Endpoint,
    mut attempt: F,
) -> Result<T, Error>
where
    F: FnMut(u32) -> Fut,
    Fut: Future<Output = Result<T, Error>>,
{
    let deadline = retry
        .enabled
        .then(|| Instant::now().checked_add(retry.max_elapsed_time))
        .flatten();
    let mut number = 1;
    let mut previous: Option<Error> = None;
    loop {
        let budget = match deadline {
            Some(deadline) => timeout.min(deadline.saturating_duration_since(Instant::now())),
            None => timeout,
        };
        let error = match tokio::time::timeout(budget, attempt(number)).await {
            Ok(Ok(value)) => return Ok(value),
            Ok(Err(error)) => error,
            // A retry cut short by the call's budget: the answer before it says more.
            Err(_) if budget < timeout && previous.is_some() => {
                return Err(previous.take().unwrap_or(Error::Timeout { after: budget }));
            }
            Err(_) => Error::Timeout { after: budget },
        };
        let retryable = match &error {
            Error::Api(e) => crate::error::is_retryable_status(e.status),
            Error::Timeout { .. } | Error::Connection { .. } => retry.retry_connection_errors,
            _ => false,
        };
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
                path = endpoint.path(),
                "not retrying Polar request: the wait would pass the time budget"
            );
            return Err(error);
        }
        tracing::info!(
            attempt = number,
            status = error.status(),
            kind = kind(&error),
            delay_ms = millis(wait),
            path = endpoint.path(),
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
struct Attempt<'a> {
    http: &'a reqwest::Client,
    method: Method,
    endpoint: Endpoint,
    url: &'a url::Url,
    headers: &'a HeaderMap,
    body: Bytes,
}

impl Attempt<'_> {
    async fn run<T: DeserializeOwned>(&self) -> Result<T, Error> {
        let mut response = self
            .http
            .request(self.method.clone(), self.url.clone())
            .headers(self.headers.clone())
            .body(self.body.clone())
            .send()
            .await
            .map_err(transport_error)?;
        let status = response.status().as_u16();
        let headers = std::mem::take(response.headers_mut());
        let success = (200..300).contains(&status);
        let cap = if success {
            MAX_SUCCESS_BODY
        } else {
            ApiError::MAX_BODY
        };
        let (body, truncated) = match read_capped(response, cap).await {
            Ok(read) => read,
            // A cut-off success body is a failed exchange; a cut-off error body still tells
            // the status, which is what the caller needs most.
            Err((error, _)) if success => return Err(transport_error(error)),
            Err((_, partial)) => (partial, false),
        };
        classify(status, headers, &body, truncated, self.endpoint)
    }
}

fn transport_error(error: reqwest::Error) -> Error {
    if error.is_builder() {
        Error::config(format!("the request could not be built: {error}"))
    } else {
        Error::Connection { source: error }
    }
}

/// Reads at most `cap` bytes of the body; says whether there was more. On a read error, returns
/// it with what was read before it.
async fn read_capped(
    mut response: reqwest::Response,
    cap: usize,
) -> Result<(Vec<u8>, bool), (reqwest::Error, Vec<u8>)> {
    let expected = response
        .content_length()
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or(0);
    let mut body = Vec::with_capacity(expected.min(cap));
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                let room = cap - body.len();
                if chunk.len() > room {
                    body.extend_from_slice(&chunk[..room]);
                    return Ok((body, true));
                }
                body.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok((body, false)),
            Err(error) => return Err((error, body)),
        }
    }
}

/// Turns an answer into the model or a typed error. A pure function of the status, the headers
/// and the body (at most `cap` bytes of it, `truncated` when there was more).
pub(crate) fn classify<T: DeserializeOwned>(
    status: u16,
    headers: HeaderMap,
    body: &[u8],
    truncated: bool,
    endpoint: Endpoint,
) -> Result<T, Error> {
    if (200..300).contains(&status) {
        return decode(status, headers, body, truncated);
    }
    if status == 422 {
        if let Ok(parsed) = serde_json::from_slice::<ValidationBody>(body) {
            return Err(Error::Validation(Box::new(HttpValidationError {
                status,
                headers,
                error: parsed.error,
                detail: parsed.detail,
            })));
        }
    }
    let (error, detail) = match serde_json::from_slice::<ErrorBody>(body) {
        Ok(parsed) => (
            parsed.error.and_then(text),
            parsed
                .detail
                .and_then(text)
                .or_else(|| parsed.error_description.and_then(text)),
        ),
        Err(_) => (None, None),
    };
    Err(Error::Api(Box::new(ApiError {
        status,
        headers,
        body: String::from_utf8_lossy(body).into_owned(),
        error,
        detail,
        body_truncated: truncated,
        hint: if status == 404 {
            endpoint.not_found_hint()
        } else {
            None
        },
    })))
}

fn decode<T: DeserializeOwned>(
    status: u16,
    headers: HeaderMap,
    body: &[u8],
    truncated: bool,
) -> Result<T, Error> {
    let model = short_type_name::<T>();
    let failure = |path: String, message: String| {
        Error::Decode(Box::new(DecodeError {
            status,
            headers,
            body: String::from_utf8_lossy(body).into_owned(),
            model,
            path,
            message,
        }))
    };
    if truncated {
        return Err(failure(
            ".".to_owned(),
            format!("the body is longer than the {MAX_SUCCESS_BODY} bytes this client reads"),
        ));
    }
    match serde_json::from_slice::<T>(body) {
        Ok(value) => Ok(value),
        Err(_) => {
            // Decode again, only on failure, to learn where it failed.
            let mut deserializer = serde_json::Deserializer::from_slice(body);
            let error = match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
                Ok(_) => return Err(failure(".".to_owned(), "trailing data".to_owned())),
                Err(error) => error,
            };
            Err(failure(error.path().to_string(), error.inner().to_string()))
        }
    }
}

fn short_type_name<T>() -> &'static str {
    let full = std::any::type_name::<T>();
    let base = full.split('<').next().unwrap_or(full);
    base.rsplit("::").next().unwrap_or(base)
}

/// A JSON value as text: strings as they are, anything else as JSON, null as nothing.
fn text(value: serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s),
        other => Some(other.to_string()),
    }
}

#[derive(serde::Deserialize)]
struct ValidationBody {
    #[serde(default)]
    error: Option<String>,
    detail: Vec<ValidationErrorItem>,
}

#[derive(serde::Deserialize)]
struct ErrorBody {
    #[serde(default)]
    error: Option<serde_json::Value>,
    #[serde(default)]
    detail: Option<serde_json::Value>,
    #[serde(default)]
    error_description: Option<serde_json::Value>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::MemberSession;

    fn classify_ms(status: u16, body: &str) -> Result<MemberSession, Error> {
        classify(
            status,
            HeaderMap::new(),
            body.as_bytes(),
            false,
            Endpoint::MemberSessions,
        )
    }

    #[test]
    fn a_422_that_is_not_fastapi_json_is_an_api_error() {
        let error = classify_ms(422, "<html>bad</html>").unwrap_err();
        assert!(matches!(&error, Error::Api(e) if e.status == 422 && e.body == "<html>bad</html>"));
    }

    #[test]
    fn error_and_detail_of_any_json_type_are_kept_as_text() {
        let Error::Api(e) = classify_ms(400, r#"{"error":7,"detail":{"a":[1]}}"#).unwrap_err()
        else {
            panic!("expected Api");
        };
        assert_eq!(e.error.as_deref(), Some("7"));
        assert_eq!(e.detail.as_deref(), Some(r#"{"a":[1]}"#));
    }

    #[test]
    fn decode_failures_say_where() {
        let Error::Decode(e) = classify_ms(201, r#"{"created_at":"nope"}"#).unwrap_err() else {
            panic!("expected Decode");
        };
        assert_eq!(e.path, "created_at");
        assert_eq!(e.model, "MemberSession");
        assert_eq!(e.status, 201);
    }

    #[test]
    fn truncated_success_bodies_are_decode_errors() {
        let error =
            classify::<MemberSession>(200, HeaderMap::new(), b"{", true, Endpoint::MemberSessions)
                .unwrap_err();
        assert!(matches!(error, Error::Decode(e) if e.message.contains("longer than")));
    }

    #[test]
    fn type_names_are_short() {
        assert_eq!(short_type_name::<MemberSession>(), "MemberSession");
        assert_eq!(short_type_name::<Vec<u8>>(), "Vec");
    }
}
