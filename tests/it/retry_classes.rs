//! Retries never repeat a payment: each operation's retry class decides what is retried after
//! the request may have reached Polar.

use std::time::Duration;

use crate::common::{Reply, TestServer, closed_port, customer_json};

use polarsh::models::{CustomerCreate, CustomerSessionCreate};
use polarsh::{Error, Polar, RequestOptions, RetryConfig, Uuid};

fn fast() -> RetryConfig {
    RetryConfig::default()
        .initial_interval(Duration::from_millis(5))
        .max_interval(Duration::from_millis(10))
        .max_elapsed_time(Duration::from_secs(5))
}

fn create() -> CustomerCreate {
    CustomerCreate::new("alice@example.com")
}

/// A server that answers `first` once, then a customer.
async fn once_then_customer(first: Reply, status: u16) -> TestServer {
    TestServer::start(vec![first, Reply::json(status, &customer_json())]).await
}

#[tokio::test]
async fn a_post_that_creates_is_not_retried_after_a_503() {
    let server = once_then_customer(Reply::json(503, r#"{"detail":"busy"}"#), 201).await;
    let error = server
        .client(fast())
        .customers()
        .create(create())
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(503));
    assert!(
        !error.is_retryable(),
        "a loop on is_retryable must not repeat it"
    );
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn a_get_is_retried_after_a_503() {
    let server = once_then_customer(Reply::json(503, r#"{"detail":"busy"}"#), 200).await;
    server
        .client(fast())
        .customers()
        .get(Uuid::new_v4())
        .await
        .unwrap();
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn a_post_is_retried_after_the_rate_limiters_empty_429() {
    let server = once_then_customer(Reply::new(429, &[("retry-after", "0")], ""), 201).await;
    server
        .client(fast())
        .customers()
        .create(create())
        .await
        .unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].body, requests[1].body);
}

#[tokio::test]
async fn a_429_with_a_json_body_is_a_business_answer_and_not_retried() {
    let body = r#"{"error":"ManualRetryLimitExceeded","detail":"Too many retries"}"#;
    let server = once_then_customer(Reply::json(429, body), 201).await;
    let error = server
        .client(fast())
        .customers()
        .create(create())
        .await
        .unwrap_err();
    let Error::Api(api) = &error else {
        panic!("expected Api, got {error:?}");
    };
    assert_eq!(api.error.as_deref(), Some("ManualRetryLimitExceeded"));
    assert!(!error.is_retryable());
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn a_session_create_is_retried_after_a_503() {
    let server = TestServer::start(vec![
        Reply::json(503, "{}"),
        Reply::fixture("201-customer-session"),
    ])
    .await;
    server
        .client(fast())
        .customer_sessions()
        .create(CustomerSessionCreate::for_customer(Uuid::new_v4()))
        .await
        .unwrap();
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn idempotent_true_lets_a_create_be_retried_and_false_stops_a_read() {
    let server = once_then_customer(Reply::json(503, "{}"), 201).await;
    server
        .client(fast())
        .customers()
        .create(create())
        .with_options(RequestOptions::new().idempotent(true))
        .await
        .unwrap();
    assert_eq!(server.requests().len(), 2);

    let server = once_then_customer(Reply::json(503, "{}"), 200).await;
    let error = server
        .client(fast())
        .customers()
        .get(Uuid::new_v4())
        .with_options(RequestOptions::new().idempotent(false))
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(503));
    assert!(!error.is_retryable());
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn a_create_whose_answer_is_lost_is_not_repeated() {
    // The server reads the request, then hangs up without answering: it may have run.
    let server = TestServer::start(vec![Reply::Close, Reply::json(201, &customer_json())]).await;
    let error = server
        .client(fast())
        .customers()
        .create(create())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Connection { .. }), "{error:?}");
    assert!(!error.is_retryable());
    assert_eq!(server.requests().len(), 1);
    // A read is repeated after the same failure.
    let server = TestServer::start(vec![Reply::Close, Reply::json(200, &customer_json())]).await;
    server
        .client(fast())
        .customers()
        .get(Uuid::new_v4())
        .await
        .unwrap();
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn a_create_that_could_not_connect_is_retryable() {
    let addr = closed_port().await;
    let polar = Polar::builder()
        .access_token("polar_oat_x")
        .server_url(format!("http://{addr}"))
        .retry_config(RetryConfig::none())
        .build()
        .unwrap();
    let error = polar.customers().create(create()).await.unwrap_err();
    let Error::Connection { idempotent, .. } = &error else {
        panic!("expected Connection, got {error:?}");
    };
    assert!(!idempotent);
    assert!(error.is_retryable(), "the request provably never left");
}

#[tokio::test]
async fn a_429_with_a_json_body_is_not_retried_even_for_a_read() {
    let body = r#"{"error":"ManualRetryLimitExceeded","detail":"Too many retries"}"#;
    let server = once_then_customer(Reply::json(429, body), 200).await;
    let error = server
        .client(fast())
        .customers()
        .get(Uuid::new_v4())
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(429));
    assert!(!error.is_retryable());
    assert_eq!(server.requests().len(), 1);
}
