//! Retries are logged with `tracing`: attempt, status and delay; never a token, never a body.

use crate::common;

use std::fmt::Debug;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{Reply, TestServer};
use polarsh::models::MemberSessionCreate;
use polarsh::{RetryConfig, Uuid};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

/// Keeps every event as `LEVEL field=value ...`.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<String>>>);

struct Line(String);

impl Visit for Line {
    fn record_debug(&mut self, field: &Field, value: &dyn Debug) {
        self.0.push_str(&format!(" {}={value:?}", field.name()));
    }
}

impl Subscriber for Capture {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, _: &Attributes<'_>) -> Id {
        Id::from_u64(1)
    }
    fn record(&self, _: &Id, _: &Record<'_>) {}
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut line = Line(event.metadata().level().to_string());
        event.record(&mut line);
        self.0.lock().unwrap().push(line.0);
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

#[tokio::test]
async fn each_retry_is_logged_without_secrets() {
    let secret_body = "<html>oops polar_mst_SECRETSESSIONTOKEN</html>";
    let server = TestServer::start(vec![
        Reply::new(503, &[("content-type", "text/html")], secret_body),
        Reply::fixture("201-member-session"),
    ])
    .await;
    let polar = polarsh::Polar::builder()
        .access_token("polar_oat_SECRETACCESSTOKEN")
        .server_url(server.url())
        .retry_config(RetryConfig::default().initial_interval(Duration::from_millis(10)))
        .build()
        .unwrap();
    let capture = Capture::default();
    let _guard = tracing::subscriber::set_default(capture.clone());
    polar
        .member_sessions()
        .create(MemberSessionCreate::new(Uuid::new_v4()))
        .await
        .unwrap();
    let lines = capture.0.lock().unwrap().clone();
    let retries: Vec<&String> = lines.iter().filter(|l| l.contains("retrying")).collect();
    assert_eq!(retries.len(), 1, "{lines:#?}");
    let line = retries[0];
    assert!(line.starts_with("INFO"), "{line}");
    assert!(line.contains("attempt=1"), "{line}");
    assert!(line.contains("status=503"), "{line}");
    assert!(line.contains("delay_ms="), "{line}");
    for line in &lines {
        assert!(!line.contains("SECRET"), "a secret was logged: {line}");
        assert!(!line.contains("oops"), "a body was logged: {line}");
    }
}
