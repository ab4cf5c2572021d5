//! Every recorded response of the real server, replayed against the mock.
//!
//! The mock is seeded with the records the recordings were made with (same ids, timestamps, slugs and
//! front-end URL), so error responses must match byte for byte, headers and their order included, and
//! successful ones must match except for what is fresh per session (id, token, timestamps).

use crate::mock_support;

use std::time::Duration;

use chrono::{DateTime, Utc};
use mock_support::{Fixture, Ordered, RawRequest, RawResponse, assert_same_shape};
use polarsh_mock::{
    AccessToken, Customer, Member, MemberRole, MockServer, Organization, RateLimit, Seed,
};
use uuid::{Uuid, uuid};

const MEMBER_ORG: Uuid = uuid!("f7b06e5b-2527-4c9b-9cf9-078024c05f0c");
const PLAIN_ORG: Uuid = uuid!("a3295b81-443c-42da-93b4-8f62759b01b4");
const HALF_ORG: Uuid = uuid!("4c6f2b8e-9a1d-4e3f-8b7a-2d5c1e0f9a36");
const LIMITED_ORG: Uuid = uuid!("0b1e2d3c-4f5a-4b6c-8d7e-9f0a1b2c3d4e");
const ALICE: Uuid = uuid!("0eba1e16-d835-4184-94f7-1c8c5a9b1b49");
const ALICE_MEMBER: Uuid = uuid!("10c62c5a-6042-47f6-982b-8d88ff9bc7ed");
const BOB: Uuid = uuid!("f3a71a7a-fd04-4dc9-aff9-c1fe865f1c0b");
const BOB_MEMBER: Uuid = uuid!("7e2d9c4b-1a3f-4e5d-9b8c-6f0a2e4d1c3b");
const HALF_MEMBER: Uuid = uuid!("2f4e6d8c-0b1a-4c3e-a5d7-9e8f0a1b2c3d");
const MEMBER_TOKEN: &str = "polar_oat_memberorg";
const PLAIN_TOKEN: &str = "polar_oat_plainorg";
const HALF_TOKEN: &str = "polar_oat_halforg";
const LIMITED_TOKEN: &str = "polar_oat_limitedorg";
const NO_SCOPE_TOKEN: &str = "polar_oat_noscope";

fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("timestamp")
}

/// The records behind the recordings: `memberorg` (both flags), `plainorg` (none), one with one flag.
fn recorded_seed() -> Seed {
    let individual = |org, id, email: &str, name: &str, created| {
        Customer::new(org, email)
            .with_id(id)
            .with_name(name)
            .with_metadata("plan", "pro")
            .with_metadata("seats", 3)
            .with_created_at(at(created))
    };
    let half_customer = Uuid::new_v4();
    let limited_customer = Uuid::new_v4();
    Seed::empty()
        .with_frontend_url("http://127.0.0.1:3000")
        .with_organization(
            Organization::new("memberorg")
                .with_id(MEMBER_ORG)
                .with_member_model_enabled(true)
                .with_seat_based_pricing_enabled(true),
        )
        .with_organization(Organization::new("plainorg").with_id(PLAIN_ORG))
        .with_organization(
            Organization::new("halforg")
                .with_id(HALF_ORG)
                .with_member_model_enabled(true),
        )
        .with_organization(
            Organization::new("limitedorg")
                .with_id(LIMITED_ORG)
                .with_rate_limit(RateLimit::new(10, Duration::from_secs(60))),
        )
        .with_customer(individual(
            MEMBER_ORG,
            ALICE,
            "alice@example.com",
            "Alice",
            "2026-11-25T20:36:48.375168Z",
        ))
        .with_customer(individual(
            PLAIN_ORG,
            BOB,
            "bob@example.com",
            "Bob",
            "2026-11-25T20:36:48.384000Z",
        ))
        .with_customer(Customer::new(HALF_ORG, "carol@example.com").with_id(half_customer))
        .with_customer(Customer::new(LIMITED_ORG, "dan@example.com").with_id(limited_customer))
        .with_member(
            Member::new(ALICE, "alice@example.com")
                .with_id(ALICE_MEMBER)
                .with_name("Alice")
                .with_external_id("usr_alice")
                .with_role(MemberRole::Owner)
                .with_created_at(at("2026-11-25T20:36:48.381733Z")),
        )
        .with_member(
            Member::new(BOB, "bob@example.com")
                .with_id(BOB_MEMBER)
                .with_role(MemberRole::Owner),
        )
        .with_member(
            Member::new(half_customer, "carol@example.com")
                .with_id(HALF_MEMBER)
                .with_role(MemberRole::Owner),
        )
        .with_token(AccessToken::new(MEMBER_ORG).with_token(MEMBER_TOKEN))
        .with_token(AccessToken::new(PLAIN_ORG).with_token(PLAIN_TOKEN))
        .with_token(AccessToken::new(HALF_ORG).with_token(HALF_TOKEN))
        .with_token(AccessToken::new(LIMITED_ORG).with_token(LIMITED_TOKEN))
        .with_token(
            AccessToken::new(MEMBER_ORG)
                .with_token(NO_SCOPE_TOKEN)
                .with_scopes(["web:read", "customers:read"]),
        )
}

