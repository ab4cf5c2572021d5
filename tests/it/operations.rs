//! Every shape of operation through the real transport against a local server: what the server
//! received (method, exact path bytes, query, headers, body) and what the caller got.

use crate::common::{self, Reply, TestServer, customer_json};

use polarsh::models::{CustomerCreate, CustomerUpdate, LicenseKeyValidate, RevokeTokenRequest};
use polarsh::{Error, Polar, Receipt, RequestOptions, RetryConfig, Uuid};

const ORG_TOKEN: &str = "polar_oat_test_token_123";

fn id() -> Uuid {
    Uuid::parse_str("992fae2a-2a17-4b7a-8d9e-e287cf90131b").unwrap()
}

#[tokio::test]
async fn path_parameters_are_one_segment_each() {
    let server = TestServer::with_handler(|_| Reply::json(200, &customer_json())).await;
    let polar = server.client(RetryConfig::none());
    let customer = polar
        .customers()
        .get_external("a/b?c#d%e f é")
        .await
        .unwrap();
    assert_eq!(customer.email.as_deref(), Some("bob@example.com"));
    polar.customers().get(id()).await.unwrap();
    let requests = server.requests();
    assert_eq!(requests[0].method, "GET");
    assert_eq!(
        requests[0].path,
        "/v1/customers/external/a%2Fb%3Fc%23d%25e%20f%20%C3%A9"
    );
    assert_eq!(
        requests[1].path,
        "/v1/customers/992fae2a-2a17-4b7a-8d9e-e287cf90131b"
    );
}

#[tokio::test]
async fn empty_dot_and_dot_dot_path_parameters_are_refused_before_sending() {
    let server = TestServer::with_handler(|_| Reply::json(200, &customer_json())).await;
    let polar = server.client(RetryConfig::none());
    for bad in ["", ".", ".."] {
        let error = polar.customers().get_external(bad).await.unwrap_err();
        let Error::Config { message } = &error else {
            panic!("expected Config for {bad:?}, got {error:?}");
        };
        assert!(message.contains("customers:get_external"), "{message}");
        assert!(message.contains("external_id"), "{message}");
    }
    assert!(server.requests().is_empty(), "nothing may be sent");
}

#[tokio::test]
async fn queries_repeat_arrays_and_spell_booleans_dates_and_metadata() {
    let server = TestServer::with_handler(|_| {
        Reply::json(
            200,
            r#"{"items":[],"pagination":{"total_count":0,"max_page":0}}"#,
        )
    })
    .await;
    let polar = server.client(RetryConfig::none());
    let page = polar
        .customers()
        .list()
        .organization_id(id())
        .organization_id(Uuid::nil())
        .email("a+b c@example.com")
        .active(false)
        .metadata("plan", "pro")
        .metadata("seats", "3")
        .sorting([
            polarsh::models::CustomerSortProperty::DescCreatedAt,
            polarsh::models::CustomerSortProperty::Email,
        ])
        .limit(50)
        .await
        .unwrap();
    assert!(page.items.is_empty());
    assert_eq!(page.total_count, Some(0));
    let since: polarsh::chrono::DateTime<polarsh::chrono::Utc> =
        "2026-11-01T12:30:00.5Z".parse().unwrap();
    polar
        .events()
        .list()
        .start_timestamp(since)
        .name("api_call")
        .name("upload")
        .await
        .unwrap();
    let requests = server.requests();
    assert_eq!(
        requests[0].path,
        "/v1/customers/?organization_id=992fae2a-2a17-4b7a-8d9e-e287cf90131b\
         &organization_id=00000000-0000-0000-0000-000000000000&email=a%2Bb%20c%40example.com\
         &active=false&metadata[plan]=pro&metadata[seats]=3&sorting=-created_at&sorting=email\
         &limit=50"
    );
    assert_eq!(
        requests[1].path,
        "/v1/events/?start_timestamp=2026-11-01T12%3A30%3A00.500Z&name=api_call&name=upload"
    );
}

