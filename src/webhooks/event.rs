//! The events: one variant per event type of the 2026-10 spec, and `Unknown` for newer ones.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::WebhookError;
use crate::models::{
    Benefit, BenefitGrantWebhook, Checkout, Customer, CustomerSeat, CustomerState, Discount,
    Member, Order, Organization, Product, Refund, Subscription,
};

/// The envelope of every known event: when Polar sent it, and its data.
///
/// ```
/// use polarsh::webhooks::WebhookPayload;
///
/// let payload: WebhookPayload<serde_json::Value> = serde_json::from_str(
///     r#"{"timestamp": "2026-10-01T12:00:00Z", "data": {"id": "x"}}"#,
/// ).unwrap();
/// assert_eq!(payload.data["id"], "x");
/// assert_eq!(payload.timestamp.to_rfc3339(), "2026-10-01T12:00:00+00:00");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WebhookPayload<T> {
    /// When Polar emitted the event (the payload's `timestamp`).
    pub timestamp: DateTime<Utc>,
    /// The object the event is about.
    pub data: T,
}

/// Defines [`WebhookEvent`], the wire names and the typed decoding of each variant:
/// `Variant => "wire.name", DataType, "description";`.
macro_rules! events {
    ($($variant:ident => $wire:literal, $data:ty, $doc:literal;)*) => {
        /// A verified delivery, decoded: one variant per event type, with its payload.
        ///
        /// The `data` of each variant is the model of its event's schema in
        /// [`crate::models`] ([`Order`], [`Subscription`], [`CustomerState`], ...), as the
        /// API's responses are: unknown fields are ignored, and enums and unions keep values
        /// they do not know, so Polar adding a field or a value breaks nothing. Each variant
        /// says its data type.
        ///
        /// Each payload is boxed, so that the event stays small (56 bytes) whatever its data; fields
        /// are reached through the box as usual (`paid.data`, `paid.timestamp`).
        ///
        /// An event type this crate does not know is [`WebhookEvent::Unknown`], with the whole
        /// payload kept: a new event from Polar never breaks a deployed handler. Match it with a
        /// catch-all arm.
        ///
        /// `WebhookEvent` also implements [`Deserialize`], for payloads you verified elsewhere.
        ///
        /// ```
        /// use polarsh::models::MemberRole;
        /// use polarsh::webhooks::WebhookEvent;
        ///
        /// let event: WebhookEvent = serde_json::from_str(r#"{
        ///     "type": "member.created", "timestamp": "2026-10-01T12:00:00Z", "data": {
        ///         "id": "10c62c5a-6042-47f6-982b-8d88ff9bc7ed", "created_at": "2026-10-01T12:00:00Z",
        ///         "modified_at": null, "customer_id": "0eba1e16-d835-4184-94f7-1c8c5a9b1b49",
        ///         "email": "bob@example.com", "name": "Bob", "external_id": null, "role": "member"
        ///     }
        /// }"#).unwrap();
        /// match &event {
        ///     WebhookEvent::MemberCreated(created) => {
        ///         assert_eq!(created.data.email, "bob@example.com");
        ///         assert_eq!(created.data.role, MemberRole::Member);
        ///     }
        ///     other => panic!("unexpected {}", other.event_type()),
        /// }
        ///
        /// let new: WebhookEvent = serde_json::from_str(
        ///     r#"{"type": "invoice.sent", "timestamp": "2026-10-01T12:00:00Z", "data": {}}"#,
        /// ).unwrap();
        /// assert!(matches!(new, WebhookEvent::Unknown { ref event_type, .. } if event_type == "invoice.sent"));
        /// ```
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum WebhookEvent {
            $(
                #[doc = concat!("`", $wire, "`: ", $doc, " Data: [`", stringify!($data), "`].")]
                $variant(Box<WebhookPayload<$data>>),
            )*
            /// An event type this crate does not know yet.
            Unknown {
                /// The event type as Polar sent it, e.g. `invoice.sent`.
                event_type: String,
                /// The whole payload as Polar sent it (`type`, `timestamp`, `data`, ...).
                payload: Value,
            },
        }

        /// The event types this crate decodes into their own [`WebhookEvent`] variant, as
        /// Polar spells them.
        ///
        /// ```
        /// assert!(polarsh::webhooks::EVENT_TYPES.contains(&"order.paid"));
        /// ```
        pub const EVENT_TYPES: &[&str] = &[$($wire),*];

        /// The known event types, without their data.
        #[derive(Clone, Copy)]
        enum Kind {
            $($variant,)*
        }

        impl Kind {
            fn from_wire(name: &str) -> Option<Kind> {
                match name {
                    $($wire => Some(Kind::$variant),)*
                    _ => None,
                }
            }
        }

        impl WebhookEvent {
            /// The event type as Polar spells it, e.g. `order.paid`; for
            /// [`WebhookEvent::Unknown`], as Polar sent it.
            ///
            /// ```
            /// let event: polarsh::webhooks::WebhookEvent = serde_json::from_str(
            ///     r#"{"type": "invoice.sent", "timestamp": "2026-10-01T12:00:00Z", "data": {}}"#,
            /// ).unwrap();
            /// assert_eq!(event.event_type(), "invoice.sent");
            /// ```
            pub fn event_type(&self) -> &str {
                match self {
                    $(WebhookEvent::$variant(_) => $wire,)*
                    WebhookEvent::Unknown { event_type, .. } => event_type,
                }
            }

            /// When Polar emitted the event: always there for known types; for
            /// [`WebhookEvent::Unknown`], the payload's `timestamp` when it is a date-time.
            ///
            /// ```
            /// let event: polarsh::webhooks::WebhookEvent = serde_json::from_str(r#"{
            ///     "type": "member.deleted", "timestamp": "2026-10-01T12:00:00Z", "data": {
            ///         "id": "10c62c5a-6042-47f6-982b-8d88ff9bc7ed", "created_at": "2026-10-01T12:00:00Z",
            ///         "modified_at": null, "customer_id": "0eba1e16-d835-4184-94f7-1c8c5a9b1b49",
            ///         "email": "bob@example.com", "name": null, "external_id": null, "role": "member"
            ///     }
            /// }"#).unwrap();
            /// assert_eq!(event.event_type(), "member.deleted");
            /// assert_eq!(event.timestamp().unwrap().to_rfc3339(), "2026-10-01T12:00:00+00:00");
            /// ```
            pub fn timestamp(&self) -> Option<DateTime<Utc>> {
                match self {
                    $(WebhookEvent::$variant(payload) => Some(payload.timestamp),)*
                    WebhookEvent::Unknown { payload, .. } => payload
                        .get("timestamp")
                        .and_then(Value::as_str)
                        .and_then(|text| text.parse().ok()),
                }
            }
        }

        /// Reads the rest of a known event's payload into its variant.
        fn read_known<'de, A: MapAccess<'de>>(
            kind: Kind,
            map: A,
            early: Vec<(Key, Value)>,
        ) -> Result<WebhookEvent, A::Error> {
            Ok(match kind {
                $(Kind::$variant => WebhookEvent::$variant(Box::new(read_payload(map, early)?)),)*
            })
        }
    };
}

