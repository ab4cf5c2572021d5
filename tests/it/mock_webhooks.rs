//! Webhook deliveries of the mock: endpoints created through the API receive the events of the
//! store's changes, signed as Polar signs them (checked with `polarsh::webhooks`), retried when the
//! receiver fails, and logged.

use std::convert::Infallible;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use http_body_util::{BodyExt, Full};
use hyper::body::{Bytes, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use polarsh::Polar;
use polarsh::models::{CustomerCreate, CustomerUpdate};
use polarsh::webhooks::{Webhook, WebhookEvent};
use polarsh_mock::{MockServer, defaults};
use tokio::net::TcpListener;
use tokio::sync::mpsc;

/// A receiver on a local port: fails the first `failures` requests with 500, then answers 202;
/// every request comes out of the channel.
pub(crate) async fn receiver(
    failures: usize,
) -> (String, mpsc::UnboundedReceiver<(http::HeaderMap, Bytes)>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hooks/polar", listener.local_addr().unwrap());
    let (sender, received) = mpsc::unbounded_channel();
    let seen = Arc::new(AtomicUsize::new(0));
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            let (sender, seen) = (sender.clone(), seen.clone());
            tokio::spawn(async move {
                let service = service_fn(move |request: Request<Incoming>| {
                    let (sender, seen) = (sender.clone(), seen.clone());
                    async move {
                        let (parts, body) = request.into_parts();
                        let body = body
                            .collect()
                            .await
                            .map(|b| b.to_bytes())
                            .unwrap_or_default();
                        let _ = sender.send((parts.headers, body));
                        let status = if seen.fetch_add(1, Ordering::SeqCst) < failures {
                            StatusCode::INTERNAL_SERVER_ERROR
                        } else {
                            StatusCode::ACCEPTED
                        };
                        let mut response = Response::new(Full::new(Bytes::new()));
                        *response.status_mut() = status;
                        Ok::<_, Infallible>(response)
                    }
                });
                let _ = http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    (url, received)
}

pub(crate) async fn next(
    received: &mut mpsc::UnboundedReceiver<(http::HeaderMap, Bytes)>,
) -> (http::HeaderMap, Bytes) {
    tokio::time::timeout(Duration::from_secs(10), received.recv())
        .await
        .expect("a delivery within 10 s")
        .expect("the receiver runs")
}

#[tokio::test]
async fn store_changes_are_delivered_signed_and_retried() {
    let mock = MockServer::start().await;
    let (url, mut received) = receiver(1).await;
    let endpoint = reqwest::Client::new()
        .post(format!("{}/v1/webhooks/endpoints", mock.url()))
        .bearer_auth(defaults::TOKEN)
        .header("content-type", "application/json")
        .body(
            serde_json::json!({
                "url": url,
                "format": "raw",
                "events": ["customer.created", "customer.updated", "customer.deleted"],
            })
            .to_string(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(endpoint.status(), 201);
    let endpoint: serde_json::Value =
        serde_json::from_str(&endpoint.text().await.unwrap()).unwrap();
    let secret = endpoint["secret"].as_str().unwrap().to_owned();
    assert!(secret.starts_with("whsec_"), "{secret}");
    let webhook = Webhook::new(&secret);

    let polar = crate::mock_support::sdk(&mock, defaults::TOKEN);
    let bob = polar
        .customers()
        .create(CustomerCreate::new("bob@example.com").with_name("Bob"))
        .await
        .unwrap();

    // The first attempt is refused with a 500, the retry carries the same id and body.
    let (first_headers, first_body) = next(&mut received).await;
    let (headers, body) = next(&mut received).await;
    assert_eq!(first_body, body);
    assert_eq!(first_headers["webhook-id"], headers["webhook-id"]);
    assert_eq!(headers["user-agent"], "polar.sh webhooks");
    assert_eq!(headers["content-type"], "application/json");
    match webhook.verify(&headers, &body).expect("a valid signature") {
        WebhookEvent::CustomerCreated(customer) => {
            assert_eq!(customer.data.id, bob.id);
            assert_eq!(customer.data.email.as_deref(), Some("bob@example.com"));
        }
        other => panic!("{other:?}"),
    }
    // Another secret does not verify it.
    assert!(Webhook::new("whsec_other").verify(&headers, &body).is_err());

    polar
        .customers()
        .update(bob.id, CustomerUpdate::new().with_name("Robert"))
        .await
        .unwrap();
    let (headers, body) = next(&mut received).await;
    match webhook.verify(&headers, &body).unwrap() {
        WebhookEvent::CustomerUpdated(customer) => {
            assert_eq!(customer.data.name.as_deref(), Some("Robert"))
        }
        other => panic!("{other:?}"),
    }
    polar.customers().delete(bob.id).await.unwrap();
    let (headers, body) = next(&mut received).await;
    assert!(matches!(
        webhook.verify(&headers, &body).unwrap(),
        WebhookEvent::CustomerDeleted(c) if c.data.id == bob.id
    ));

    // The log: three deliveries, the first after two attempts (the last attempt is logged once its
    // answer is read, just after the receiver got it).
    let mut deliveries = mock.webhook_deliveries();
    for _ in 0..100 {
        if deliveries.iter().all(|d| d.delivered()) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
        deliveries = mock.webhook_deliveries();
    }
    let types: Vec<&str> = deliveries.iter().map(|d| d.event_type.as_str()).collect();
    assert_eq!(
        types,
        ["customer.created", "customer.updated", "customer.deleted"]
    );
    let statuses: Vec<Option<u16>> = deliveries[0].attempts.iter().map(|a| a.status).collect();
    assert_eq!(statuses, [Some(500), Some(202)]);
    assert!(deliveries.iter().all(|d| d.delivered() && d.url == url));
}

#[tokio::test]
async fn only_subscribed_enabled_endpoints_of_the_organization_receive() {
    let mock = MockServer::start().await;
    let (url, mut received) = receiver(0).await;
    let create = |events: serde_json::Value| {
        reqwest::Client::new()
            .post(format!("{}/v1/webhooks/endpoints", mock.url()))
            .bearer_auth(defaults::TOKEN)
            .header("content-type", "application/json")
            .body(serde_json::json!({"url": url, "format": "raw", "events": events}).to_string())
            .send()
    };
    assert_eq!(
        create(serde_json::json!(["product.created"]))
            .await
            .unwrap()
            .status(),
        201
    );
    let polar = Polar::builder()
        .access_token(defaults::TOKEN)
        .server_url(mock.url())
        .build()
        .unwrap();
    // A customer: nobody subscribed.
    polar
        .customers()
        .create(CustomerCreate::new("carol@example.com"))
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(received.try_recv().is_err());
    assert!(mock.webhook_deliveries().is_empty());
}
