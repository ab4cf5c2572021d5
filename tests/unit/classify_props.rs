//! Property tests of the response classification and of the retry arithmetic: whatever the
//! status, the headers and the body, `classify` ends in `Ok` or in an `Error` that keeps the
//! status and a bounded copy of the body, and nothing panics or overflows.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use proptest::collection::vec;
use proptest::prelude::*;
use reqwest::header::{HeaderName, HeaderValue, RETRY_AFTER};
use serde_json::Value;

use super::*;
use crate::RetryConfig;
use crate::models::{CustomerSession, MemberSession};
use crate::operation::{Credential, Operation, RetryClass};
use crate::transport::decode::{self, MAX_JSON_BODY as MAX_SUCCESS_BODY};
use serde::de::DeserializeOwned;
use tokio::time::Instant;

/// The two operations the properties are checked on.
#[derive(Debug, Clone, Copy)]
enum Endpoint {
    CustomerSessions,
    MemberSessions,
}

static CUSTOMER_SESSIONS: Operation = Operation::new(
    "customer-sessions:create",
    reqwest::Method::POST,
    "/v1/customer-sessions/",
    Credential::Organization,
    RetryClass::Safe,
);

static MEMBER_SESSIONS: Operation = Operation::new(
    "member-sessions:create",
    reqwest::Method::POST,
    "/v1/member-sessions/",
    Credential::Organization,
    RetryClass::Safe,
)
.with_not_found_hint("retired");

fn context(endpoint: Endpoint) -> CallContext {
    let op = match endpoint {
        Endpoint::CustomerSessions => &CUSTOMER_SESSIONS,
        Endpoint::MemberSessions => &MEMBER_SESSIONS,
    };
    CallContext {
        op,
        page: None,
        repeatable: true,
    }
}

/// `classify` for a JSON model of one of the two operations.
fn classify<T: DeserializeOwned>(
    status: u16,
    headers: HeaderMap,
    body: &[u8],
    truncated: bool,
    endpoint: Endpoint,
) -> Result<T, Error> {
    super::classify(
        status,
        headers,
        body,
        truncated,
        &context(endpoint),
        decode::json(),
    )
}

async fn with_retries<T, F, Fut>(
    retry: RetryConfig,
    timeout: Duration,
    endpoint: Endpoint,
    attempt: F,
) -> Result<T, Error>
where
    F: FnMut(u32, Option<Instant>) -> Fut,
    Fut: Future<Output = Result<T, Error>>,
{
    crate::transport::with_retries(retry, timeout, &context(endpoint), attempt).await
}

/// The last second that an HTTP date can name: 9999-12-31T23:59:59Z.
const LAST_HTTP_DATE: u64 = 253_402_300_799;

fn recorded_body(fixture: &str) -> Value {
    let recorded: Value = serde_json::from_str(fixture).unwrap();
    serde_json::from_str(recorded["body_raw"].as_str().unwrap()).unwrap()
}

fn member_session() -> Value {
    recorded_body(include_str!("../fixtures/201-member-session.json"))
}

fn customer_session() -> Value {
    recorded_body(include_str!(
        "../../tests/fixtures/201-customer-session.json"
    ))
}

/// `cases` random cases a run; a failure prints its minimal input rather than writing a file.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Strategies

/// 100 to 599, and now and then past it: HTTP allows any three digits, and hyper passes them on.
fn status() -> impl Strategy<Value = u16> {
    prop_oneof![
        4 => 100u16..=599,
        1 => 600u16..=999,
        1 => prop::sample::select(vec![200u16, 201, 204, 400, 401, 404, 422, 429, 500, 503]),
    ]
}