events! {
    CheckoutCreated => "checkout.created", Checkout, "a checkout was created.";
    CheckoutUpdated => "checkout.updated", Checkout, "a checkout was updated.";
    CheckoutExpired => "checkout.expired", Checkout, "a checkout expired.";
    CustomerCreated => "customer.created", Customer, "a customer was created (after a checkout, or through the API).";
    CustomerUpdated => "customer.updated", Customer, "a customer was updated.";
    CustomerDeleted => "customer.deleted", Customer, "a customer was deleted.";
    CustomerStateChanged => "customer.state_changed", CustomerState, "a customer, their subscriptions or their benefits changed; the data is the whole new state.";
    CustomerSeatAssigned => "customer_seat.assigned", CustomerSeat, "a customer seat was assigned.";
    CustomerSeatClaimed => "customer_seat.claimed", CustomerSeat, "a customer seat was claimed.";
    CustomerSeatRevoked => "customer_seat.revoked", CustomerSeat, "a customer seat was revoked.";
    MemberCreated => "member.created", Member, "a member was created.";
    MemberUpdated => "member.updated", Member, "a member was updated.";
    MemberDeleted => "member.deleted", Member, "a member was deleted.";
    OrderCreated => "order.created", Order, "an order was created.";
    OrderUpdated => "order.updated", Order, "an order was updated.";
    OrderPaid => "order.paid", Order, "an order was paid.";
    OrderRefunded => "order.refunded", Order, "an order was fully or partially refunded.";
    SubscriptionCreated => "subscription.created", Subscription, "a subscription was created.";
    SubscriptionUpdated => "subscription.updated", Subscription, "a subscription changed, renewals included.";
    SubscriptionActive => "subscription.active", Subscription, "a subscription became active.";
    SubscriptionCanceled => "subscription.canceled", Subscription, "a subscription was canceled.";
    SubscriptionUncanceled => "subscription.uncanceled", Subscription, "a pending cancellation was revoked.";
    SubscriptionCycled => "subscription.cycled", Subscription, "a subscription entered a new billing period.";
    SubscriptionRevoked => "subscription.revoked", Subscription, "a subscription was revoked: access ends now.";
    SubscriptionPastDue => "subscription.past_due", Subscription, "a payment failed and the subscription is `past_due`.";
    SubscriptionPaused => "subscription.paused", Subscription, "a subscription was paused: access is suspended.";
    SubscriptionResumed => "subscription.resumed", Subscription, "a paused subscription resumed.";
    RefundCreated => "refund.created", Refund, "a refund was created, whatever its status.";
    RefundUpdated => "refund.updated", Refund, "a refund was updated.";
    ProductCreated => "product.created", Product, "a product was created.";
    ProductUpdated => "product.updated", Product, "a product was updated.";
    DiscountCreated => "discount.created", Discount, "a discount was created.";
    DiscountUpdated => "discount.updated", Discount, "a discount was updated.";
    DiscountDeleted => "discount.deleted", Discount, "a discount was deleted.";
    OrganizationUpdated => "organization.updated", Organization, "the organization was updated.";
    BenefitCreated => "benefit.created", Benefit, "a benefit was created.";
    BenefitUpdated => "benefit.updated", Benefit, "a benefit was updated.";
    BenefitGrantCreated => "benefit_grant.created", BenefitGrantWebhook, "a benefit was granted.";
    BenefitGrantUpdated => "benefit_grant.updated", BenefitGrantWebhook, "a benefit grant was updated.";
    BenefitGrantCycled => "benefit_grant.cycled", BenefitGrantWebhook, "a benefit grant entered a new period.";
    BenefitGrantRevoked => "benefit_grant.revoked", BenefitGrantWebhook, "a benefit grant was revoked.";
}

