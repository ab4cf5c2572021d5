//! Webhook verification against vectors signed outside the crate (Python's `hmac`, see
//! `tests/fixtures/webhooks/README.md`), typed decoding of every event type from samples built
//! from the spec's payload schemas, secrecy, and a property test that verification never
//! panics.

use std::collections::BTreeSet;
use std::sync::OnceLock;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use polarsh::http::{HeaderMap, HeaderName, HeaderValue};
use polarsh::models::{
    Benefit, BenefitGrantWebhook, BenefitType, CustomerState, CustomerStateBenefitGrantProperties,
    CustomerStateSubscriptionStatus, CustomerType, Discount, MetadataValue, RecurringInterval,
    TaxIdFormat,
};
use polarsh::webhooks::{EVENT_TYPES, Webhook, WebhookError, WebhookEvent};
use proptest::prelude::*;
use serde_json::Value;
use uuid::Uuid;

use crate::spec_samples::{Fill, sample, spec};

const VECTORS: &str = include_str!("../fixtures/webhooks/vectors.json");

fn vectors() -> &'static Value {
    static PARSED: OnceLock<Value> = OnceLock::new();
    PARSED.get_or_init(|| serde_json::from_str(VECTORS).expect("vectors.json"))
}

fn str_of<'v>(value: &'v Value, key: &str) -> &'v str {
    value[key]
        .as_str()
        .unwrap_or_else(|| panic!("`{key}` in {value}"))
}

fn at(seconds: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(seconds)
}

fn now() -> SystemTime {
    at(vectors()["now"].as_u64().unwrap())
}

/// The 5 MB body, rebuilt as the script built it.
fn big_body() -> &'static [u8] {
    static BODY: OnceLock<Vec<u8>> = OnceLock::new();
    BODY.get_or_init(|| {
        let spec = &vectors()["big_body"];
        let repeat = usize::try_from(spec["repeat"].as_u64().unwrap()).unwrap();
        let body = format!(
            "{}{}{}",
            str_of(spec, "prefix"),
            str_of(spec, "pattern").repeat(repeat),
            str_of(spec, "suffix")
        );
        assert_eq!(body.len() as u64, spec["len"].as_u64().unwrap());
        assert!(body.len() >= 5 * 1024 * 1024 - 32);
        body.into_bytes()
    })
}

fn body_of(vector: &Value) -> &[u8] {
    if vector["big_body"] == true {
        big_body()
    } else {
        str_of(vector, "body").as_bytes()
    }
}

fn secrets_of(vector: &Value) -> Vec<&str> {
    vector["secrets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect()
}

/// Header values as raw bytes, so that non-ASCII ones reach the verifier as a server gets them.
fn headers_of(vector: &Value) -> HeaderMap {
    let mut headers = HeaderMap::new();
    for (name, value) in vector["headers"].as_object().unwrap() {
        let value = HeaderValue::from_bytes(value.as_str().unwrap().as_bytes()).unwrap();
        headers.insert(HeaderName::from_bytes(name.as_bytes()).unwrap(), value);
    }
    headers
}

fn variant_name(err: &WebhookError) -> &'static str {
    match err {
        WebhookError::MissingHeader { .. } => "MissingHeader",
        WebhookError::MalformedHeader { .. } => "MalformedHeader",
        WebhookError::TimestampOutOfTolerance { .. } => "TimestampOutOfTolerance",
        WebhookError::NoMatchingSignature { .. } => "NoMatchingSignature",
        WebhookError::Decode { .. } => "Decode",
        _ => "a new variant",
    }
}

/// Checks one outcome against what the vector expects.
fn check(vector: &Value, outcome: &Result<WebhookEvent, WebhookError>) {
    let name = str_of(vector, "name");
    let expect = str_of(vector, "expect");
    match outcome {
        Ok(event) => {
            assert_eq!(expect, "ok", "{name}: verified as {event:?}");
            assert_eq!(event.event_type(), str_of(vector, "event_type"), "{name}");
        }
        Err(err) => {
            assert_eq!(variant_name(err), expect, "{name}: {err}");
            match err {
                WebhookError::MissingHeader { name: header }
                | WebhookError::MalformedHeader { name: header, .. } => {
                    assert_eq!(*header, str_of(vector, "header"), "{name}");
                }
                WebhookError::NoMatchingSignature {
                    entries,
                    candidates,
                } => {
                    if let Some(expected) = vector["entries"].as_u64() {
                        assert_eq!(*entries as u64, expected, "{name}");
                    }
                    if let Some(expected) = vector["candidates"].as_u64() {
                        assert_eq!(*candidates as u64, expected, "{name}");
                    }
                }
                WebhookError::Decode { payload, path, .. } => {
                    assert_eq!(path, str_of(vector, "path"), "{name}");
                    assert_eq!(&payload[..], body_of(vector), "{name}");
                    assert!(err.is_authentic());
                }
                _ => {}
            }
        }
    }
}