/// `Retry-After` values: seconds of any size, negative numbers, numbers too big for a `u64`,
/// dates from 1970 to 9999 (most of them past), and garbage.
fn retry_after_value() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        any::<u64>().prop_map(|n| n.to_string().into_bytes()),
        (0u64..1_000).prop_map(|n| n.to_string().into_bytes()),
        any::<i64>().prop_map(|n| n.to_string().into_bytes()),
        "[0-9]{20,60}".prop_map(String::into_bytes),
        "[ \t]{0,3}[0-9]{1,25}[ \t]{0,3}".prop_map(String::into_bytes),
        (0u64..=LAST_HTTP_DATE).prop_map(|secs| {
            httpdate::fmt_http_date(UNIX_EPOCH + Duration::from_secs(secs)).into_bytes()
        }),
        prop::sample::select(vec![
            "",
            "0",
            "-0",
            "+5",
            "1.5",
            "1e9",
            "0x10",
            "NaN",
            "inf",
            "soon",
            "18446744073709551616",
            "Thu, 01 Jan 1970 00:00:00 GMT",
            "Fri, 31 Dec 9999 23:59:59 GMT",
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
            "Mon, 32 Foo 2024 99:99:99 GMT",
        ])
        .prop_map(|s| s.as_bytes().to_vec()),
        vec(any::<u8>(), 0..64),
    ]
}

/// Response headers: a `Retry-After` or not, and a few others, any bytes a header value may hold.
fn headers() -> impl Strategy<Value = HeaderMap> {
    let other = (
        prop::sample::select(vec![
            "content-type",
            "content-length",
            "retry-after",
            "x-request-id",
            "www-authenticate",
            "set-cookie",
        ]),
        vec(any::<u8>(), 0..48),
    );
    (prop::option::of(retry_after_value()), vec(other, 0..4)).prop_map(|(retry, others)| {
        let mut headers = HeaderMap::new();
        for (name, value) in others {
            if let Ok(value) = HeaderValue::from_bytes(&value) {
                headers.append(HeaderName::from_static(name), value);
            }
        }
        if let Some(Ok(value)) = retry.map(|v| HeaderValue::from_bytes(&v)) {
            headers.insert(RETRY_AFTER, value);
        }
        headers
    })
}

/// Any JSON value, a few levels deep.
fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..6).prop_map(Value::Array),
            vec((".{0,8}", inner), 0..6)
                .prop_map(|fields| Value::Object(fields.into_iter().collect())),
        ]
    })
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "error",
            "detail",
            "error_description",
            "type",
            "loc",
            "msg",
            "input",
            "ctx",
            "id",
            "token",
        ])
        .prop_map(str::to_owned),
        ".{0,8}",
    ]
}

/// Bodies shaped like Polar's errors (`error`, `detail`, OAuth2's `error_description`, FastAPI's
/// list of items) with fields of any type.
fn error_shaped() -> impl Strategy<Value = Value> {
    let item = vec((key(), json()), 0..6)
        .prop_map(|fields| Value::Object(fields.into_iter().collect::<serde_json::Map<_, _>>()));
    let fastapi_item = (vec(json(), 0..4), json(), json()).prop_map(|(loc, msg, kind)| {
        serde_json::json!({ "loc": loc, "msg": msg, "type": kind, "input": null })
    });
    prop_oneof![
        item,
        (
            prop::option::of(json()),
            prop_oneof![json(), vec(fastapi_item, 0..4).prop_map(Value::Array)]
        )
            .prop_map(|(error, detail)| {
                let mut body = serde_json::json!({ "detail": detail });
                if let Some(error) = error {
                    body["error"] = error;
                }
                body
            }),
    ]
}

/// A recorded session with one field set to a value of any type, or removed.
fn mutated_session() -> impl Strategy<Value = Value> {
    let fields = |value: Value| {
        value
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect::<Vec<_>>()
    };
    let member = member_session();
    let customer = customer_session();
    let mut names = fields(member.clone());
    names.extend(fields(customer.clone()));
    (
        any::<bool>(),
        prop::sample::select(names),
        prop::option::of(json()),
    )
        .prop_map(move |(pick_member, field, value)| {
            let mut body = if pick_member {
                member.clone()
            } else {
                customer.clone()
            };
            let object = body.as_object_mut().unwrap();
            match value {
                Some(value) => object.insert(field, value),
                None => object.remove(&field),
            };
            body
        })
}