/// Decodes a verified payload; on failure, keeps it with the path that failed.
pub(super) fn decode(body: &[u8]) -> Result<WebhookEvent, WebhookError> {
    // The fast path is plain serde_json; the path is worked out only for a failure.
    let first = match serde_json::from_slice(body) {
        Ok(event) => return Ok(event),
        Err(err) => err,
    };
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let (path, source) =
        match serde_path_to_error::deserialize::<_, WebhookEvent>(&mut deserializer) {
            Err(err) => (err.path().to_string(), err.into_inner()),
            // Only the end of the input failed (trailing characters).
            Ok(_) => (".".to_owned(), first),
        };
    Err(WebhookError::Decode {
        payload: bytes::Bytes::copy_from_slice(body),
        path,
        source,
    })
}

impl<'de> Deserialize<'de> for WebhookEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(EventVisitor)
    }
}

/// Reads `type` first when it comes first (as Polar sends it), so that `data` is decoded
/// straight into its variant's type, in one pass. Fields before `type` are buffered as JSON
/// values.
struct EventVisitor;

impl<'de> Visitor<'de> for EventVisitor {
    type Value = WebhookEvent;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a webhook payload: an object with `type`, `timestamp` and `data`")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<WebhookEvent, A::Error> {
        let mut early = Vec::new();
        let event_type = loop {
            match map.next_key::<Key>()? {
                None => return Err(de::Error::missing_field("type")),
                Some(Key::Type) => break map.next_value::<EventType>()?,
                Some(key) => {
                    let value = map.next_value::<Value>()?;
                    if early.iter().any(|(seen, _)| *seen == key) {
                        return Err(key.duplicate());
                    }
                    early.push((key, value));
                }
            }
        };
        match event_type {
            EventType::Known(kind) => read_known(kind, map, early),
            EventType::Unknown(name) => read_unknown(name, map, early),
        }
    }
}

