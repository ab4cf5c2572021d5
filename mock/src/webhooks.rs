//! Webhook deliveries: the events the store's changes produce, sent to the endpoints created through the
//! API, signed as Polar signs them, retried when the receiver fails, and logged.
//!
//! A create of a stored collection is `{record}.created` (`customer.created`, `product.created`,
//! `order.created`, …), an update `{record}.updated`, a delete `{record}.deleted`, where Polar has such an
//! event. Each enabled endpoint of the organization that subscribed to the event type gets a `POST` with
//! `content-type: application/json`, `user-agent: polar.sh webhooks`, `webhook-id`, `webhook-timestamp`
//! and `webhook-signature` (`v1,` and the base64 HMAC-SHA256 of `{id}.{timestamp}.{body}`, keyed with the
//! UTF-8 bytes of the whole `whsec_…` secret, as Polar does). The body is
//! `{"type":…,"timestamp":…,"data":{record}}`. A receiver that does not answer 2xx is retried after 50 ms,
//! 250 ms, 1 s and 5 s. Unlike Polar, which sends only to public `https` URLs, the mock sends to `http` URLs
//! (loopback included) and cannot send to `https` ones (the attempt is logged as failed).

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use base64::Engine as _;
use hmac::{Hmac, Mac};
use http_body_util::Full;
use hyper::body::Bytes;
use hyper::{Request, Uri};
use hyper_util::rt::TokioIo;
use sha2::Sha256;
use tokio::net::TcpStream;
use uuid::Uuid;

use crate::pyjson::{Json, push_str_literal, render};
use crate::render::Ts;
use crate::seed::{now, random_token, random_uuid};

/// Waits before each retry of a failed delivery.
const RETRIES: [Duration; 4] = [
    Duration::from_millis(50),
    Duration::from_millis(250),
    Duration::from_secs(1),
    Duration::from_secs(5),
];
/// How long one attempt may take.
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);
/// How many deliveries the log keeps (the oldest go first).
const LOG_LIMIT: usize = 10_000;

/// One event sent (or being sent) to one endpoint, with every attempt.
///
/// ```
/// # #[tokio::main] async fn main() {
/// let mock = polarsh_mock::MockServer::start().await;
/// assert!(mock.webhook_deliveries().is_empty());
/// # }
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct WebhookDelivery {
    /// The endpoint's id.
    pub endpoint_id: Uuid,
    /// Where it was sent.
    pub url: String,
    /// The event type, e.g. `customer.created`.
    pub event_type: String,
    /// The `webhook-id` header (the same on every attempt).
    pub webhook_id: String,
    /// The body sent.
    pub body: String,
    /// Every attempt so far, in order.
    pub attempts: Vec<DeliveryAttempt>,
}

impl WebhookDelivery {
    /// Whether an attempt was answered 2xx.
    ///
    /// ```
    /// # #[tokio::main] async fn main() {
    /// let mock = polarsh_mock::MockServer::start().await;
    /// assert!(mock.webhook_deliveries().iter().all(|d| d.delivered()));
    /// # }
    /// ```
    pub fn delivered(&self) -> bool {
        self.attempts
            .iter()
            .any(|a| a.status.is_some_and(|s| (200..300).contains(&s)))
    }
}

/// One try of a delivery.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeliveryAttempt {
    /// The receiver's status, if it answered.
    pub status: Option<u16>,
    /// Why there is no status (connection refused, timeout, an `https` URL…).
    pub error: Option<String>,
    /// When the attempt started.
    pub at: SystemTime,
}

/// The delivery log, shared with the tasks that send.
pub(crate) type Log = Arc<Mutex<Vec<WebhookDelivery>>>;

/// An endpoint that receives an event.
pub(crate) struct Target {
    pub(crate) endpoint_id: Uuid,
    pub(crate) url: String,
    pub(crate) secret: String,
}

/// A fresh endpoint secret, in the form Polar shows.
pub(crate) fn new_secret() -> String {
    random_token("whsec_")
}

/// The endpoints of a stored endpoint record that take `event_type`.
pub(crate) fn target_of(record: &Json, event_type: &str) -> Option<Target> {
    let enabled = !matches!(record.get("enabled"), Some(Json::Bool(false)));
    let subscribed = match record.get("events") {
        Some(Json::Array(events)) => events
            .iter()
            .any(|e| matches!(e, Json::Str(s) if s == event_type)),
        _ => false,
    };
    let (Some(Json::Str(id)), Some(Json::Str(url)), Some(Json::Str(secret))) =
        (record.get("id"), record.get("url"), record.get("secret"))
    else {
        return None;
    };
    (enabled && subscribed).then(|| Target {
        endpoint_id: Uuid::try_parse(id).unwrap_or_default(),
        url: url.clone(),
        secret: secret.clone(),
    })
}