#[tokio::test]
async fn create_update_and_delete_send_their_bodies() {
    let server = TestServer::with_handler(|request| match request.method.as_str() {
        "DELETE" => Reply::new(204, &[("content-type", "application/json")], ""),
        "POST" => Reply::json(201, &customer_json()),
        _ => Reply::json(200, &customer_json()),
    })
    .await;
    let polar = server.client(RetryConfig::none());
    let created = polar
        .customers()
        .create(CustomerCreate::new("alice@example.com").with_external_id("usr_1"))
        .await
        .unwrap();
    polar
        .customers()
        .update(
            created.id,
            CustomerUpdate::new().with_name("Al").clear_external_id(),
        )
        .await
        .unwrap();
    let deleted: () = polar
        .customers()
        .delete(created.id)
        .anonymize(true)
        .await
        .unwrap();
    assert_eq!(deleted, ());
    let requests = server.requests();
    assert_eq!(requests[0].method, "POST");
    assert_eq!(requests[0].path, "/v1/customers/");
    assert_eq!(requests[0].header("content-type"), Some("application/json"));
    assert_eq!(
        requests[0].json(),
        serde_json::json!({"email": "alice@example.com", "external_id": "usr_1"})
    );
    assert_eq!(requests[1].method, "PATCH");
    assert_eq!(requests[1].path, format!("/v1/customers/{}", created.id));
    assert_eq!(
        String::from_utf8_lossy(&requests[1].body),
        r#"{"name":"Al","external_id":null}"#
    );
    assert_eq!(requests[2].method, "DELETE");
    assert_eq!(
        requests[2].path,
        format!("/v1/customers/{}?anonymize=true", created.id)
    );
    assert!(requests[2].body.is_empty());
    assert_eq!(requests[2].header("content-type"), None);
    for request in &requests {
        assert_eq!(request.header("polar-version"), Some("2026-10"));
        assert_eq!(
            request.header("authorization"),
            Some(format!("Bearer {ORG_TOKEN}").as_str())
        );
    }
}

