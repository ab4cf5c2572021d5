//! The verifier: headers, timestamp, signature, then the payload.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::alphabet;
use base64::engine::DecodePaddingMode;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, STANDARD};
use hmac::{Hmac, Mac};
use http::{HeaderMap, HeaderValue};
use sha2::Sha256;

use super::{
    DEFAULT_TOLERANCE, WEBHOOK_ID, WEBHOOK_SIGNATURE, WEBHOOK_TIMESTAMP, WebhookError, WebhookEvent,
};
use crate::redact::REDACTED;

type HmacSha256 = Hmac<Sha256>;

/// Standard base64 that accepts both padded and unpadded input.
const LENIENT_BASE64: GeneralPurpose = GeneralPurpose::new(
    &alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// The prefix of Polar's (and Standard Webhooks') endpoint secrets.
const SECRET_PREFIX: &str = "whsec_";

/// The longest signature entry worth decoding: 64 base64 characters decode to at most 48 bytes,
/// more than the 32 of an HMAC-SHA256.
const MAX_SIGNATURE_CHARS: usize = 64;

/// Verifies Polar's webhook deliveries and decodes them into [`WebhookEvent`]s.
///
/// Build it once from the endpoint's secret (as Polar shows it, `whsec_…`) and share it: it is
/// cheap to use from many requests at once (`&self` everywhere, `Send + Sync`). The keys are
/// derived once, here.
///
/// A signature is accepted when it matches under either form of the key, for every secret:
/// the UTF-8 bytes of the whole secret (the form Polar signs with today), or the base64-decoded
/// rest after `whsec_` (the Standard Webhooks form Polar has prepared to move to).
///
/// `Debug` shows how many secrets it holds, never the secrets.
///
/// ```
/// use polarsh::webhooks::{Webhook, WebhookEvent};
///
/// let webhook = Webhook::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
/// # let body = br#"{"type":"invoice.sent","timestamp":"2026-10-01T12:00:00Z","data":{}}"#;
/// # let headers = webhook.sign("msg_1", std::time::SystemTime::now()
/// #     .duration_since(std::time::UNIX_EPOCH).unwrap().as_secs(), body);
/// // In a handler: the request's headers and its raw body bytes.
/// match webhook.verify(&headers, body) {
///     Ok(WebhookEvent::OrderPaid(paid)) => {
///         println!("order {} paid at {}", paid.data.id, paid.timestamp);
///     }
///     Ok(other) => println!("ignored {}", other.event_type()),
///     Err(err) => eprintln!("refused: {err}"),
/// }
/// assert!(!format!("{webhook:?}").contains("MfKQ9r8G"));
/// ```
#[derive(Clone)]
pub struct Webhook {
    /// Keyed HMAC states: for each secret in order, the raw form then the Standard Webhooks form
    /// (when the secret decodes).
    keys: Vec<HmacSha256>,
    /// Polar's current form of the first secret, for [`Webhook::sign`].
    signer: HmacSha256,
    secrets: usize,
    tolerance: Duration,
}

impl fmt::Debug for Webhook {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Webhook")
            .field("secrets", &format_args!("{} x {REDACTED}", self.secrets))
            .field("tolerance", &self.tolerance)
            .finish()
    }
}

impl Webhook {
    /// A verifier for one endpoint secret, as Polar shows it (`whsec_…`; a secret without the
    /// prefix works too). Surrounding whitespace (a trailing newline from a file) is ignored.
    ///
    /// An empty secret trusts nothing: every delivery fails with
    /// [`WebhookError::NoMatchingSignature`], so a missing environment variable cannot let forged
    /// deliveries in.
    ///
    /// ```
    /// let webhook = polarsh::webhooks::Webhook::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    /// assert_eq!(webhook.tolerance_value(), polarsh::webhooks::DEFAULT_TOLERANCE);
    /// ```
    pub fn new(secret: impl AsRef<str>) -> Self {
        Self::with_secrets([secret])
    }

