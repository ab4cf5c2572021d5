//! Every non-success answer becomes the right typed error, keeping status, headers and body.

use crate::common;

use common::{Reply, TestServer, fixture};
use polarsh::models::MemberSessionCreate;
use polarsh::{Error, LocItem, RetryConfig, Uuid};

async fn create_against(reply: Reply) -> (Error, TestServer) {
    let server = TestServer::start(vec![reply]).await;
    let error = server
        .client(RetryConfig::none())
        .member_sessions()
        .create(MemberSessionCreate::new(Uuid::new_v4()))
        .await
        .unwrap_err();
    (error, server)
}

fn api(error: &Error) -> &polarsh::ApiError {
    match error {
        Error::Api(e) => e,
        other => panic!("expected Error::Api, got {other:?}"),
    }
}

const VALIDATION_FIXTURES: [&str; 10] = [
    "422-json-invalid",
    "422-member-does-not-exist",
    "422-missing-member-id",
    "422-model-attributes-type",
    "422-url-parsing-relative",
    "422-url-scheme",
    "422-url-too-long",
    "422-uuid-parsing",
    "422-uuid-type",
    "422-uuid-version",
];

#[tokio::test]
async fn every_recorded_422_is_a_validation_error_with_all_its_details() {
    for name in VALIDATION_FIXTURES {
        let recorded: serde_json::Value = serde_json::from_str(&fixture(name).body).unwrap();
        let (error, _server) = create_against(Reply::fixture(name)).await;
        let Error::Validation(validation) = &error else {
            panic!("{name}: expected Validation, got {error:?}");
        };
        assert_eq!(validation.status, 422, "{name}");
        assert_eq!(error.status(), Some(422), "{name}");
        assert!(!error.is_retryable(), "{name}");
        assert_eq!(
            validation.error.as_deref(),
            recorded["error"].as_str(),
            "{name}"
        );
        assert_eq!(
            validation.headers["content-type"], "application/json",
            "{name}"
        );
        let items = recorded["detail"].as_array().unwrap();
        assert_eq!(validation.detail.len(), items.len(), "{name}");
        for (item, want) in validation.detail.iter().zip(items) {
            assert_eq!(item.error_type, want["type"], "{name}");
            assert_eq!(item.msg, want["msg"], "{name}");
            assert_eq!(
                serde_json::to_value(&item.loc).unwrap(),
                want["loc"],
                "{name}"
            );
            assert_eq!(item.input.as_ref(), want.get("input"), "{name}");
            assert_eq!(item.ctx.as_ref(), want.get("ctx"), "{name}");
        }
    }
}

#[tokio::test]
async fn validation_errors_display_on_one_line() {
    let (error, _server) = create_against(Reply::fixture("422-member-does-not-exist")).await;
    assert_eq!(
        error.to_string(),
        "422 Unprocessable Entity: body.member_id: Member does not exist."
    );

    let (error, _server) = create_against(Reply::fixture("422-json-invalid")).await;
    let Error::Validation(validation) = &error else {
        panic!("expected Validation");
    };
    assert_eq!(
        validation.detail[0].loc,
        [LocItem::Key("body".into()), LocItem::Index(13)]
    );
    assert_eq!(
        validation.detail[0].ctx.as_ref().unwrap()["error"],
        "Expecting value"
    );
    assert_eq!(
        error.to_string(),
        "422 Unprocessable Entity: body.13: JSON decode error"
    );
}

#[tokio::test]
async fn several_validation_items_are_joined_with_semicolons() {
    let body = r#"{"error":"RequestValidationError","detail":[{"type":"uuid_parsing","loc":["body","member_id"],"msg":"Input should be a valid UUID","input":"x"},{"type":"url_scheme","loc":["body","return_url"],"msg":"URL scheme should be 'http' or 'https'","input":"ftp://x"}]}"#;
    let (error, _server) = create_against(Reply::json(422, body)).await;
    assert_eq!(
        error.to_string(),
        "422 Unprocessable Entity: body.member_id: Input should be a valid UUID; body.return_url: URL scheme should be 'http' or 'https'"
    );
}

