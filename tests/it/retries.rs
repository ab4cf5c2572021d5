//! Retries, backoff, Retry-After, time budgets and per-call overrides.

use crate::common;

use std::time::{Duration, Instant};

use common::{Reply, TestServer, closed_port};
use polarsh::models::MemberSessionCreate;
use polarsh::{Error, Polar, RequestOptions, RetryConfig, Uuid};

fn fast_retries() -> RetryConfig {
    RetryConfig::default()
        .initial_interval(Duration::from_millis(20))
        .max_interval(Duration::from_millis(100))
        .max_elapsed_time(Duration::from_secs(5))
}

fn req() -> MemberSessionCreate {
    MemberSessionCreate::new(Uuid::new_v4())
}

#[tokio::test]
async fn two_503s_then_a_201_takes_three_attempts() {
    let server = TestServer::start(vec![
        Reply::new(503, &[("content-type", "text/html")], "<h1>503</h1>"),
        Reply::new(503, &[("content-type", "text/html")], "<h1>503</h1>"),
        Reply::fixture("201-member-session"),
    ])
    .await;
    let session = server
        .client(fast_retries())
        .member_sessions()
        .create(req())
        .await
        .unwrap();
    assert_eq!(session.token.len(), 53);
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    assert!(
        requests.iter().all(|r| r.body == requests[0].body),
        "the body changed between attempts"
    );
}

#[tokio::test]
async fn every_retryable_status_is_retried_and_no_other() {
    for status in [429u16, 500, 502, 503, 504] {
        let server = TestServer::start(vec![
            Reply::new(status, &[], ""),
            Reply::fixture("201-member-session"),
        ])
        .await;
        server
            .client(fast_retries())
            .member_sessions()
            .create(req())
            .await
            .unwrap();
        assert_eq!(server.requests().len(), 2, "{status}");
    }
    for status in [
        204u16, 301, 400, 401, 403, 404, 405, 408, 409, 410, 418, 501, 505, 599,
    ] {
        let server = TestServer::start(vec![
            Reply::new(status, &[], ""),
            Reply::fixture("201-member-session"),
        ])
        .await;
        let result = server
            .client(fast_retries())
            .member_sessions()
            .create(req())
            .await;
        if status == 204 {
            assert!(
                matches!(result, Err(Error::Decode(_))),
                "{status}: {result:?}"
            );
        } else {
            assert!(
                matches!(&result, Err(Error::Api(e)) if e.status == status),
                "{status}: {result:?}"
            );
        }
        assert_eq!(server.requests().len(), 1, "{status} was retried");
    }
}

#[tokio::test]
async fn a_429_with_retry_after_is_honoured_then_succeeds() {
    let server = TestServer::start(vec![
        Reply::new(
            429,
            &[("retry-after", "1"), ("transfer-encoding", "chunked")],
            "",
        ),
        Reply::fixture("201-member-session"),
    ])
    .await;
    let started = Instant::now();
    server
        .client(fast_retries())
        .member_sessions()
        .create(req())
        .await
        .unwrap();
    let elapsed = started.elapsed();
    assert_eq!(server.requests().len(), 2);
    assert!(
        elapsed >= Duration::from_secs(1),
        "did not wait for Retry-After: {elapsed:?}"
    );
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
}

#[tokio::test]
async fn a_retry_after_past_the_budget_returns_at_once() {
    let server = TestServer::start(vec![
        Reply::fixture("429-rate-limited"),
        Reply::fixture("201-member-session"),
    ])
    .await;
    let started = Instant::now();
    // The defaults: a 30 s budget, and Polar's real Retry-After of 60 s.
    let error = server
        .client(RetryConfig::default())
        .member_sessions()
        .create(req())
        .await
        .unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "slept: {:?}",
        started.elapsed()
    );
    assert_eq!(error.status(), Some(429));
    assert_eq!(error.retry_after(), Some(Duration::from_secs(60)));
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn a_longer_budget_waits_for_retry_after() {
    let server = TestServer::start(vec![
        Reply::new(503, &[("retry-after", "1")], ""),
        Reply::fixture("201-member-session"),
    ])
    .await;
    let polar = server.client(RetryConfig::default().max_elapsed_time(Duration::from_secs(3)));
    let started = Instant::now();
    polar.member_sessions().create(req()).await.unwrap();
    assert!(started.elapsed() >= Duration::from_secs(1));
}