    /// A verifier that accepts a signature under any of `secrets`, for rotation: list the new
    /// secret first (it is the one [`sign`](Self::sign) uses) and the old one until Polar stops
    /// using it.
    ///
    /// ```
    /// use polarsh::webhooks::Webhook;
    ///
    /// let webhook = Webhook::with_secrets([
    ///     "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
    ///     "whsec_previous0000000000000000000000",
    /// ]);
    /// let old = Webhook::new("whsec_previous0000000000000000000000");
    /// let headers = old.sign("msg_1", 1_790_000_000, b"{}");
    /// let now = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_790_000_000);
    /// // The signature matches (the error is only about the payload `{}`).
    /// assert!(webhook.verify_at(&headers, b"{}", now).unwrap_err().is_authentic());
    /// ```
    pub fn with_secrets<I, S>(secrets: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut keys = Vec::new();
        let mut signer = None;
        let mut count = 0;
        for secret in secrets {
            let secret = secret.as_ref().trim();
            count += 1;
            let raw = keyed(secret.as_bytes());
            if signer.is_none() {
                signer = Some(raw.clone());
            }
            if secret.is_empty() {
                continue;
            }
            keys.push(raw);
            let encoded = secret.strip_prefix(SECRET_PREFIX).unwrap_or(secret);
            if let Ok(decoded) = LENIENT_BASE64.decode(encoded)
                && !decoded.is_empty()
            {
                keys.push(keyed(&decoded));
            }
        }
        Webhook {
            keys,
            signer: signer.unwrap_or_else(|| keyed(b"")),
            secrets: count,
            tolerance: DEFAULT_TOLERANCE,
        }
    }

    /// Sets how far the `webhook-timestamp` may be from this machine's clock, either way
    /// (default [`DEFAULT_TOLERANCE`], 5 minutes; whole seconds count).
    ///
    /// ```
    /// use std::time::Duration;
    ///
    /// let webhook = polarsh::webhooks::Webhook::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
    ///     .tolerance(Duration::from_secs(60));
    /// assert_eq!(webhook.tolerance_value(), Duration::from_secs(60));
    /// ```
    pub fn tolerance(mut self, tolerance: Duration) -> Self {
        self.tolerance = tolerance;
        self
    }

    /// The tolerance in force.
    ///
    /// ```
    /// let webhook = polarsh::webhooks::Webhook::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    /// assert_eq!(webhook.tolerance_value().as_secs(), 300);
    /// ```
    pub fn tolerance_value(&self) -> Duration {
        self.tolerance
    }

    /// Verifies a delivery from its headers and raw body, and decodes it.
    ///
    /// Pass the body bytes exactly as received: JSON parsed and serialised again does not
    /// verify. The checks and their errors, in order: the three headers, the timestamp against
    /// this machine's clock, the signature, the payload (see [`WebhookError`]).
    ///
    /// # Errors
    ///
    /// The first failed check, as a [`WebhookError`].
    ///
    /// ```no_run
    /// # fn handle(webhook: &polarsh::webhooks::Webhook, headers: &polarsh::http::HeaderMap, body: &[u8]) {
    /// match webhook.verify(headers, body) {
    ///     Ok(event) => println!("{} at {:?}", event.event_type(), event.timestamp()),
    ///     Err(err) if err.is_authentic() => eprintln!("store and look later: {err}"),
    ///     Err(err) => eprintln!("answer 400: {err}"),
    /// }
    /// # }
    /// ```
    pub fn verify(&self, headers: &HeaderMap, body: &[u8]) -> Result<WebhookEvent, WebhookError> {
        self.verify_at(headers, body, SystemTime::now())
    }

