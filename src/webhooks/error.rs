//! Why a delivery was refused, one variant per check.

use std::time::Duration;

/// Why [`Webhook::verify`](super::Webhook::verify) refused a delivery.
///
/// The checks run in this order and the first failing one is reported: the headers
/// ([`MissingHeader`](Self::MissingHeader), [`MalformedHeader`](Self::MalformedHeader)), the
/// timestamp ([`TimestampOutOfTolerance`](Self::TimestampOutOfTolerance)), the signature
/// ([`NoMatchingSignature`](Self::NoMatchingSignature)), then the payload
/// ([`Decode`](Self::Decode), which keeps the verified payload). Answer `400` to the first four
/// (the delivery is not from Polar, or not intact) and handle the fifth yourself: the delivery is
/// authentic.
///
/// No variant ever holds a secret.
///
/// ```
/// use polarsh::webhooks::{Webhook, WebhookError};
///
/// let webhook = Webhook::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
/// let err = webhook.verify(&polarsh::http::HeaderMap::new(), b"{}").unwrap_err();
/// assert!(matches!(err, WebhookError::MissingHeader { name: "webhook-id" }));
/// assert!(err.to_string().starts_with("the `webhook-id` header is missing"));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// A `webhook-id`, `webhook-timestamp` or `webhook-signature` header is absent.
    #[error(
        "the `{name}` header is missing: pass the delivery's headers as received (Polar sends \
         webhook-id, webhook-timestamp and webhook-signature); a request without them is not \
         from Polar"
    )]
    MissingHeader {
        /// The header's name, e.g. `webhook-id`.
        name: &'static str,
    },

    /// A header is present but not in the form Polar sends: empty, not visible ASCII, or a
    /// timestamp that is not a whole number of seconds.
    #[error(
        "the `{name}` header is malformed ({reason}): pass the header exactly as received; \
         Polar never sends it in this form"
    )]
    MalformedHeader {
        /// The header's name, e.g. `webhook-timestamp`.
        name: &'static str,
        /// What is wrong with it.
        reason: &'static str,
    },

    /// The `webhook-timestamp` is further from this machine's clock than the tolerance: a
    /// replayed delivery, or a clock that is off.
    #[error(
        "the webhook timestamp {timestamp} is {} seconds {} this machine's clock ({now}), beyond \
         the tolerance of {} seconds: if deliveries are fresh, synchronise this machine's clock \
         (NTP) or raise `Webhook::tolerance`; otherwise the delivery was replayed",
        timestamp.abs_diff(*now),
        if timestamp > now { "ahead of" } else { "behind" },
        tolerance.as_secs()
    )]
    TimestampOutOfTolerance {
        /// The delivery's timestamp, in Unix seconds.
        timestamp: i64,
        /// This machine's time when it checked, in Unix seconds.
        now: i64,
        /// The tolerance in force.
        tolerance: Duration,
    },

    /// No `v1` entry of `webhook-signature` matches the delivery under any secret.
    #[error(
        "no `v1` signature in the `webhook-signature` header ({candidates} well-formed of \
         {entries} entries) matches the delivery: check that the secret is this endpoint's \
         current secret as Polar shows it (`whsec_…`, whole), and that you verify the raw \
         request body bytes, not JSON parsed and serialised again"
    )]
    NoMatchingSignature {
        /// How many entries the header has.
        entries: usize,
        /// How many of them are well-formed `v1` signatures (others are skipped).
        candidates: usize,
    },

    /// The signature is valid but the payload is not JSON, or does not match its event's
    /// schema. The delivery is authentic: `payload` keeps it so you can log or store it.
    #[error(
        "the webhook is authentic but its payload does not decode at `{path}`: {source}; the \
         payload is kept in this error: store it, and update polarsh if Polar changed the schema"
    )]
    Decode {
        /// The verified payload, byte for byte as received.
        payload: bytes::Bytes,
        /// Where decoding failed, e.g. `data.email` (`.` for the payload itself).
        path: String,
        /// What failed there.
        #[source]
        source: serde_json::Error,
    },
}

impl WebhookError {
    /// The verified payload when only decoding failed ([`WebhookError::Decode`]): the signature
    /// matched, so these bytes are Polar's.
    ///
    /// ```
    /// use polarsh::webhooks::Webhook;
    ///
    /// let webhook = Webhook::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    /// let body = br#"{"type": "order.paid"}"#;
    /// let headers = webhook.sign("msg_1", 1_790_000_000, body);
    /// let now = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_790_000_000);
    /// let err = webhook.verify_at(&headers, body, now).unwrap_err();
    /// assert_eq!(err.payload(), Some(&body[..]));
    /// ```
    pub fn payload(&self) -> Option<&[u8]> {
        match self {
            WebhookError::Decode { payload, .. } => Some(payload),
            _ => None,
        }
    }

    /// Whether the delivery is authentic (the signature matched) and only its payload failed to
    /// decode. Answer such a delivery with `2xx` once you stored it, or Polar retries it.
    ///
    /// ```
    /// use polarsh::webhooks::Webhook;
    ///
    /// let webhook = Webhook::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    /// let err = webhook.verify_parts("msg_1", "1", "v1,AAAA", b"{}").unwrap_err();
    /// assert!(!err.is_authentic());
    /// ```
    pub fn is_authentic(&self) -> bool {
        matches!(self, WebhookError::Decode { .. })
    }
}
