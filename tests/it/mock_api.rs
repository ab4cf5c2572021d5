//! The mock's own API: seeds and records, rate limiting, scripted faults, the request log, and its lifecycle.

use crate::mock_support;

use std::time::{Duration, Instant};

use chrono::DateTime;
use mock_support::{Ordered, RawRequest, read_response};
use polarsh_mock::{
    ALL_SCOPES, AccessToken, Address, Customer, CustomerType, Member, MemberRole, MockError,
    MockServer, Organization, RateLimit, Scripted, Seed, SeedError, defaults,
};
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;
use uuid::Uuid;

const MS: &str = "/v1/member-sessions/";
const CS: &str = "/v1/customer-sessions/";

fn member_body(id: Uuid) -> String {
    format!(r#"{{"member_id":"{id}"}}"#)
}

#[tokio::test]
async fn the_default_seed_needs_no_setup() {
    let mock = MockServer::start().await;
    assert!(mock.url().starts_with("http://127.0.0.1:"));
    assert_eq!(mock.url(), format!("http://{}", mock.address()));
    let seed = mock.snapshot();
    let org = &seed.organizations()[0];
    assert_eq!((org.id(), org.slug()), (defaults::ORGANIZATION_ID, "acme"));
    assert!(org.member_model_enabled() && org.seat_based_pricing_enabled());
    let customer = &seed.customers()[0];
    assert_eq!(
        (customer.id(), customer.email()),
        (mock.default_customer_id(), Some(defaults::EMAIL))
    );
    let member = &seed.members()[0];
    assert_eq!(
        (member.id(), member.role()),
        (mock.default_member_id(), MemberRole::Owner)
    );
    let token = &seed.tokens()[0];
    assert_eq!(token.token(), mock.default_token());
    assert_eq!(token.scopes().len(), ALL_SCOPES.len());
    assert_eq!(seed.frontend_url(), "https://polar.sh");
    assert!(
        !format!("{token:?}").contains(mock.default_token()),
        "Debug hides the token"
    );

    let response = RawRequest::post_json(
        MS,
        mock.default_token(),
        &member_body(mock.default_member_id()),
    )
    .send(mock.address())
    .await;
    assert_eq!(response.status, 201);
    let body = response.json();
    let portal = body
        .get("member_portal_url")
        .and_then(Ordered::as_str)
        .expect("url");
    assert!(
        portal.starts_with("https://polar.sh/acme/portal?member_session_token=polar_mst_"),
        "{portal}"
    );
}

#[tokio::test]
async fn records_are_checked_when_added() {
    let mock = MockServer::builder()
        .seed(Seed::empty())
        .start()
        .await
        .expect("mock");
    assert!(mock.snapshot().organizations().is_empty());
    let unknown = Uuid::new_v4();
    assert_eq!(
        mock.add_customer(Customer::new(unknown, "a@b.c")),
        Err(SeedError::UnknownOrganization(unknown))
    );
    assert_eq!(
        mock.add_token(AccessToken::new(unknown)),
        Err(SeedError::UnknownOrganization(unknown))
    );
    assert_eq!(
        mock.add_member(Member::new(unknown, "a@b.c")),
        Err(SeedError::UnknownCustomer(unknown))
    );

    let org = mock
        .add_organization(Organization::new("acme"))
        .expect("org");
    assert_eq!(
        mock.add_organization(Organization::new("again").with_id(org)),
        Err(SeedError::DuplicateId(org))
    );
    let alice = mock
        .add_customer(Customer::new(org, "alice@example.com").with_external_id("u1"))
        .expect("customer");
    assert_eq!(
        mock.add_customer(Customer::new(org, "ALICE@example.com")),
        Err(SeedError::DuplicateEmail("ALICE@example.com".into()))
    );
    assert_eq!(
        mock.add_customer(Customer::new(org, "other@example.com").with_external_id("u1")),
        Err(SeedError::DuplicateExternalId("u1".into()))
    );
    assert_eq!(
        mock.add_customer(Customer::new(org, "x@example.com").with_metadata("ratio", f64::NAN)),
        Err(SeedError::InvalidMetadata("ratio".into()))
    );
    // A deleted customer frees its email.
    assert!(mock.delete_customer(alice));
    assert!(!mock.delete_customer(alice));
    mock.add_customer(Customer::new(org, "alice@example.com"))
        .expect("new alice");

    let token = mock
        .add_token(AccessToken::new(org).with_token("polar_oat_fixed"))
        .expect("token");
    assert_eq!(token, "polar_oat_fixed");
    assert_eq!(
        mock.add_token(AccessToken::new(org).with_token("polar_oat_fixed")),
        Err(SeedError::DuplicateToken)
    );
    for bad in ["", "has space", "tökén"] {
        assert_eq!(
            mock.add_token(AccessToken::new(org).with_token(bad)),
            Err(SeedError::InvalidToken),
            "{bad:?}"
        );
    }
    let generated = mock.add_token(AccessToken::new(org)).expect("token");
    assert!(generated.starts_with("polar_oat_") && generated.len() == 53);
    assert!(!mock.delete_member(Uuid::new_v4()));
}

#[tokio::test]
async fn given_values_are_served_as_given() {
    let mock = MockServer::start().await;
    let created = DateTime::from_timestamp(1_767_225_600, 123_456_000).expect("time");
    let customer = Customer::new(defaults::ORGANIZATION_ID, "Dora@Example.com")
        .with_id(Uuid::new_v4())
        .with_name("Dora")
        .with_external_id("usr_dora")
        .with_metadata("plan", "pro")
        .with_metadata("seats", 3)
        .with_metadata("ratio", 1e16)
        .with_metadata("beta", true)
        .with_metadata("plan", "team")
        .with_billing_address(
            Address::new("US")
                .with_line1("1 Main St")
                .with_city("Springfield")
                .with_state("OR"),
        )
        .with_tax_id("911144442", "us_ein")
        .with_locale("en")
        .with_email_verified(true)
        .with_billing_name("Dora Inc.")
        .with_created_at(created)
        .with_modified_at(created)
        .with_first_user_event_at(created);
    let customer_id = mock.add_customer(customer).expect("customer");
    let member_id = mock
        .add_member(
            Member::new(customer_id, "dora@example.com")
                .with_role(MemberRole::Owner)
                .with_created_at(created)
                .with_modified_at(created),
        )
        .expect("member");

    let response = RawRequest::post_json(MS, mock.default_token(), &member_body(member_id))
        .send(mock.address())
        .await;
    let expected = format!(
        concat!(
            r#""customer":{{"id":"{}","created_at":"2026-01-01T00:00:00.123456Z","modified_at":"2026-01-01T00:00:00.123456Z","#,
            r#""metadata":{{"plan":"team","seats":3,"ratio":1e+16,"beta":true}},"external_id":"usr_dora","#,
            r#""email":"Dora@Example.com","email_verified":true,"type":"individual","name":"Dora","#,
            r#""billing_address":{{"line1":"1 Main St","line2":null,"postal_code":null,"city":"Springfield","state":"OR","country":"US"}},"#,
            r#""tax_id":["911144442","us_ein"],"locale":"en","organization_id":"{}","deleted_at":null,"#,
            r#""avatar_url":"https://www.gravatar.com/avatar/{}?d=404"}}}}"#
        ),
        customer_id,
        defaults::ORGANIZATION_ID,
        gravatar("dora@example.com"),
    );
    assert!(response.text().ends_with(&expected), "{}", response.text());

    let body = format!(r#"{{"customer_id":"{customer_id}"}}"#);
    let response = RawRequest::post_json(CS, mock.default_token(), &body)
        .send(mock.address())
        .await;
    let customer = response.json().get("customer").cloned().expect("customer");
    assert_eq!(
        customer.get("billing_name").and_then(Ordered::as_str),
        Some("Dora Inc.")
    );
    assert_eq!(
        customer
            .get("first_user_event_at")
            .and_then(Ordered::as_str),
        Some("2026-01-01T00:00:00.123456Z")
    );
}

/// The sha256 hex of `email`, computed independently of the mock.
fn gravatar(email: &str) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(email.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[tokio::test]
async fn seeds_load_from_json() {
    let json = r#"{
      "frontend_url": "https://sandbox.polar.sh",
      "organizations": [
        {
          "id": "11111111-1111-4111-8111-111111111111",
          "slug": "teamorg",
          "member_model_enabled": true,
          "seat_based_pricing_enabled": true,
          "rate_limit": { "requests": 100, "window_seconds": 60 },
          "customers": [
            {
              "id": "22222222-2222-4222-8222-222222222222",
              "type": "team",
              "name": "Team",
              "external_id": "team_1",
              "metadata": { "z": 1, "a": "b", "f": 0.5, "t": false },
              "billing_address": { "country": "FR", "city": "Paris" },
              "tax_id": ["FR61954506077", "eu_vat"],
              "created_at": "2026-01-01T00:00:00Z",
              "members": [
                { "id": "33333333-3333-4333-8333-333333333333", "email": "lead@example.com", "role": "owner", "external_id": "usr_lead" },
                { "email": "gone@example.com", "deleted_at": "2026-02-01T00:00:00Z" }
              ]
            }
          ],
          "tokens": [ { "token": "polar_oat_team" }, { "token": "polar_oat_weak", "scopes": ["customers:read"] } ]
        }
      ]
    }"#;
    let seed = Seed::from_json(json).expect("seed");
    assert_eq!(seed.frontend_url(), "https://sandbox.polar.sh");
    assert_eq!(seed.customers()[0].customer_type(), CustomerType::Team);
    assert_eq!(seed.members().len(), 2);
    assert!(seed.members()[1].is_deleted());
    assert_eq!(seed.tokens()[1].scopes(), ["customers:read"]);
    let mock = MockServer::builder()
        .seed(seed)
        .start()
        .await
        .expect("mock");

    let body = r#"{"external_customer_id":"team_1","external_member_id":"usr_lead"}"#;
    let response = RawRequest::post_json(CS, "polar_oat_team", body)
        .send(mock.address())
        .await;
    assert_eq!(response.status, 201, "{}", response.text());
    let session = response.json();
    let url = session
        .get("customer_portal_url")
        .and_then(Ordered::as_str)
        .expect("url");
    assert!(
        url.starts_with(
            "https://sandbox.polar.sh/teamorg/portal?customer_session_token=polar_mst_"
        )
    );
    let metadata = session
        .get("customer")
        .and_then(|c| c.get("metadata"))
        .expect("metadata");
    assert_eq!(metadata.keys(), ["z", "a", "f", "t"]);
    assert!(
        response
            .text()
            .contains(r#""metadata":{"z":1,"a":"b","f":0.5,"t":false}"#)
    );
    assert!(
        response
            .text()
            .contains(r#""tax_id":["FR61954506077","eu_vat"]"#)
    );

    for (bad, why) in [
        (r#"{"organisations":[]}"#, "unknown field"),
        (
            r#"{"organizations":[{"slug":"a","customers":[{"email":"x@y.z","metadata":{"k":null}}]}]}"#,
            "metadata",
        ),
        (
            r#"{"organizations":[{"slug":"a","customers":[{"type":"company"}]}]}"#,
            "type",
        ),
        ("[", "syntax"),
    ] {
        assert!(
            matches!(Seed::from_json(bad), Err(SeedError::Parse(_))),
            "{why}"
        );
    }
    assert!(matches!(
        Seed::from_file("/nonexistent/seed.json"),
        Err(SeedError::Io(_))
    ));
    let duplicate = r#"{"organizations":[{"slug":"a","tokens":[{"token":"t"},{"token":"t"}]}]}"#;
    let seed = Seed::from_json(duplicate).expect("parses");
    assert!(matches!(
        MockServer::builder().seed(seed).start().await,
        Err(MockError::Seed(SeedError::DuplicateToken))
    ));
}

#[tokio::test]
async fn rate_limit_per_organization() {
    // A long window, so a slow machine cannot end it in the middle of the test.
    let mock = MockServer::builder()
        .rate_limit(RateLimit::new(3, Duration::from_millis(59_500)))
        .start()
        .await
        .expect("mock");
    let other = mock
        .add_organization(Organization::new("other"))
        .expect("org");
    let other_token = mock.add_token(AccessToken::new(other)).expect("token");
    let request = RawRequest::post_json(
        MS,
        mock.default_token(),
        &member_body(mock.default_member_id()),
    );
    for _ in 0..3 {
        assert_eq!(request.send(mock.address()).await.status, 201);
    }
    let limited = request.send(mock.address()).await;
    assert_eq!(limited.status_line, "HTTP/1.1 429 Too Many Requests");
    assert_eq!(
        limited.header("retry-after"),
        Some("60"),
        "the window, rounded up to whole seconds"
    );
    assert_eq!(limited.header("transfer-encoding"), Some("chunked"));
    assert_eq!(
        (limited.header("content-type"), limited.body.len()),
        (None, 0)
    );
    // Every path counts, and other organizations and anonymous callers are not affected.
    assert_eq!(
        RawRequest::post_json("/v1/x", mock.default_token(), "{}")
            .send(mock.address())
            .await
            .status,
        429
    );
    assert_eq!(
        RawRequest::post_json(MS, &other_token, "{}")
            .send(mock.address())
            .await
            .status,
        422
    );
    assert_eq!(
        RawRequest::new("POST", MS)
            .send(mock.address())
            .await
            .status,
        401
    );
    // A new window: once the window has passed, requests go through again.
    let window = Duration::from_millis(200);
    mock.set_rate_limit(Some(RateLimit::new(1, window)));
    assert_eq!(request.send(mock.address()).await.status, 201);
    tokio::time::sleep(window + Duration::from_millis(20)).await;
    assert_eq!(request.send(mock.address()).await.status, 201);

    mock.set_rate_limit(Some(RateLimit::new(0, Duration::from_secs(60))));
    assert_eq!(
        request.send(mock.address()).await.header("retry-after"),
        Some("60")
    );
    mock.set_rate_limit(None);
    assert_eq!(request.send(mock.address()).await.status, 201);
}

#[tokio::test]
async fn scripted_answers_come_first_in_order() {
    let mock = MockServer::start().await;
    mock.enqueue(
        Scripted::status(503)
            .with_header("content-type", "text/html")
            .with_body("<h1>down</h1>"),
    );
    mock.enqueue(Scripted::json(
        409,
        r#"{"error":"ResourceAlreadyExists","detail":"x"}"#,
    ));
    mock.enqueue(Scripted::rate_limited(7));
    mock.enqueue(Scripted::internal_server_error());
    assert_eq!(mock.pending_scripts(), 4);
    let request = RawRequest::post_json(
        MS,
        mock.default_token(),
        &member_body(mock.default_member_id()),
    );

    let first = request.send(mock.address()).await;
    assert_eq!(
        (
            first.status,
            first.header("content-type"),
            first.text().as_str()
        ),
        (503, Some("text/html"), "<h1>down</h1>")
    );
    // Scripts apply to any request, whatever its path or token.
    let second = RawRequest::new("GET", "/anything")
        .send(mock.address())
        .await;
    assert_eq!(
        (second.status, second.header("content-type")),
        (409, Some("application/json"))
    );
    let third = request.send(mock.address()).await;
    assert_eq!(
        (
            third.status,
            third.header("retry-after"),
            third.header("transfer-encoding")
        ),
        (429, Some("7"), Some("chunked"))
    );
    let fourth = request.send(mock.address()).await;
    assert_eq!(
        (fourth.status, fourth.text().as_str()),
        (500, "Internal Server Error")
    );
    assert_eq!(request.send(mock.address()).await.status, 201);

    mock.enqueue(Scripted::status(502));
    mock.clear_scripts();
    assert_eq!(mock.pending_scripts(), 0);
    assert_eq!(request.send(mock.address()).await.status, 201);
}

#[tokio::test]
async fn scripted_delays_and_dropped_connections() {
    let mock = MockServer::start().await;
    let request = RawRequest::post_json(
        MS,
        mock.default_token(),
        &member_body(mock.default_member_id()),
    );
    mock.enqueue(Scripted::delay(Duration::from_millis(150)));
    let started = Instant::now();
    assert_eq!(request.send(mock.address()).await.status, 201);
    assert!(started.elapsed() >= Duration::from_millis(150));

    mock.enqueue(Scripted::status(504).after(Duration::from_millis(100)));
    let started = Instant::now();
    assert_eq!(request.send(mock.address()).await.status, 504);
    assert!(started.elapsed() >= Duration::from_millis(100));

    mock.enqueue(Scripted::drop_connection());
    let mut stream = TcpStream::connect(mock.address()).await.expect("connect");
    stream
        .write_all(format!("GET / HTTP/1.1\r\nhost: {}\r\n\r\n", mock.address()).as_bytes())
        .await
        .expect("write");
    assert!(
        read_response(&mut stream, "GET").await.is_none(),
        "closed without an answer"
    );
    let log = mock.requests();
    assert_eq!(
        log.last().map(|r| (r.path.as_str(), r.status)),
        Some(("/", None))
    );
    assert_eq!(request.send(mock.address()).await.status, 201);
}

#[tokio::test]
async fn the_request_log_redacts_credentials() {
    let mock = MockServer::builder()
        .request_log_limit(3)
        .start()
        .await
        .expect("mock");
    let body = member_body(mock.default_member_id());
    RawRequest::post_json("/v1/member-sessions/?debug=1", mock.default_token(), &body)
        .header("polar-version", "2026-10")
        .send(mock.address())
        .await;
    let log = mock.requests();
    assert_eq!(log.len(), 1);
    let entry = &log[0];
    assert_eq!(
        (
            entry.method.as_str(),
            entry.path.as_str(),
            entry.query.as_deref()
        ),
        ("POST", MS, Some("debug=1"))
    );
    assert_eq!(entry.header("Authorization"), Some("Bearer [redacted]"));
    assert_eq!(entry.header("polar-version"), Some("2026-10"));
    assert_eq!(entry.status, Some(201));
    assert_eq!(entry.body_text(), body);
    assert_eq!(
        entry
            .body_json()
            .and_then(|b| b["member_id"].as_str().map(str::to_owned)),
        Some(mock.default_member_id().to_string())
    );
    assert!(!format!("{log:?}").contains(mock.default_token()));

    for path in ["/a", "/b", "/c"] {
        RawRequest::new("GET", path)
            .header("authorization", "tokenonly")
            .send(mock.address())
            .await;
    }
    let paths: Vec<String> = mock.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(paths, ["/a", "/b", "/c"], "the oldest entries go first");
    assert_eq!(
        mock.requests()[0].header("authorization"),
        Some("[redacted]")
    );
    mock.clear_requests();
    assert!(mock.requests().is_empty());
}

#[tokio::test]
async fn keep_alive_and_shutdown_on_drop() {
    let mock = MockServer::start().await;
    let address = mock.address();
    let mut stream = TcpStream::connect(address).await.expect("connect");
    let request = RawRequest::post_json(
        MS,
        mock.default_token(),
        &member_body(mock.default_member_id()),
    );
    for _ in 0..3 {
        let bytes = format!(
            "POST {MS} HTTP/1.1\r\nhost: {address}\r\nauthorization: Bearer {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{}",
            mock.default_token(),
            request.body.len(),
            String::from_utf8_lossy(&request.body)
        );
        stream.write_all(bytes.as_bytes()).await.expect("write");
        assert_eq!(
            read_response(&mut stream, "POST")
                .await
                .expect("answer")
                .status,
            201
        );
    }
    drop(mock);
    // The open connection is closed and the port no longer accepts.
    assert!(read_response(&mut stream, "POST").await.is_none());
    let deadline = Instant::now() + Duration::from_secs(2);
    while TcpStream::connect(address).await.is_ok() {
        assert!(Instant::now() < deadline, "still accepting after drop");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::test]
async fn a_taken_port_is_an_error() {
    let mock = MockServer::start().await;
    let error = MockServer::builder()
        .port(mock.address().port())
        .start()
        .await
        .unwrap_err();
    assert!(matches!(error, MockError::Bind(_)), "{error}");
    let fixed = MockServer::builder()
        .seed(Seed::default())
        .port(0)
        .start()
        .await
        .expect("any port");
    assert_ne!(fixed.address().port(), mock.address().port());
}

#[tokio::test]
async fn concurrent_clients() {
    let mock = MockServer::start().await;
    let address = mock.address();
    let token = mock.default_token();
    let body = member_body(mock.default_member_id());
    let tasks: Vec<_> = (0..16)
        .map(|_| {
            let request = RawRequest::post_json(MS, token, &body);
            tokio::spawn(async move { request.send(address).await.status })
        })
        .collect();
    for task in tasks {
        assert_eq!(task.await.expect("task"), 201);
    }
    assert_eq!(mock.requests().len(), 16);
}