    /// [`verify`](Self::verify), with the current time given: for tests and replays.
    ///
    /// # Errors
    ///
    /// As [`verify`](Self::verify).
    ///
    /// ```
    /// use std::time::{Duration, UNIX_EPOCH};
    /// use polarsh::webhooks::{Webhook, WebhookError};
    ///
    /// let webhook = Webhook::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    /// let headers = webhook.sign("msg_1", 1_790_000_000, b"{}");
    /// let later = UNIX_EPOCH + Duration::from_secs(1_790_000_000 + 301);
    /// let err = webhook.verify_at(&headers, b"{}", later).unwrap_err();
    /// assert!(matches!(err, WebhookError::TimestampOutOfTolerance { .. }));
    /// ```
    pub fn verify_at(
        &self,
        headers: &HeaderMap,
        body: &[u8],
        now: SystemTime,
    ) -> Result<WebhookEvent, WebhookError> {
        let id = header(headers, WEBHOOK_ID)?;
        let timestamp = header(headers, WEBHOOK_TIMESTAMP)?;
        let signature = header(headers, WEBHOOK_SIGNATURE)?;
        self.verify_parts_at(id, timestamp, signature, body, now)
    }

    /// Verifies a delivery from the three header values and the raw body, for frameworks whose
    /// header type is not [`http::HeaderMap`].
    ///
    /// # Errors
    ///
    /// As [`verify`](Self::verify).
    ///
    /// ```no_run
    /// # fn handle(webhook: &polarsh::webhooks::Webhook, body: &[u8]) {
    /// # let get = |_: &str| -> &str { "" };
    /// let event = webhook.verify_parts(
    ///     get("webhook-id"),
    ///     get("webhook-timestamp"),
    ///     get("webhook-signature"),
    ///     body,
    /// );
    /// # }
    /// ```
    pub fn verify_parts(
        &self,
        id: &str,
        timestamp: &str,
        signature: &str,
        body: &[u8],
    ) -> Result<WebhookEvent, WebhookError> {
        self.verify_parts_at(id, timestamp, signature, body, SystemTime::now())
    }

    /// [`verify_parts`](Self::verify_parts), with the current time given.
    ///
    /// # Errors
    ///
    /// As [`verify`](Self::verify).
    ///
    /// ```
    /// use std::time::{Duration, UNIX_EPOCH};
    /// use polarsh::webhooks::{Webhook, WebhookEvent};
    ///
    /// let webhook = Webhook::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    /// let body = br#"{"type":"benefit.created","timestamp":"2026-10-01T12:00:00Z","data":{}}"#;
    /// let headers = webhook.sign("msg_1", 1_790_000_000, body);
    /// let part = |name: &str| headers[name].to_str().unwrap().to_owned();
    /// let now = UNIX_EPOCH + Duration::from_secs(1_790_000_000);
    /// let event = webhook.verify_parts_at(
    ///     &part("webhook-id"), &part("webhook-timestamp"), &part("webhook-signature"), body, now,
    /// ).unwrap();
    /// assert!(matches!(event, WebhookEvent::BenefitCreated(_)));
    /// ```
    pub fn verify_parts_at(
        &self,
        id: &str,
        timestamp: &str,
        signature: &str,
        body: &[u8],
        now: SystemTime,
    ) -> Result<WebhookEvent, WebhookError> {
        check_id(id)?;
        let seconds = parse_timestamp(timestamp)?;
        check_visible_ascii(WEBHOOK_SIGNATURE, signature)?;
        self.check_time(seconds, now)?;
        self.check_signature(id, timestamp, signature, body)?;
        super::event::decode(body)
    }

