//! No access token or session token is ever shown by `Debug` or `Display`.

use crate::common;

use common::{Reply, TestServer, fixture};
use polarsh::models::{CustomerSessionCreate, MemberSessionCreate};
use polarsh::{Polar, RetryConfig, Uuid};

const ACCESS_TOKEN: &str = "polar_oat_SECRETsecret123";
const MEMBER_TOKEN: &str = "HTbAMCsYli9xxDwvv7bkBE7TPSiLTvtdWyg8e11zZ0Q";
const CUSTOMER_TOKEN: &str = "5XZ2nxjRxWFIDEcM4H1edZ9TgHYfbFNyPAaKQ1q1uaA";

fn assert_hidden(shown: &str) {
    for secret in ["SECRETsecret123", MEMBER_TOKEN, CUSTOMER_TOKEN] {
        assert!(!shown.contains(secret), "a secret is shown: {shown}");
    }
}

fn client(server: &TestServer) -> Polar {
    Polar::builder()
        .access_token(ACCESS_TOKEN)
        .server_url(server.url())
        .retry_config(RetryConfig::none())
        .build()
        .unwrap()
}

#[test]
fn the_client_and_its_builder_hide_the_access_token() {
    let builder = Polar::builder().access_token(ACCESS_TOKEN);
    assert_hidden(&format!("{builder:?}"));
    let polar = builder.build().unwrap();
    let shown = format!("{polar:?} {polar:#?}");
    assert_hidden(&shown);
    assert!(shown.contains("REDACTED"));
}

#[tokio::test]
async fn sessions_hide_their_token_and_portal_url() {
    let server = TestServer::start(vec![
        Reply::fixture("201-member-session"),
        Reply::fixture("201-customer-session"),
    ])
    .await;
    let polar = client(&server);
    let member = polar
        .member_sessions()
        .create(MemberSessionCreate::new(Uuid::new_v4()))
        .await
        .unwrap();
    assert!(member.member_portal_url.contains(MEMBER_TOKEN));
    let shown = format!("{member:?} {member:#?}");
    assert_hidden(&shown);
    assert!(
        shown.contains("alice@example.com"),
        "Debug shows too little: {shown}"
    );

    let customer = polar
        .customer_sessions()
        .create(CustomerSessionCreate::for_customer(Uuid::new_v4()))
        .await
        .unwrap();
    assert!(customer.customer_portal_url.contains(CUSTOMER_TOKEN));
    assert_hidden(&format!("{customer:?} {customer:#?}"));
}

#[tokio::test]
async fn errors_hide_tokens_in_bodies() {
    // A 2XX that does not decode keeps its body, which holds a session token.
    let broken = fixture("201-member-session")
        .body
        .replace(r#""role":"owner""#, r#""role":42"#);
    let echo = format!(
        r#"{{"error":"BadRequest","detail":"token {ACCESS_TOKEN} polar_mst_{MEMBER_TOKEN}"}}"#
    );
    let server = TestServer::start(vec![
        Reply::json(201, &broken),
        Reply::json(400, &echo),
        Reply::new(500, &[], &format!("oops polar_cst_{CUSTOMER_TOKEN}")),
        Reply::json(
            422,
            &format!(r#"{{"error":"RequestValidationError","detail":[{{"type":"value_error","loc":["body","return_url"],"msg":"bad polar_mst_{MEMBER_TOKEN}","input":"https://x/?t=polar_mst_{MEMBER_TOKEN}"}}]}}"#),
        ),
    ])
    .await;
    let polar = client(&server);
    for _ in 0..4 {
        let error = polar
            .member_sessions()
            .create(MemberSessionCreate::new(Uuid::new_v4()))
            .await
            .unwrap_err();
        assert_hidden(&format!("{error} {error:?} {error:#?}"));
        if let polarsh::Error::Decode(decode) = &error {
            assert!(
                decode.body.contains(MEMBER_TOKEN),
                "the raw body is kept for diagnosis"
            );
            assert_eq!(decode.path, "member.role");
        }
    }
}
