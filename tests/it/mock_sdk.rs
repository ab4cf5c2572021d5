//! The SDK against the mock: every member-session and customer-session outcome through `polarsh::Polar`, and
//! the mock's scripted faults driving the SDK's retries and timeouts.

use crate::mock_support;

use std::time::Duration;

use polarsh::models::{CustomerSessionCreate, MemberSessionCreate};
use polarsh::{Error, LocItem, Polar, RetryConfig, Url, Uuid};
use polarsh_mock::{AccessToken, Customer, MockServer, Scripted, defaults};

fn client(mock: &MockServer, token: &str) -> Polar {
    Polar::builder()
        .access_token(token)
        .server_url(mock.url())
        .retry_config(fast_retries())
        .build()
        .expect("client")
}

fn fast_retries() -> RetryConfig {
    RetryConfig::default()
        .initial_interval(Duration::from_millis(5))
        .max_interval(Duration::from_millis(20))
        .max_elapsed_time(Duration::from_secs(5))
}

fn validation(
    result: Result<impl std::fmt::Debug, Error>,
) -> (Option<String>, Vec<(String, String)>) {
    match result {
        Err(Error::Validation(e)) => {
            assert_eq!(e.status, 422);
            (
                e.error.clone(),
                e.detail
                    .iter()
                    .map(|i| (i.error_type.clone(), i.msg.clone()))
                    .collect(),
            )
        }
        other => panic!("expected a validation error, got {other:?}"),
    }
}

fn api_error(result: Result<impl std::fmt::Debug, Error>) -> (u16, Option<String>) {
    match result {
        Err(Error::Api(e)) => (e.status, e.error.clone()),
        other => panic!("expected an API error, got {other:?}"),
    }
}

#[tokio::test]
async fn member_sessions_through_the_sdk() {
    let mock = MockServer::start().await;
    let polar = client(&mock, mock.default_token());
    let return_url = Url::parse("https://Example.COM/account").expect("url");
    let session = polar
        .member_sessions()
        .create(MemberSessionCreate::new(mock.default_member_id()).with_return_url(return_url))
        .await
        .expect("member session");
    assert_eq!(session.member_id, mock.default_member_id());
    assert_eq!(session.customer_id, mock.default_customer_id());
    assert_eq!(session.member.email, defaults::EMAIL);
    assert_eq!(
        session.customer.organization_id,
        mock.default_organization_id()
    );
    assert_eq!(
        session.return_url.as_deref(),
        Some("https://example.com/account")
    );
    assert!(session.token.starts_with("polar_mst_"));
    assert_eq!(
        session.expires_at - session.created_at,
        chrono::TimeDelta::hours(1)
    );
    assert!(
        session
            .member_portal_url
            .starts_with("https://polar.sh/acme/portal?member_session_token=")
    );

    let log = mock.requests();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].header("polar-version"), Some("2026-10"));
    assert_eq!(log[0].header("authorization"), Some("Bearer [redacted]"));
    assert_eq!(log[0].header("content-type"), Some("application/json"));
}

#[tokio::test]
async fn member_session_errors_through_the_sdk() {
    let mock = MockServer::start().await;
    let polar = client(&mock, mock.default_token());
    let create = async |id: Uuid| {
        polar
            .member_sessions()
            .create(MemberSessionCreate::new(id))
            .await
    };

    let (error, items) = validation(create(Uuid::new_v4()).await);
    assert_eq!(error.as_deref(), Some("PolarRequestValidationError"));
    assert_eq!(
        items,
        [(
            "value_error".to_owned(),
            "Member does not exist.".to_owned()
        )]
    );

    // Version 1 ids are refused by the server's validation, not the SDK.
    let v1: Uuid = "a8098c1a-f86e-11da-bd1a-00112444be1e"
        .parse()
        .expect("uuid");
    let (error, items) = validation(create(v1).await);
    assert_eq!(error.as_deref(), Some("RequestValidationError"));
    assert_eq!(items[0].0, "uuid_version");

    let bad_url = MemberSessionCreate::new(mock.default_member_id())
        .with_return_url(Url::parse("ftp://example.com/x").expect("url"));
    let Err(Error::Validation(e)) = polar.member_sessions().create(bad_url).await else {
        panic!("422")
    };
    assert_eq!(
        e.detail[0].loc,
        [
            LocItem::Key("body".into()),
            LocItem::Key("return_url".into())
        ]
    );
    assert_eq!(
        e.detail[0].ctx,
        Some(serde_json::json!({"expected_schemes": "'http' or 'https'"}))
    );

    let unknown = client(&mock, "polar_oat_unknown");
    let result = unknown
        .member_sessions()
        .create(MemberSessionCreate::new(mock.default_member_id()))
        .await;
    assert_eq!(api_error(result), (401, Some("invalid_token".into())));

    let weak = mock
        .add_token(AccessToken::new(mock.default_organization_id()).with_scopes(["customers:read"]))
        .expect("token");
    let result = client(&mock, &weak)
        .member_sessions()
        .create(MemberSessionCreate::new(mock.default_member_id()))
        .await;
    assert_eq!(api_error(result), (403, Some("insufficient_scope".into())));

    let mock_support::PlainOrg {
        token: plain_token,
        member: bob_member,
        ..
    } = mock_support::plain_org_with_bob(&mock);
    let result = client(&mock, &plain_token)
        .member_sessions()
        .create(MemberSessionCreate::new(bob_member))
        .await;
    assert_eq!(api_error(result), (403, Some("NotPermitted".into())));

    let retired = MockServer::builder()
        .member_sessions_retired(true)
        .start()
        .await
        .expect("mock");
    let result = client(&retired, retired.default_token())
        .member_sessions()
        .create(MemberSessionCreate::new(retired.default_member_id()))
        .await;
    assert_eq!(api_error(result).0, 404);
}