    /// The three headers of a delivery of `body` with this id and timestamp (Unix seconds),
    /// signed as Polar signs today (the first secret's UTF-8 bytes as the key), to test your
    /// own handler.
    ///
    /// # Panics
    ///
    /// If `id` is empty or not visible ASCII: a header cannot carry it, and Polar's ids never
    /// are.
    ///
    /// ```
    /// let webhook = polarsh::webhooks::Webhook::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    /// let headers = webhook.sign("msg_1", 1_790_000_000, b"{}");
    /// assert_eq!(headers["webhook-id"], "msg_1");
    /// assert_eq!(headers["webhook-timestamp"], "1790000000");
    /// assert!(headers["webhook-signature"].to_str().unwrap().starts_with("v1,"));
    /// ```
    pub fn sign(&self, id: &str, timestamp: u64, body: &[u8]) -> HeaderMap {
        if let Err(err) = check_id(id) {
            panic!("Webhook::sign: {err}");
        }
        let timestamp = timestamp.to_string();
        let mut mac = self.signer.clone();
        feed(&mut mac, id, &timestamp, body);
        let signature = format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()));
        let mut headers = HeaderMap::with_capacity(3);
        for (name, value) in [
            (WEBHOOK_ID, id.to_owned()),
            (WEBHOOK_TIMESTAMP, timestamp),
            (WEBHOOK_SIGNATURE, signature),
        ] {
            let value = HeaderValue::try_from(value).expect("checked visible ASCII");
            headers.insert(name, value);
        }
        headers
    }

    fn check_time(&self, timestamp: i64, now: SystemTime) -> Result<(), WebhookError> {
        let now = match now.duration_since(UNIX_EPOCH) {
            Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
            Err(before) => i64::try_from(before.duration().as_secs()).map_or(i64::MIN, |s| -s),
        };
        if timestamp.abs_diff(now) > self.tolerance.as_secs() {
            return Err(WebhookError::TimestampOutOfTolerance {
                timestamp,
                now,
                tolerance: self.tolerance,
            });
        }
        Ok(())
    }

    fn check_signature(
        &self,
        id: &str,
        timestamp: &str,
        signature: &str,
        body: &[u8],
    ) -> Result<(), WebhookError> {
        // Hash only when there is something to compare with.
        if v1_signatures(signature).next().is_some() {
            for key in &self.keys {
                let mut mac = key.clone();
                feed(&mut mac, id, timestamp, body);
                for (bytes, len) in v1_signatures(signature) {
                    // `verify_slice` compares in constant time.
                    if mac.clone().verify_slice(&bytes[..len]).is_ok() {
                        return Ok(());
                    }
                }
            }
        }
        Err(WebhookError::NoMatchingSignature {
            entries: signature.split_ascii_whitespace().count(),
            candidates: v1_signatures(signature).count(),
        })
    }
}

/// An HMAC-SHA256 state keyed with `key` (any length is a valid HMAC key).
fn keyed(key: &[u8]) -> HmacSha256 {
    HmacSha256::new_from_slice(key).expect("HMAC accepts keys of any length")
}

/// Feeds the signed content, `{id}.{timestamp}.{body}`.
fn feed(mac: &mut HmacSha256, id: &str, timestamp: &str, body: &[u8]) {
    mac.update(id.as_bytes());
    mac.update(b".");
    mac.update(timestamp.as_bytes());
    mac.update(b".");
    mac.update(body);
}

/// The decoded `v1` entries of a `webhook-signature` value; other versions and entries that are
/// not base64 are skipped. Each is a buffer and the length decoded into it.
fn v1_signatures(signature: &str) -> impl Iterator<Item = ([u8; 48], usize)> + '_ {
    signature.split_ascii_whitespace().filter_map(|entry| {
        let encoded = entry.strip_prefix("v1,")?;
        if encoded.is_empty() || encoded.len() > MAX_SIGNATURE_CHARS {
            return None;
        }
        let mut buffer = [0u8; 48];
        let len = LENIENT_BASE64.decode_slice(encoded, &mut buffer).ok()?;
        Some((buffer, len))
    })
}

/// The value of header `name`, which must be present and visible ASCII.
fn header<'h>(headers: &'h HeaderMap, name: &'static str) -> Result<&'h str, WebhookError> {
    let value = headers
        .get(name)
        .ok_or(WebhookError::MissingHeader { name })?;
    value.to_str().map_err(|_| WebhookError::MalformedHeader {
        name,
        reason: "not visible ASCII",
    })
}

fn check_visible_ascii(name: &'static str, value: &str) -> Result<(), WebhookError> {
    let malformed = |reason| Err(WebhookError::MalformedHeader { name, reason });
    if value.trim().is_empty() {
        return malformed("empty");
    }
    if !value
        .bytes()
        .all(|b| b == b' ' || b == b'\t' || b.is_ascii_graphic())
    {
        return malformed("not visible ASCII");
    }
    Ok(())
}

