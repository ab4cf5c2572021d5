//! Turns an answer into what the caller gets: the decoded success, or a typed error that keeps
//! the status, the headers and a bounded copy of the body.

use reqwest::header::{HeaderMap, HeaderName};

use crate::error::{ApiError, Error, HttpValidationError, ValidationErrorItem};
use crate::transport::CallContext;
use crate::transport::decode::{Decoder, Success};

const POLAR_VERSION: HeaderName = HeaderName::from_static("polar-version");

/// What a 404 with Starlette's bare body and no `polar-version` header most likely means.
const VERSION_HINT: &str = "Polar answered without a polar-version header: the API version this \
    client sends (Polar-Version) may not be served any more, or a proxy answered; it does not \
    mean that the resource does not exist";

/// A pure function of the status, the headers and the body (at most the cap of its kind,
/// `truncated` when there was more).
pub(crate) fn classify<T>(
    status: u16,
    headers: HeaderMap,
    body: &[u8],
    truncated: bool,
    context: &CallContext,
    decoder: Decoder<T>,
) -> Result<T, Error> {
    let success = (200..300).contains(&status);
    let cap = if success {
        decoder.cap
    } else {
        ApiError::MAX_BODY
    };
    // The transport reads no more than the cap; cutting here as well keeps the bound for any
    // caller.
    let truncated = truncated || body.len() > cap;
    let body = &body[..body.len().min(cap)];
    if success {
        return (decoder.read)(Success {
            status,
            headers,
            body,
            truncated,
            context,
        });
    }
    Err(error(status, headers, body, truncated, context))
}

/// The error for a non-success answer.
pub(crate) fn error(
    status: u16,
    headers: HeaderMap,
    body: &[u8],
    truncated: bool,
    context: &CallContext,
) -> Error {
    if status == 422
        && !truncated
        && let Ok(parsed) = serde_json::from_slice::<ValidationBody>(body)
    {
        return Error::Validation(Box::new(HttpValidationError {
            status,
            headers,
            error: parsed.error,
            detail: parsed.detail,
            operation: context.op.id,
            path_template: context.op.path,
            page: context.page,
        }));
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
    let hint = match status {
        404 => context.op.not_found_hint.or_else(|| {
            let bare = body.trim_ascii() == br#"{"detail":"Not Found"}"#;
            (bare && !headers.contains_key(POLAR_VERSION)).then_some(VERSION_HINT)
        }),
        _ => None,
    };
    let (text_body, cut) = bounded_text(body, ApiError::MAX_BODY);
    let repeatable =
        crate::retry::status_may_retry(status, text_body.trim().is_empty(), context.repeatable);
    Error::Api(Box::new(ApiError {
        status,
        headers,
        body: text_body,
        error,
        detail,
        body_truncated: truncated || cut,
        hint,
        operation: context.op.id,
        path_template: context.op.path,
        page: context.page,
        retryable: repeatable,
    }))
}

/// The body as text, lossily decoded as UTF-8, cut to at most `cap` bytes on a character
/// boundary; says whether it was cut. Each invalid byte becomes a three-byte U+FFFD, so the text of
/// `cap` bytes of body can be up to three times longer: the cut keeps the bound on the text itself.
pub(crate) fn bounded_text(body: &[u8], cap: usize) -> (String, bool) {
    let mut text = String::from_utf8_lossy(body).into_owned();
    if text.len() <= cap {
        return (text, false);
    }
    let mut end = cap;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    (text, true)
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
#[path = "../../tests/unit/classify_props.rs"]
mod classify_props;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::MemberSession;
    use crate::operation::{Credential, Operation, RetryClass};
    use crate::transport::decode;

    pub(crate) static TEST_OP: Operation = Operation::new(
        "member-sessions:create",
        reqwest::Method::POST,
        "/v1/member-sessions/",
        Credential::Organization,
        RetryClass::Safe,
    );

    pub(crate) const CONTEXT: CallContext = CallContext {
        op: &TEST_OP,
        page: None,
        repeatable: true,
    };

    fn classify_ms(status: u16, body: &str) -> Result<MemberSession, Error> {
        classify(
            status,
            HeaderMap::new(),
            body.as_bytes(),
            false,
            &CONTEXT,
            decode::json(),
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
        assert_eq!(e.operation, "member-sessions:create");
        assert_eq!(e.path_template, "/v1/member-sessions/");
    }

    #[test]
    fn decode_failures_say_where() {
        let Error::Decode(e) = classify_ms(201, r#"{"created_at":"nope"}"#).unwrap_err() else {
            panic!("expected Decode");
        };
        assert_eq!(e.path, "created_at");
        assert_eq!(e.model, "MemberSession");
        assert_eq!(e.status, 201);
        assert_eq!(e.operation, "member-sessions:create");
    }

    #[test]
    fn truncated_success_bodies_are_decode_errors() {
        let error =
            classify::<MemberSession>(200, HeaderMap::new(), b"{", true, &CONTEXT, decode::json())
                .unwrap_err();
        assert!(matches!(error, Error::Decode(e) if e.message.contains("longer than")));
    }

    #[test]
    fn error_bodies_stay_within_the_cap_even_as_text() {
        // 64 KiB of invalid UTF-8 is 192 KiB of U+FFFD once decoded.
        let body = vec![0xFF; ApiError::MAX_BODY];
        let Error::Api(e) = error(503, HeaderMap::new(), &body, false, &CONTEXT) else {
            panic!("expected Api");
        };
        assert!(e.body.len() <= ApiError::MAX_BODY, "{}", e.body.len());
        assert!(e.body.chars().all(|c| c == char::REPLACEMENT_CHARACTER));
        assert!(e.body_truncated);
        // A caller handing over more than the cap gets the cap.
        let long = vec![b'x'; 3 * ApiError::MAX_BODY];
        let Err(Error::Api(e)) = classify::<MemberSession>(
            500,
            HeaderMap::new(),
            &long,
            false,
            &CONTEXT,
            decode::json(),
        ) else {
            panic!("expected Api");
        };
        assert_eq!(e.body.len(), ApiError::MAX_BODY);
        assert!(e.body_truncated);
    }

    #[tokio::test]
    async fn a_budget_too_long_for_the_clock_still_retries() {
        let retry = crate::RetryConfig::default()
            .initial_interval(std::time::Duration::from_millis(1))
            .max_elapsed_time(std::time::Duration::MAX);
        let mut failures = 2;
        let result = crate::transport::with_retries(
            retry,
            std::time::Duration::MAX,
            &CONTEXT,
            |number, _| {
                let fail = failures > 0;
                failures -= 1;
                async move {
                    if fail {
                        Err(error(503, HeaderMap::new(), b"", false, &CONTEXT))
                    } else {
                        Ok(number)
                    }
                }
            },
        )
        .await;
        assert_eq!(result.unwrap(), 3);
    }
}