#[test]
fn every_vector_verifies_as_expected_from_the_header_map() {
    let all = vectors()["vectors"].as_array().unwrap();
    assert!(all.len() >= 45, "only {} vectors", all.len());
    let names: BTreeSet<&str> = all.iter().map(|v| str_of(v, "name")).collect();
    assert_eq!(names.len(), all.len(), "vector names are unique");
    for vector in all {
        let webhook = Webhook::with_secrets(secrets_of(vector));
        let now = at(vector["now"].as_u64().unwrap());
        let outcome = webhook.verify_at(&headers_of(vector), body_of(vector), now);
        check(vector, &outcome);
    }
}

#[test]
fn every_vector_verifies_the_same_from_the_parts() {
    let mut compared = 0;
    for vector in vectors()["vectors"].as_array().unwrap() {
        let headers = &vector["headers"];
        let (Some(id), Some(timestamp), Some(signature)) = (
            headers["webhook-id"].as_str(),
            headers["webhook-timestamp"].as_str(),
            headers["webhook-signature"].as_str(),
        ) else {
            continue;
        };
        let webhook = Webhook::with_secrets(secrets_of(vector));
        let now = at(vector["now"].as_u64().unwrap());
        let outcome = webhook.verify_parts_at(id, timestamp, signature, body_of(vector), now);
        check(vector, &outcome);
        compared += 1;
    }
    assert!(
        compared >= 40,
        "only {compared} vectors have all three headers"
    );
}