#[tokio::test]
async fn retries_stop_at_the_time_budget() {
    let replies = (0..100)
        .map(|_| Reply::new(500, &[], "Internal Server Error"))
        .collect();
    let server = TestServer::start(replies).await;
    let retry = RetryConfig::default()
        .initial_interval(Duration::from_millis(50))
        .max_interval(Duration::from_millis(50))
        .max_elapsed_time(Duration::from_millis(600));
    let started = Instant::now();
    let error = server
        .client(retry)
        .member_sessions()
        .create(req())
        .await
        .unwrap_err();
    let elapsed = started.elapsed();
    assert_eq!(error.status(), Some(500));
    assert!(elapsed < Duration::from_millis(1500), "{elapsed:?}");
    let attempts = server.requests().len();
    assert!((3..=20).contains(&attempts), "{attempts} attempts");
}

#[tokio::test]
async fn a_slow_server_times_out_within_the_bound() {
    let server = TestServer::start(vec![Reply::Hang]).await;
    let polar = Polar::builder()
        .access_token("polar_oat_x")
        .server_url(server.url())
        .retry_config(RetryConfig::none())
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let started = Instant::now();
    let error = polar.member_sessions().create(req()).await.unwrap_err();
    let elapsed = started.elapsed();
    assert!(
        matches!(error, Error::Timeout { after, .. } if after == Duration::from_millis(300)),
        "{error:?}"
    );
    assert!(error.is_timeout() && error.is_retryable());
    assert!(
        elapsed >= Duration::from_millis(300) && elapsed < Duration::from_millis(1000),
        "{elapsed:?}"
    );
    assert_eq!(
        error.to_string(),
        "member-sessions:create: request timed out after 300ms"
    );
}

#[tokio::test]
async fn a_timeout_is_retried_and_no_attempt_runs_past_the_budget() {
    let server = TestServer::start(vec![Reply::Hang, Reply::fixture("201-member-session")]).await;
    let polar = Polar::builder()
        .access_token("polar_oat_x")
        .server_url(server.url())
        .retry_config(fast_retries())
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    polar.member_sessions().create(req()).await.unwrap();
    assert_eq!(server.requests().len(), 2);

    let hanging = TestServer::start((0..20).map(|_| Reply::Hang).collect()).await;
    let polar = Polar::builder()
        .access_token("polar_oat_x")
        .server_url(hanging.url())
        .retry_config(fast_retries().max_elapsed_time(Duration::from_millis(700)))
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    let started = Instant::now();
    let error = polar.member_sessions().create(req()).await.unwrap_err();
    let elapsed = started.elapsed();
    assert!(error.is_timeout(), "{error:?}");
    assert!(
        elapsed < Duration::from_millis(1000),
        "the attempt ran past the budget: {elapsed:?}"
    );
}

#[tokio::test]
async fn a_closed_port_is_a_connection_error() {
    let addr = closed_port().await;
    let polar = Polar::builder()
        .access_token("polar_oat_x")
        .server_url(format!("http://{addr}"))
        .retry_config(RetryConfig::none())
        .build()
        .unwrap();
    let error = polar.member_sessions().create(req()).await.unwrap_err();
    let Error::Connection { source, .. } = &error else {
        panic!("expected Connection, got {error:?}");
    };
    assert!(source.is_connect(), "{source:?}");
    assert!(error.is_retryable());
    assert_eq!(error.status(), None);
    let shown = error.to_string();
    assert!(
        shown.starts_with("member-sessions:create: connection error: "),
        "{shown}"
    );
    assert!(
        shown.to_lowercase().contains("refused"),
        "the cause is not on the first line: {shown}"
    );
    assert!(std::error::Error::source(&error).is_some());
}

