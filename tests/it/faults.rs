//! The fault matrix: a raw TCP server that breaks HTTP in every way a network or a proxy can.
//! Every call ends within its timeout, as `Timeout` or `Connection`, or as the `Api` or `Decode`
//! error that the part of the answer that did arrive supports, and the client works afterwards.

use crate::common;

use std::time::{Duration, Instant};

use common::{Reply, TestServer, fixture};
use polarsh::models::{CustomerSession, CustomerSessionCreate};
use polarsh::{ApiError, Error, Polar, RetryConfig, Uuid};

/// The per-attempt timeout of these tests.
const TIMEOUT: Duration = Duration::from_millis(400);

/// What a loaded machine may add to a deadline before a call counts as hung.
const SLACK: Duration = Duration::from_millis(1500);

const GIB: u64 = 1024 * 1024 * 1024;

fn client(server: &TestServer, retry: RetryConfig, timeout: Duration) -> Polar {
    Polar::builder()
        .access_token("polar_oat_test_token_123")
        .server_url(server.url())
        .timeout(timeout)
        .retry_config(retry)
        .build()
        .unwrap()
}

fn req() -> CustomerSessionCreate {
    CustomerSessionCreate::for_customer(Uuid::from_u128(0x5e55))
}

/// The recorded 201 body of a customer session.
fn session() -> String {
    fixture("201-customer-session").body
}

/// A status line and headers, with the blank line that ends them.
fn head(status: &str, headers: &[&str]) -> String {
    let mut head = format!("HTTP/1.1 {status}\r\n");
    for header in headers {
        head.push_str(header);
        head.push_str("\r\n");
    }
    head.push_str("\r\n");
    head
}

fn length(n: usize) -> String {
    format!("content-length: {n}")
}

/// A short account of an outcome, for the failure messages and the `--nocapture` log.
fn outcome(result: &Result<CustomerSession, Error>) -> String {
    match result {
        Ok(session) => format!("Ok({})", session.id),
        Err(Error::Api(e)) => format!(
            "Api({}, {} body bytes{})",
            e.status,
            e.body.len(),
            if e.body_truncated { ", truncated" } else { "" }
        ),
        Err(Error::Decode(e)) => format!("Decode({}, {})", e.status, e.message),
        Err(Error::Timeout { after, .. }) => format!("Timeout({after:?})"),
        Err(e @ Error::Connection { .. }) => format!("Connection({e})"),
        Err(other) => format!("{other:?}"),
    }
}

struct Run {
    name: &'static str,
    result: Result<CustomerSession, Error>,
    elapsed: Duration,
    server: TestServer,
}

impl Run {
    fn report(&self) -> String {
        format!(
            "{}: {} in {} ms",
            self.name,
            outcome(&self.result),
            self.elapsed.as_millis()
        )
    }

    fn ended_in_time(&self, limit: Duration) {
        assert!(
            self.elapsed < limit + SLACK,
            "{} (limit {limit:?})",
            self.report()
        );
    }

    fn connection(&self) {
        assert!(
            matches!(self.result, Err(Error::Connection { .. })),
            "{}",
            self.report()
        );
        // The broken connection ended the call, not the timer.
        self.ended_in_time(Duration::ZERO);
    }

    fn timeout(&self, after: Duration) {
        assert!(
            matches!(self.result, Err(Error::Timeout { after: a, .. }) if a == after),
            "{}",
            self.report()
        );
        assert!(self.elapsed >= after, "{}", self.report());
        self.ended_in_time(after);
    }

    fn api(&self, status: u16) -> &ApiError {
        self.api_after(status, Duration::ZERO)
    }

    /// An `Api` error that ended no later than `limit` (plus slack).
    fn api_after(&self, status: u16, limit: Duration) -> &ApiError {
        match &self.result {
            Err(Error::Api(e)) if e.status == status => {
                self.ended_in_time(limit);
                e
            }
            _ => panic!("expected Api({status}): {}", self.report()),
        }
    }