fn check_id(id: &str) -> Result<(), WebhookError> {
    check_visible_ascii(WEBHOOK_ID, id)?;
    if !id.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(WebhookError::MalformedHeader {
            name: WEBHOOK_ID,
            reason: "contains whitespace",
        });
    }
    Ok(())
}

/// Unix seconds: ASCII digits only, within `i64`.
fn parse_timestamp(timestamp: &str) -> Result<i64, WebhookError> {
    check_visible_ascii(WEBHOOK_TIMESTAMP, timestamp)?;
    let malformed = |reason| WebhookError::MalformedHeader {
        name: WEBHOOK_TIMESTAMP,
        reason,
    };
    if !timestamp.bytes().all(|b| b.is_ascii_digit()) {
        return Err(malformed("not a whole number of Unix seconds"));
    }
    timestamp
        .parse()
        .map_err(|_| malformed("too large for a Unix time in seconds"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const BODY: &[u8] =
        br#"{"type":"benefit.created","timestamp":"2026-10-01T12:00:00Z","data":{}}"#;

    fn at(seconds: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(seconds)
    }

    #[test]
    fn sign_then_verify_round_trips() {
        let webhook = Webhook::new(SECRET);
        let headers = webhook.sign("msg_1", 1_790_000_000, BODY);
        let event = webhook
            .verify_at(&headers, BODY, at(1_790_000_000))
            .unwrap();
        assert_eq!(event.event_type(), "benefit.created");
    }

    #[test]
    fn the_standard_webhooks_key_form_verifies() {
        let decoded = LENIENT_BASE64.decode(&SECRET[6..]).unwrap();
        let mut mac = keyed(&decoded);
        feed(&mut mac, "msg_1", "1790000000", BODY);
        let signature = format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()));
        let webhook = Webhook::new(SECRET);
        let event =
            webhook.verify_parts_at("msg_1", "1790000000", &signature, BODY, at(1_790_000_000));
        assert_eq!(event.unwrap().event_type(), "benefit.created");
    }

    #[test]
    fn an_empty_secret_trusts_nothing() {
        let webhook = Webhook::new("  ");
        let headers = webhook.sign("msg_1", 1_790_000_000, BODY);
        let err = webhook
            .verify_at(&headers, BODY, at(1_790_000_000))
            .unwrap_err();
        assert!(matches!(
            err,
            WebhookError::NoMatchingSignature {
                entries: 1,
                candidates: 1
            }
        ));
    }

    #[test]
    fn checks_run_in_order() {
        let webhook = Webhook::new(SECRET);
        // A bad timestamp header wins over a bad signature.
        let err = webhook
            .verify_parts_at("msg_1", "12a", "v1,AAAA", BODY, at(0))
            .unwrap_err();
        assert!(matches!(
            err,
            WebhookError::MalformedHeader {
                name: "webhook-timestamp",
                ..
            }
        ));
        // An old timestamp wins over a bad signature.
        let err = webhook
            .verify_parts_at("msg_1", "1", "v1,AAAA", BODY, at(1_000))
            .unwrap_err();
        assert!(matches!(
            err,
            WebhookError::TimestampOutOfTolerance {
                timestamp: 1,
                now: 1000,
                ..
            }
        ));
        let err = webhook
            .verify_parts_at("msg_1", "1000", "v2,AAAA", BODY, at(1_000))
            .unwrap_err();
        assert!(matches!(
            err,
            WebhookError::NoMatchingSignature {
                entries: 1,
                candidates: 0
            }
        ));
    }

    #[test]
    fn times_before_the_epoch_do_not_overflow() {
        let webhook = Webhook::new(SECRET);
        let before = UNIX_EPOCH - Duration::from_secs(10);
        let err = webhook.verify_parts_at("msg_1", "9223372036854775807", "v1,AAAA", BODY, before);
        assert!(matches!(
            err.unwrap_err(),
            WebhookError::TimestampOutOfTolerance { now: -10, .. }
        ));
    }
}