/// `depth` opening brackets (or objects), closed or not.
fn nested(depth: usize, objects: bool, closed: bool) -> Vec<u8> {
    let (open, close): (&[u8], &[u8]) = if objects {
        (br#"{"detail":"#, b"}")
    } else {
        (b"[", b"]")
    };
    let mut body = open.repeat(depth);
    body.extend_from_slice(b"1");
    if closed {
        body.extend(close.repeat(depth));
    }
    body
}

fn body() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        vec(any::<u8>(), 0..512),
        ".{0,256}".prop_map(String::into_bytes),
        json().prop_map(|v| serde_json::to_vec(&v).unwrap()),
        error_shaped().prop_map(|v| serde_json::to_vec(&v).unwrap()),
        mutated_session().prop_map(|v| serde_json::to_vec(&v).unwrap()),
        Just(member_session()).prop_map(|v| serde_json::to_vec(&v).unwrap()),
        Just(customer_session()).prop_map(|v| serde_json::to_vec(&v).unwrap()),
        (0usize..4_000, any::<bool>(), any::<bool>()).prop_map(|(d, o, c)| nested(d, o, c)),
        // Around the error cap, ending in a character cut anywhere.
        (
            ApiError::MAX_BODY - 8..ApiError::MAX_BODY + 8,
            prop::sample::select(vec!["a", "é", "€", "😀", "\u{FFFD}"]),
            any::<bool>(),
        )
            .prop_map(|(len, fill, invalid)| {
                let mut body = fill.repeat(len / fill.len() + 1).into_bytes();
                body.truncate(len);
                if invalid {
                    body.iter_mut().step_by(3).for_each(|b| *b = 0xFF);
                }
                body
            }),
    ]
}

// ---------------------------------------------------------------------------------------------
// The properties

/// Two readings of one `Retry-After`: equal, but for a date, which moves with the clock.
fn same_wait(a: Option<Duration>, b: Option<Duration>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => a.abs_diff(b) <= Duration::from_secs(1),
        _ => false,
    }
}