    fn ok(&self) -> &CustomerSession {
        match &self.result {
            Ok(session) => {
                self.ended_in_time(Duration::ZERO);
                session
            }
            Err(_) => panic!("expected Ok: {}", self.report()),
        }
    }
}

/// One call against `fault` with no retries and the given timeout; then a second call on the
/// same client, which must succeed: no fault leaves the client broken.
async fn once_within(name: &'static str, fault: Reply, timeout: Duration) -> Run {
    let after = Reply::json(201, &session().replace("212f9baf", "aaaaaaaa"));
    let server = TestServer::start(vec![fault, after]).await;
    let polar = client(&server, RetryConfig::none(), timeout);
    let started = Instant::now();
    // A watchdog: a call that outlives its timeout fails the test rather than hanging it.
    let result = tokio::time::timeout(timeout + SLACK * 2, polar.customer_sessions().create(req()))
        .await
        .unwrap_or_else(|_| panic!("{name}: the call hung"));
    let elapsed = started.elapsed();
    let run = Run {
        name,
        result,
        elapsed,
        server,
    };
    eprintln!("CASE {}", run.report());
    let next = tokio::time::timeout(SLACK * 2, polar.customer_sessions().create(req()))
        .await
        .unwrap_or_else(|_| panic!("{name}: the next call hung"));
    match next {
        Ok(session) => assert!(
            session.id.to_string().starts_with("aaaaaaaa"),
            "{name}: the next call got another answer: {session:?}"
        ),
        Err(e) => panic!("{name}: the client is broken after the fault: {e}"),
    }
    assert_eq!(run.server.requests().len(), 2, "{name}");
    run
}

async fn once(name: &'static str, fault: Reply) -> Run {
    once_within(name, fault, TIMEOUT).await
}

// -----------------------------------------------------------------------------------------------
// The connection breaks: before the status line, after the headers, in the middle of the body.

#[tokio::test]
async fn closed_before_the_status_line() {
    once("FIN before the status line", Reply::Close)
        .await
        .connection();
}

#[tokio::test]
async fn reset_before_the_status_line() {
    once("RST before the status line", Reply::Reset)
        .await
        .connection();
}

#[tokio::test]
async fn success_closed_after_the_headers() {
    let fault = Reply::raw(head("201 Created", &[&length(session().len())])).then(Reply::Close);
    once("201, FIN after the headers", fault).await.connection();
}

#[tokio::test]
async fn success_reset_after_the_headers() {
    let fault = Reply::raw(head("201 Created", &[&length(session().len())]))
        .after(Duration::from_millis(20))
        .then(Reply::Reset.after(Duration::from_millis(50)));
    once("201, RST after the headers", fault).await.connection();
}

#[tokio::test]
async fn success_closed_mid_body() {
    let body = session();
    let fault = Reply::raw(head("201 Created", &[&length(body.len())]) + &body[..body.len() / 2])
        .then(Reply::Close);
    once("201, FIN mid-body", fault).await.connection();
}

#[tokio::test]
async fn success_reset_mid_body() {
    let body = session();
    let fault = Reply::raw(head("201 Created", &[&length(body.len())]) + &body[..body.len() / 2])
        .then(Reply::Reset.after(Duration::from_millis(50)));
    once("201, RST mid-body", fault).await.connection();
}

/// An error whose body the connection cut still tells its status: the caller learns what Polar
/// said, with what came of the body, marked as cut.
#[tokio::test]
async fn error_closed_after_the_headers_keeps_its_status() {
    let fault = Reply::raw(head("503 Service Unavailable", &[&length(100)])).then(Reply::Close);
    let run = once("503, FIN after the headers", fault).await;
    let e = run.api(503);
    assert_eq!(e.body, "");
    assert!(e.body_truncated, "{}", run.report());
}

