//! What webhook verification costs over the two things it must do.
//!
//! One delivery of about 2 KiB (`customer.state_changed`, decoded into the generated
//! `CustomerState`) is verified with `Webhook::verify_at` (headers, timestamp, signature,
//! decoding), against the bare minimum: one HMAC-SHA256 over the same signed content, from an
//! already keyed state as the verifier has, plus `serde_json::from_slice` into the same
//! `WebhookEvent`. The table gives the median
//! time per delivery of each and the ratio (the goal is at most 1.1x), then each half of the
//! baseline alone.
//!
//! Rounds alternate the order (baseline then verifier, then the other way round) so that a
//! shared machine's drift hits both. `cargo bench --bench webhooks` runs the full measurement;
//! without `--bench` (as under `cargo test --benches`) it runs a few iterations as a smoke test.
//! `WEBHOOK_BENCH_ROUNDS` and `WEBHOOK_BENCH_ITERATIONS` override the defaults.

use std::hint::black_box;
use std::time::{Duration, Instant, UNIX_EPOCH};

use hmac::{Hmac, Mac};
use polarsh::models::CustomerState;
use polarsh::webhooks::{Webhook, WebhookEvent};
use sha2::Sha256;

const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const ID: &str = "msg_2uY1fN8bQ3kR7wZ0";
const TIMESTAMP: u64 = 1_790_000_000;

fn main() {
    let full = std::env::args().any(|arg| arg == "--bench");
    let rounds = env_or("WEBHOOK_BENCH_ROUNDS", if full { 41 } else { 3 });
    let iterations = env_or("WEBHOOK_BENCH_ITERATIONS", if full { 2_000 } else { 10 });

    let body = payload();
    let webhook = Webhook::new(SECRET);
    let headers = webhook.sign(ID, TIMESTAMP, &body);
    let now = UNIX_EPOCH + Duration::from_secs(TIMESTAMP + 1);
    let keyed = Hmac::<Sha256>::new_from_slice(SECRET.as_bytes()).expect("any key length");
    let timestamp = TIMESTAMP.to_string();

    // Both sides do the same work on this delivery, decoded into the typed customer state
    // (not a form kept as JSON).
    let event = webhook.verify_at(&headers, &body, now).expect("verifies");
    match &event {
        WebhookEvent::CustomerStateChanged(changed) => match &changed.data {
            CustomerState::Individual(state) => {
                assert_eq!(state.active_subscriptions.len(), 2);
                assert_eq!(state.granted_benefits.len(), 1);
            }
            other => panic!("decoded as {other:?}"),
        },
        other => panic!("decoded as {other:?}"),
    }

    let verify =
        || black_box(webhook.verify_at(black_box(&headers), black_box(&body), now)).is_ok();
    let hmac_only = || {
        let mut mac = keyed.clone();
        mac.update(ID.as_bytes());
        mac.update(b".");
        mac.update(timestamp.as_bytes());
        mac.update(b".");
        mac.update(black_box(&body));
        black_box(mac.finalize().into_bytes());
    };
    let decode_only = || {
        let event: WebhookEvent = serde_json::from_slice(black_box(&body)).expect("decodes");
        black_box(event);
    };
    let baseline = || {
        hmac_only();
        decode_only();
    };

    let mut verifier = Vec::new();
    let mut minimum = Vec::new();
    for round in 0..rounds {
        if round % 2 == 0 {
            minimum.push(per_call(iterations, baseline));
            verifier.push(per_call(iterations, || assert!(verify())));
        } else {
            verifier.push(per_call(iterations, || assert!(verify())));
            minimum.push(per_call(iterations, baseline));
        }
    }
    let hmac_alone = median(
        (0..rounds)
            .map(|_| per_call(iterations, hmac_only))
            .collect(),
    );
    let decode_alone = median(
        (0..rounds)
            .map(|_| per_call(iterations, decode_only))
            .collect(),
    );
    let ratios: Vec<f64> = verifier.iter().zip(&minimum).map(|(v, m)| v / m).collect();
    let (verifier, minimum) = (median(verifier), median(minimum));

    println!(
        "webhook verification of a {} byte customer.state_changed delivery ({rounds} rounds of {iterations}{})",
        body.len(),
        if full {
            ""
        } else {
            ", smoke test: run with --bench"
        }
    );
    println!("  verify_at (headers, time, HMAC, decode)   {verifier:>9.0} ns");
    println!("  HMAC-SHA256 + serde_json::from_slice      {minimum:>9.0} ns");
    println!("    HMAC-SHA256 alone                       {hmac_alone:>9.0} ns");
    println!("    serde_json::from_slice alone            {decode_alone:>9.0} ns");
    println!(
        "  ratio                                     {:>9.3}x (median of per-round ratios {:.3}x; goal <= 1.1x)",
        verifier / minimum,
        median(ratios)
    );
}