/// `classify`'s contract, checked on one answer.
fn check<T: DeserializeOwned>(
    status: u16,
    headers: &HeaderMap,
    body: &[u8],
    truncated: bool,
    endpoint: Endpoint,
) -> Result<(), TestCaseError> {
    let success = (200..300).contains(&status);
    let cap = if success {
        MAX_SUCCESS_BODY
    } else {
        ApiError::MAX_BODY
    };
    let kept = String::from_utf8_lossy(&body[..body.len().min(cap)]);
    let whole = !truncated && body.len() <= cap;
    let error = match classify::<T>(status, headers.clone(), body, truncated, endpoint) {
        Ok(_) => {
            prop_assert!(success, "Ok for status {}", status);
            prop_assert!(whole, "Ok for a body that was cut");
            return Ok(());
        }
        Err(error) => error,
    };
    prop_assert_eq!(error.status(), Some(status));
    // Showing the error and asking it questions never panics.
    let shown = error.to_string();
    prop_assert!(shown.starts_with(&status.to_string()), "{}", shown);
    let _ = format!("{error:?}");
    // Only an error status asks the caller to wait.
    let asked = match &error {
        Error::Api(_) | Error::Validation(_) => crate::error::retry_after(headers),
        _ => None,
    };
    prop_assert!(same_wait(error.retry_after(), asked));
    match &error {
        Error::Decode(e) => {
            prop_assert!(success, "Decode for status {}", status);
            prop_assert_eq!(e.status, status);
            prop_assert_eq!(&e.headers, headers);
            prop_assert!(
                e.body.len() <= MAX_SUCCESS_BODY,
                "{} bytes kept",
                e.body.len()
            );
            prop_assert!(kept.starts_with(e.body.as_str()));
            if whole && std::str::from_utf8(body).is_ok() {
                prop_assert_eq!(e.body.as_bytes(), body);
            }
            prop_assert!(!error.is_retryable());
        }
        Error::Api(e) => {
            prop_assert!(!success, "Api for status {}", status);
            prop_assert_eq!(e.status, status);
            prop_assert_eq!(&e.headers, headers);
            prop_assert!(
                e.body.len() <= ApiError::MAX_BODY,
                "{} bytes kept",
                e.body.len()
            );
            prop_assert!(kept.starts_with(e.body.as_str()));
            // The flag says exactly whether what is kept is less than what came.
            let complete = whole && e.body == String::from_utf8_lossy(body);
            prop_assert_eq!(e.body_truncated, !complete);
            if whole && std::str::from_utf8(body).is_ok() {
                prop_assert_eq!(e.body.as_bytes(), body);
            }
            prop_assert_eq!(
                e.hint().is_some(),
                status == 404
                    && (matches!(endpoint, Endpoint::MemberSessions)
                        || (body.trim_ascii() == br#"{"detail":"Not Found"}"#
                            && !headers.contains_key("polar-version")))
            );
            // The rate limiter's 429 is empty; one with a body is a business answer.
            let empty = String::from_utf8_lossy(&body[..body.len().min(cap)])
                .trim()
                .is_empty();
            prop_assert_eq!(
                error.is_retryable(),
                matches!(status, 500 | 502 | 503 | 504) || (status == 429 && empty)
            );
        }
        Error::Validation(e) => {
            prop_assert_eq!(status, 422);
            prop_assert_eq!(e.status, 422);
            prop_assert_eq!(&e.headers, headers);
            prop_assert!(whole, "a cut body cannot be a whole validation answer");
            prop_assert!(!error.is_retryable());
        }
        other => prop_assert!(false, "unexpected variant {:?}", other),
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn any_answer_is_ok_or_a_typed_error_with_status_and_bounded_body(
        status in status(),
        headers in headers(),
        body in body(),
        truncated in prop::bool::weighted(0.1),
    ) {
        check::<CustomerSession>(status, &headers, &body, truncated, Endpoint::CustomerSessions)?;
        check::<MemberSession>(status, &headers, &body, truncated, Endpoint::MemberSessions)?;
    }

    #[test]
    fn retry_after_never_panics_and_reads_only_seconds_and_dates(value in retry_after_value()) {
        let Ok(header) = HeaderValue::from_bytes(&value) else {
            return Ok(());
        };
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, header);
        let wait = crate::error::retry_after(&headers);
        let text = String::from_utf8_lossy(&value);
        if let Ok(seconds) = text.trim().parse::<u64>() {
            prop_assert_eq!(wait, Some(Duration::from_secs(seconds)));
        } else if text.trim().starts_with('-') {
            prop_assert_eq!(wait, None);
        } else if let Some(wait) = wait {
            // Only a date: never longer than the time to the last date there is.
            let to_last = (UNIX_EPOCH + Duration::from_secs(LAST_HTTP_DATE))
                .duration_since(SystemTime::now())
                .unwrap();
            prop_assert!(wait <= to_last + Duration::from_secs(1));
        }
        let error = classify::<()>(429, headers, b"", false, Endpoint::CustomerSessions)
            .unwrap_err();
        prop_assert!(same_wait(error.retry_after(), wait));
        let shown = error.to_string();
        prop_assert_eq!(shown.contains("(retry after "), wait.is_some(), "{}", shown);
    }

    #[test]
    fn backoff_never_panics_and_stays_within_the_max_interval(
        initial in (any::<u64>(), 0u32..1_000_000_000),
        max in (any::<u64>(), 0u32..1_000_000_000),
        small in any::<bool>(),
        exponent in any::<f64>(),
        attempt in any::<u32>(),
    ) {
        let duration = |(secs, nanos): (u64, u32)| {
            if small {
                Duration::new(secs % 100, nanos)
            } else {
                Duration::new(secs, nanos)
            }
        };
        let retry = RetryConfig::default()
            .initial_interval(duration(initial))
            .max_interval(duration(max))
            .exponent(exponent);
        let base = retry.base_delay(attempt);
        prop_assert!(base <= duration(max));
        let delay = retry.delay(attempt);
        // Jitter in [base / 2, base], and never under the floor.
        let floor = crate::retry::MIN_RETRY_WAIT;
        prop_assert!(
            delay <= base.max(floor) && delay >= (base / 2).max(floor),
            "{:?} for {:?}",
            delay,
            base
        );
    }
}