#[tokio::test]
async fn empty_answers_and_the_two_shape_receipt() {
    let server = TestServer::start(vec![
        Reply::json(202, "{}"),
        Reply::json(200, r#"{"url":"https://polar.sh/receipt.pdf"}"#),
        Reply::new(202, &[], ""),
    ])
    .await;
    let polar = server.client(RetryConfig::none());
    polar.orders().generate_invoice(id()).await.unwrap();
    let ready = polar.orders().receipt(id()).await.unwrap();
    let Receipt::Ready(receipt) = ready else {
        panic!("expected Ready, got {ready:?}");
    };
    assert_eq!(receipt.url, "https://polar.sh/receipt.pdf");
    assert_eq!(
        polar.orders().receipt(id()).await.unwrap(),
        Receipt::Pending
    );
    let requests = server.requests();
    assert_eq!(requests[0].method, "POST");
    assert_eq!(requests[0].path, format!("/v1/orders/{}/invoice", id()));
    assert_eq!(requests[1].path, format!("/v1/orders/{}/receipt", id()));
}

#[tokio::test]
async fn a_csv_export_larger_than_the_json_cap_is_read_whole() {
    let mut csv = String::from("id,email\n");
    while csv.len() <= 5 * 1024 * 1024 {
        csv.push_str("992fae2a-2a17-4b7a-8d9e-e287cf90131b,alice@example.com\n");
    }
    let body = csv.clone();
    let server =
        TestServer::with_handler(move |_| Reply::new(200, &[("content-type", "text/csv")], &body))
            .await;
    let polar = server.client(RetryConfig::none());
    let text = polar
        .customers()
        .export()
        .organization_id(id())
        .await
        .unwrap();
    assert!(text.len() > 4 * 1024 * 1024);
    assert_eq!(text, csv);
    assert_eq!(
        server.requests()[0].path,
        format!("/v1/customers/export?organization_id={}", id())
    );
}

#[tokio::test]
async fn a_form_body_takes_no_token() {
    let server = TestServer::with_handler(|_| Reply::json(200, "{}")).await;
    let polar = server.client(RetryConfig::none());
    let request = RevokeTokenRequest::new("polar_at_u_x y", "polar_ci_1", "s&cret=")
        .with_token_type_hint("access_token");
    polar.oauth2().revoke_token(request).await.unwrap();
    let received = &server.requests()[0];
    assert_eq!(received.method, "POST");
    assert_eq!(received.path, "/v1/oauth2/revoke");
    assert_eq!(
        received.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(received.header("authorization"), None);
    assert_eq!(
        String::from_utf8_lossy(&received.body),
        "client_id=polar_ci_1&client_secret=s%26cret%3D&token=polar_at_u_x+y\
         &token_type_hint=access_token"
    );
}

#[tokio::test]
async fn each_credential_kind_sends_its_token() {
    let server = TestServer::with_handler(|request| {
        if request.path.starts_with("/v1/customer-portal/customers/me") {
            Reply::json(
                200,
                r#"{"created_at":"2026-01-01T00:00:00Z","modified_at":null,
                "id":"992fae2a-2a17-4b7a-8d9e-e287cf90131b","email":"alice@example.com",
                "email_verified":true,"name":"Alice","billing_name":null,"billing_address":null,
                "tax_id":null,"oauth_accounts":{}}"#,
            )
        } else if request.path.starts_with("/v1/oauth2/userinfo") {
            Reply::json(200, r#"{"sub":"u_1","name":"Ann"}"#)
        } else {
            Reply::json(200, &customer_json())
        }
    })
    .await;
    let polar = server.client(RetryConfig::none());
    // Organization token.
    polar.customers().get(id()).await.unwrap();
    // User token only (the client cannot tell a personal token from an organization token).
    let me = polar.oauth2().userinfo().await.unwrap();
    assert_eq!(me.sub, "u_1");
    // Customer session: the portal's token, never the organization's.
    let portal = polar.customer_portal("polar_cst_session_token_1");
    let customer = portal.customers().get().await.unwrap();
    assert_eq!(customer.email.as_deref(), Some("alice@example.com"));
    // A token for this call only.
    polar
        .customers()
        .get(id())
        .with_options(RequestOptions::new().access_token("polar_oat_other"))
        .await
        .unwrap();
    let requests = server.requests();
    let auth: Vec<_> = requests.iter().map(|r| r.header("authorization")).collect();
    assert_eq!(
        auth,
        [
            Some(format!("Bearer {ORG_TOKEN}").as_str()),
            Some(format!("Bearer {ORG_TOKEN}").as_str()),
            Some("Bearer polar_cst_session_token_1"),
            Some("Bearer polar_oat_other"),
        ]
    );
    assert_eq!(requests[2].path, "/v1/customer-portal/customers/me");
    assert!(!format!("{portal:?}").contains("session_token_1"));
}

#[tokio::test]
async fn no_credential_operations_send_no_token_even_from_a_client_with_one() {
    let key = r#"{"id":"6d3c6e1a-1e53-4a0b-9d7b-0f2f4c1f8a35","created_at":"2026-01-01T00:00:00Z",
        "modified_at":null,"organization_id":"1dbfc517-0bbf-4301-9ba8-555ca42b9737",
        "customer_id":"992fae2a-2a17-4b7a-8d9e-e287cf90131b",
        "benefit_id":"0eba1e16-d835-4184-94f7-1c8c5a9b1b49","key":"MYAPP-KEY","display_key":"****",
        "status":"granted","limit_activations":null,"usage":1,"limit_usage":null,"validations":2,
        "last_validated_at":null,"expires_at":null}"#;
    let server = TestServer::with_handler(move |_| Reply::json(200, key)).await;
    let org = Uuid::parse_str("1dbfc517-0bbf-4301-9ba8-555ca42b9737").unwrap();
    // A desktop app: no access token at all.
    let anonymous = Polar::builder().server_url(server.url()).build().unwrap();
    let validated = anonymous
        .customer_portal_public()
        .license_keys()
        .validate(LicenseKeyValidate::new("MYAPP-KEY", org).with_increment_usage(1))
        .await
        .unwrap();
    assert_eq!(validated.status, polarsh::models::LicenseKeyStatus::Granted);
    assert_eq!(validated.validations, 2);
    // A client with a token, through a portal client with a session: still no token.
    server
        .client(RetryConfig::none())
        .customer_portal("polar_cst_abc")
        .license_keys()
        .validate(LicenseKeyValidate::new("MYAPP-KEY", org))
        .await
        .unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    for request in &requests {
        assert_eq!(request.path, "/v1/customer-portal/license-keys/validate");
        assert_eq!(request.header("authorization"), None);
    }
    assert_eq!(
        requests[0].json(),
        serde_json::json!({
            "key": "MYAPP-KEY",
            "organization_id": "1dbfc517-0bbf-4301-9ba8-555ca42b9737",
            "increment_usage": 1
        })
    );
}

#[tokio::test]
async fn a_missing_token_is_a_config_error_before_sending() {
    let server = TestServer::with_handler(|_| Reply::json(200, &customer_json())).await;
    let anonymous = Polar::builder().server_url(server.url()).build().unwrap();
    let error = anonymous.customers().get(id()).await.unwrap_err();
    assert!(
        matches!(&error, Error::Config { message } if message.contains("customers:get")
            && message.contains("access token")),
        "{error:?}"
    );
    let error = anonymous
        .customer_portal_public()
        .customers()
        .get()
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Config { message } if message.contains("session token")),
        "{error:?}"
    );
    let error = anonymous
        .customer_portal("bad\ntoken")
        .customers()
        .get()
        .await
        .unwrap_err();
    assert!(matches!(&error, Error::Config { .. }), "{error:?}");
    assert!(!error.to_string().contains("bad"), "{error}");
    assert!(server.requests().is_empty());
    // A token given for the call is enough.
    anonymous
        .customers()
        .get(id())
        .with_options(RequestOptions::new().access_token("polar_oat_call"))
        .await
        .unwrap();
    assert_eq!(
        server.requests()[0].header("authorization"),
        Some("Bearer polar_oat_call")
    );
}

