//! `polar.member_sessions().create(..)`: the exact request, and every recorded answer decoded.

use crate::common;

use common::{Reply, TestServer, fixture};
use polarsh::models::{CustomerType, MemberRole, MemberSession, MemberSessionCreate};
use polarsh::{Error, RetryConfig, Url, Uuid};

const MEMBER: &str = "10c62c5a-6042-47f6-982b-8d88ff9bc7ed";

fn member_id() -> Uuid {
    Uuid::parse_str(MEMBER).unwrap()
}

/// Creates a session for `member_id()` against a server that answers `reply`, without retries.
async fn create_once(reply: Reply) -> (Result<MemberSession, Error>, TestServer) {
    let server = TestServer::start(vec![reply]).await;
    let result = server
        .client(RetryConfig::none())
        .member_sessions()
        .create(MemberSessionCreate::new(member_id()))
        .await;
    (result, server)
}

#[tokio::test]
async fn sends_the_exact_request() {
    let server = TestServer::start(vec![Reply::fixture("201-member-session-return-url")]).await;
    let polar = polarsh::Polar::builder()
        .access_token("polar_oat_test_token_123")
        .server_url(server.url())
        .user_agent_suffix("myapp/1.2")
        .build()
        .unwrap();
    let req = MemberSessionCreate::new(member_id())
        .with_return_url(Url::parse("https://example.com/account").unwrap());
    polar.member_sessions().create(req).await.unwrap();

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.method, "POST");
    assert_eq!(request.path, "/v1/member-sessions/");
    assert_eq!(
        request.header("authorization"),
        Some("Bearer polar_oat_test_token_123")
    );
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(request.header("accept"), Some("application/json"));
    assert_eq!(request.header("polar-version"), Some("2026-10"));
    assert_eq!(
        request.header("user-agent"),
        Some(concat!("polarsh/", env!("CARGO_PKG_VERSION"), " myapp/1.2"))
    );
    assert_eq!(
        String::from_utf8(request.body.clone()).unwrap(),
        format!(r#"{{"member_id":"{MEMBER}","return_url":"https://example.com/account"}}"#)
    );
}

#[tokio::test]
async fn an_unset_return_url_is_left_out() {
    let server = TestServer::start(vec![Reply::fixture("201-member-session")]).await;
    let polar = server.client(RetryConfig::none());
    polar
        .member_sessions()
        .create(MemberSessionCreate::new(member_id()))
        .await
        .unwrap();
    assert_eq!(
        server.requests()[0].json(),
        serde_json::json!({ "member_id": MEMBER })
    );
}

#[tokio::test]
async fn decodes_the_recorded_201() {
    let (session, _server) = create_once(Reply::fixture("201-member-session")).await;
    let session = session.unwrap();
    let recorded: serde_json::Value =
        serde_json::from_str(&fixture("201-member-session").body).unwrap();
    assert_eq!(session.id.to_string(), recorded["id"]);
    assert_eq!(session.token, recorded["token"]);
    assert_eq!(session.token.len(), 53);
    assert_eq!(session.member_portal_url, recorded["member_portal_url"]);
    assert_eq!(session.return_url, None);
    assert_eq!(session.modified_at, None);
    assert_eq!(
        session
            .created_at
            .to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        "2026-11-25T20:39:35.521434Z"
    );
    assert_eq!(
        session.expires_at - session.created_at,
        chrono::Duration::seconds(3600) - chrono::Duration::microseconds(20)
    );
    assert_eq!(session.member_id, member_id());
    assert_eq!(session.member.id, member_id());
    assert_eq!(session.member.role, MemberRole::Owner);
    assert_eq!(session.member.external_id.as_deref(), Some("usr_alice"));
    assert_eq!(session.member.email, "alice@example.com");
    assert_eq!(session.customer_id, session.customer.id);
    assert_eq!(
        session.customer.customer_type,
        Some(CustomerType::Individual)
    );
    assert_eq!(session.customer.email.as_deref(), Some("alice@example.com"));
    assert_eq!(session.customer.metadata["plan"].as_str(), Some("pro"));
    assert_eq!(session.customer.metadata["seats"].as_i64(), Some(3));
    assert!(!session.customer.email_verified);
    assert_eq!(session.customer.billing_address, None);
    assert_eq!(session.customer.tax_id, None);
    assert!(
        session
            .customer
            .avatar_url
            .as_deref()
            .unwrap()
            .starts_with("https://www.gravatar.com/avatar/ff8d98")
    );
}

