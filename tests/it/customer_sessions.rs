//! `polar.customer_sessions().create(..)`: both request forms, both recorded answers, its errors.

use crate::common;

use common::{Reply, TestServer, fixture};
use polarsh::models::{CustomerSessionCreate, CustomerType};
use polarsh::{Error, RetryConfig, Url, Uuid};

const CUSTOMER: &str = "0eba1e16-d835-4184-94f7-1c8c5a9b1b49";
const MEMBER: &str = "10c62c5a-6042-47f6-982b-8d88ff9bc7ed";

async fn sent_body(req: CustomerSessionCreate) -> String {
    let server = TestServer::start(vec![Reply::fixture("201-customer-session")]).await;
    server
        .client(RetryConfig::none())
        .customer_sessions()
        .create(req)
        .await
        .unwrap();
    let request = &server.requests()[0];
    assert_eq!(request.method, "POST");
    assert_eq!(request.path, "/v1/customer-sessions/");
    assert_eq!(request.header("polar-version"), Some("2026-10"));
    assert_eq!(request.header("content-type"), Some("application/json"));
    String::from_utf8(request.body.clone()).unwrap()
}

#[tokio::test]
async fn sends_exactly_one_customer_key_for_each_form() {
    let customer = Uuid::parse_str(CUSTOMER).unwrap();
    let member = Uuid::parse_str(MEMBER).unwrap();
    assert_eq!(
        sent_body(CustomerSessionCreate::for_customer(customer)).await,
        format!(r#"{{"customer_id":"{CUSTOMER}"}}"#)
    );
    assert_eq!(
        sent_body(CustomerSessionCreate::for_customer(customer).with_member_id(member)).await,
        format!(r#"{{"customer_id":"{CUSTOMER}","member_id":"{MEMBER}"}}"#)
    );
    assert_eq!(
        sent_body(CustomerSessionCreate::for_external_customer("usr_1337")).await,
        r#"{"external_customer_id":"usr_1337"}"#
    );
    assert_eq!(
        sent_body(
            CustomerSessionCreate::for_external_customer("team_9")
                .with_external_member_id("usr_alice")
                .with_return_url(Url::parse("https://Example.COM").unwrap())
        )
        .await,
        r#"{"external_customer_id":"team_9","external_member_id":"usr_alice","return_url":"https://example.com/"}"#
    );
}

#[tokio::test]
async fn decodes_both_recorded_answers() {
    for (name, member_model) in [
        ("201-customer-session", false),
        ("201-customer-session-member-model", true),
    ] {
        let recorded: serde_json::Value = serde_json::from_str(&fixture(name).body).unwrap();
        let server = TestServer::start(vec![Reply::fixture(name)]).await;
        let session = server
            .client(RetryConfig::none())
            .customer_sessions()
            .create(CustomerSessionCreate::for_customer(Uuid::new_v4()))
            .await
            .unwrap();
        assert_eq!(session.is_member_session(), member_model, "{name}");
        assert_eq!(session.token, recorded["token"], "{name}");
        assert_eq!(session.id.to_string(), recorded["id"], "{name}");
        assert_eq!(
            session.customer_portal_url, recorded["customer_portal_url"],
            "{name}"
        );
        assert_eq!(
            session.customer_id.to_string(),
            recorded["customer_id"],
            "{name}"
        );
        assert_eq!(session.customer.id, session.customer_id, "{name}");
        assert_eq!(
            session.customer.email.as_deref(),
            recorded["customer"]["email"].as_str()
        );
        assert_eq!(
            session.customer.customer_type,
            Some(CustomerType::Individual)
        );
        assert_eq!(session.customer.metadata["seats"].as_i64(), Some(3));
        assert_eq!(
            session.customer.billing_name, None,
            "absent in the recorded generation"
        );
        assert_eq!(session.customer.first_user_event_at, None);
        assert_eq!(session.return_url, None);
    }
}

#[tokio::test]
async fn decodes_a_2026_10_team_customer() {
    let body = fixture("201-customer-session")
        .body
        .replace(r#""email":"bob@example.com""#, r#""email":null"#)
        .replace(r#""type":"individual""#, r#""type":"team""#)
        .replace(
            r#""name":"Bob","#,
            r#""name":"Acme","billing_name":"Acme Inc.","default_payment_method_id":null,"first_user_event_at":"2026-10-01T00:00:00Z","#,
        )
        .replace(r#""tax_id":null"#, r#""tax_id":["MU123","mu_tan"]"#)
        .replace(
            r#""billing_address":null"#,
            r#""billing_address":{"line1":"1 Main St","line2":null,"postal_code":"94103","city":"San Francisco","state":"US-CA","country":"US"}"#,
        );
    let server = TestServer::start(vec![Reply::json(201, &body)]).await;
    let session = server
        .client(RetryConfig::none())
        .customer_sessions()
        .create(CustomerSessionCreate::for_customer(Uuid::new_v4()))
        .await
        .unwrap();
    let customer = &session.customer;
    assert!(customer.is_team());
    assert_eq!(customer.email, None);
    assert_eq!(customer.billing_name.as_deref(), Some("Acme Inc."));
    assert_eq!(
        customer.first_user_event_at.unwrap().to_rfc3339(),
        "2026-10-01T00:00:00+00:00"
    );
    assert_eq!(
        customer.tax_id.as_ref().unwrap().format,
        polarsh::models::TaxIdFormat::MuTan
    );
    let address = customer.billing_address.as_ref().unwrap();
    assert_eq!(address.city.as_deref(), Some("San Francisco"));
    assert_eq!(address.line2, None);
}

async fn error_for(body: &str) -> Error {
    let server = TestServer::start(vec![Reply::json(422, body)]).await;
    server
        .client(RetryConfig::default())
        .customer_sessions()
        .create(CustomerSessionCreate::for_customer(Uuid::new_v4()))
        .await
        .unwrap_err()
}

#[tokio::test]
async fn the_service_422s_are_validation_errors() {
    let cases = [
        (
            r#"{"error":"PolarRequestValidationError","detail":[{"type":"value_error","loc":["body","customer_id"],"msg":"Customer does not exist.","input":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}]}"#,
            "422 Unprocessable Entity: body.customer_id: Customer does not exist.",
        ),
        (
            r#"{"error":"PolarRequestValidationError","detail":[{"type":"value_error","loc":["body","member_id"],"msg":"member_id is required for team customers.","input":null}]}"#,
            "422 Unprocessable Entity: body.member_id: member_id is required for team customers.",
        ),
        (
            r#"{"error":"PolarRequestValidationError","detail":[{"type":"value_error","loc":["body","member_id"],"msg":"Member does not exist for this customer.","input":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}]}"#,
            "422 Unprocessable Entity: body.member_id: Member does not exist for this customer.",
        ),
        (
            r#"{"error":"RequestValidationError","detail":[{"type":"missing","loc":["body","CustomerSessionCustomerIDCreate","customer_id"],"msg":"Field required","input":{}},{"type":"missing","loc":["body","CustomerSessionCustomerExternalIDCreate","external_customer_id"],"msg":"Field required","input":{}}]}"#,
            "422 Unprocessable Entity: body.CustomerSessionCustomerIDCreate.customer_id: Field required; body.CustomerSessionCustomerExternalIDCreate.external_customer_id: Field required",
        ),
    ];
    for (body, shown) in cases {
        let error = error_for(body).await;
        assert!(
            matches!(&error, Error::Validation(v) if v.error.as_deref().is_some()),
            "{error:?}"
        );
        assert_eq!(error.to_string(), shown);
    }
}

#[tokio::test]
async fn a_bare_404_here_has_the_version_hint_not_the_retirement_hint() {
    let server = TestServer::start(vec![Reply::fixture("404-unknown-path")]).await;
    let error = server
        .client(RetryConfig::none())
        .customer_sessions()
        .create(CustomerSessionCreate::for_customer(Uuid::new_v4()))
        .await
        .unwrap_err();
    let Error::Api(api) = &error else {
        panic!("expected Api, got {error:?}");
    };
    assert_eq!(api.status, 404);
    // Starlette's bare 404 without a polar-version header: the version may not be served.
    let hint = api.hint().expect("a hint");
    assert!(
        hint.contains("Polar-Version") && !hint.contains("retired"),
        "{hint}"
    );
    assert_eq!(api.operation, "customer-sessions:create");
    assert_eq!(api.path_template, "/v1/customer-sessions/");
    assert!(
        error
            .to_string()
            .starts_with("404 Not Found: Not Found (Polar answered without"),
        "{error}"
    );
}

#[tokio::test]
async fn customer_sessions_share_the_retry_path() {
    let server = TestServer::start(vec![
        Reply::new(
            502,
            &[("content-type", "text/html")],
            "<html>bad gateway</html>",
        ),
        Reply::fixture("201-customer-session"),
    ])
    .await;
    let retry = RetryConfig::default().initial_interval(std::time::Duration::from_millis(10));
    server
        .client(retry)
        .customer_sessions()
        .create(CustomerSessionCreate::for_external_customer("usr_bob"))
        .await
        .unwrap();
    assert_eq!(server.requests().len(), 2);
}