#[tokio::test]
async fn a_401_without_a_token_keeps_polars_shape_and_headers() {
    let (error, _server) = create_against(Reply::fixture("401-unauthorized")).await;
    let e = api(&error);
    assert_eq!(e.status, 401);
    assert_eq!(e.error.as_deref(), Some("Unauthorized"));
    assert_eq!(e.detail.as_deref(), Some("Unauthorized"));
    assert_eq!(e.headers["www-authenticate"], r#"Bearer realm="polar""#);
    assert_eq!(e.body, fixture("401-unauthorized").body);
    assert_eq!(error.to_string(), "401 Unauthorized: Unauthorized");
    assert!(!error.is_retryable());
}

#[tokio::test]
async fn a_401_for_an_unknown_token_keeps_the_oauth2_description() {
    let (error, _server) = create_against(Reply::fixture("401-invalid-token")).await;
    let e = api(&error);
    assert_eq!(e.status, 401);
    assert_eq!(e.error.as_deref(), Some("invalid_token"));
    assert_eq!(
        e.detail.as_deref(),
        Some(
            "The access token provided is expired, revoked, malformed, or invalid for other reasons."
        )
    );
    assert_eq!(e.headers["cache-control"], "no-store");
    assert_eq!(
        error.to_string(),
        "401 Unauthorized: invalid_token: The access token provided is expired, revoked, malformed, or invalid for other reasons."
    );
}

#[tokio::test]
async fn a_403_for_a_missing_scope() {
    let (error, _server) = create_against(Reply::fixture("403-insufficient-scope")).await;
    let e = api(&error);
    assert_eq!(e.status, 403);
    assert_eq!(e.error.as_deref(), Some("insufficient_scope"));
    assert!(
        e.headers["www-authenticate"]
            .to_str()
            .unwrap()
            .contains("member_sessions:write")
    );
}

#[tokio::test]
async fn a_403_for_missing_feature_flags() {
    for name in ["403-not-permitted", "403-not-permitted-one-flag"] {
        let recorded: serde_json::Value = serde_json::from_str(&fixture(name).body).unwrap();
        let (error, _server) = create_against(Reply::fixture(name)).await;
        let e = api(&error);
        assert_eq!(e.status, 403);
        assert_eq!(e.error.as_deref(), Some("NotPermitted"));
        assert_eq!(e.detail.as_deref(), recorded["detail"].as_str());
        assert_eq!(
            error.to_string(),
            format!(
                "403 Forbidden: NotPermitted: {}",
                recorded["detail"].as_str().unwrap()
            )
        );
    }
}

#[tokio::test]
async fn a_404_says_the_endpoint_was_retired_and_what_replaces_it() {
    let (error, _server) = create_against(Reply::fixture("404-unknown-path")).await;
    let e = api(&error);
    assert_eq!(e.status, 404);
    assert_eq!(e.detail.as_deref(), Some("Not Found"));
    let hint = e.hint().unwrap();
    assert!(hint.contains("retired"), "{hint}");
    assert!(hint.contains("2026-03-03"), "{hint}");
    assert!(hint.contains("customer sessions with member_id"), "{hint}");
    let shown = error.to_string();
    assert!(
        shown.starts_with(
            "404 Not Found: Not Found (Polar retired POST /v1/member-sessions/ on 2026-03-03"
        ),
        "{shown}"
    );
}

#[tokio::test]
async fn a_405_is_an_api_error() {
    let (error, _server) = create_against(Reply::fixture("405-get")).await;
    let e = api(&error);
    assert_eq!(e.status, 405);
    assert_eq!(e.headers["allow"], "POST");
    assert_eq!(e.detail.as_deref(), Some("Method Not Allowed"));
}

#[tokio::test]
async fn a_redirect_is_not_followed() {
    let (error, server) = create_against(Reply::fixture("307-no-trailing-slash")).await;
    let e = api(&error);
    assert_eq!(e.status, 307);
    assert_eq!(
        e.headers["location"],
        "http://127.0.0.1:18000/v1/member-sessions/"
    );
    assert_eq!(e.body, "");
    assert_eq!(server.requests().len(), 1, "the redirect was followed");
    assert_eq!(error.to_string(), "307 Temporary Redirect (empty body)");
}

#[tokio::test]
async fn a_500_in_plain_text_is_kept() {
    let reply = Reply::new(
        500,
        &[("content-type", "text/plain; charset=utf-8")],
        "Internal Server Error",
    );
    let (error, _server) = create_against(reply).await;
    let e = api(&error);
    assert_eq!(e.status, 500);
    assert_eq!(e.body, "Internal Server Error");
    assert_eq!(e.error, None);
    assert_eq!(e.headers["content-type"], "text/plain; charset=utf-8");
    assert!(error.is_retryable());
    assert_eq!(
        error.to_string(),
        "500 Internal Server Error: Internal Server Error"
    );
}

#[tokio::test]
async fn a_502_in_html_from_a_proxy_is_kept() {
    let html = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body><center><h1>502 Bad Gateway</h1></center></body>\r\n</html>";
    let (error, _server) =
        create_against(Reply::new(502, &[("content-type", "text/html")], html)).await;
    let e = api(&error);
    assert_eq!(e.status, 502);
    assert_eq!(e.body, html);
    assert!(error.is_retryable());
    let shown = error.to_string();
    assert!(
        shown.starts_with("502 Bad Gateway: <html>  <head><title>502 Bad Gateway"),
        "{shown}"
    );
    assert!(!shown.contains('\n'));
}

#[tokio::test]
async fn a_429_with_an_empty_chunked_body_is_an_api_error_with_retry_after() {
    let (error, _server) = create_against(Reply::fixture("429-rate-limited")).await;
    let e = api(&error);
    assert_eq!(e.status, 429);
    assert_eq!(e.body, "");
    assert_eq!(e.retry_after(), Some(std::time::Duration::from_secs(60)));
    assert_eq!(
        error.retry_after(),
        Some(std::time::Duration::from_secs(60))
    );
    assert!(error.is_retryable());
    assert_eq!(
        error.to_string(),
        "429 Too Many Requests (empty body) (retry after 60s)"
    );
}

#[tokio::test]
async fn other_client_errors_are_not_retried() {
    let server = TestServer::start(vec![Reply::json(
        409,
        r#"{"error":"ResourceAlreadyExists","detail":"exists"}"#,
    )])
    .await;
    let error = server
        .client(RetryConfig::default())
        .member_sessions()
        .create(MemberSessionCreate::new(Uuid::new_v4()))
        .await
        .unwrap_err();
    assert_eq!(api(&error).error.as_deref(), Some("ResourceAlreadyExists"));
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn error_bodies_are_cut_at_64_kib() {
    let body = "x".repeat(200 * 1024);
    let (error, _server) = create_against(Reply::new(500, &[], &body)).await;
    let e = api(&error);
    assert_eq!(e.body.len(), polarsh::ApiError::MAX_BODY);
    assert!(e.body_truncated);
}