/// A top-level key of the payload.
#[derive(PartialEq)]
enum Key {
    Type,
    Timestamp,
    Data,
    Other(String),
}

impl Key {
    fn name(self) -> String {
        match self {
            Key::Type => "type".to_owned(),
            Key::Timestamp => "timestamp".to_owned(),
            Key::Data => "data".to_owned(),
            Key::Other(name) => name,
        }
    }

    fn duplicate<E: de::Error>(&self) -> E {
        match self {
            Key::Type => E::duplicate_field("type"),
            Key::Timestamp => E::duplicate_field("timestamp"),
            Key::Data => E::duplicate_field("data"),
            Key::Other(name) => E::custom(format_args!("duplicate field `{name}`")),
        }
    }
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;

        impl Visitor<'_> for KeyVisitor {
            type Value = Key;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }

            fn visit_str<E: de::Error>(self, name: &str) -> Result<Key, E> {
                Ok(match name {
                    "type" => Key::Type,
                    "timestamp" => Key::Timestamp,
                    "data" => Key::Data,
                    other => Key::Other(other.to_owned()),
                })
            }
        }

        deserializer.deserialize_identifier(KeyVisitor)
    }
}

/// The value of `type`: a known kind (no allocation) or the name of an unknown one.
enum EventType {
    Known(Kind),
    Unknown(String),
}

impl<'de> Deserialize<'de> for EventType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TypeVisitor;

        impl Visitor<'_> for TypeVisitor {
            type Value = EventType;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an event type string")
            }

            fn visit_str<E: de::Error>(self, name: &str) -> Result<EventType, E> {
                Ok(Kind::from_wire(name)
                    .map_or_else(|| EventType::Unknown(name.to_owned()), EventType::Known))
            }
        }

        deserializer.deserialize_str(TypeVisitor)
    }
}

/// Reads `timestamp` and `data` (from the buffered fields and the rest of the map), skipping
/// other fields.
fn read_payload<'de, A, T>(
    mut map: A,
    early: Vec<(Key, Value)>,
) -> Result<WebhookPayload<T>, A::Error>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
{
    let mut timestamp: Option<DateTime<Utc>> = None;
    let mut data: Option<T> = None;
    for (key, value) in early {
        match key {
            Key::Timestamp => {
                timestamp = Some(DateTime::deserialize(value).map_err(de::Error::custom)?);
            }
            Key::Data => data = Some(T::deserialize(value).map_err(de::Error::custom)?),
            Key::Type | Key::Other(_) => {}
        }
    }
    while let Some(key) = map.next_key::<Key>()? {
        match key {
            Key::Timestamp if timestamp.is_none() => timestamp = Some(map.next_value()?),
            Key::Data if data.is_none() => data = Some(map.next_value()?),
            Key::Other(_) => {
                map.next_value::<IgnoredAny>()?;
            }
            duplicate => return Err(duplicate.duplicate()),
        }
    }
    Ok(WebhookPayload {
        timestamp: timestamp.ok_or_else(|| de::Error::missing_field("timestamp"))?,
        data: data.ok_or_else(|| de::Error::missing_field("data"))?,
    })
}

