//! The public API exactly as users write it: if a name here changes, users' code breaks.

use crate::common;

use std::time::Duration;

use common::{Reply, TestServer};
use polarsh::models::{CustomerSession, CustomerSessionCreate, MemberSession, MemberSessionCreate};
use polarsh::{Error, Polar, RequestOptions, RetryConfig, Server, Url, Uuid};

#[tokio::test]
async fn the_documented_api_compiles_and_works() -> Result<(), Box<dyn std::error::Error>> {
    let server = TestServer::start(vec![
        Reply::fixture("201-member-session-return-url"),
        Reply::fixture("201-member-session"),
        Reply::fixture("201-customer-session-member-model"),
        Reply::fixture("201-customer-session"),
    ])
    .await;
    let member_id = Uuid::parse_str("10c62c5a-6042-47f6-982b-8d88ff9bc7ed")?;

    let polar = Polar::new("polar_oat_...");
    assert_eq!(polar.base_url().as_str(), "https://api.polar.sh/");
    let env = |name: &str| match name {
        "POLAR_ACCESS_TOKEN" => Some("polar_oat_...".to_owned()),
        "POLAR_SERVER" => Some("sandbox".to_owned()),
        _ => None,
    };
    let polar = Polar::from_env_with(env)?;
    assert_eq!(polar.base_url().as_str(), "https://sandbox-api.polar.sh/");
    let _ = Polar::from_env();
    let polar = Polar::builder()
        .access_token("polar_oat_...")
        .server(Server::Sandbox)
        .server_url(server.url())
        .retry_config(RetryConfig::default())
        .timeout(Duration::from_secs(10))
        .connect_timeout(Duration::from_secs(5))
        .user_agent_suffix("myapp/1.2")
        .http_client(reqwest::Client::new())
        .build()?;
    let polar = polar.clone();

    let session: MemberSession = polar
        .member_sessions()
        .create(
            MemberSessionCreate::new(member_id)
                .with_return_url(Url::parse("https://example.com/account")?),
        )
        .await?;
    assert_eq!(
        session.return_url.as_deref(),
        Some("https://example.com/account")
    );

    let req = MemberSessionCreate::new(member_id);
    let session = polar
        .member_sessions()
        .create(req)
        .with_options(
            RequestOptions::new()
                .retry_config(RetryConfig::none())
                .timeout(Duration::from_secs(5))
                .header("x-trace", "1"),
        )
        .await?;
    assert_eq!(session.member_id, member_id);

    let customer: CustomerSession = polar
        .customer_sessions()
        .create(CustomerSessionCreate::for_customer(session.customer_id).with_member_id(member_id))
        .await?;
    assert!(customer.is_member_session());
    let customer = polar
        .customer_sessions()
        .create(
            CustomerSessionCreate::for_external_customer("usr_bob")
                .with_external_member_id("usr_bob")
                .with_return_url(Url::parse("https://example.com/")?),
        )
        .with_options(RequestOptions::new())
        .await?;
    assert!(!customer.is_member_session());

    let requests = server.requests();
    assert_eq!(requests.len(), 4);
    assert_eq!(requests[1].header("x-trace"), Some("1"));
    assert_eq!(requests[2].path, "/v1/customer-sessions/");

    let retry = RetryConfig::default()
        .initial_interval(Duration::from_millis(500))
        .max_interval(Duration::from_secs(10))
        .exponent(1.5)
        .max_elapsed_time(Duration::from_secs(30))
        .retry_connection_errors(true);
    assert_eq!(retry, RetryConfig::default());
    assert!(!RetryConfig::none().is_enabled());
    Ok(())
}

#[test]
fn errors_are_standard_and_thread_safe() {
    fn is_error<E: std::error::Error + Send + Sync + 'static>() {}
    fn is_client<C: Clone + Send + Sync + 'static>() {}
    is_error::<Error>();
    is_client::<Polar>();
    let error = Error::Config {
        message: "x".into(),
    };
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(error);
    assert_eq!(boxed.to_string(), "invalid configuration: x");
}

#[test]
fn every_variant_can_be_matched_by_name() {
    fn describe(error: &Error) -> &'static str {
        match error {
            Error::Validation(_) => "validation",
            Error::Api(_) => "api",
            Error::Timeout { .. } => "timeout",
            Error::Connection { .. } => "connection",
            Error::Decode { .. } => "decode",
            Error::Config { .. } => "config",
            _ => "other",
        }
    }
    assert_eq!(
        describe(&Error::Config {
            message: "x".into()
        }),
        "config"
    );
}

#[test]
fn the_builder_reports_bad_input_at_once() {
    let error = Polar::builder()
        .access_token("bad\ntoken")
        .build()
        .unwrap_err();
    assert!(matches!(error, Error::Config { .. }), "{error:?}");
    let error = Polar::builder().access_token("  ").build().unwrap_err();
    assert!(matches!(&error, Error::Config { message } if message.contains("access token")));
    // No token at all is a client for the operations that take none.
    assert!(Polar::builder().build().is_ok());
}