#[tokio::test]
async fn decodes_the_recorded_201_with_a_return_url() {
    let (session, _server) = create_once(Reply::fixture("201-member-session-return-url")).await;
    let session = session.unwrap();
    assert_eq!(
        session.return_url.as_deref(),
        Some("https://example.com/account")
    );
}

#[tokio::test]
async fn keeps_unknown_enum_values_and_ignores_unknown_fields() {
    let body = fixture("201-member-session")
        .body
        .replace(r#""role":"owner""#, r#""role":"auditor","badge":"gold""#)
        .replace(r#""type":"individual""#, r#""type":"household""#)
        .replace(r#""tax_id":null"#, r#""tax_id":["123","zz_new"]"#)
        .replace(
            r#""billing_address":null"#,
            r#""billing_address":{"line1":null,"line2":null,"postal_code":null,"city":null,"state":null,"country":"SE","extra":1}"#,
        )
        .replace(
            r#""metadata":{"plan":"pro","seats":3}"#,
            r#""metadata":{"plan":"pro","seats":3,"ratio":0.5,"vip":true}"#,
        )
        .replacen('{', r#"{"brand_new_field":{"nested":[1,2]},"#, 1);
    let (session, _server) = create_once(Reply::json(201, &body)).await;
    let session = session.unwrap();
    assert_eq!(session.member.role, MemberRole::Unknown("auditor".into()));
    assert_eq!(
        session.customer.customer_type,
        Some(CustomerType::Unknown("household".into()))
    );
    let tax_id = session.customer.tax_id.unwrap();
    assert_eq!(tax_id.value, "123");
    assert_eq!(tax_id.format.as_str(), "zz_new");
    assert_eq!(session.customer.billing_address.unwrap().country, "SE");
    assert_eq!(session.customer.metadata["ratio"].as_f64(), Some(0.5));
    assert_eq!(session.customer.metadata["vip"].as_bool(), Some(true));
}

#[tokio::test]
async fn accepts_timestamps_without_a_fraction() {
    let body = fixture("201-member-session")
        .body
        .replace("2026-11-25T20:39:35.521434Z", "2026-01-01T00:00:00Z");
    let (session, _server) = create_once(Reply::json(201, &body)).await;
    let session = session.unwrap();
    assert_eq!(session.created_at.to_rfc3339(), "2026-01-01T00:00:00+00:00");
}

#[tokio::test]
async fn a_201_with_malformed_json_is_a_decode_error() {
    let server = TestServer::start(vec![Reply::json(201, r#"{"id": "#)]).await;
    let error = server
        .client(RetryConfig::default())
        .member_sessions()
        .create(MemberSessionCreate::new(member_id()))
        .await
        .unwrap_err();
    let Error::Decode(decode) = &error else {
        panic!("expected Decode, got {error:?}");
    };
    assert_eq!(decode.status, 201);
    assert_eq!(decode.body, r#"{"id": "#);
    assert!(decode.message.contains("EOF"), "{}", decode.message);
    assert_eq!(error.status(), Some(201));
    assert!(!error.is_retryable());
    assert_eq!(
        server.requests().len(),
        1,
        "a decode error is never retried"
    );
}

#[tokio::test]
async fn a_201_with_a_missing_field_is_a_decode_error_that_names_it() {
    let body = fixture("201-member-session").body.replace(
        r#""email":"alice@example.com","name":"Alice","external_id":"usr_alice","role":"owner""#,
        r#""email":"alice@example.com","name":"Alice","external_id":"usr_alice""#,
    );
    let (error, _server) = create_once(Reply::json(201, &body)).await;
    let error = error.unwrap_err();
    let Error::Decode(decode) = &error else {
        panic!("expected Decode, got {error:?}");
    };
    assert_eq!(decode.path, "member");
    assert!(
        decode.message.contains("missing field `role`"),
        "{}",
        decode.message
    );
    assert_eq!(decode.model, "MemberSession");
    let shown = format!("{error} {error:?}");
    assert!(shown.contains("missing field `role`"));
    assert!(
        !shown.contains("HTbAMCsYli9x"),
        "the session token leaked: {shown}"
    );
}