/// Keeps the whole payload of an event type this crate does not know.
fn read_unknown<'de, A: MapAccess<'de>>(
    event_type: String,
    mut map: A,
    early: Vec<(Key, Value)>,
) -> Result<WebhookEvent, A::Error> {
    let mut payload = Map::new();
    for (key, value) in early {
        payload.insert(key.name(), value);
    }
    while let Some(key) = map.next_key::<Key>()? {
        if key == Key::Type {
            return Err(key.duplicate());
        }
        let value = map.next_value::<Value>()?;
        payload.insert(key.name(), value);
    }
    payload.insert("type".to_owned(), Value::String(event_type.clone()));
    Ok(WebhookEvent::Unknown {
        event_type,
        payload: Value::Object(payload),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_are_41_distinct_event_types() {
        let mut types = EVENT_TYPES.to_vec();
        types.sort_unstable();
        types.dedup();
        assert_eq!(types.len(), 41);
    }

    #[test]
    fn events_and_results_stay_small() {
        assert!(std::mem::size_of::<WebhookEvent>() <= 56);
        assert!(std::mem::size_of::<Result<WebhookEvent, WebhookError>>() <= 64);
    }

    const MEMBER: &str = r#"{"id": "10c62c5a-6042-47f6-982b-8d88ff9bc7ed",
        "created_at": "2026-10-01T12:00:00Z", "modified_at": null,
        "customer_id": "0eba1e16-d835-4184-94f7-1c8c5a9b1b49", "email": "bob@example.com",
        "name": "Bob", "external_id": null, "role": "owner"}"#;

    #[test]
    fn fields_before_type_are_buffered() {
        let body = format!(
            r#"{{"data": {MEMBER}, "timestamp": "2026-10-01T12:00:00Z", "type": "member.updated", "x": 2}}"#
        );
        match serde_json::from_str::<WebhookEvent>(&body).unwrap() {
            WebhookEvent::MemberUpdated(updated) => {
                assert_eq!(updated.data.name.as_deref(), Some("Bob"));
                assert_eq!(updated.timestamp.to_rfc3339(), "2026-10-01T12:00:00+00:00");
            }
            other => panic!("got {other:?}"),
        }
    }

    #[test]
    fn typed_data_that_does_not_match_fails_with_its_path() {
        let body = MEMBER.replace(r#""role": "owner""#, r#""role": 7"#);
        let body = format!(
            r#"{{"type": "member.created", "timestamp": "2026-10-01T12:00:00Z", "data": {body}}}"#
        );
        match decode(body.as_bytes()).unwrap_err() {
            WebhookError::Decode { path, payload, .. } => {
                assert_eq!(path, "data.role");
                assert_eq!(payload, body.as_bytes());
            }
            other => panic!("got {other:?}"),
        }
        // Data before `type` is buffered, and fails too.
        let early =
            br#"{"data": {"id": 1}, "type": "member.created", "timestamp": "2026-10-01T12:00:00Z"}"#;
        assert!(matches!(decode(early), Err(WebhookError::Decode { .. })));
    }

    #[test]
    fn duplicates_and_missing_fields_fail_with_a_path() {
        let err =
            decode(br#"{"type": "order.paid", "timestamp": "2026-10-01T12:00:00Z"}"#).unwrap_err();
        match err {
            WebhookError::Decode { path, source, .. } => {
                assert_eq!(path, ".");
                assert!(
                    source.to_string().contains("missing field `data`"),
                    "{source}"
                );
            }
            other => panic!("got {other:?}"),
        }
        let err = decode(br#"{"type": "order.paid", "type": "order.paid"}"#).unwrap_err();
        assert!(err.to_string().contains("duplicate field `type`"), "{err}");
    }

    #[test]
    fn trailing_characters_are_an_error() {
        let err = decode(br#"{"type": "x.y"} x"#).unwrap_err();
        assert!(matches!(err, WebhookError::Decode { ref path, .. } if path == "."));
    }
}