proptest! {
    #![proptest_config(config(16))]

    /// Bodies well past the error cap, and some past the success cap, as the transport would
    /// never hand over: the bounds hold all the same.
    #[test]
    fn big_bodies_are_cut_to_the_caps(
        status in prop::sample::select(vec![200u16, 201, 400, 422, 429, 503, 599]),
        len in 0usize..300_000,
        byte in any::<u8>(),
        truncated in any::<bool>(),
    ) {
        let body = vec![byte; len];
        check::<CustomerSession>(status, &HeaderMap::new(), &body, truncated, Endpoint::CustomerSessions)?;
    }
}

/// Ten megabytes, of random bytes and of valid JSON, for a success, a 422 and other errors.
#[test]
fn ten_megabyte_bodies_are_bounded() {
    const TEN_MB: usize = 10 * 1024 * 1024;
    let mut rng = fastrand::Rng::with_seed(6);
    let random: Vec<u8> = std::iter::repeat_with(|| rng.u8(..)).take(TEN_MB).collect();
    let text = "x".repeat(TEN_MB);
    let error_json =
        serde_json::to_vec(&serde_json::json!({ "error": "E", "detail": text })).unwrap();
    let validation_json = serde_json::to_vec(&serde_json::json!({
        "detail": [{ "loc": ["body"], "msg": "bad", "type": "t", "input": text }]
    }))
    .unwrap();
    let mut session = customer_session();
    session["return_url"] = Value::String(format!("https://example.com/{text}"));
    let session_json = serde_json::to_vec(&session).unwrap();
    for body in [&random, &error_json, &validation_json, &session_json] {
        for status in [200, 201, 400, 404, 422, 500, 503] {
            for truncated in [false, true] {
                check::<CustomerSession>(
                    status,
                    &HeaderMap::new(),
                    body,
                    truncated,
                    Endpoint::CustomerSessions,
                )
                .unwrap_or_else(|e| panic!("status {status}: {e}"));
            }
        }
    }
    let Err(Error::Decode(e)) = classify::<CustomerSession>(
        201,
        HeaderMap::new(),
        &session_json,
        false,
        Endpoint::CustomerSessions,
    ) else {
        panic!("a 10 MB success body must be a Decode error");
    };
    assert!(e.message.contains("longer than"), "{}", e.message);
    assert_eq!(e.body.len(), MAX_SUCCESS_BODY);
}

