//! What an attacker (or an unlucky configuration) would try: secrets in URLs, logs and errors,
//! proxies, framing headers, zero waits, stray whitespace.

use std::fmt::Debug;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::common::{Reply, TestServer};

use polarsh::{Error, Polar, RequestOptions, RetryConfig, Uuid};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

/// Keeps everything `tracing` is given, at every level: events, span fields and span records.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<String>>);

struct Text<'a>(&'a mut String);

impl Visit for Text<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn Debug) {
        self.0.push_str(&format!(" {}={value:?}", field.name()));
    }
}

impl Subscriber for Capture {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, attributes: &Attributes<'_>) -> Id {
        let mut out = self.0.lock().unwrap();
        out.push_str(&format!("\nspan {}", attributes.metadata().name()));
        attributes.record(&mut Text(&mut out));
        Id::from_u64(1)
    }
    fn record(&self, _: &Id, values: &Record<'_>) {
        let mut out = self.0.lock().unwrap();
        out.push_str("\nrecord");
        values.record(&mut Text(&mut out));
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut out = self.0.lock().unwrap();
        out.push_str(&format!(
            "\n{} {}",
            event.metadata().level(),
            event.metadata().target()
        ));
        event.record(&mut Text(&mut out));
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

#[tokio::test]
async fn a_secret_in_the_path_is_in_no_log_error_or_debug() {
    const SECRET: &str = "cs_live_Zx81SECRETvalue";
    let server = TestServer::start(vec![
        Reply::json(503, r#"{"detail":"busy"}"#),
        Reply::json(404, r#"{"detail":"Not Found"}"#),
    ])
    .await;
    let polar = server.client(
        RetryConfig::default()
            .initial_interval(Duration::from_millis(5))
            .max_elapsed_time(Duration::from_secs(5)),
    );
    let capture = Capture::default();
    let request = polar.customers().get_external(SECRET);
    let shown_request = format!("{request:?}");
    let error = {
        let _guard = tracing::subscriber::set_default(capture.clone());
        request.await.unwrap_err()
    };
    let logs = capture.0.lock().unwrap().clone();
    assert!(logs.contains("customers:get_external"), "{logs}");
    assert!(
        logs.contains("/v1/customers/external/{external_id}"),
        "{logs}"
    );
    assert!(logs.contains("retrying"), "{logs}");
    for shown in [
        logs,
        format!("{error}"),
        format!("{error:?}"),
        shown_request,
    ] {
        assert!(!shown.contains("Zx81SECRET"), "{shown}");
    }
    assert_eq!(server.requests().len(), 2);
    assert!(server.requests()[0].path.ends_with(SECRET));

    // A connection error drops reqwest's URL too.
    let addr = crate::common::closed_port().await;
    let polar = Polar::builder()
        .access_token("polar_oat_x")
        .server_url(format!("http://{addr}"))
        .retry_config(RetryConfig::none())
        .build()
        .unwrap();
    let error = polar.customers().get_external(SECRET).await.unwrap_err();
    assert!(matches!(error, Error::Connection { .. }), "{error:?}");
    for shown in [format!("{error}"), format!("{error:?}")] {
        assert!(!shown.contains("Zx81SECRET"), "{shown}");
    }
}

#[tokio::test]
async fn tokens_are_redacted_wherever_an_error_shows_them() {
    let validation = r#"{"error":"polar_oat_LEAKEDINERROR","detail":[{"type":"polar_pat_LEAKEDTYPE",
        "loc":["body","polar_cst_LEAKEDLOC"],"msg":"bad","input":"polar_mst_LEAKEDINPUT"}]}"#;
    let escaped = r#"{"detail":"token polar\u005foat\u005fLEAKEDESCAPED"}"#;
    let server = TestServer::start(vec![
        Reply::new(
            422,
            &[
                ("content-type", "application/json"),
                ("authorization", "Bearer LEAKEDAUTHHEADER"),
                (
                    "location",
                    "/portal?customer_session_token=polar_cst_LEAKEDLOCATION",
                ),
            ],
            validation,
        ),
        Reply::new(
            400,
            &[
                ("content-type", "application/json"),
                ("set-cookie", "session=LEAKEDCOOKIE"),
            ],
            escaped,
        ),
    ])
    .await;
    let polar = server.client(RetryConfig::none());
    let first = polar.customers().get(Uuid::nil()).await.unwrap_err();
    assert!(matches!(first, Error::Validation(_)), "{first:?}");
    let second = polar.customers().get(Uuid::nil()).await.unwrap_err();
    assert!(matches!(second, Error::Api(_)), "{second:?}");
    for error in [&first, &second] {
        for shown in [format!("{error}"), format!("{error:?}")] {
            assert!(!shown.contains("LEAKED"), "{shown}");
        }
    }
    // The values are still there for a caller who asks for them.
    let Error::Validation(v) = &first else {
        unreachable!()
    };
    assert_eq!(v.error.as_deref(), Some("polar_oat_LEAKEDINERROR"));
}

