//! The mock's door, exactly: CORS preflights, the legacy prefix, versions, credential kinds, and
//! validation from the spec's schemas (422 bodies compared whole).

use polarsh_mock::{AccessToken, MockServer, defaults};

async fn request(
    mock: &MockServer,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<&str>,
) -> (u16, Vec<(String, String)>, String) {
    let mut request = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .request(method.parse().unwrap(), format!("{}{path}", mock.url()));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    if let Some(body) = body {
        request = request
            .header("content-type", "application/json")
            .body(body.to_owned());
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let headers = response
        .headers()
        .iter()
        .map(|(n, v)| (n.as_str().to_owned(), v.to_str().unwrap().to_owned()))
        .collect();
    (status, headers, response.text().await.unwrap())
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

const AUTH: (&str, &str) = (
    "authorization",
    "Bearer polar_oat_mock0default0token0for0local0tests0only000",
);

#[tokio::test]
async fn a_cors_preflight_is_answered_before_anything_else() {
    let mock = MockServer::start().await;
    let (status, headers, body) = request(
        &mock,
        "OPTIONS",
        "/v1/customers/",
        &[
            ("origin", "https://example.com"),
            ("access-control-request-method", "POST"),
        ],
        None,
    )
    .await;
    assert_eq!((status, body.as_str()), (200, "OK"));
    assert_eq!(header(&headers, "access-control-allow-origin"), Some("*"));
    assert_eq!(
        header(&headers, "access-control-allow-methods"),
        Some("DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT")
    );
    assert_eq!(header(&headers, "access-control-max-age"), Some("600"));
    assert_eq!(
        header(&headers, "access-control-allow-headers"),
        Some("Accept, Accept-Language, Authorization, Content-Language, Content-Type")
    );
    assert_eq!(
        header(&headers, "content-type"),
        Some("text/plain; charset=utf-8")
    );
    // A header the middleware does not allow (the version header is not among them).
    let (status, _, body) = request(
        &mock,
        "OPTIONS",
        "/v1/customers/",
        &[
            ("origin", "https://example.com"),
            ("access-control-request-method", "GET"),
            (
                "access-control-request-headers",
                "authorization, polar-version",
            ),
        ],
        None,
    )
    .await;
    assert_eq!((status, body.as_str()), (400, "Disallowed CORS headers"));
    // An ordinary request from a browser may be read from any origin.
    let (_, headers, _) = request(
        &mock,
        "GET",
        "/v1/customers/",
        &[AUTH, ("origin", "https://example.com")],
        None,
    )
    .await;
    assert_eq!(header(&headers, "access-control-allow-origin"), Some("*"));
    // Without `Access-Control-Request-Method` it is an ordinary OPTIONS: 405.
    let (status, _, _) = request(
        &mock,
        "OPTIONS",
        "/v1/customers/",
        &[("origin", "https://example.com")],
        None,
    )
    .await;
    assert_eq!(status, 405);
}

#[tokio::test]
async fn the_legacy_prefix_is_served_with_a_notice() {
    let mock = MockServer::start().await;
    let path = format!("/api/v1/customers/{}", defaults::CUSTOMER_ID);
    let (status, headers, body) = request(&mock, "GET", &path, &[AUTH], None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        header(&headers, "x-polar-deprecation-notice"),
        Some("The API root has moved from /api/v1 to /v1. Please update your integration.")
    );
    let (_, headers, _) = request(&mock, "GET", "/v1/customers/", &[AUTH], None).await;
    assert_eq!(header(&headers, "x-polar-deprecation-notice"), None);
}

#[tokio::test]
async fn versions_pick_the_header_or_fail_with_a_bare_404() {
    let mock = MockServer::start().await;
    let (_, headers, _) = request(&mock, "GET", "/v1/customers/", &[AUTH], None).await;
    assert_eq!(header(&headers, "polar-version"), Some("2026-10"));
    let (_, headers, _) = request(
        &mock,
        "GET",
        "/v1/customers/",
        &[AUTH, ("polar-version", "2026-04")],
        None,
    )
    .await;
    assert_eq!(header(&headers, "polar-version"), Some("2026-04"));
    for bad in ["2025-01", "latest", "2026-1"] {
        let (status, headers, body) = request(
            &mock,
            "GET",
            "/v1/customers/",
            &[AUTH, ("polar-version", bad)],
            None,
        )
        .await;
        assert_eq!(
            (status, body.as_str()),
            (404, r#"{"detail":"Not Found"}"#),
            "{bad}"
        );
        assert_eq!(header(&headers, "polar-version"), None);
    }
    // Even before the token is looked at: an unknown token on a real path is still the version's 404.
    let (status, headers, _) = request(
        &mock,
        "GET",
        "/v1/customers/",
        &[
            ("authorization", "Bearer polar_oat_unknown"),
            ("polar-version", "x"),
        ],
        None,
    )
    .await;
    assert_eq!(status, 404);
    assert_eq!(header(&headers, "www-authenticate"), None);

    let old = MockServer::builder()
        .default_version("2026-04")
        .start()
        .await
        .unwrap();
    let (_, headers, _) = request(&old, "GET", "/v1/customers/", &[AUTH], None).await;
    assert_eq!(header(&headers, "polar-version"), Some("2026-04"));
    assert!(
        MockServer::builder()
            .default_version("2020-01")
            .start()
            .await
            .is_err()
    );
}

#[tokio::test]
async fn each_operation_takes_its_own_credential_kinds() {
    let mock = MockServer::start().await;
    let user = (
        "authorization",
        "Bearer polar_pat_mock0default0user0token0for0local0tests0only0",
    );
    let body = r#"{"name":"Acme 2","slug":"acme-2"}"#;
    // Creating an organization takes a user's token only.
    let (status, _, answer) =
        request(&mock, "POST", "/v1/organizations/", &[AUTH], Some(body)).await;
    assert_eq!(
        (status, answer.as_str()),
        (401, r#"{"error":"Unauthorized","detail":"Unauthorized"}"#)
    );
    let (status, _, answer) =
        request(&mock, "POST", "/v1/organizations/", &[user], Some(body)).await;
    assert_eq!(status, 201, "{answer}");
    let created: serde_json::Value = serde_json::from_str(&answer).unwrap();
    assert_eq!(
        (created["name"].as_str(), created["slug"].as_str()),
        (Some("Acme 2"), Some("acme-2"))
    );

    // The portal takes session tokens, which the session operations mint.
    let session = request(
        &mock,
        "POST",
        "/v1/customer-sessions/",
        &[AUTH],
        Some(&format!(r#"{{"customer_id":"{}"}}"#, defaults::CUSTOMER_ID)),
    )
    .await;
    let token: serde_json::Value = serde_json::from_str(&session.2).unwrap();
    let bearer = format!("Bearer {}", token["token"].as_str().unwrap());
    let (status, _, answer) = request(
        &mock,
        "GET",
        "/v1/customer-portal/customers/me",
        &[("authorization", &bearer)],
        None,
    )
    .await;
    assert_eq!(status, 200, "{answer}");
    let me: serde_json::Value = serde_json::from_str(&answer).unwrap();
    assert!(me["id"].is_string());
    let (status, _, _) = request(
        &mock,
        "GET",
        "/v1/customer-portal/customers/me",
        &[AUTH],
        None,
    )
    .await;
    assert_eq!(status, 401);

    // A token without the scope: 403 naming the scopes.
    let weak = mock
        .add_token(AccessToken::new(defaults::ORGANIZATION_ID).with_scopes(["products:read"]))
        .unwrap();
    let (status, headers, _) = request(
        &mock,
        "GET",
        "/v1/customers/",
        &[("authorization", &format!("Bearer {weak}"))],
        None,
    )
    .await;
    assert_eq!(status, 403);
    assert_eq!(
        header(&headers, "www-authenticate"),
        Some(
            "Bearer realm=\"polar\", scope=\"web:read web:write customers:read customers:write\", \
             error=\"insufficient_scope\", error_description=\"The request requires higher privileges \
             than provided by the access token.\""
        )
    );
}

#[tokio::test]
async fn bodies_and_queries_are_validated_from_the_schemas() {
    let mock = MockServer::start().await;
    // A union body names the variant in `loc`; a wrong type and a bad email in the same answer, in
    // the model's field order.
    let (status, _, body) = request(
        &mock,
        "POST",
        "/v1/customers/",
        &[AUTH],
        Some(r#"{"email":"nope","name":5}"#),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(
        body,
        r#"{"error":"RequestValidationError","detail":[{"type":"string_type","loc":["body","individual","name"],"msg":"Input should be a valid string","input":5},{"type":"value_error","loc":["body","individual","email"],"msg":"value is not a valid email address: An email address must have an @-sign.","input":"nope","ctx":{"reason":"An email address must have an @-sign."}}]}"#
    );
    // Required fields; unknown fields are ignored.
    let (status, _, body) = request(
        &mock,
        "POST",
        "/v1/customers/",
        &[AUTH],
        Some(r#"{"extra":1}"#),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(
        body,
        r#"{"error":"RequestValidationError","detail":[{"type":"missing","loc":["body","individual","email"],"msg":"Field required","input":{"extra":1}}]}"#
    );
    // `page` and `limit` must be at least 1; the input stays a string.
    let (status, _, body) =
        request(&mock, "GET", "/v1/customers/?page=0&limit=x", &[AUTH], None).await;
    assert_eq!(status, 422);
    assert_eq!(
        body,
        r#"{"error":"RequestValidationError","detail":[{"type":"greater_than","loc":["query","page"],"msg":"Input should be greater than 0","input":"0","ctx":{"gt":0}},{"type":"int_parsing","loc":["query","limit"],"msg":"Input should be a valid integer, unable to parse string as an integer","input":"x"}]}"#
    );
    // A path id that is not a UUID.
    let (status, _, body) = request(&mock, "GET", "/v1/products/123", &[AUTH], None).await;
    assert_eq!(status, 422);
    assert!(body.starts_with(r#"{"error":"RequestValidationError","detail":[{"type":"uuid_parsing","loc":["path","id"]"#), "{body}");
    // A valid body is echoed in the answer.
    let (status, _, body) = request(
        &mock,
        "POST",
        "/v1/customers/",
        &[AUTH],
        Some(r#"{"email":"new@example.com","name":"New","metadata":{"plan":"pro"}}"#),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    let created: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(created["email"], "new@example.com");
    assert_eq!(created["name"], "New");
    assert_eq!(created["metadata"]["plan"], "pro");
    assert_eq!(
        created["organization_id"],
        defaults::ORGANIZATION_ID.to_string()
    );
}

#[tokio::test]
async fn a_get_answers_the_same_each_time_and_pages_end() {
    let mock = MockServer::start().await;
    // Disputes are not stored (the API cannot create one): a stub answers.
    let path = "/v1/disputes/0eba1e16-d835-4184-94f7-1c8c5a9b1b49";
    let (status, _, first) = request(&mock, "GET", path, &[AUTH], None).await;
    assert_eq!(status, 200, "{first}");
    let dispute: serde_json::Value = serde_json::from_str(&first).unwrap();
    assert_eq!(dispute["id"], "0eba1e16-d835-4184-94f7-1c8c5a9b1b49");
    let (_, _, second) = request(&mock, "GET", path, &[AUTH], None).await;
    assert_eq!(first, second);

    // A page of `limit` items, then a page past the end: empty, with the same pagination.
    let (_, _, page) = request(&mock, "GET", "/v1/disputes/?limit=3", &[AUTH], None).await;
    let page: serde_json::Value = serde_json::from_str(&page).unwrap();
    assert_eq!(page["items"].as_array().unwrap().len(), 3);
    assert_eq!(
        page["pagination"],
        serde_json::json!({"total_count": 3, "max_page": 1})
    );
    let (_, _, next) = request(&mock, "GET", "/v1/disputes/?limit=3&page=2", &[AUTH], None).await;
    let next: serde_json::Value = serde_json::from_str(&next).unwrap();
    assert_eq!(next["items"], serde_json::json!([]));
    assert_eq!(next["pagination"], page["pagination"]);
}