/// Nesting far past serde_json's recursion limit is an error, not a stack overflow.
#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    for objects in [false, true] {
        let body = nested(200_000, objects, true);
        for status in [201, 422, 503] {
            check::<CustomerSession>(
                status,
                &HeaderMap::new(),
                &body,
                false,
                Endpoint::CustomerSessions,
            )
            .unwrap_or_else(|e| panic!("status {status}: {e}"));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The retry loop with extreme values: no overflow of `Instant + Duration`, no panic, no hang.

fn answer_503(retry_after: &str) -> Error {
    let mut headers = HeaderMap::new();
    headers.insert(RETRY_AFTER, HeaderValue::from_str(retry_after).unwrap());
    classify::<()>(503, headers, b"", false, Endpoint::CustomerSessions).unwrap_err()
}

/// Runs `with_retries` on an attempt that fails with `errors` in turn, then succeeds; returns
/// the result, the number of attempts and how long it took.
async fn run(
    retry: RetryConfig,
    timeout: Duration,
    errors: Vec<Error>,
) -> (Result<u32, Error>, u32, Duration) {
    let errors = std::sync::Mutex::new(errors.into_iter());
    let attempts = std::sync::atomic::AtomicU32::new(0);
    let started = Instant::now();
    let result = with_retries(retry, timeout, Endpoint::CustomerSessions, |number, _| {
        attempts.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let next = errors.lock().unwrap().next();
        async move {
            match next {
                Some(error) => Err(error),
                None => Ok(number),
            }
        }
    })
    .await;
    let attempts = attempts.load(std::sync::atomic::Ordering::Relaxed);
    (result, attempts, started.elapsed())
}

fn fast() -> RetryConfig {
    RetryConfig::default()
        .initial_interval(Duration::from_millis(1))
        .max_interval(Duration::from_millis(5))
        .max_elapsed_time(Duration::from_secs(5))
}

#[tokio::test]
async fn a_huge_retry_after_ends_the_call_at_once() {
    let huge = [
        u64::MAX.to_string(),
        (u64::MAX / 2).to_string(),
        "Fri, 31 Dec 9999 23:59:59 GMT".to_owned(),
    ];
    for value in huge {
        let (result, attempts, elapsed) =
            run(fast(), Duration::from_secs(1), vec![answer_503(&value)]).await;
        let error = result.unwrap_err();
        assert_eq!(error.status(), Some(503), "{value}");
        assert!(error.retry_after().unwrap() > Duration::from_secs(1_000_000));
        assert_eq!(attempts, 1, "{value}");
        assert!(elapsed < Duration::from_secs(1), "{value}: {elapsed:?}");
    }
}

#[tokio::test]
async fn a_retry_after_in_the_past_or_of_zero_is_retried_at_once() {
    let (result, attempts, elapsed) = run(
        fast(),
        Duration::from_secs(1),
        vec![
            answer_503("0"),
            answer_503("Thu, 01 Jan 1970 00:00:00 GMT"),
            answer_503("-5"),
        ],
    )
    .await;
    assert_eq!(result.unwrap(), 4);
    assert_eq!(attempts, 4);
    assert!(elapsed < Duration::from_secs(1), "{elapsed:?}");
}

#[tokio::test]
async fn an_unbounded_time_budget_still_retries() {
    let retry = fast().max_elapsed_time(Duration::MAX);
    let (result, attempts, _) =
        run(retry, Duration::MAX, vec![answer_503("0"), answer_503("0")]).await;
    assert_eq!(result.unwrap(), 3);
    assert_eq!(attempts, 3);
}

#[tokio::test]
async fn an_unbounded_budget_with_a_huge_retry_after_neither_waits_forever_nor_panics() {
    // With no end to the budget, a wait of u64::MAX seconds would fit: it must not be slept.
    let retry = fast().max_elapsed_time(Duration::MAX);
    let huge = answer_503(&u64::MAX.to_string());
    let call = run(retry, Duration::from_secs(1), vec![huge]);
    let (result, attempts, _) = tokio::time::timeout(Duration::from_secs(5), call)
        .await
        .expect("the call must end");
    assert_eq!(result.unwrap_err().status(), Some(503));
    assert_eq!(attempts, 1);
}

#[tokio::test]
async fn extreme_timeouts_neither_panic_nor_hang() {
    // No retries and an endless attempt timeout: the attempt runs to its end.
    let (result, attempts, _) = run(RetryConfig::none(), Duration::MAX, vec![]).await;
    assert_eq!((result.unwrap(), attempts), (1, 1));
    // A zero budget: the attempt gets no time at all.
    let retry = fast().max_elapsed_time(Duration::ZERO);
    let started = Instant::now();
    let result = with_retries(retry, Duration::MAX, Endpoint::CustomerSessions, |_, _| {
        std::future::pending::<Result<(), Error>>()
    })
    .await;
    assert!(matches!(result, Err(Error::Timeout { after, .. }) if after == Duration::ZERO));
    assert!(started.elapsed() < Duration::from_secs(1));
}