/// Every outcome the vectors expect is exercised, so none of the checks goes untested.
#[test]
fn the_vectors_cover_every_check() {
    let expected: BTreeSet<&str> = vectors()["vectors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| str_of(v, "expect"))
        .collect();
    let all = [
        "ok",
        "MissingHeader",
        "MalformedHeader",
        "TimestampOutOfTolerance",
        "NoMatchingSignature",
        "Decode",
    ];
    assert_eq!(expected, all.into_iter().collect());
}

fn vector(name: &str) -> &'static Value {
    vectors()["vectors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["name"] == name)
        .unwrap_or_else(|| panic!("no vector {name:?}"))
}

#[test]
fn sign_matches_the_signature_computed_outside() {
    let polar = vector("polar key form");
    let webhook = Webhook::new(secrets_of(polar)[0]);
    let headers = headers_of(polar);
    let signed = webhook.sign(
        headers["webhook-id"].to_str().unwrap(),
        headers["webhook-timestamp"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap(),
        body_of(polar),
    );
    assert_eq!(signed, headers);

    // The 5 MB body too.
    let big = vector("5 MB body");
    let signed = Webhook::new(secrets_of(big)[0]).sign(
        str_of(&big["headers"], "webhook-id"),
        str_of(&big["headers"], "webhook-timestamp")
            .parse()
            .unwrap(),
        big_body(),
    );
    assert_eq!(
        signed["webhook-signature"],
        str_of(&big["headers"], "webhook-signature")
    );
}

#[test]
fn the_tolerance_is_configurable() {
    let polar = vector("polar key form");
    let webhook = Webhook::new(secrets_of(polar)[0]).tolerance(Duration::from_secs(60));
    let now = vectors()["now"].as_u64().unwrap();
    let headers = headers_of(polar);
    for (offset, ok) in [(60, true), (-60, true), (61, false), (-61, false)] {
        let outcome = webhook.verify_at(
            &headers,
            body_of(polar),
            at(now.saturating_add_signed(offset)),
        );
        match outcome {
            Ok(event) => {
                assert!(ok, "{offset}");
                assert_eq!(event.event_type(), "customer.created");
            }
            Err(WebhookError::TimestampOutOfTolerance {
                timestamp,
                now: seen,
                tolerance,
            }) => {
                assert!(!ok, "{offset}");
                assert_eq!(timestamp, now as i64);
                assert_eq!(seen, now as i64 + offset);
                assert_eq!(tolerance, Duration::from_secs(60));
            }
            Err(other) => panic!("{offset}: {other}"),
        }
    }
}

#[test]
fn the_current_clock_is_used_by_verify() {
    let webhook = Webhook::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    let body = polar_order(&spec_payload("order.paid", Fill::Required));
    let body = body.as_slice();
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let fresh = webhook.sign("msg_1", seconds, body);
    assert!(matches!(
        webhook.verify(&fresh, body),
        Ok(WebhookEvent::OrderPaid(_))
    ));
    let stale = webhook.sign("msg_1", seconds - 3600, body);
    assert!(matches!(
        webhook.verify(&stale, body),
        Err(WebhookError::TimestampOutOfTolerance { .. })
    ));
    let part = |name: &str| fresh[name].to_str().unwrap().to_owned();
    let event = webhook.verify_parts(
        &part("webhook-id"),
        &part("webhook-timestamp"),
        &part("webhook-signature"),
        body,
    );
    assert_eq!(event.unwrap().event_type(), "order.paid");
}

/// Verifies one of the deliveries with realistic data of the vectors (the customer events).
fn python_sample(event_type: &str) -> WebhookEvent {
    let sample = vectors()["samples"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["event_type"] == event_type)
        .unwrap_or_else(|| panic!("no sample of {event_type}"));
    let webhook = Webhook::new(secrets_of(vector("polar key form"))[0]);
    webhook
        .verify_parts_at(
            str_of(sample, "id"),
            str_of(sample, "timestamp"),
            str_of(sample, "signature"),
            str_of(sample, "body").as_bytes(),
            now(),
        )
        .unwrap_or_else(|err| panic!("{event_type}: {err}"))
}

#[test]
fn every_python_sample_verifies_and_decodes() {
    let samples = vectors()["samples"].as_array().unwrap();
    assert_eq!(samples.len(), 4);
    for sample in samples {
        let event_type = str_of(sample, "event_type");
        let event = python_sample(event_type);
        assert_eq!(event.event_type(), event_type);
        assert_eq!(
            event.timestamp().unwrap().to_rfc3339(),
            "2026-09-21T14:13:19.123456+00:00"
        );
    }
}

/// The event types of the spec's `webhooks` section, each with the name of its payload schema.
fn spec_webhooks() -> Vec<(&'static str, &'static str)> {
    spec()["webhooks"]
        .as_object()
        .expect("the spec's webhooks")
        .iter()
        .map(|(event_type, item)| {
            let schema = &item["post"]["requestBody"]["content"]["application/json"]["schema"];
            let reference = schema["$ref"].as_str().expect("a payload schema reference");
            (event_type.as_str(), reference.rsplit('/').next().unwrap())
        })
        .collect()
}

/// A payload of `event_type` built from its schema in the spec.
fn spec_payload(event_type: &str, fill: Fill) -> Value {
    let (_, schema) = spec_webhooks()
        .into_iter()
        .find(|(name, _)| *name == event_type)
        .unwrap_or_else(|| panic!("no webhook {event_type} in the spec"));
    let payload = sample(&spec()["components"]["schemas"][schema], fill);
    assert_eq!(payload["type"], event_type, "{schema}");
    payload
}

/// The payload's bytes with its keys in Polar's order (`type`, `timestamp`, `data`), which the
/// decoder reads in one pass; `serde_json::to_vec` sorts them, `data` first, which it buffers.
fn polar_order(payload: &Value) -> Vec<u8> {
    let object = payload.as_object().unwrap();
    assert_eq!(object.len(), 3, "{payload}");
    format!(
        r#"{{"type":{},"timestamp":{},"data":{}}}"#,
        payload["type"], payload["timestamp"], payload["data"]
    )
    .into_bytes()
}

/// Signs `body` as Polar would and verifies it a minute later.
fn sign_and_verify(body: &[u8]) -> Result<WebhookEvent, WebhookError> {
    let webhook = Webhook::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    let headers = webhook.sign("msg_spec", 1_790_000_000, body);
    webhook.verify_at(&headers, body, at(1_790_000_060))
}

fn benefit_id(benefit: &Benefit) -> Option<Uuid> {
    Some(match benefit {
        Benefit::Custom(b) => b.id,
        Benefit::Discord(b) => b.id,
        Benefit::Downloadables(b) => b.id,
        Benefit::FeatureFlag(b) => b.id,
        Benefit::GithubRepository(b) => b.id,
        Benefit::LicenseKeys(b) => b.id,
        Benefit::MeterCredit(b) => b.id,
        Benefit::SlackSharedChannel(b) => b.id,
        _ => return None,
    })
}

fn grant_id(grant: &BenefitGrantWebhook) -> Option<Uuid> {
    Some(match grant {
        BenefitGrantWebhook::BenefitGrantDiscordWebhook(g) => g.id,
        BenefitGrantWebhook::BenefitGrantCustomWebhook(g) => g.id,
        BenefitGrantWebhook::BenefitGrantGitHubRepositoryWebhook(g) => g.id,
        BenefitGrantWebhook::BenefitGrantDownloadablesWebhook(g) => g.id,
        BenefitGrantWebhook::BenefitGrantLicenseKeysWebhook(g) => g.id,
        BenefitGrantWebhook::BenefitGrantMeterCreditWebhook(g) => g.id,
        BenefitGrantWebhook::BenefitGrantFeatureFlagWebhook(g) => g.id,
        BenefitGrantWebhook::BenefitGrantSlackSharedChannelWebhook(g) => g.id,
        _ => return None,
    })
}

fn discount_id(discount: &Discount) -> Option<Uuid> {
    Some(match discount {
        Discount::FixedOnceForeverDuration(d) => d.id,
        Discount::FixedRepeatDuration(d) => d.id,
        Discount::PercentageOnceForeverDuration(d) => d.id,
        Discount::PercentageRepeatDuration(d) => d.id,
        _ => return None,
    })
}

fn state_id(state: &CustomerState) -> Option<Uuid> {
    Some(match state {
        CustomerState::Individual(s) => s.id,
        CustomerState::Team(s) => s.id,
        _ => return None,
    })
}

/// The id of the event's data, read from its typed fields; `None` for a union form the crate
/// did not recognise (its `Unknown`), or an event without typed data.
fn typed_data_id(event: &WebhookEvent) -> Option<Uuid> {
    use WebhookEvent as E;
    match event {
        E::CheckoutCreated(p) | E::CheckoutUpdated(p) | E::CheckoutExpired(p) => Some(p.data.id),
        E::CustomerCreated(p) | E::CustomerUpdated(p) | E::CustomerDeleted(p) => Some(p.data.id),
        E::CustomerStateChanged(p) => state_id(&p.data),
        E::CustomerSeatAssigned(p) | E::CustomerSeatClaimed(p) | E::CustomerSeatRevoked(p) => {
            Some(p.data.id)
        }
        E::MemberCreated(p) | E::MemberUpdated(p) | E::MemberDeleted(p) => Some(p.data.id),
        E::OrderCreated(p) | E::OrderUpdated(p) | E::OrderPaid(p) | E::OrderRefunded(p) => {
            Some(p.data.id)
        }
        E::SubscriptionCreated(p)
        | E::SubscriptionUpdated(p)
        | E::SubscriptionActive(p)
        | E::SubscriptionCanceled(p)
        | E::SubscriptionUncanceled(p)
        | E::SubscriptionCycled(p)
        | E::SubscriptionRevoked(p)
        | E::SubscriptionPastDue(p)
        | E::SubscriptionPaused(p)
        | E::SubscriptionResumed(p) => Some(p.data.id),
        E::RefundCreated(p) | E::RefundUpdated(p) => Some(p.data.id),
        E::ProductCreated(p) | E::ProductUpdated(p) => Some(p.data.id),
        E::DiscountCreated(p) | E::DiscountUpdated(p) | E::DiscountDeleted(p) => {
            discount_id(&p.data)
        }
        E::OrganizationUpdated(p) => Some(p.data.id),
        E::BenefitCreated(p) | E::BenefitUpdated(p) => benefit_id(&p.data),
        E::BenefitGrantCreated(p)
        | E::BenefitGrantUpdated(p)
        | E::BenefitGrantCycled(p)
        | E::BenefitGrantRevoked(p) => grant_id(&p.data),
        _ => None,
    }
}

#[test]
fn the_event_types_are_the_specs() {
    let spec: BTreeSet<&str> = spec_webhooks().iter().map(|(name, _)| *name).collect();
    assert_eq!(spec.len(), 41);
    assert_eq!(spec, EVENT_TYPES.iter().copied().collect());
}

/// A sample of each event's payload schema, with every property and with the required ones
/// only, signed and verified, decodes into its own variant with typed data, whether its keys
/// come in Polar's order or `data` first.
#[test]
fn every_event_type_decodes_from_a_sample_built_from_its_schema() {
    let cases = [Fill::All, Fill::Required]
        .into_iter()
        .flat_map(|fill| [(fill, "Polar's key order"), (fill, "sorted keys")]);
    for (fill, order) in cases {
        let mut variants = BTreeSet::new();
        for (event_type, schema) in spec_webhooks() {
            let payload = spec_payload(event_type, fill);
            let body = if order == "sorted keys" {
                serde_json::to_vec(&payload).unwrap()
            } else {
                polar_order(&payload)
            };
            let event = sign_and_verify(&body)
                .unwrap_or_else(|err| panic!("{event_type} ({schema}, {fill:?}, {order}): {err}"));
            assert!(
                !matches!(event, WebhookEvent::Unknown { .. }),
                "{event_type} decoded as Unknown"
            );
            assert_eq!(event.event_type(), event_type);
            let timestamp: chrono::DateTime<chrono::Utc> =
                payload["timestamp"].as_str().unwrap().parse().unwrap();
            assert_eq!(event.timestamp(), Some(timestamp), "{event_type}");
            let id: Uuid = payload["data"]["id"].as_str().unwrap().parse().unwrap();
            assert_eq!(
                typed_data_id(&event),
                Some(id),
                "{event_type} ({fill:?}): the typed data's id"
            );
            variants.insert(format!("{:?}", std::mem::discriminant(&event)));
        }
        assert_eq!(variants.len(), 41, "one variant per event type ({fill:?})");
    }
}

/// A few events in depth: the typed data carries the sample's fields, nested objects included.
#[test]
fn typed_data_keeps_the_samples_fields() {
    let decode = |event_type: &str| {
        let payload = spec_payload(event_type, Fill::All);
        let event = sign_and_verify(&polar_order(&payload)).unwrap();
        (event, payload["data"].clone())
    };

    let (event, data) = decode("order.paid");
    let WebhookEvent::OrderPaid(paid) = event else {
        panic!("{event:?}");
    };
    assert_eq!(paid.data.status.as_str(), data["status"]);
    assert_eq!(paid.data.total_amount, data["total_amount"]);
    assert_eq!(paid.data.currency, data["currency"]);
    assert_eq!(
        paid.data.items.len(),
        data["items"].as_array().unwrap().len()
    );
    assert_eq!(
        paid.data.customer_id.to_string(),
        data["customer_id"].as_str().unwrap()
    );

    let (event, data) = decode("subscription.canceled");
    let WebhookEvent::SubscriptionCanceled(canceled) = event else {
        panic!("{event:?}");
    };
    assert_eq!(canceled.data.status.as_str(), data["status"]);
    assert_eq!(canceled.data.amount, data["amount"]);
    assert_eq!(
        canceled.data.product.id.to_string(),
        data["product"]["id"].as_str().unwrap()
    );
    assert_eq!(
        canceled.data.cancel_at_period_end,
        data["cancel_at_period_end"]
    );

    let (event, data) = decode("member.created");
    let WebhookEvent::MemberCreated(created) = event else {
        panic!("{event:?}");
    };
    assert_eq!(created.data.email, data["email"]);
    assert_eq!(created.data.role.as_str(), data["role"]);

    let (event, data) = decode("refund.created");
    let WebhookEvent::RefundCreated(refund) = event else {
        panic!("{event:?}");
    };
    assert_eq!(refund.data.amount, data["amount"]);
    assert_eq!(refund.data.status.as_str(), data["status"]);
}

#[test]
fn a_known_event_with_data_not_matching_its_schema_is_kept() {
    let mut payload = spec_payload("order.paid", Fill::All);
    payload["data"]["total_amount"] = Value::from("a lot");
    let body = polar_order(&payload);
    let err = sign_and_verify(&body).unwrap_err();
    assert!(err.is_authentic(), "{err}");
    assert_eq!(err.payload(), Some(&body[..]));
    let WebhookError::Decode { path, .. } = &err else {
        panic!("{err:?}");
    };
    assert_eq!(path, "data.total_amount", "{err}");
}

#[test]
fn an_event_type_the_spec_does_not_have_is_unknown_with_its_payload() {
    let mut payload = spec_payload("order.paid", Fill::All);
    payload["type"] = Value::from("order.disputed");
    let body = polar_order(&payload);
    let event = sign_and_verify(&body).unwrap();
    assert_eq!(event.event_type(), "order.disputed");
    let WebhookEvent::Unknown {
        event_type,
        payload: kept,
    } = event
    else {
        panic!("not Unknown: {event:?}");
    };
    assert_eq!(event_type, "order.disputed");
    assert_eq!(kept, payload);
}

#[test]
fn customer_events_are_typed() {
    match python_sample("customer.created") {
        WebhookEvent::CustomerCreated(created) => {
            let customer = created.data;
            assert_eq!(customer.email.as_deref(), Some("alice@example.com"));
            assert_eq!(customer.customer_type, Some(CustomerType::Individual));
            assert_eq!(customer.external_id.as_deref(), Some("user_42"));
            assert_eq!(customer.metadata["seats"], MetadataValue::Integer(3));
            assert_eq!(customer.metadata["beta"], MetadataValue::Boolean(true));
            let tax_id = customer.tax_id.unwrap();
            assert_eq!(tax_id.value, "911144442");
            assert_eq!(tax_id.format, TaxIdFormat::UsEin);
            assert_eq!(customer.billing_address.unwrap().country, "US");
            assert_eq!(customer.billing_name.as_deref(), Some("Alice Ltd"));
        }
        other => panic!("{other:?}"),
    }
    match python_sample("customer.updated") {
        WebhookEvent::CustomerUpdated(updated) => {
            assert!(updated.data.is_team());
            assert_eq!(updated.data.email, None);
            assert_eq!(updated.data.name.as_deref(), Some("Acme"));
        }
        other => panic!("{other:?}"),
    }
    match python_sample("customer.deleted") {
        WebhookEvent::CustomerDeleted(deleted) => {
            assert_eq!(
                deleted.data.deleted_at.unwrap().to_rfc3339(),
                "2026-09-21T14:13:18+00:00"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_customer_state_is_typed() {
    let WebhookEvent::CustomerStateChanged(changed) = python_sample("customer.state_changed")
    else {
        panic!("not a customer.state_changed");
    };
    let CustomerState::Team(state) = changed.data else {
        panic!("not a team: {:?}", changed.data);
    };
    assert_eq!(state.type_, "team");
    assert_eq!(state.email, None);
    assert_eq!(state.name.as_deref(), Some("Acme"));
    let subscription = &state.active_subscriptions[0];
    assert_eq!(
        subscription.status,
        CustomerStateSubscriptionStatus::Trialing
    );
    assert_eq!(subscription.amount, 1500);
    assert_eq!(subscription.recurring_interval, RecurringInterval::Month);
    let custom = subscription.custom_field_data.as_ref().unwrap();
    assert_eq!(
        custom["company_size"],
        Some(MetadataValue::String("11-50".into()))
    );
    assert!(subscription.trial_end.is_some());
    assert_eq!(subscription.meters[0].consumed_units, 12.5);
    assert_eq!(subscription.meters[0].amount, 250);
    let grant = &state.granted_benefits[0];
    assert_eq!(grant.benefit_type, BenefitType::LicenseKeys);
    let CustomerStateBenefitGrantProperties::BenefitGrantLicenseKeysProperties(properties) =
        &grant.properties
    else {
        panic!("not license key properties: {:?}", grant.properties);
    };
    assert_eq!(properties.display_key.as_deref(), Some("****-ABCD"));
    assert_eq!(
        grant.benefit_metadata["tier"],
        MetadataValue::String("gold".into())
    );
    assert_eq!(state.active_meters[0].balance, 60.0);
    assert_eq!(state.active_meters[0].credited_units, 100);
}

#[test]
fn an_unknown_event_type_keeps_its_payload() {
    let unknown = vector("unknown event type");
    let webhook = Webhook::new(secrets_of(unknown)[0]);
    let event = webhook
        .verify_at(&headers_of(unknown), body_of(unknown), now())
        .unwrap();
    assert_eq!(event.event_type(), "invoice.sent");
    assert_eq!(
        event.timestamp().unwrap().to_rfc3339(),
        "2026-09-21T14:13:19.123456+00:00"
    );
    let WebhookEvent::Unknown {
        event_type,
        payload,
    } = event
    else {
        panic!("not Unknown");
    };
    assert_eq!(event_type, "invoice.sent");
    let sent: Value = serde_json::from_slice(body_of(unknown)).unwrap();
    assert_eq!(payload, sent);
    assert_eq!(payload["data"]["amount"], 900);
}

#[test]
fn a_payload_that_does_not_decode_is_kept_with_its_path() {
    let bad = vector("data not matching its schema");
    let webhook = Webhook::new(secrets_of(bad)[0]);
    let err = webhook
        .verify_at(&headers_of(bad), body_of(bad), now())
        .unwrap_err();
    assert!(err.is_authentic());
    assert_eq!(err.payload(), Some(body_of(bad)));
    let WebhookError::Decode { path, source, .. } = &err else {
        panic!("{err:?}");
    };
    assert_eq!(path, "data.email");
    assert!(source.to_string().contains("invalid type"), "{source}");
    let shown = err.to_string();
    assert!(shown.contains("at `data.email`"), "{shown}");
    assert!(shown.contains("the payload is kept"), "{shown}");
}

#[test]
fn error_messages_say_what_to_fix() {
    let cases = [
        ("no webhook-id", "the `webhook-id` header is missing"),
        (
            "timestamp '17900000a0'",
            "the `webhook-timestamp` header is malformed",
        ),
        ("now is timestamp +301 s", "301 seconds behind"),
        ("now is timestamp -301 s", "301 seconds ahead of"),
        ("tampered body", "raw request body bytes"),
        ("the other secret's key", "current secret"),
        ("empty body", "does not decode at `.`"),
    ];
    for (name, needle) in cases {
        let v = vector(name);
        let webhook = Webhook::with_secrets(secrets_of(v));
        let err = webhook
            .verify_at(&headers_of(v), body_of(v), at(v["now"].as_u64().unwrap()))
            .unwrap_err();
        let shown = err.to_string();
        assert!(shown.contains(needle), "{name}: {shown}");
    }
}

/// Each secret of the vectors, and the part after the prefix.
fn secret_texts() -> Vec<String> {
    let mut texts = BTreeSet::new();
    for v in vectors()["vectors"].as_array().unwrap() {
        for secret in secrets_of(v) {
            let secret = secret.trim();
            texts.insert(secret.to_owned());
            texts.insert(secret.trim_start_matches("whsec_").to_owned());
        }
    }
    texts.into_iter().collect()
}

#[test]
fn secrets_never_appear_in_debug_display_or_errors() {
    let secrets = secret_texts();
    assert!(secrets.len() >= 6);
    let hidden = |shown: &str| {
        for secret in &secrets {
            assert!(
                !shown.contains(secret.as_str()),
                "a secret is shown: {shown}"
            );
        }
    };
    let mut errors = 0;
    for v in vectors()["vectors"].as_array().unwrap() {
        let webhook = Webhook::with_secrets(secrets_of(v)).tolerance(Duration::from_secs(1));
        let shown = format!("{webhook:?} {webhook:#?}");
        hidden(&shown);
        assert!(shown.contains("REDACTED"), "{shown}");
        if let Err(err) =
            webhook.verify_at(&headers_of(v), body_of(v), at(v["now"].as_u64().unwrap()))
        {
            if matches!(err, WebhookError::Decode { .. }) && body_of(v).len() > 1 << 20 {
                continue;
            }
            hidden(&format!("{err} {err:?} {err:#?}"));
            errors += 1;
        }
    }
    assert!(errors >= 25, "only {errors} errors looked at");
}

/// A header map from arbitrary names and values; the three webhook headers are likely.
fn header_map() -> impl Strategy<Value = HeaderMap> {
    let name = prop_oneof![
        Just("webhook-id".to_owned()),
        Just("webhook-timestamp".to_owned()),
        Just("webhook-signature".to_owned()),
        "[a-z-]{1,12}",
    ];
    let value = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..80),
        "[0-9]{0,25}".prop_map(String::into_bytes),
        "(v[0-9],[A-Za-z0-9+/=]{0,50} ?){0,4}".prop_map(String::into_bytes),
    ];
    prop::collection::vec((name, value), 0..6).prop_map(|pairs| {
        let mut headers = HeaderMap::new();
        for (name, value) in pairs {
            if let (Ok(name), Ok(value)) = (
                HeaderName::from_bytes(name.as_bytes()),
                HeaderValue::from_bytes(&value),
            ) {
                headers.append(name, value);
            }
        }
        headers
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn verification_never_panics(
        headers in header_map(),
        body in prop::collection::vec(any::<u8>(), 0..512),
        seconds in any::<u64>(),
        tolerance in any::<u64>(),
    ) {
        let webhook = Webhook::with_secrets(["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "", "plain"])
            .tolerance(Duration::from_secs(tolerance));
        let now = UNIX_EPOCH.checked_add(Duration::from_secs(seconds)).unwrap_or(UNIX_EPOCH);
        let _ = webhook.verify_at(&headers, &body, now);
        let _ = webhook.verify(&headers, &body);
    }

    #[test]
    fn verifying_parts_never_panics(
        id in any::<String>(),
        timestamp in prop_oneof![any::<String>(), "[0-9]{1,22}"],
        signature in any::<String>(),
        body in prop::collection::vec(any::<u8>(), 0..256),
    ) {
        let webhook = Webhook::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        let _ = webhook.verify_parts_at(&id, &timestamp, &signature, &body, at(1_790_000_000));
    }

    /// A signed delivery with an arbitrary body always passes the signature check: it decodes,
    /// or fails as `Decode` with the body kept.
    #[test]
    fn signed_arbitrary_bodies_are_authentic(
        body in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..256),
            r#"\{"type":"(order\.paid|customer\.created|x\.y)","timestamp":"[0-9TZ:-]{0,20}","data":\{\}\}"#
                .prop_map(String::into_bytes),
        ],
    ) {
        let webhook = Webhook::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        let headers = webhook.sign("msg_1", 1_790_000_000, &body);
        match webhook.verify_at(&headers, &body, at(1_790_000_000)) {
            Ok(_) => {}
            Err(err) => {
                prop_assert!(err.is_authentic(), "{}", err);
                prop_assert_eq!(err.payload(), Some(&body[..]));
            }
        }
    }
    /// A typed sample of any event with one field of its data replaced by an arbitrary value:
    /// it decodes into its own variant (the field was optional, or a union kept the form), or
    /// fails as `Decode` at a path inside `data` with the body kept. Never `Unknown`, never a
    /// panic.
    #[test]
    fn typed_samples_with_a_field_replaced_decode_or_keep_the_payload(
        event in 0..41usize,
        fill in prop_oneof![Just(Fill::All), Just(Fill::Required)],
        field in any::<prop::sample::Index>(),
        value in prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            ".{0,12}".prop_map(Value::from),
            Just(serde_json::json!({})),
            Just(serde_json::json!([])),
        ],
    ) {
        let (event_type, _) = spec_webhooks()[event];
        let mut payload = spec_payload(event_type, fill);
        let data = payload["data"].as_object_mut().unwrap();
        let key = data.keys().nth(field.index(data.len())).unwrap().clone();
        data.insert(key.clone(), value);
        let body = polar_order(&payload);
        match sign_and_verify(&body) {
            Ok(event) => {
                prop_assert_eq!(event.event_type(), event_type);
                let unknown = matches!(event, WebhookEvent::Unknown { .. });
                prop_assert!(!unknown, "{} decoded as Unknown", event_type);
            }
            Err(err) => {
                prop_assert!(err.is_authentic(), "{}", err);
                prop_assert_eq!(err.payload(), Some(&body[..]));
                let WebhookError::Decode { path, .. } = &err else {
                    unreachable!("authentic errors are Decode");
                };
                prop_assert!(path.starts_with("data"), "{} {}: {}", event_type, key, err);
            }
        }
    }
}
