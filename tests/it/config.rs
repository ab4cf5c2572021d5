//! Configuration: the environment, server URLs, insecure transports, and bad input.

use crate::common;

use common::{Reply, TestServer};
use polarsh::models::MemberSessionCreate;
use polarsh::{Error, Polar, RetryConfig, Uuid};

fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
    move |name| {
        vars.iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| (*v).to_owned())
    }
}

#[test]
fn from_env_needs_a_token() {
    let error = Polar::from_env_with(env(&[("POLAR_SERVER", "sandbox")])).unwrap_err();
    assert!(matches!(&error, Error::Config { message } if message.contains("POLAR_ACCESS_TOKEN")));
    let error = Polar::from_env_with(env(&[("POLAR_ACCESS_TOKEN", "")])).unwrap_err();
    assert!(matches!(error, Error::Config { .. }));
}

#[test]
fn from_env_picks_the_server() {
    let polar = Polar::from_env_with(env(&[("POLAR_ACCESS_TOKEN", "polar_oat_x")])).unwrap();
    assert_eq!(polar.base_url().as_str(), "https://api.polar.sh/");
    let polar = Polar::from_env_with(env(&[
        ("POLAR_ACCESS_TOKEN", "polar_oat_x"),
        ("POLAR_SERVER", "Sandbox"),
    ]))
    .unwrap();
    assert_eq!(polar.base_url().as_str(), "https://sandbox-api.polar.sh/");
    let polar = Polar::from_env_with(env(&[
        ("POLAR_ACCESS_TOKEN", "polar_oat_x"),
        ("POLAR_SERVER", "sandbox"),
        ("POLAR_SERVER_URL", "http://127.0.0.1:8080/prefix"),
    ]))
    .unwrap();
    assert_eq!(polar.base_url().as_str(), "http://127.0.0.1:8080/prefix/");
    let error = Polar::from_env_with(env(&[
        ("POLAR_ACCESS_TOKEN", "polar_oat_x"),
        ("POLAR_SERVER", "staging"),
    ]))
    .unwrap_err();
    // The value is not repeated: a secret pasted into the wrong variable would be logged.
    assert!(
        matches!(&error, Error::Config { message }
            if message.contains("POLAR_SERVER") && !message.contains("staging")),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_path_prefix_is_kept() {
    let server = TestServer::start(vec![Reply::fixture("201-member-session")]).await;
    let polar = Polar::builder()
        .access_token("polar_oat_x")
        .server_url(format!("{}/polar", server.url()))
        .build()
        .unwrap();
    polar
        .member_sessions()
        .create(MemberSessionCreate::new(Uuid::new_v4()))
        .await
        .unwrap();
    assert_eq!(server.requests()[0].path, "/polar/v1/member-sessions/");
}

#[test]
fn plain_http_to_a_remote_host_is_refused() {
    let error = Polar::builder()
        .access_token("polar_oat_x")
        .server_url("http://api.polar.sh")
        .build()
        .unwrap_err();
    assert!(matches!(&error, Error::Config { message } if message.contains("http://")));
    assert!(
        Polar::builder()
            .access_token("polar_oat_x")
            .server_url("http://api.polar.sh")
            .allow_insecure_http(true)
            .build()
            .is_ok()
    );
    assert!(
        Polar::builder()
            .access_token("polar_oat_x")
            .server_url("http://localhost:1234")
            .build()
            .is_ok()
    );
}

#[tokio::test]
async fn polar_new_with_a_bad_token_never_panics_and_every_call_says_why() {
    let server = TestServer::start(vec![Reply::fixture("201-member-session")]).await;
    let polar = Polar::new("polar_oat_\u{7f}bad");
    let error = polar
        .member_sessions()
        .create(MemberSessionCreate::new(Uuid::new_v4()))
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Config { message } if message.contains("token")),
        "{error:?}"
    );
    assert!(!format!("{error} {error:?} {polar:?}").contains("\u{7f}bad"));
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn the_api_version_can_be_changed() {
    let server = TestServer::start(vec![Reply::fixture("201-member-session")]).await;
    let polar = Polar::builder()
        .access_token("polar_oat_x")
        .server_url(server.url())
        .api_version("2026-03")
        .retry_config(RetryConfig::none())
        .build()
        .unwrap();
    polar
        .member_sessions()
        .create(MemberSessionCreate::new(Uuid::new_v4()))
        .await
        .unwrap();
    assert_eq!(
        server.requests()[0].header("polar-version"),
        Some("2026-03")
    );
    assert!(
        Polar::builder()
            .access_token("x")
            .api_version("bad\n")
            .build()
            .is_err_and(|e| matches!(e, Error::Config { .. }))
    );
    assert!(
        Polar::builder()
            .access_token("x")
            .user_agent_suffix("bad\r\n")
            .build()
            .is_err_and(|e| matches!(e, Error::Config { .. }))
    );
}