/// Nanoseconds per call of `f`, over `iterations` calls.
fn per_call(iterations: u32, mut f: impl FnMut()) -> f64 {
    let start = Instant::now();
    for _ in 0..iterations {
        f();
    }
    start.elapsed().as_nanos() as f64 / f64::from(iterations)
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn env_or(name: &str, default: u32) -> u32 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A `customer.state_changed` payload of about 2 KiB, keys in Polar's order.
fn payload() -> Vec<u8> {
    let subscription = |n: u32| {
        format!(
            r#"{{"id":"e5fcd2a4-3c39-4a1e-8d73-7ac1c1a3f2b{n}","created_at":"2026-09-01T10:00:00Z","modified_at":null,"custom_field_data":{{}},"metadata":{{}},"status":"active","amount":1500,"currency":"usd","recurring_interval":"month","current_period_start":"2026-09-01T10:00:00Z","current_period_end":"2026-10-01T10:00:00Z","trial_start":null,"trial_end":null,"cancel_at_period_end":false,"canceled_at":null,"started_at":"2026-09-01T10:00:00Z","ends_at":null,"product_id":"4b4b8c0a-7d3e-4d5f-9c55-0d0b8f7a6e2{n}","discount_id":null,"meters":[]}}"#
        )
    };
    let body = format!(
        r#"{{"type":"customer.state_changed","timestamp":"2026-09-21T14:13:19.123456Z","data":{{"id":"0eba1e16-d835-4184-94f7-1c8c5a9b1b49","created_at":"2026-09-01T10:00:00.375168Z","modified_at":"2026-09-21T14:13:18Z","metadata":{{"plan":"pro","seats":3}},"external_id":"user_42","email":"alice@example.com","email_verified":true,"type":"individual","name":"Alice","billing_name":null,"billing_address":{{"line1":"1 Main St","line2":null,"postal_code":"94103","city":"San Francisco","state":"US-CA","country":"US"}},"tax_id":["911144442","us_ein"],"locale":"en","organization_id":"f7b06e5b-2527-4c9b-9cf9-078024c05f0c","default_payment_method_id":null,"deleted_at":null,"first_user_event_at":null,"avatar_url":null,"active_subscriptions":[{},{}],"granted_benefits":[{{"id":"c2e7d9c6-7b0a-4d8e-9f4a-3b5c6d7e8f90","created_at":"2026-09-01T10:00:00Z","modified_at":null,"granted_at":"2026-09-01T10:00:01Z","benefit_id":"d3f8e0d7-8c1b-4e9f-8a5b-4c6d7e8f9a01","benefit_type":"license_keys","benefit_metadata":{{}},"properties":{{"display_key":"****-ABCD"}}}}],"active_meters":[{{"id":"e4a9f1e8-9d2c-4fa0-9b6c-5d7e8f9a0b12","created_at":"2026-09-01T10:00:00Z","modified_at":null,"meter_id":"b1d6c8b5-6a9f-4c7d-8e3f-2a4b5c6d7e8f","consumed_units":40.0,"credited_units":100,"balance":60.0}}]}}}}"#,
        subscription(1),
        subscription(2)
    );
    body.into_bytes()
}