/// Sends `data` as an `event_type` event to each target, in the background.
pub(crate) fn dispatch(log: &Log, event_type: &str, data: &Json, targets: Vec<Target>) {
    if targets.is_empty() {
        return;
    }
    let Some(data) = render(data) else { return };
    let mut body = String::with_capacity(data.len() + 80);
    body.push_str("{\"type\":");
    push_str_literal(&mut body, event_type);
    body.push_str(",\"timestamp\":");
    push_str_literal(&mut body, &Ts(now()).format());
    body.push_str(",\"data\":");
    body.push_str(&data);
    body.push('}');
    for target in targets {
        let delivery = WebhookDelivery {
            endpoint_id: target.endpoint_id,
            url: target.url.clone(),
            event_type: event_type.to_owned(),
            webhook_id: format!("msg_{}", random_uuid().simple()),
            body: body.clone(),
            attempts: Vec::new(),
        };
        {
            let mut log = log.lock().unwrap_or_else(|p| p.into_inner());
            if log.len() >= LOG_LIMIT {
                log.remove(0);
            }
            log.push(delivery.clone());
        }
        let log = Arc::clone(log);
        tokio::spawn(async move {
            deliver(log, delivery, target.secret).await;
        });
    }
}

/// The `webhook-signature` of a delivery.
pub(crate) fn signature(secret: &str, id: &str, timestamp: i64, body: &str) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret.as_bytes()) else {
        return String::new();
    };
    mac.update(format!("{id}.{timestamp}.").as_bytes());
    mac.update(body.as_bytes());
    let signature = base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes());
    format!("v1,{signature}")
}

async fn deliver(log: Log, delivery: WebhookDelivery, secret: String) {
    for wait in std::iter::once(Duration::ZERO).chain(RETRIES) {
        tokio::time::sleep(wait).await;
        let at = SystemTime::now();
        let result = tokio::time::timeout(ATTEMPT_TIMEOUT, attempt(&delivery, &secret))
            .await
            .unwrap_or_else(|_| Err("timed out".to_owned()));
        let ok = matches!(result, Ok(status) if (200..300).contains(&status));
        let attempt = match result {
            Ok(status) => DeliveryAttempt {
                status: Some(status),
                error: None,
                at,
            },
            Err(error) => DeliveryAttempt {
                status: None,
                error: Some(error),
                at,
            },
        };
        {
            let mut log = log.lock().unwrap_or_else(|p| p.into_inner());
            // The entry may have been pushed out of a full log.
            if let Some(entry) = log
                .iter_mut()
                .rev()
                .find(|e| e.webhook_id == delivery.webhook_id)
            {
                entry.attempts.push(attempt);
            }
        }
        if ok {
            return;
        }
    }
}

/// One `POST` of a delivery; the receiver's status.
async fn attempt(delivery: &WebhookDelivery, secret: &str) -> Result<u16, String> {
    let uri: Uri = delivery
        .url
        .parse()
        .map_err(|e| format!("invalid URL: {e}"))?;
    if uri.scheme_str() != Some("http") {
        return Err("the mock delivers to http URLs only".to_owned());
    }
    let host = uri
        .host()
        .ok_or("no host")?
        .trim_matches(['[', ']'])
        .to_owned();
    let port = uri.port_u16().unwrap_or(80);
    let stream = TcpStream::connect((host.as_str(), port))
        .await
        .map_err(|e| e.to_string())?;
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| e.to_string())?;
    tokio::spawn(connection);
    let timestamp = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let path = uri.path_and_query().map_or("/", |p| p.as_str());
    let request = Request::post(path)
        .header(
            hyper::header::HOST,
            uri.authority().map_or("", |a| a.as_str()),
        )
        .header(hyper::header::CONTENT_TYPE, "application/json")
        .header(hyper::header::USER_AGENT, "polar.sh webhooks")
        .header("webhook-id", &delivery.webhook_id)
        .header("webhook-timestamp", timestamp.to_string())
        .header(
            "webhook-signature",
            signature(secret, &delivery.webhook_id, timestamp, &delivery.body),
        )
        .body(Full::new(Bytes::from(delivery.body.clone())))
        .map_err(|e| e.to_string())?;
    let response = sender
        .send_request(request)
        .await
        .map_err(|e| e.to_string())?;
    Ok(response.status().as_u16())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_are_standard_webhooks_with_the_whole_secret_as_key() {
        // HMAC-SHA256 of "msg_1.1700000000.{}" keyed with "whsec_test", computed with Python's `hmac`.
        assert_eq!(
            signature("whsec_test", "msg_1", 1_700_000_000, "{}"),
            "v1,aVLimmNaD/+gvqoWopKW7yh/Nfk3nZtgohDCIa/8YQo="
        );
    }
}