#[tokio::test]
async fn customer_sessions_through_the_sdk() {
    let mock = MockServer::start().await;
    let polar = client(&mock, mock.default_token());

    let session = polar
        .customer_sessions()
        .create(
            CustomerSessionCreate::for_customer(mock.default_customer_id())
                .with_member_id(mock.default_member_id()),
        )
        .await
        .expect("customer session");
    assert!(
        session.is_member_session(),
        "a member-model organization answers with a member session"
    );
    assert_eq!(session.customer.billing_name.as_deref(), Some("Alice"));
    assert!(
        session
            .customer_portal_url
            .contains("customer_session_token=polar_mst_")
    );

    let session = polar
        .customer_sessions()
        .create(
            CustomerSessionCreate::for_external_customer(defaults::CUSTOMER_EXTERNAL_ID)
                .with_external_member_id(defaults::MEMBER_EXTERNAL_ID),
        )
        .await
        .expect("by external ids");
    assert_eq!(session.customer_id, mock.default_customer_id());

    let mock_support::PlainOrg {
        token: plain_token,
        customer: bob,
        ..
    } = mock_support::plain_org_with_bob(&mock);
    let session = client(&mock, &plain_token)
        .customer_sessions()
        .create(CustomerSessionCreate::for_customer(bob))
        .await
        .expect("plain session");
    assert!(!session.is_member_session());
    assert!(session.token.starts_with("polar_cst_"));

    let (_, items) = validation(
        polar
            .customer_sessions()
            .create(CustomerSessionCreate::for_customer(Uuid::new_v4()))
            .await,
    );
    assert_eq!(
        items,
        [(
            "value_error".to_owned(),
            "Customer does not exist.".to_owned()
        )]
    );
    let team = mock
        .add_customer(Customer::team(mock.default_organization_id()))
        .expect("team");
    let (_, items) = validation(
        polar
            .customer_sessions()
            .create(CustomerSessionCreate::for_customer(team))
            .await,
    );
    assert_eq!(items[0].1, "member_id is required for team customers.");
    let (_, items) = validation(
        polar
            .customer_sessions()
            .create(
                CustomerSessionCreate::for_customer(team).with_member_id(mock.default_member_id()),
            )
            .await,
    );
    assert_eq!(items[0].1, "Member does not exist for this customer.");
}

#[tokio::test]
async fn two_503s_then_success() {
    let mock = MockServer::start().await;
    let polar = client(&mock, mock.default_token());
    mock.enqueue(
        Scripted::status(503)
            .with_header("content-type", "text/html")
            .with_body("<html>busy</html>"),
    );
    mock.enqueue(Scripted::status(503));
    let session = polar
        .member_sessions()
        .create(MemberSessionCreate::new(mock.default_member_id()))
        .await
        .expect("the third attempt succeeds");
    assert!(session.token.starts_with("polar_mst_"));
    let statuses: Vec<Option<u16>> = mock.requests().iter().map(|r| r.status).collect();
    assert_eq!(statuses, [Some(503), Some(503), Some(201)]);
    let bodies: Vec<_> = mock.requests().iter().map(|r| r.body.clone()).collect();
    assert!(
        bodies.windows(2).all(|w| w[0] == w[1]),
        "every attempt sends the same body"
    );
}

#[tokio::test]
async fn retries_after_a_dropped_connection_and_a_429() {
    let mock = MockServer::start().await;
    let polar = client(&mock, mock.default_token());
    mock.enqueue(Scripted::drop_connection());
    mock.enqueue(Scripted::rate_limited(0));
    mock.enqueue(Scripted::internal_server_error());
    polar
        .customer_sessions()
        .create(CustomerSessionCreate::for_customer(
            mock.default_customer_id(),
        ))
        .await
        .expect("succeeds after three faults");
    let statuses: Vec<Option<u16>> = mock.requests().iter().map(|r| r.status).collect();
    assert_eq!(statuses, [None, Some(429), Some(500), Some(201)]);
}

#[tokio::test]
async fn no_retries_means_the_fault_is_the_answer() {
    let mock = MockServer::start().await;
    let polar = Polar::builder()
        .access_token(mock.default_token())
        .server_url(mock.url())
        .retry_config(RetryConfig::none())
        .build()
        .expect("client");
    mock.enqueue(Scripted::rate_limited(60));
    let result = polar
        .member_sessions()
        .create(MemberSessionCreate::new(mock.default_member_id()))
        .await;
    let error = result.expect_err("429");
    assert_eq!(error.status(), Some(429));
    assert_eq!(error.retry_after(), Some(Duration::from_secs(60)));
    mock.enqueue(Scripted::drop_connection());
    let result = polar
        .member_sessions()
        .create(MemberSessionCreate::new(mock.default_member_id()))
        .await;
    assert!(
        matches!(result, Err(Error::Connection { .. })),
        "{result:?}"
    );
    assert_eq!(mock.requests().len(), 2);
}

#[tokio::test]
async fn a_slow_answer_times_out() {
    let mock = MockServer::start().await;
    let polar = Polar::builder()
        .access_token(mock.default_token())
        .server_url(mock.url())
        .retry_config(RetryConfig::none())
        .timeout(Duration::from_millis(100))
        .build()
        .expect("client");
    mock.enqueue(Scripted::delay(Duration::from_millis(500)));
    let result = polar
        .member_sessions()
        .create(MemberSessionCreate::new(mock.default_member_id()))
        .await;
    assert!(result.as_ref().is_err_and(Error::is_timeout), "{result:?}");
}