async fn recorded_mock() -> MockServer {
    MockServer::builder()
        .seed(recorded_seed())
        .start()
        .await
        .expect("mock starts")
}

const MS: &str = "/v1/member-sessions/";
const CS: &str = "/v1/customer-sessions/";

/// The request each recording answered.
fn request_for(name: &str) -> RawRequest {
    let member = |body: &str| RawRequest::post_json(MS, MEMBER_TOKEN, body);
    match name {
        "201-member-session" => member(&format!(r#"{{"member_id": "{ALICE_MEMBER}"}}"#)),
        "201-member-session-return-url" => member(&format!(
            r#"{{"member_id": "{ALICE_MEMBER}", "return_url": "https://Example.COM/account"}}"#
        )),
        "201-customer-session" => {
            RawRequest::post_json(CS, PLAIN_TOKEN, &format!(r#"{{"customer_id": "{BOB}"}}"#))
        }
        "201-customer-session-member-model" => RawRequest::post_json(
            CS,
            MEMBER_TOKEN,
            &format!(r#"{{"customer_id": "{ALICE}"}}"#),
        ),
        "307-no-trailing-slash" => RawRequest::post_json("/v1/member-sessions", MEMBER_TOKEN, "{}"),
        "401-invalid-token" => RawRequest::post_json(MS, "polar_oat_nothing", "{}"),
        "401-unauthorized" => RawRequest::new("POST", MS)
            .header("content-type", "application/json")
            .body("{}"),
        "403-insufficient-scope" => RawRequest::post_json(MS, NO_SCOPE_TOKEN, "{}"),
        "403-not-permitted-one-flag" => RawRequest::post_json(
            MS,
            HALF_TOKEN,
            &format!(r#"{{"member_id": "{HALF_MEMBER}"}}"#),
        ),
        "403-not-permitted" => RawRequest::post_json(
            MS,
            PLAIN_TOKEN,
            &format!(r#"{{"member_id": "{BOB_MEMBER}"}}"#),
        ),
        "404-unknown-path" => RawRequest::post_json("/v1/nothing-here/", MEMBER_TOKEN, "{}"),
        "405-get" => {
            RawRequest::new("GET", MS).header("authorization", &format!("Bearer {MEMBER_TOKEN}"))
        }
        "422-json-invalid" => member(r#"{"member_id":"#),
        "422-member-does-not-exist" => {
            member(r#"{"member_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"}"#)
        }
        "422-missing-member-id" => member("{}"),
        "422-model-attributes-type" => member("[] "),
        "422-url-parsing-relative" => member(&format!(
            r#"{{"member_id": "{ALICE_MEMBER}", "return_url": "/account"}}"#
        )),
        "422-url-scheme" => member(&format!(
            r#"{{"member_id": "{ALICE_MEMBER}", "return_url": "ftp://example.com/x"}}"#
        )),
        "422-url-too-long" => member(&format!(
            r#"{{"member_id": "{ALICE_MEMBER}", "return_url": "https://example.com/{}"}}"#,
            "a".repeat(2064)
        )),
        "422-uuid-parsing" => member(r#"{"member_id": "not-a-uuid"}"#),
        "422-uuid-type" => member(r#"{"member_id": 123}"#),
        "422-uuid-version" => member(r#"{"member_id": "a8098c1a-f86e-11da-bd1a-00112444be1e"}"#),
        "429-rate-limited" => RawRequest::post_json(MS, LIMITED_TOKEN, "{}"),
        other => panic!("no request for fixture {other}: add one"),
    }
}

/// Headers the recordings left out (uvicorn's `date`), ignored in comparisons.
fn compared_headers(response: &RawResponse) -> Vec<(String, String)> {
    response
        .headers
        .iter()
        .filter(|(name, _)| name != "date")
        .cloned()
        .collect()
}

async fn replay(mock: &MockServer, name: &str) -> RawResponse {
    let request = request_for(name);
    if name.starts_with("429") {
        // The recording was the 11th request within a minute, with a limit of 10.
        for _ in 0..10 {
            assert_eq!(request.send(mock.address()).await.status, 422);
        }
    }
    request.send(mock.address()).await
}

#[tokio::test]
async fn every_fixture_has_a_replay() {
    for name in Fixture::all_names() {
        let _ = request_for(&name);
    }
}

#[tokio::test]
async fn error_responses_match_the_recordings_byte_for_byte() {
    let mock = recorded_mock().await;
    for name in Fixture::all_names()
        .into_iter()
        .filter(|n| !n.starts_with("201"))
    {
        let fixture = Fixture::load(&name);
        let response = replay(&mock, &name).await;
        assert_eq!(response.status_line, fixture.status_line, "{name}");
        let mut expected = fixture.headers.clone();
        // The recordings predate the version header; every answer of a known version now names it
        // (before the `transfer-encoding` the HTTP layer adds).
        let at = expected
            .iter()
            .position(|(n, _)| n == "transfer-encoding")
            .unwrap_or(expected.len());
        expected.insert(at, ("polar-version".to_owned(), "2026-10".to_owned()));
        if name.starts_with("307") {
            // Built from the Host header of the request, as Starlette does.
            for (header, value) in &mut expected {
                if header == "location" {
                    *value = format!("http://{}/v1/member-sessions/", mock.address());
                }
            }
        }
        assert_eq!(
            compared_headers(&response),
            expected,
            "{name}: headers and their order"
        );
        assert_eq!(response.text(), fixture.body, "{name}: body");
    }
}

/// Checks what is fresh per session and replaces it with the recording's values, so the rest can be compared
/// byte for byte.
fn normalise_session(
    fixture: &Ordered,
    actual: &mut Ordered,
    portal_key: &str,
    token_prefix: &str,
) {
    let token = actual
        .get("token")
        .and_then(Ordered::as_str)
        .expect("token")
        .to_owned();
    assert!(token.starts_with(token_prefix), "token prefix: {token}");
    assert_eq!(token.len(), 53, "token length");
    assert!(
        token[10..].chars().all(|c| c.is_ascii_alphanumeric()),
        "token alphabet"
    );
    let id: Uuid = actual
        .get("id")
        .and_then(Ordered::as_str)
        .expect("id")
        .parse()
        .expect("uuid");
    assert_eq!(id.get_version_num(), 4);
    let created: DateTime<Utc> = actual
        .get("created_at")
        .and_then(Ordered::as_str)
        .expect("created_at")
        .parse()
        .expect("ts");
    let expires: DateTime<Utc> = actual
        .get("expires_at")
        .and_then(Ordered::as_str)
        .expect("expires_at")
        .parse()
        .expect("ts");
    assert_eq!(expires - created, chrono::TimeDelta::hours(1));
    assert!(
        (DateTime::<Utc>::from(std::time::SystemTime::now()) - created)
            .num_seconds()
            .abs()
            < 60,
        "created now"
    );
    for key in ["created_at", "expires_at"] {
        let text = actual
            .get(key)
            .and_then(Ordered::as_str)
            .expect("timestamp");
        let fraction = text.split_once('.').map(|(_, f)| f);
        assert!(
            fraction.is_none_or(|f| f.len() == 7 && f.ends_with('Z')),
            "{key} format: {text}"
        );
        assert!(text.ends_with('Z'));
    }
    let recorded_token = fixture
        .get("token")
        .and_then(Ordered::as_str)
        .expect("token");
    let portal = actual
        .get(portal_key)
        .and_then(Ordered::as_str)
        .expect("portal url")
        .replace(&token, recorded_token);
    for key in ["created_at", "id", "token", "expires_at"] {
        actual.set(key, fixture.get(key).expect("key").clone());
    }
    actual.set(portal_key, Ordered::String(portal));
}

#[tokio::test]
async fn member_sessions_match_the_recordings() {
    let mock = recorded_mock().await;
    for name in ["201-member-session", "201-member-session-return-url"] {
        let fixture = Fixture::load(name);
        let response = replay(&mock, name).await;
        assert_eq!(response.status_line, fixture.status_line, "{name}");
        let names: Vec<String> = compared_headers(&response)
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        let mut expected_names: Vec<String> =
            fixture.headers.iter().map(|(n, _)| n.clone()).collect();
        expected_names.push("polar-version".to_owned());
        assert_eq!(names, expected_names, "{name}: header order");
        assert_eq!(response.header("content-type"), Some("application/json"));
        assert_eq!(
            response.header("content-length"),
            Some(response.body.len().to_string().as_str())
        );
        let expected = fixture.json();
        let mut actual = response.json();
        assert_same_shape(&expected, &actual, name);
        normalise_session(&expected, &mut actual, "member_portal_url", "polar_mst_");
        assert_eq!(actual.render(), fixture.body, "{name}: body");
    }
}

#[tokio::test]
async fn customer_sessions_match_the_recordings_plus_the_2026_10_fields() {
    let mock = recorded_mock().await;
    for (name, prefix) in [
        ("201-customer-session", "polar_cst_"),
        ("201-customer-session-member-model", "polar_mst_"),
    ] {
        let fixture = Fixture::load(name);
        let response = replay(&mock, name).await;
        assert_eq!(response.status_line, fixture.status_line, "{name}");
        assert_eq!(response.header("content-type"), Some("application/json"));
        let expected = fixture.json();
        let mut actual = response.json();

        // The 2026-10 schema's additions, where that schema puts them; the 2026-03 recordings lack them.
        let customer = actual.get_mut("customer").expect("customer");
        let keys = customer.keys();
        let after = |key: &str, next: &str| {
            let i = keys.iter().position(|k| *k == key).expect("key");
            assert_eq!(keys[i + 1], next, "{name}: {next} follows {key}");
        };
        after("name", "billing_name");
        after("organization_id", "default_payment_method_id");
        after("deleted_at", "first_user_event_at");
        assert_eq!(
            customer.get("billing_name"),
            customer.get("name"),
            "billing_name falls back to the name"
        );
        assert_eq!(
            customer.remove("default_payment_method_id"),
            Some(Ordered::Null)
        );
        assert_eq!(customer.remove("first_user_event_at"), Some(Ordered::Null));
        customer.remove("billing_name");

        assert_same_shape(&expected, &actual, name);
        normalise_session(&expected, &mut actual, "customer_portal_url", prefix);
        assert_eq!(actual.render(), fixture.body, "{name}: body");
    }
}