#[tokio::test]
async fn connection_errors_are_retried_only_when_asked() {
    let addr = closed_port().await;
    let build = |retry: RetryConfig| {
        Polar::builder()
            .access_token("polar_oat_x")
            .server_url(format!("http://{addr}"))
            .retry_config(retry)
            .build()
            .unwrap()
    };
    let retry = fast_retries().max_elapsed_time(Duration::from_millis(400));
    // Not asked: one attempt. A retry would first wait at least 1 s (half of 2 s, after jitter),
    // which no single refused connection takes, however loaded the machine.
    let slow_retry = RetryConfig::default()
        .initial_interval(Duration::from_secs(2))
        .max_interval(Duration::from_secs(2))
        .max_elapsed_time(Duration::from_secs(5))
        .retry_connection_errors(false);
    let started = Instant::now();
    build(slow_retry)
        .member_sessions()
        .create(req())
        .await
        .unwrap_err();
    assert!(
        started.elapsed() < Duration::from_millis(900),
        "{:?}",
        started.elapsed()
    );

    let started = Instant::now();
    let error = build(retry)
        .member_sessions()
        .create(req())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Connection { .. }));
    assert!(
        started.elapsed() >= Duration::from_millis(150),
        "not retried: {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn per_call_options_override_the_client() {
    let server = TestServer::start(vec![
        Reply::new(503, &[], ""),
        Reply::fixture("201-member-session"),
    ])
    .await;
    let polar = server.client(fast_retries());
    let error = polar
        .member_sessions()
        .create(req())
        .with_options(
            RequestOptions::new()
                .retry_config(RetryConfig::none())
                .header("x-trace", "1"),
        )
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(503));
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].header("x-trace"), Some("1"));
    assert_eq!(
        requests[0].header("authorization"),
        Some("Bearer polar_oat_test_token_123")
    );

    // The client's own policy is untouched by the call before.
    polar.member_sessions().create(req()).await.unwrap();
    assert_eq!(server.requests()[1].header("x-trace"), None);
}

#[tokio::test]
async fn a_per_call_timeout_overrides_the_client() {
    let server = TestServer::start(vec![Reply::Hang]).await;
    let polar = server.client(RetryConfig::none());
    let started = Instant::now();
    let error = polar
        .member_sessions()
        .create(req())
        .with_options(RequestOptions::new().timeout(Duration::from_millis(150)))
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Timeout { after, .. } if after == Duration::from_millis(150)));
    assert!(started.elapsed() < Duration::from_millis(800));
}

#[tokio::test]
async fn a_per_call_header_may_replace_polar_version_but_not_authorization() {
    let server = TestServer::start(vec![Reply::fixture("201-member-session")]).await;
    let polar = server.client(RetryConfig::none());
    let error = polar
        .member_sessions()
        .create(req())
        .with_options(RequestOptions::new().header("Authorization", "Bearer other"))
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Config { message } if message.contains("authorization")),
        "{error:?}"
    );
    let error = polar
        .member_sessions()
        .create(req())
        .with_options(RequestOptions::new().header("x-bad", "line\nbreak"))
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Config { .. }));
    assert!(
        server.requests().is_empty(),
        "a request was sent despite a bad header"
    );

    polar
        .member_sessions()
        .create(req())
        .with_options(RequestOptions::new().header("polar-version", "2026-03"))
        .await
        .unwrap();
    let sent = server.requests();
    assert_eq!(sent[0].header("polar-version"), Some("2026-03"));
    assert_eq!(
        sent[0]
            .headers
            .iter()
            .filter(|(k, _)| k == "polar-version")
            .count(),
        1
    );
}
