//! Polar's webhooks: verify a delivery's signature and decode it into a typed event.
//!
//! Polar signs each delivery with the endpoint's secret, Standard Webhooks style: the headers
//! `webhook-id` (the event id), `webhook-timestamp` (Unix seconds) and `webhook-signature`
//! (space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">` entries). A
//! [`Webhook`] built once from the secret checks them, in this order: the headers, the timestamp
//! (5 minutes either way by default), the signature under every key form of every secret
//! (compared in constant time), and then decodes the payload into a [`WebhookEvent`]. An event
//! type this crate does not know yet is [`WebhookEvent::Unknown`], never an error.
//!
//! Three things to get right in a handler:
//!
//! - **Verify the raw body bytes**, as received. JSON parsed and serialised again (other key
//!   order, other spacing, other number forms) does not verify.
//! - **Deduplicate on `webhook-id`.** Polar retries a delivery that was not answered with `2xx`
//!   in time, so the same event can arrive more than once; remember the ids you handled.
//! - **Answer fast.** Verify, store or queue the event, answer `202`, and do the work
//!   afterwards: a slow answer counts as a failure and is retried.
//!
//! ```
//! use std::time::{Duration, UNIX_EPOCH};
//! use polarsh::webhooks::{Webhook, WebhookEvent};
//!
//! let webhook = Webhook::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
//!
//! // What Polar would send (`sign` makes deliveries to test handlers with).
//! let body = br#"{"type":"customer.deleted","timestamp":"2026-10-01T12:00:00Z","data":{
//!     "id":"0eba1e16-d835-4184-94f7-1c8c5a9b1b49","created_at":"2026-09-01T10:00:00Z",
//!     "modified_at":null,"metadata":{},"email":"alice@example.com","email_verified":true,
//!     "organization_id":"f7b06e5b-2527-4c9b-9cf9-078024c05f0c"}}"#;
//! let headers = webhook.sign("evt_1", 1_790_000_000, body);
//!
//! // In the handler, `verify` rather than `verify_at`: it reads the clock.
//! let now = UNIX_EPOCH + Duration::from_secs(1_790_000_030);
//! match webhook.verify_at(&headers, body, now).unwrap() {
//!     WebhookEvent::CustomerDeleted(deleted) => {
//!         assert_eq!(deleted.data.email.as_deref(), Some("alice@example.com"));
//!     }
//!     other => panic!("unexpected {}", other.event_type()),
//! }
//! ```
//!
//! Every event's `data` is typed: the model of its schema in [`crate::models`]
//! ([`Order`](crate::models::Order), [`Subscription`](crate::models::Subscription),
//! [`CustomerState`](crate::models::CustomerState), [`Benefit`](crate::models::Benefit), ...),
//! the same types the API's responses use. Like them, the data ignores fields it does not know
//! and keeps enum values and union forms it does not know, so Polar adding one breaks nothing.
//! A payload that does not match its schema at all is an authentic
//! [`WebhookError::Decode`], which keeps the raw payload and the path that failed.

use std::time::Duration;

mod error;
mod event;
mod verify;

pub use error::WebhookError;
pub use event::{EVENT_TYPES, WebhookEvent, WebhookPayload};
pub use verify::Webhook;

/// The header with the delivery's id: the same for every retry of one event, so the key to
/// deduplicate on.
///
/// ```
/// # let headers = polarsh::http::HeaderMap::new();
/// let id = headers.get(polarsh::webhooks::WEBHOOK_ID);
/// ```
pub const WEBHOOK_ID: &str = "webhook-id";

/// The header with the time of the delivery, in Unix seconds.
///
/// ```
/// assert_eq!(polarsh::webhooks::WEBHOOK_TIMESTAMP, "webhook-timestamp");
/// ```
pub const WEBHOOK_TIMESTAMP: &str = "webhook-timestamp";

/// The header with the delivery's signatures (`v1,<base64>` entries, space-separated).
///
/// ```
/// assert_eq!(polarsh::webhooks::WEBHOOK_SIGNATURE, "webhook-signature");
/// ```
pub const WEBHOOK_SIGNATURE: &str = "webhook-signature";

/// How far a delivery's timestamp may be from this machine's clock, either way, unless
/// [`Webhook::tolerance`] says otherwise: 5 minutes, as Polar's own SDKs allow.
///
/// ```
/// assert_eq!(polarsh::webhooks::DEFAULT_TOLERANCE.as_secs(), 300);
/// ```
pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(5 * 60);

/// The verifier, its errors and the events can move across threads and live in statics.
const _: () = {
    const fn assert_send_sync_static<T: Send + Sync + 'static>() {}
    assert_send_sync_static::<Webhook>();
    assert_send_sync_static::<WebhookError>();
    assert_send_sync_static::<WebhookEvent>();
};