#[tokio::test]
async fn error_closed_mid_body_keeps_its_status_and_what_came() {
    let fault =
        Reply::raw(head("500 Internal Server Error", &[&length(100)]) + r#"{"detail":"par"#)
            .then(Reply::Close);
    let run = once("500, FIN mid-body", fault).await;
    let e = run.api(500);
    assert_eq!(e.body, r#"{"detail":"par"#);
    assert!(e.body_truncated, "{}", run.report());
}

#[tokio::test]
async fn error_reset_mid_body_keeps_its_status() {
    let fault = Reply::raw(head("502 Bad Gateway", &[&length(100)]) + "<html>bad gat")
        .then(Reply::Reset.after(Duration::from_millis(50)));
    let run = once("502, RST mid-body", fault).await;
    let e = run.api(502);
    assert!(e.body.len() <= "<html>bad gat".len(), "{}", run.report());
    assert!(e.body_truncated, "{}", run.report());
}

// -----------------------------------------------------------------------------------------------
// Framing: bodies shorter or longer than `content-length`, broken chunked encoding.

#[tokio::test]
async fn success_shorter_than_its_content_length_times_out() {
    let body = session();
    let fault = Reply::raw(head("201 Created", &[&length(body.len() + 10)]) + &body);
    once("201, body 10 bytes short, connection left open", fault)
        .await
        .timeout(TIMEOUT);
}

/// An error whose body stalls is still that error: the status came, and with it the answer.
#[tokio::test]
async fn error_shorter_than_its_content_length_keeps_its_status_at_the_timeout() {
    let fault = Reply::raw(head("503 Service Unavailable", &[&length(50)]) + "short");
    let run = once("503, body 45 bytes short, connection left open", fault).await;
    let e = run.api_after(503, TIMEOUT);
    assert_eq!(e.body, "short");
    assert!(e.body_truncated);
}

#[tokio::test]
async fn success_longer_than_its_content_length_is_read_to_its_length() {
    let body = session();
    // What follows the body is a whole response: it must never be taken as the next answer.
    let smuggled = session().replace("212f9baf", "bbbbbbbb");
    let extra = head("201 Created", &[&length(smuggled.len())]) + &smuggled;
    let fault = Reply::raw(head("201 Created", &[&length(body.len())]) + &body + &extra);
    let run = once("201, a whole response after the body", fault).await;
    assert!(run.ok().id.to_string().starts_with("212f9baf"));
}

#[tokio::test]
async fn error_longer_than_its_content_length_keeps_its_length() {
    let fault = Reply::raw(head("503 Service Unavailable", &[&length(5)]) + "12345 and more");
    let run = once("503, body longer than content-length", fault).await;
    let e = run.api(503);
    assert_eq!(e.body, "12345");
    assert!(!e.body_truncated);
}

#[tokio::test]
async fn chunked_with_a_size_that_is_not_hex() {
    let fault =
        Reply::raw(head("201 Created", &["transfer-encoding: chunked"]) + "zz\r\nhello\r\n");
    once("201 chunked, size not hex", fault).await.connection();
}

#[tokio::test]
async fn chunked_with_a_size_that_overflows() {
    let fault = Reply::raw(
        head("201 Created", &["transfer-encoding: chunked"]) + "fffffffffffffffffffff\r\nx\r\n",
    );
    once("201 chunked, size past u64", fault).await.connection();
}

#[tokio::test]
async fn chunked_with_data_longer_than_its_size() {
    let fault = Reply::raw(
        head("201 Created", &["transfer-encoding: chunked"]) + "2\r\n{}garbage\r\n0\r\n\r\n",
    );
    once("201 chunked, data past its size", fault)
        .await
        .connection();
}

#[tokio::test]
async fn chunked_cut_mid_chunk() {
    let fault = Reply::raw(head("201 Created", &["transfer-encoding: chunked"]) + "400\r\n{\"id\"")
        .then(Reply::Close);
    once("201 chunked, FIN mid-chunk", fault).await.connection();
}

#[tokio::test]
async fn chunked_without_its_last_chunk_times_out() {
    let body = session();
    let fault = Reply::raw(
        head("201 Created", &["transfer-encoding: chunked"])
            + &format!("{:x}\r\n{body}\r\n", body.len()),
    );
    once("201 chunked, no last chunk, connection left open", fault)
        .await
        .timeout(TIMEOUT);
}

#[tokio::test]
async fn error_with_broken_chunks_keeps_its_status() {
    let fault = Reply::raw(
        head("500 Internal Server Error", &["transfer-encoding: chunked"]) + "5\r\noops!zz\r\n",
    );
    let run = once("500 chunked, broken chunk", fault).await;
    let e = run.api(500);
    assert!(e.body_truncated, "{}", run.report());
}

#[tokio::test]
async fn success_framed_by_the_end_of_the_connection() {
    let fault =
        Reply::raw(head("201 Created", &["connection: close"]) + &session()).then(Reply::Close);
    once("201 without content-length, ended by FIN", fault)
        .await
        .ok();
}

#[tokio::test]
async fn conflicting_content_lengths() {
    let fault = Reply::raw(head("201 Created", &[&length(2), &length(3)]) + "{}");
    once("201 with two different content-lengths", fault)
        .await
        .connection();
}

#[tokio::test]
async fn a_content_length_past_u64() {
    let fault =
        Reply::raw(head("201 Created", &["content-length: 99999999999999999999999"]) + "{}");
    once("201 with content-length past u64", fault)
        .await
        .connection();
}

/// hyper keeps the largest lengths for itself and refuses the head: the status is not read.
#[tokio::test]
async fn an_error_announcing_u64_max_bytes() {
    let fault = Reply::raw(
        head(
            "503 Service Unavailable",
            &["content-length: 18446744073709551615"],
        ) + "short",
    );
    once("503 announcing u64::MAX bytes", fault)
        .await
        .connection();
}

#[tokio::test]
async fn an_error_announcing_almost_u64_max_bytes() {
    let fault = Reply::raw(
        head(
            "503 Service Unavailable",
            &["content-length: 18446744073709551612"],
        ) + "short",
    )
    .then(Reply::Close);
    let run = once("503 announcing u64::MAX - 3 bytes, FIN after 5", fault).await;
    let e = run.api(503);
    assert_eq!(e.body, "short");
    assert!(e.body_truncated);
}

// -----------------------------------------------------------------------------------------------
// Silence and trickles.

#[tokio::test]
async fn a_server_that_never_sends_a_byte() {
    once("never a byte", Reply::Hang).await.timeout(TIMEOUT);
}

/// Progress does not extend the timeout: it bounds the whole attempt.
#[tokio::test]
async fn one_byte_per_second_of_the_status_line() {
    let timeout = Duration::from_millis(1500);
    let whole = head("201 Created", &[&length(session().len())]) + &session();
    let fault = Reply::drip(whole, Duration::from_secs(1));
    once_within("one byte a second from the start", fault, timeout)
        .await
        .timeout(timeout);
}

#[tokio::test]
async fn one_byte_per_second_of_the_body() {
    let timeout = Duration::from_millis(1500);
    let body = session();
    let fault = Reply::raw(head("201 Created", &[&length(body.len())]))
        .then(Reply::drip(body, Duration::from_secs(1)));
    once_within("201, then one body byte a second", fault, timeout)
        .await
        .timeout(timeout);
}

#[tokio::test]
async fn one_byte_per_second_of_an_error_body() {
    let timeout = Duration::from_millis(1500);
    let fault = Reply::raw(head(
        "429 Too Many Requests",
        &[&length(40), "retry-after: 30"],
    ))
    .then(Reply::drip(
        r#"{"detail":"slow down, slow down, slow"}"#,
        Duration::from_secs(1),
    ));
    let run = once_within("429, then one body byte a second", fault, timeout).await;
    let e = run.api_after(429, timeout);
    assert!(matches!(e.body.len(), 1..=2), "{:?}", e.body);
    assert!(e.body_truncated);
    assert_eq!(e.retry_after(), Some(Duration::from_secs(30)));
}

// -----------------------------------------------------------------------------------------------
// Interim 1XX answers.

#[tokio::test]
async fn a_100_continue_before_the_answer() {
    let fault = Reply::raw(head("100 Continue", &[])).then(Reply::fixture("201-customer-session"));
    once("100 Continue, then 201", fault).await.ok();
}

#[tokio::test]
async fn a_103_early_hints_before_the_answer() {
    let hints = head(
        "103 Early Hints",
        &["link: </style.css>; rel=preload; as=style"],
    );
    let fault = Reply::raw(hints).then(Reply::fixture("201-customer-session"));
    once("103 Early Hints, then 201", fault).await.ok();
}

#[tokio::test]
async fn several_interim_answers_before_the_answer() {
    let interim =
        head("100 Continue", &[]) + &head("102 Processing", &[]) + &head("103 Early Hints", &[]);
    let fault = Reply::raw(interim).then(Reply::fixture("201-customer-session"));
    once("100, 102, 103, then 201", fault).await.ok();
}

#[tokio::test]
async fn an_interim_answer_and_then_nothing() {
    let fault = Reply::raw(head("100 Continue", &[]));
    once("100 Continue, then silence", fault)
        .await
        .timeout(TIMEOUT);
}

#[tokio::test]
async fn an_unasked_switching_protocols() {
    let fault = Reply::raw(head(
        "101 Switching Protocols",
        &["upgrade: websocket", "connection: upgrade"],
    ));
    let run = once("101 Switching Protocols, unasked", fault).await;
    assert!(
        matches!(&run.result, Err(Error::Api(e)) if e.status == 101)
            || matches!(run.result, Err(Error::Connection { .. })),
        "{}",
        run.report()
    );
    run.ended_in_time(Duration::ZERO);
}

// -----------------------------------------------------------------------------------------------
// Malformed heads.

#[tokio::test]
async fn a_header_without_a_colon() {
    let fault = Reply::raw(
        head(
            "201 Created",
            &["content-type application/json", &length(2)],
        ) + "{}",
    );
    once("header line without a colon", fault)
        .await
        .connection();
}

#[tokio::test]
async fn a_header_name_with_a_space() {
    let fault = Reply::raw(
        head(
            "201 Created",
            &["content type: application/json", &length(2)],
        ) + "{}",
    );
    once("header name with a space", fault).await.connection();
}

#[tokio::test]
async fn a_header_value_with_a_control_byte() {
    let fault = Reply::raw(head("201 Created", &["x-bad: a\u{1}b", &length(2)]) + "{}");
    once("header value with a control byte", fault)
        .await
        .connection();
}

#[tokio::test]
async fn a_status_that_is_not_a_number() {
    let fault = Reply::raw(head("2x1 Created", &[&length(2)]) + "{}");
    once("status 2x1", fault).await.connection();
}

#[tokio::test]
async fn a_status_below_100() {
    let fault = Reply::raw(head("99 Low", &[&length(2)]) + "{}");
    once("status 99", fault).await.connection();
}

/// HTTP allows three-digit statuses past 599: they are errors like any other.
#[tokio::test]
async fn a_status_past_599() {
    let fault = Reply::raw(head("999 Custom", &[&length(2)]) + "{}");
    let run = once("status 999", fault).await;
    let e = run.api(999);
    assert!(!e.body_truncated);
}

#[tokio::test]
async fn not_http_at_all() {
    let fault = Reply::raw("SSH-2.0-OpenSSH_9.6\r\n\r\n");
    once("not HTTP (an SSH banner)", fault).await.connection();
}

#[tokio::test]
async fn a_head_of_a_mebibyte() {
    let big = format!("x-big: {}", "a".repeat(1024 * 1024));
    let fault = Reply::raw(head("201 Created", &[&big, &length(2)]) + "{}");
    once("a 1 MiB header", fault).await.connection();
}

#[tokio::test]
async fn a_thousand_headers() {
    let many: Vec<String> = (0..1000).map(|i| format!("x-h{i}: v")).collect();
    let mut headers: Vec<&str> = many.iter().map(String::as_str).collect();
    let len = length(2);
    headers.push(&len);
    let fault = Reply::raw(head("201 Created", &headers) + "{}");
    once("1,000 headers", fault).await.connection();
}

// -----------------------------------------------------------------------------------------------
// Bodies of a gibibyte: streamed by the server, never buffered whole by the client.

/// A body of `total` bytes after `head`, streamed in 64 KiB chunks.
fn gibibyte(head: String, chunked: bool) -> Reply {
    const CHUNK: usize = 64 * 1024;
    let piece = if chunked {
        format!("{CHUNK:x}\r\n{}\r\n", "e".repeat(CHUNK)).into_bytes()
    } else {
        vec![b'e'; CHUNK]
    };
    Reply::raw(head).then(Reply::Repeat {
        chunk: piece,
        times: GIB / CHUNK as u64,
    })
}

/// The call ends as soon as the cap is read, and the server got to write only what socket
/// buffers hold past it, not the gibibyte.
fn assert_not_buffered(run: &Run, cap: usize) {
    let written = run.server.bytes_written();
    assert!(
        written < (cap as u64) + 64 * 1024 * 1024,
        "{}: the server wrote {written} bytes",
        run.report()
    );
    eprintln!("CASE {}: server wrote {} KiB", run.name, written / 1024);
}

#[tokio::test]
async fn an_error_body_of_a_gibibyte_is_cut_at_64_kib() {
    let fault = gibibyte(
        head(
            "500 Internal Server Error",
            &[&format!("content-length: {GIB}")],
        ),
        false,
    );
    let run = once("500 with a 1 GiB body", fault).await;
    let e = run.api(500);
    assert_eq!(e.body.len(), ApiError::MAX_BODY);
    assert!(e.body_truncated);
    assert_not_buffered(&run, ApiError::MAX_BODY);
}

#[tokio::test]
async fn a_chunked_error_body_of_a_gibibyte_is_cut_at_64_kib() {
    let fault = gibibyte(
        head("503 Service Unavailable", &["transfer-encoding: chunked"]),
        true,
    );
    let run = once("503 with a 1 GiB chunked body", fault).await;
    let e = run.api(503);
    assert_eq!(e.body.len(), ApiError::MAX_BODY);
    assert!(e.body_truncated);
    assert_not_buffered(&run, ApiError::MAX_BODY);
}

#[tokio::test]
async fn a_success_body_of_a_gibibyte_is_a_decode_error_at_4_mib() {
    let fault = gibibyte(
        head("201 Created", &[&format!("content-length: {GIB}")]),
        false,
    );
    let run = once("201 with a 1 GiB body", fault).await;
    match &run.result {
        Err(Error::Decode(e)) => {
            assert_eq!(e.status, 201);
            assert!(e.message.contains("longer than"), "{}", e.message);
            assert_eq!(e.body.len(), 4 * 1024 * 1024);
        }
        _ => panic!("expected Decode: {}", run.report()),
    }
    run.ended_in_time(Duration::ZERO);
    assert_not_buffered(&run, 4 * 1024 * 1024);
}

// -----------------------------------------------------------------------------------------------
// With retries on: faults are retried, and a call that never gets an answer ends in its budget.

/// The call, failing the test if it runs past any budget of these tests.
async fn watched<F: std::future::IntoFuture>(call: F) -> F::Output {
    tokio::time::timeout(Duration::from_secs(15), call)
        .await
        .expect("the call hung")
}

fn retrying(budget: Duration) -> RetryConfig {
    RetryConfig::default()
        .initial_interval(Duration::from_millis(20))
        .max_interval(Duration::from_millis(50))
        .max_elapsed_time(budget)
}

#[tokio::test]
async fn resets_and_cut_errors_are_retried_until_an_answer() {
    let body = session();
    let server = TestServer::start(vec![
        Reply::Reset,
        Reply::Close,
        Reply::raw(head("201 Created", &[&length(body.len())]) + &body[..10]).then(Reply::Close),
        Reply::raw(head("503 Service Unavailable", &[&length(100)]) + "cut").then(Reply::Close),
        Reply::raw(head("100 Continue", &[])).then(Reply::fixture("201-customer-session")),
    ])
    .await;
    let polar = client(&server, retrying(Duration::from_secs(10)), TIMEOUT);
    let started = Instant::now();
    let result = watched(polar.customer_sessions().create(req())).await;
    eprintln!(
        "CASE retried: RST, FIN, 201 cut, 503 cut, then 100 + 201: {} in {} ms",
        outcome(&result),
        started.elapsed().as_millis()
    );
    assert!(result.is_ok(), "{}", outcome(&result));
    assert_eq!(server.requests().len(), 5);
}

#[tokio::test]
async fn a_server_that_never_answers_ends_the_call_within_its_budget() {
    let budget = Duration::from_millis(1000);
    let server = TestServer::start((0..10).map(|_| Reply::Hang).collect()).await;
    let polar = client(&server, retrying(budget), Duration::from_millis(300));
    let started = Instant::now();
    let result = watched(polar.customer_sessions().create(req())).await;
    let elapsed = started.elapsed();
    eprintln!(
        "CASE retried: never a byte, budget 1 s: {} in {} ms after {} attempts",
        outcome(&result),
        elapsed.as_millis(),
        server.requests().len()
    );
    assert!(
        matches!(result, Err(Error::Timeout { .. })),
        "{}",
        outcome(&result)
    );
    assert!(elapsed < budget + SLACK, "{elapsed:?}");
    assert!(server.requests().len() >= 2);
}

/// A status that is not retried is not retried because its body stalls: the attempt ends as that
/// status, not as a timeout (which would be retried).
#[tokio::test]
async fn a_final_status_with_a_stalled_body_is_not_retried() {
    let server = TestServer::start(vec![
        Reply::raw(head("401 Unauthorized", &[&length(100)]) + r#"{"error":"invalid_tok"#),
        Reply::fixture("201-customer-session"),
    ])
    .await;
    let polar = client(&server, retrying(Duration::from_secs(5)), TIMEOUT);
    let started = Instant::now();
    let result = watched(polar.customer_sessions().create(req())).await;
    let elapsed = started.elapsed();
    eprintln!(
        "CASE retried: 401 whose body stalls: {} in {} ms after {} attempts",
        outcome(&result),
        elapsed.as_millis(),
        server.requests().len()
    );
    match &result {
        Err(Error::Api(e)) if e.status == 401 => {
            assert_eq!(e.body, r#"{"error":"invalid_tok"#);
            assert!(e.body_truncated);
        }
        _ => panic!("expected Api(401): {}", outcome(&result)),
    }
    assert_eq!(server.requests().len(), 1);
    assert!(elapsed < TIMEOUT + SLACK, "{elapsed:?}");
}

#[tokio::test]
async fn a_server_that_always_breaks_ends_the_call_within_its_budget() {
    let budget = Duration::from_millis(600);
    let garbage = || Reply::raw("HTTP/1.1 2x1 Broken\r\n\r\n");
    let server = TestServer::start((0..200).map(|_| garbage()).collect()).await;
    let polar = client(&server, retrying(budget), TIMEOUT);
    let started = Instant::now();
    let result = watched(polar.customer_sessions().create(req())).await;
    let elapsed = started.elapsed();
    eprintln!(
        "CASE retried: a broken status line every time, budget 600 ms: {} in {} ms after {} attempts",
        outcome(&result),
        elapsed.as_millis(),
        server.requests().len()
    );
    assert!(
        matches!(result, Err(Error::Connection { .. })),
        "{}",
        outcome(&result)
    );
    assert!(elapsed < budget + SLACK, "{elapsed:?}");
    assert!(server.requests().len() >= 3);
}