#[tokio::test]
async fn errors_name_the_operation_and_its_template() {
    let server = TestServer::start(vec![
        Reply::json(404, r#"{"error":"ResourceNotFound","detail":"Not found"}"#),
        Reply::json(200, r#"{"id": 1}"#),
    ])
    .await;
    let polar = server.client(RetryConfig::none());
    let error = polar.customers().get_external("usr_1").await.unwrap_err();
    let Error::Api(api) = &error else {
        panic!("expected Api, got {error:?}");
    };
    assert_eq!(api.operation, "customers:get_external");
    assert_eq!(api.path_template, "/v1/customers/external/{external_id}");
    assert_eq!(api.error.as_deref(), Some("ResourceNotFound"));
    assert_eq!(api.hint(), None, "a typed 404 is about the resource");
    assert_eq!(error.operation(), Some("customers:get_external"));
    let error = polar.customers().get(id()).await.unwrap_err();
    let Error::Decode(decode) = &error else {
        panic!("expected Decode, got {error:?}");
    };
    assert_eq!(decode.operation, "customers:get");
    assert_eq!(decode.path_template, "/v1/customers/{id}");
    assert_eq!(decode.model, "Customer");
    assert_eq!(decode.path, "id");
}

#[tokio::test]
async fn a_bare_404_without_polar_version_hints_at_the_api_version() {
    let server = TestServer::start(vec![
        Reply::json(404, r#"{"detail":"Not Found"}"#),
        Reply::new(
            404,
            &[
                ("content-type", "application/json"),
                ("polar-version", "2026-10"),
            ],
            r#"{"detail":"Not Found"}"#,
        ),
    ])
    .await;
    let polar = server.client(RetryConfig::none());
    let Error::Api(api) = polar.customers().get(id()).await.unwrap_err() else {
        panic!("expected Api");
    };
    let hint = api.hint().expect("the version hint");
    assert!(hint.contains("API version"), "{hint}");
    // The same body from a server that served the version is a plain 404.
    let Error::Api(api) = polar.customers().get(id()).await.unwrap_err() else {
        panic!("expected Api");
    };
    assert_eq!(api.hint(), None);
    assert_eq!(
        server.requests()[0].header("polar-version"),
        Some("2026-10")
    );
}

#[test]
fn common_helpers_read_queries() {
    assert_eq!(common::query_values("/a?x=1&y=2&x=3", "x"), ["1", "3"]);
}

#[tokio::test]
async fn polar_error_classes_are_an_open_enum() {
    let server = TestServer::start(vec![
        Reply::json(402, r#"{"error":"PaymentFailed","detail":"Card declined"}"#),
        Reply::json(418, r#"{"error":"BrandNewError","detail":"?"}"#),
    ])
    .await;
    let polar = server.client(RetryConfig::none());
    let Error::Api(e) = polar.customers().get(id()).await.unwrap_err() else {
        panic!("expected Api");
    };
    assert_eq!(e.kind(), Some(polarsh::ErrorKind::PaymentFailed));
    let Error::Api(e) = polar.customers().get(id()).await.unwrap_err() else {
        panic!("expected Api");
    };
    assert_eq!(
        e.kind(),
        Some(polarsh::ErrorKind::Unknown("BrandNewError".to_owned()))
    );
}