#[test]
fn configuration_errors_never_repeat_the_server_url() {
    let urls = [
        "http://user:PASSWORD@10.0.0.1",
        "https://user:PASSWORD@api.example.com",
        "ftp://u:PASSWORD@example.com",
        "http://u:PASSWORD@[not-a-host",
        "https://api.example.com/?api_key=PASSWORD",
        "https://api.example.com/#PASSWORD",
        "gopher://PASSWORD.example.com",
    ];
    for url in urls {
        let error = Polar::builder()
            .access_token("polar_oat_x")
            .server_url(url)
            .build()
            .unwrap_err();
        let Error::Config { message } = &error else {
            panic!("expected Config for {url}, got {error:?}");
        };
        assert!(!message.contains("PASSWORD"), "{url}: {message}");
        assert!(!format!("{error:?}").contains("PASSWORD"), "{url}");
    }
}

#[tokio::test]
async fn per_call_headers_may_not_change_framing_routing_or_credentials() {
    let server = TestServer::with_handler(|_| Reply::json(200, "{}")).await;
    let polar = server.client(RetryConfig::none());
    for name in [
        "Content-Length",
        "Host",
        "Transfer-Encoding",
        "Connection",
        "Expect",
        "Upgrade",
        "Proxy-Authorization",
        "TE",
        "authorization",
    ] {
        let error = polar
            .customers()
            .get(Uuid::nil())
            .with_options(RequestOptions::new().header(name, "x"))
            .await
            .unwrap_err();
        assert!(
            matches!(&error, Error::Config { message } if message.contains(&name.to_lowercase())),
            "{name}: {error:?}"
        );
    }
    assert!(server.requests().is_empty());
    let options = RequestOptions::new()
        .header("cookie", "SECRETCOOKIE")
        .header("x-api-key", "SECRETKEY")
        .access_token("polar_oat_SECRETTOKEN");
    let shown = format!("{options:?}");
    assert!(
        shown.contains("cookie") && shown.contains("x-api-key"),
        "{shown}"
    );
    assert!(!shown.contains("SECRET"), "{shown}");
}

#[tokio::test]
async fn zero_intervals_still_wait_between_attempts() {
    let server = TestServer::with_handler(|_| Reply::json(503, "{}")).await;
    let polar = server.client(
        RetryConfig::default()
            .initial_interval(Duration::ZERO)
            .max_interval(Duration::ZERO)
            .max_elapsed_time(Duration::from_millis(500)),
    );
    let started = Instant::now();
    let error = polar.customers().get(Uuid::nil()).await.unwrap_err();
    assert_eq!(error.status(), Some(503));
    let attempts = server.requests().len() as u128;
    let elapsed = started.elapsed().as_millis();
    // At least 25 ms between attempts: at most one attempt per 25 ms of the budget, plus one.
    assert!(attempts >= 2, "{attempts}");
    assert!(
        attempts <= elapsed / 25 + 1,
        "{attempts} attempts in {elapsed} ms"
    );
    assert_eq!(polarsh::MIN_RETRY_WAIT, Duration::from_millis(25));
}

#[tokio::test]
async fn a_token_read_with_a_trailing_newline_works() {
    let server =
        TestServer::with_handler(|_| Reply::json(200, &crate::common::customer_json())).await;
    let url = server.url();
    let polar = Polar::from_env_with(|name| match name {
        "POLAR_ACCESS_TOKEN" => Some("polar_oat_from_file\n".to_owned()),
        "POLAR_SERVER_URL" => Some(format!("{url}\n")),
        _ => None,
    })
    .unwrap();
    polar.customers().get(Uuid::nil()).await.unwrap();
    assert_eq!(
        server.requests()[0].header("authorization"),
        Some("Bearer polar_oat_from_file")
    );
}

/// Runs in a child process with `HTTP_PROXY` and `ALL_PROXY` set (the parent test below starts
/// it): a loopback server is called directly, and the proxy sees nothing.
#[tokio::test]
async fn child_process_call_with_proxy_variables() {
    let Ok(target) = std::env::var("POLARSH_TEST_TARGET") else {
        return; // Only meaningful inside the child process.
    };
    let polar = Polar::builder()
        .access_token("polar_oat_SECRETPROXYTOKEN")
        .server_url(target)
        .retry_config(RetryConfig::none())
        .build()
        .unwrap();
    polar.customers().get(Uuid::nil()).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn loopback_traffic_never_goes_through_a_proxy() {
    let target =
        TestServer::with_handler(|_| Reply::json(200, &crate::common::customer_json())).await;
    let proxy =
        TestServer::with_handler(|_| Reply::json(200, &crate::common::customer_json())).await;
    let exe = std::env::current_exe().unwrap();
    let (target_url, proxy_url) = (target.url(), proxy.url());
    let status = tokio::task::spawn_blocking(move || {
        std::process::Command::new(exe)
            .args([
                "hardening::child_process_call_with_proxy_variables",
                "--exact",
                "--test-threads=1",
            ])
            .env("POLARSH_TEST_TARGET", target_url)
            .env("HTTP_PROXY", &proxy_url)
            .env("http_proxy", &proxy_url)
            .env("ALL_PROXY", &proxy_url)
            .env("all_proxy", &proxy_url)
            .env_remove("NO_PROXY")
            .env_remove("no_proxy")
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stdout)
    );
    assert!(
        String::from_utf8_lossy(&status.stdout).contains("1 passed"),
        "the child ran the call"
    );
    assert!(
        proxy.requests().is_empty(),
        "the proxy saw {:?}",
        proxy.requests()
    );
    assert_eq!(target.requests().len(), 1);
    assert_eq!(
        target.requests()[0].header("authorization"),
        Some("Bearer polar_oat_SECRETPROXYTOKEN")
    );
}
