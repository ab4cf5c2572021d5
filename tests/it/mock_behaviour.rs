//! The mock's API behaviour beyond the recorded examples: the order of checks, request-body edge cases, and
//! customer sessions in every form.

use crate::mock_support;

use mock_support::{Ordered, RawRequest, RawResponse};
use polarsh_mock::{AccessToken, Customer, Member, MemberRole, MockServer, Organization, defaults};
use uuid::Uuid;

const MS: &str = "/v1/member-sessions/";
const CS: &str = "/v1/customer-sessions/";
const UNKNOWN_ID: &str = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

fn member_body() -> String {
    format!(r#"{{"member_id":"{}"}}"#, defaults::MEMBER_ID)
}

async fn send(mock: &MockServer, request: RawRequest) -> RawResponse {
    request.send(mock.address()).await
}

/// The `error` and the `(type, loc, msg)` of each item of a 422 body.
fn items(response: &RawResponse) -> (String, Vec<(String, String, String)>) {
    let body = response.json();
    let error = body
        .get("error")
        .and_then(Ordered::as_str)
        .unwrap_or_default()
        .to_owned();
    let Some(Ordered::Array(detail)) = body.get("detail") else {
        panic!("no detail: {}", response.text())
    };
    let items = detail
        .iter()
        .map(|item| {
            let text = |k: &str| {
                item.get(k)
                    .and_then(Ordered::as_str)
                    .unwrap_or_default()
                    .to_owned()
            };
            (
                text("type"),
                item.get("loc").map(Ordered::render).unwrap_or_default(),
                text("msg"),
            )
        })
        .collect();
    (error, items)
}

fn item(kind: &str, loc: &str, msg: &str) -> (String, String, String) {
    (kind.to_owned(), loc.to_owned(), msg.to_owned())
}

async fn no_scope_token(mock: &MockServer) -> String {
    mock.add_token(AccessToken::new(mock.default_organization_id()).with_scopes(["customers:read"]))
        .expect("token")
}

#[tokio::test]
async fn malformed_json_is_rejected_before_the_authenticator_but_after_the_token_middleware() {
    let mock = MockServer::start().await;
    let weak = no_scope_token(&mock).await;
    let malformed = "{\"member_id\": }";

    let anonymous = RawRequest::new("POST", MS)
        .header("content-type", "application/json")
        .body(malformed);
    let response = send(&mock, anonymous).await;
    assert_eq!(response.status, 422);
    assert_eq!(
        response.text(),
        r#"{"error":"RequestValidationError","detail":[{"type":"json_invalid","loc":["body",14],"msg":"JSON decode error","input":{},"ctx":{"error":"Expecting value"}}]}"#
    );
    assert_eq!(
        send(&mock, RawRequest::post_json(MS, &weak, malformed))
            .await
            .status,
        422
    );

    // Polar resolves bearer tokens in a middleware, before routing and body parsing.
    let unknown = send(
        &mock,
        RawRequest::post_json(MS, "polar_oat_unknown", malformed),
    )
    .await;
    assert_eq!(unknown.status, 401);
    assert!(unknown.text().contains("invalid_token"));
    let unknown_path = send(
        &mock,
        RawRequest::post_json("/v1/nowhere", "polar_oat_unknown", "{}"),
    )
    .await;
    assert_eq!(unknown_path.status, 401);
    let anonymous_unknown_path = send(&mock, RawRequest::new("GET", "/v1/nowhere")).await;
    assert_eq!(anonymous_unknown_path.status, 404);
}

#[tokio::test]
async fn token_then_scope_then_body_then_member_then_flags() {
    let mock = MockServer::start().await;
    let weak = no_scope_token(&mock).await;
    let mock_support::PlainOrg {
        token: plain_token,
        member: bob_member,
        ..
    } = mock_support::plain_org_with_bob(&mock);

    let anonymous = RawRequest::new("POST", MS)
        .header("content-type", "application/json")
        .body("{}");
    let response = send(&mock, anonymous).await;
    assert_eq!(response.status, 401);
    assert_eq!(
        response.header("www-authenticate"),
        Some("Bearer realm=\"polar\"")
    );

    assert_eq!(
        send(&mock, RawRequest::post_json(MS, &weak, "{}"))
            .await
            .status,
        403
    );

    // Body validation comes before the lookup.
    let response = send(
        &mock,
        RawRequest::post_json(MS, &plain_token, r#"{"member_id":"nope"}"#),
    )
    .await;
    assert_eq!(items(&response).1[0].0, "uuid_parsing");

    // The lookup comes before the flags: an unknown member in a flag-less organization is a 422...
    let unknown = format!(r#"{{"member_id":"{UNKNOWN_ID}"}}"#);
    let response = send(&mock, RawRequest::post_json(MS, &plain_token, &unknown)).await;
    assert_eq!(response.status, 422);
    assert_eq!(
        items(&response),
        (
            "PolarRequestValidationError".into(),
            vec![item(
                "value_error",
                r#"["body","member_id"]"#,
                "Member does not exist."
            )]
        )
    );

    // ... and a known one a 403 naming both flags.
    let known = format!(r#"{{"member_id":"{bob_member}"}}"#);
    let response = send(&mock, RawRequest::post_json(MS, &plain_token, &known)).await;
    assert_eq!(response.status, 403);
    assert!(
        response
            .text()
            .contains("member_model_enabled, seat_based_pricing_enabled")
    );

    // Members of other organizations, deleted members and members of deleted customers do not exist.
    let response = send(
        &mock,
        RawRequest::post_json(MS, mock.default_token(), &known),
    )
    .await;
    assert_eq!(response.status, 422);
    let carol = mock
        .add_member(Member::new(defaults::CUSTOMER_ID, "carol@example.com"))
        .expect("member");
    let carol_body = format!(r#"{{"member_id":"{carol}"}}"#);
    assert_eq!(
        send(
            &mock,
            RawRequest::post_json(MS, mock.default_token(), &carol_body)
        )
        .await
        .status,
        201
    );
    assert!(mock.delete_member(carol));
    assert_eq!(
        send(
            &mock,
            RawRequest::post_json(MS, mock.default_token(), &carol_body)
        )
        .await
        .status,
        422
    );
    assert!(mock.delete_customer(defaults::CUSTOMER_ID));
    assert_eq!(
        send(
            &mock,
            RawRequest::post_json(MS, mock.default_token(), &member_body())
        )
        .await
        .status,
        422
    );
}

#[tokio::test]
async fn bearer_scheme_is_case_insensitive() {
    let mock = MockServer::start().await;
    for scheme in ["Bearer", "bearer", "BEARER"] {
        let request = RawRequest::new("POST", MS)
            .header(
                "authorization",
                &format!("{scheme} {}", mock.default_token()),
            )
            .header("content-type", "application/json")
            .body(member_body());
        assert_eq!(send(&mock, request).await.status, 201, "{scheme}");
    }
    for value in [
        "Basic dXNlcjpwYXNz".to_owned(),
        "Bearer".to_owned(),
        mock.default_token().to_owned(),
    ] {
        let request = RawRequest::new("POST", MS)
            .header("authorization", &value)
            .header("content-type", "application/json")
            .body(member_body());
        let response = send(&mock, request).await;
        assert_eq!(response.status, 401, "{value}");
        assert_eq!(
            response.text(),
            r#"{"error":"Unauthorized","detail":"Unauthorized"}"#
        );
    }
}

#[tokio::test]
async fn one_error_per_invalid_field_in_field_order() {
    let mock = MockServer::start().await;
    let body = r#"{"return_url":"ftp://a","member_id":"x"}"#;
    let response = send(&mock, RawRequest::post_json(MS, mock.default_token(), body)).await;
    let long = "invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `x` at 1";
    assert_eq!(
        items(&response).1,
        [
            item(
                "uuid_parsing",
                r#"["body","member_id"]"#,
                &format!("Input should be a valid UUID, {long}")
            ),
            item(
                "url_scheme",
                r#"["body","return_url"]"#,
                "URL scheme should be 'http' or 'https'"
            ),
        ]
    );
    for (return_url, kind, msg) in [
        (
            "\"\"",
            "url_parsing",
            "Input should be a valid URL, input is empty",
        ),
        (
            "\"http://\"",
            "url_parsing",
            "Input should be a valid URL, empty host",
        ),
        ("5", "url_type", "URL input should be a string or URL"),
    ] {
        let body = format!(
            r#"{{"member_id":"{}","return_url":{return_url}}}"#,
            defaults::MEMBER_ID
        );
        let response = send(
            &mock,
            RawRequest::post_json(MS, mock.default_token(), &body),
        )
        .await;
        assert_eq!(
            items(&response).1,
            [item(kind, r#"["body","return_url"]"#, msg)],
            "{return_url}"
        );
    }
    let response = send(
        &mock,
        RawRequest::post_json(MS, mock.default_token(), r#"{"member_id":null}"#),
    )
    .await;
    assert_eq!(
        response.text(),
        r#"{"error":"RequestValidationError","detail":[{"type":"uuid_type","loc":["body","member_id"],"msg":"UUID input should be a string, bytes or UUID object","input":null}]}"#
    );
}

#[tokio::test]
async fn bodies_are_read_like_fastapi() {
    let mock = MockServer::start().await;
    let token = mock.default_token();
    let with_type = |ct: &str, body: &str| {
        RawRequest::new("POST", MS)
            .header("authorization", &format!("Bearer {token}"))
            .header("content-type", ct)
            .body(body)
    };

    // A non-JSON content type: the body is text, and not an object.
    let response = send(&mock, with_type("text/plain", &member_body())).await;
    assert_eq!(
        response.text(),
        format!(
            r#"{{"error":"RequestValidationError","detail":[{{"type":"model_attributes_type","loc":["body"],"msg":"Input should be a valid dictionary or object to extract fields from","input":"{{\"member_id\":\"{}\"}}"}}]}}"#,
            defaults::MEMBER_ID
        )
    );
    assert_eq!(
        items(
            &send(
                &mock,
                with_type("application/x-www-form-urlencoded", "member_id=1")
            )
            .await
        )
        .1[0]
            .0,
        "model_attributes_type"
    );
    // JSON content types with parameters or a +json suffix, and no content type at all, are parsed.
    assert_eq!(
        send(
            &mock,
            with_type("application/json; charset=utf-8", &member_body())
        )
        .await
        .status,
        201
    );
    assert_eq!(
        send(
            &mock,
            with_type("application/merge-patch+json", &member_body())
        )
        .await
        .status,
        201
    );
    let untyped = RawRequest::new("POST", MS)
        .header("authorization", &format!("Bearer {token}"))
        .body(member_body());
    assert_eq!(send(&mock, untyped).await.status, 201);

    // Empty body and JSON null: the body is missing.
    let missing = r#"{"error":"RequestValidationError","detail":[{"type":"missing","loc":["body"],"msg":"Field required","input":null}]}"#;
    assert_eq!(
        send(&mock, with_type("application/json", "")).await.text(),
        missing
    );
    assert_eq!(
        send(&mock, with_type("application/json", "null"))
            .await
            .text(),
        missing
    );

    // Unknown fields are ignored; duplicate keys keep the last value.
    let body = format!(
        r#"{{"member_id":"x","extra":[1,{{}}],"member_id":"{}"}}"#,
        defaults::MEMBER_ID
    );
    assert_eq!(
        send(&mock, with_type("application/json", &body))
            .await
            .status,
        201
    );

    // What Python's json accepts but cannot write back: a 500, as the real server gives.
    let response = send(
        &mock,
        with_type("application/json", r#"{"member_id": NaN}"#),
    )
    .await;
    assert_eq!(
        (response.status, response.text().as_str()),
        (500, "Internal Server Error")
    );
    assert_eq!(
        response.header("content-type"),
        Some("text/plain; charset=utf-8")
    );
    // Bytes Python cannot decode: FastAPI's 400.
    let response = send(
        &mock,
        with_type("application/json", "").body(b"{\"a\":\"\xff\"}".to_vec()),
    )
    .await;
    assert_eq!(
        (response.status, response.text().as_str()),
        (400, r#"{"detail":"There was an error parsing the body"}"#)
    );

    // Values echo back as Python writes them.
    let response = send(
        &mock,
        with_type(
            "application/json",
            r#"{"member_id": [1E2, -0, "é\u0001", {"b":1,"a":2}]}"#,
        ),
    )
    .await;
    assert!(
        response
            .text()
            .contains(r#""input":[100.0,0,"é\u0001",{"b":1,"a":2}]"#),
        "{}",
        response.text()
    );

    // Deep nesting is handled without recursion; past Python's limit it is the 400.
    let deep = format!(
        r#"{{"member_id":{}{}}}"#,
        "[".repeat(5000),
        "]".repeat(5000)
    );
    let response = send(&mock, with_type("application/json", &deep)).await;
    let text = response.text();
    assert!(
        text.starts_with(r#"{"error":"RequestValidationError","detail":[{"type":"uuid_type""#),
        "{text:.100}"
    );
    assert!(text.contains(&format!(
        "\"input\":{}{}}}]}}",
        "[".repeat(5000),
        "]".repeat(5000)
    )));
    let deeper = format!(
        r#"{{"member_id":{}{}}}"#,
        "[".repeat(20_000),
        "]".repeat(20_000)
    );
    assert_eq!(
        send(&mock, with_type("application/json", &deeper))
            .await
            .status,
        400
    );
}

#[tokio::test]
async fn routing() {
    let mock = MockServer::start().await;
    let token = mock.default_token();
    let response = send(
        &mock,
        RawRequest::post_json("/v1/customer-sessions?x=1", token, "{}"),
    )
    .await;
    assert_eq!(response.status, 307);
    assert_eq!(
        response.header("location"),
        Some(format!("http://{}/v1/customer-sessions/?x=1", mock.address()).as_str())
    );
    assert_eq!(
        send(&mock, RawRequest::new("GET", "/v1/member-sessions"))
            .await
            .status,
        307
    );
    for method in ["GET", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"] {
        let response = send(&mock, RawRequest::new(method, CS)).await;
        assert_eq!(response.status, 405, "{method}");
        assert_eq!(response.header("allow"), Some("POST"));
    }
    assert_eq!(
        send(
            &mock,
            RawRequest::post_json("/v1/member-sessions//", token, "{}")
        )
        .await
        .status,
        404
    );
    assert_eq!(
        send(
            &mock,
            RawRequest::post_json("/v1/member%2Dsessions/", token, &member_body())
        )
        .await
        .status,
        201
    );
    assert_eq!(
        send(&mock, RawRequest::new("GET", "/")).await.text(),
        r#"{"detail":"Not Found"}"#
    );

    let retired = MockServer::builder()
        .member_sessions_retired(true)
        .start()
        .await
        .expect("mock");
    let response = send(&retired, RawRequest::post_json(MS, token, &member_body())).await;
    assert_eq!(
        (response.status, response.text().as_str()),
        (404, r#"{"detail":"Not Found"}"#)
    );
    let customer = format!(r#"{{"customer_id":"{}"}}"#, defaults::CUSTOMER_ID);
    assert_eq!(
        send(&retired, RawRequest::post_json(CS, token, &customer))
            .await
            .status,
        201
    );
}

#[tokio::test]
async fn member_sessions_succeed_with_a_normalised_return_url() {
    let mock = MockServer::builder()
        .frontend_url("https://sandbox.polar.sh/")
        .start()
        .await
        .expect("mock");
    let body = format!(
        r#"{{"member_id":"{}","return_url":"HTTPS://Example.COM"}}"#,
        defaults::MEMBER_ID
    );
    let response = send(
        &mock,
        RawRequest::post_json(MS, mock.default_token(), &body),
    )
    .await;
    assert_eq!(response.status, 201);
    let session = response.json();
    assert_eq!(
        session.get("return_url").and_then(Ordered::as_str),
        Some("https://example.com/")
    );
    let token = session
        .get("token")
        .and_then(Ordered::as_str)
        .expect("token");
    assert_eq!(
        session.get("member_portal_url").and_then(Ordered::as_str),
        Some(format!("https://sandbox.polar.sh/acme/portal?member_session_token={token}&email=alice%40example.com").as_str())
    );
    let customer = session.get("customer").expect("customer");
    assert_eq!(
        customer.get("billing_name"),
        None,
        "the member-session schema predates billing_name"
    );
    assert_eq!(
        customer.get("external_id").and_then(Ordered::as_str),
        Some(defaults::CUSTOMER_EXTERNAL_ID)
    );
    assert_eq!(
        customer.get("created_at").and_then(Ordered::as_str),
        Some("2026-01-01T00:00:00Z")
    );
}

#[tokio::test]
async fn customer_sessions_validate_both_forms_of_the_union() {
    let mock = MockServer::start().await;
    let token = mock.default_token();
    let response = send(&mock, RawRequest::post_json(CS, token, "{}")).await;
    assert_eq!(
        response.text(),
        r#"{"error":"RequestValidationError","detail":[{"type":"missing","loc":["body","CustomerSessionCustomerIDCreate","customer_id"],"msg":"Field required","input":{}},{"type":"missing","loc":["body","CustomerSessionCustomerExternalIDCreate","external_customer_id"],"msg":"Field required","input":{}}]}"#
    );
    let response = send(
        &mock,
        RawRequest::post_json(CS, token, r#"{"customer_id":"x","customer_external_id":5}"#),
    )
    .await;
    let (error, found) = items(&response);
    assert_eq!(error, "RequestValidationError");
    assert_eq!(
        found
            .iter()
            .map(|i| (i.0.as_str(), i.1.as_str()))
            .collect::<Vec<_>>(),
        [
            (
                "uuid_parsing",
                r#"["body","CustomerSessionCustomerIDCreate","customer_id"]"#
            ),
            (
                "string_type",
                r#"["body","CustomerSessionCustomerExternalIDCreate","customer_external_id"]"#
            ),
        ]
    );
    let response = send(&mock, RawRequest::post_json(CS, token, "[]")).await;
    assert_eq!(
        items(&response)
            .1
            .iter()
            .map(|i| i.1.as_str())
            .collect::<Vec<_>>(),
        [
            r#"["body","CustomerSessionCustomerIDCreate"]"#,
            r#"["body","CustomerSessionCustomerExternalIDCreate"]"#,
        ]
    );
    let response = send(&mock, RawRequest::post_json(MS, token, "{}")).await;
    assert_eq!(
        items(&response).1,
        [item("missing", r#"["body","member_id"]"#, "Field required")]
    );
}

#[tokio::test]
async fn customer_sessions_find_the_customer_and_the_member() {
    let mock = MockServer::start().await;
    let token = mock.default_token();
    let post = |body: String| RawRequest::post_json(CS, token, &body);
    let value_error = |response: &RawResponse| {
        let (error, found) = items(response);
        assert_eq!(
            (response.status, error.as_str()),
            (422, "PolarRequestValidationError")
        );
        let item = &found[0];
        (
            item.1.clone(),
            item.2.clone(),
            response
                .json()
                .get("detail")
                .map(Ordered::render)
                .unwrap_or_default(),
        )
    };

    let (loc, msg, _) =
        value_error(&send(&mock, post(format!(r#"{{"customer_id":"{UNKNOWN_ID}"}}"#))).await);
    assert_eq!(
        (loc.as_str(), msg.as_str()),
        (r#"["body","customer_id"]"#, "Customer does not exist.")
    );
    let (loc, _, detail) =
        value_error(&send(&mock, post(r#"{"customer_external_id":"nobody"}"#.into())).await);
    assert_eq!(loc, r#"["body","external_customer_id"]"#);
    assert!(detail.contains(r#""input":"nobody""#));

    // By external id (either spelling), with the owner standing for the individual customer.
    for key in ["external_customer_id", "customer_external_id"] {
        let response = send(
            &mock,
            post(format!(
                r#"{{"{key}":"{}"}}"#,
                defaults::CUSTOMER_EXTERNAL_ID
            )),
        )
        .await;
        assert_eq!(response.status, 201, "{key}: {}", response.text());
    }

    // A member of another customer, by id or external id.
    let other = mock
        .add_customer(Customer::new(defaults::ORGANIZATION_ID, "zed@example.com"))
        .expect("customer");
    let stranger = mock
        .add_member(Member::new(other, "zed@example.com").with_external_id("usr_zed"))
        .expect("member");
    let body = format!(
        r#"{{"customer_id":"{}","member_id":"{stranger}"}}"#,
        defaults::CUSTOMER_ID
    );
    let (loc, msg, _) = value_error(&send(&mock, post(body)).await);
    assert_eq!(
        (loc.as_str(), msg.as_str()),
        (
            r#"["body","member_id"]"#,
            "Member does not exist for this customer."
        )
    );
    let body = format!(
        r#"{{"customer_id":"{}","external_member_id":"usr_zed"}}"#,
        defaults::CUSTOMER_ID
    );
    let (loc, msg, _) = value_error(&send(&mock, post(body)).await);
    assert_eq!(
        (loc.as_str(), msg.as_str()),
        (
            r#"["body","external_member_id"]"#,
            "Member does not exist for this customer."
        )
    );

    // A team customer needs a member.
    let team = mock
        .add_customer(Customer::team(defaults::ORGANIZATION_ID).with_name("Team"))
        .expect("team");
    let (loc, msg, detail) =
        value_error(&send(&mock, post(format!(r#"{{"customer_id":"{team}"}}"#))).await);
    assert_eq!(
        (loc.as_str(), msg.as_str()),
        (
            r#"["body","member_id"]"#,
            "member_id is required for team customers."
        )
    );
    assert!(detail.contains(r#""input":null"#));
    let teammate = mock
        .add_member(
            Member::new(team, "tess@example.com")
                .with_external_id("usr_tess")
                .with_role(MemberRole::BillingManager),
        )
        .expect("member");
    for body in [
        format!(r#"{{"customer_id":"{team}","member_id":"{teammate}"}}"#),
        format!(r#"{{"customer_id":"{team}","external_member_id":"usr_tess"}}"#),
    ] {
        let response = send(&mock, post(body)).await;
        assert_eq!(response.status, 201);
        let session = response.json();
        let url = session
            .get("customer_portal_url")
            .and_then(Ordered::as_str)
            .expect("url");
        assert!(
            url.contains("/acme/portal?customer_session_token=polar_mst_")
                && url.ends_with("&email=tess%40example.com"),
            "{url}"
        );
        let customer = session.get("customer").expect("customer");
        assert_eq!(customer.get("type").and_then(Ordered::as_str), Some("team"));
        assert_eq!(customer.get("email"), Some(&Ordered::Null));
        assert_eq!(customer.get("avatar_url"), Some(&Ordered::Null));
    }
}

#[tokio::test]
async fn customer_session_tokens_follow_the_member_model_flag() {
    let mock = MockServer::start().await;
    let plain = mock
        .add_organization(Organization::new("plainorg"))
        .expect("org");
    let plain_token = mock.add_token(AccessToken::new(plain)).expect("token");
    let bob = mock
        .add_customer(Customer::new(plain, "bob+1@example.com").with_external_id("b"))
        .expect("customer");
    let stranger = Uuid::new_v4();
    // Member fields are ignored outside the member model.
    let body = format!(r#"{{"customer_id":"{bob}","member_id":"{stranger}"}}"#);
    let response = send(&mock, RawRequest::post_json(CS, &plain_token, &body)).await;
    assert_eq!(response.status, 201, "{}", response.text());
    let session = response.json();
    let token = session
        .get("token")
        .and_then(Ordered::as_str)
        .expect("token");
    assert!(token.starts_with("polar_cst_"));
    assert_eq!(
        session.get("customer_portal_url").and_then(Ordered::as_str),
        Some(format!("https://polar.sh/plainorg/portal?customer_session_token={token}&email=bob%2B1%40example.com").as_str())
    );
    // The customer of another organization does not exist for this token.
    let body = format!(r#"{{"customer_id":"{}"}}"#, defaults::CUSTOMER_ID);
    assert_eq!(
        send(&mock, RawRequest::post_json(CS, &plain_token, &body))
            .await
            .status,
        422
    );

    // In a member-model organization an individual customer without members gets an owner member.
    let erin = mock
        .add_customer(Customer::new(defaults::ORGANIZATION_ID, "erin@example.com"))
        .expect("customer");
    let body = format!(r#"{{"customer_id":"{erin}"}}"#);
    let response = send(
        &mock,
        RawRequest::post_json(CS, mock.default_token(), &body),
    )
    .await;
    assert!(
        response
            .json()
            .get("token")
            .and_then(Ordered::as_str)
            .expect("token")
            .starts_with("polar_mst_")
    );
    let owners: Vec<_> = mock
        .snapshot()
        .members()
        .iter()
        .filter(|m| m.customer_id() == erin)
        .cloned()
        .collect();
    assert_eq!(owners.len(), 1);
    assert_eq!(
        (owners[0].role(), owners[0].email()),
        (MemberRole::Owner, "erin@example.com")
    );
}

#[tokio::test]
async fn when_both_customer_keys_validate_pydantic_picks_the_exact_form() {
    let mock = MockServer::start().await;
    let other = mock
        .add_customer(Customer::new(defaults::ORGANIZATION_ID, "olga@example.com"))
        .expect("customer");
    let owner = mock
        .add_member(Member::new(other, "olga@example.com").with_role(MemberRole::Owner))
        .expect("member");
    let session_email = |response: RawResponse| {
        let url = response
            .json()
            .get("customer_portal_url")
            .and_then(Ordered::as_str)
            .expect("url")
            .to_owned();
        url.rsplit_once("email=").expect("email").1.to_owned()
    };
    // The external-id form is exact (a string for a string) and wins...
    let body = format!(
        r#"{{"customer_id":"{other}","external_customer_id":"{}"}}"#,
        defaults::CUSTOMER_EXTERNAL_ID
    );
    let response = send(
        &mock,
        RawRequest::post_json(CS, mock.default_token(), &body),
    )
    .await;
    assert_eq!(session_email(response), "alice%40example.com");
    // ... unless a member id makes both lax: then the first form does.
    let body = format!(
        r#"{{"customer_id":"{other}","external_customer_id":"{}","member_id":"{owner}"}}"#,
        defaults::CUSTOMER_EXTERNAL_ID
    );
    let response = send(
        &mock,
        RawRequest::post_json(CS, mock.default_token(), &body),
    )
    .await;
    assert_eq!(session_email(response), "olga%40example.com");
}

#[tokio::test]
async fn scopes_are_per_route() {
    let mock = MockServer::start().await;
    let member_only = mock
        .add_token(
            AccessToken::new(defaults::ORGANIZATION_ID).with_scopes(["member_sessions:write"]),
        )
        .expect("token");
    let body = format!(r#"{{"customer_id":"{}"}}"#, defaults::CUSTOMER_ID);
    let response = send(&mock, RawRequest::post_json(CS, &member_only, &body)).await;
    assert_eq!(response.status, 403);
    assert!(
        response
            .header("www-authenticate")
            .expect("challenge")
            .contains("scope=\"web:write customer_sessions:write\"")
    );
    assert_eq!(
        send(
            &mock,
            RawRequest::post_json(MS, &member_only, &member_body())
        )
        .await
        .status,
        201
    );
}
