//! A billing flow end to end against the mock: product → checkout → confirm → order and
//! subscription → cancel → revoke, with the webhook deliveries received on a local listener and
//! verified with `polarsh::webhooks`.

use polarsh::webhooks::{Webhook, WebhookEvent};
use polarsh_mock::{MockServer, Scripted, defaults};
use serde_json::{Value, json};

use crate::mock_state::Api;
use crate::mock_webhooks::{next, receiver};

async fn send(
    mock: &MockServer,
    method: &str,
    path: &str,
    token: &str,
    body: Option<Value>,
) -> (u16, Value) {
    Api::new(mock)
        .send_as(token, method, path, body.as_ref())
        .await
}

#[tokio::test]
async fn a_subscription_is_bought_canceled_and_revoked() {
    let mock = MockServer::start().await;
    let org = defaults::TOKEN;
    let (url, mut received) = receiver(0).await;
    let events = [
        "checkout.updated",
        "customer.created",
        "order.created",
        "order.paid",
        "subscription.created",
        "subscription.active",
        "subscription.updated",
        "subscription.canceled",
        "subscription.revoked",
    ];
    let (status, endpoint) = send(
        &mock,
        "POST",
        "/v1/webhooks/endpoints",
        org,
        Some(json!({"url": url, "format": "raw", "events": events})),
    )
    .await;
    assert_eq!(status, 201);
    let webhook = Webhook::new(endpoint["secret"].as_str().unwrap());

    let (status, product) = send(
        &mock,
        "POST",
        "/v1/products/",
        org,
        Some(json!({
            "name": "Pro",
            "recurring_interval": "month",
            "prices": [{"amount_type": "fixed", "price_amount": 1000, "price_currency": "usd"}],
        })),
    )
    .await;
    assert_eq!(status, 201, "{product}");
    let product_id = product["id"].as_str().unwrap().to_owned();
    let (status, checkout) = send(
        &mock,
        "POST",
        "/v1/checkouts/",
        org,
        Some(json!({"products": [product_id], "customer_email": "dana@example.com"})),
    )
    .await;
    assert_eq!(status, 201, "{checkout}");
    assert_eq!(checkout["status"], "open");
    let secret = checkout["client_secret"].as_str().unwrap().to_owned();
    let confirm = format!("/v1/checkouts/client/{secret}/confirm");

    // A fault script makes the payment fail once, as Polar would.
    mock.enqueue(Scripted::json(
        402,
        r#"{"error":"PaymentFailed","detail":"The card was declined."}"#,
    ));
    let (status, failed) = send(
        &mock,
        "POST",
        &confirm,
        defaults::PERSONAL_TOKEN,
        Some(json!({"confirmation_token_id": "ctoken_test"})),
    )
    .await;
    assert_eq!((status, &failed["error"]), (402, &json!("PaymentFailed")));

    let (status, confirmed) = send(
        &mock,
        "POST",
        &confirm,
        defaults::PERSONAL_TOKEN,
        Some(json!({"confirmation_token_id": "ctoken_test"})),
    )
    .await;
    assert_eq!(status, 200, "{confirmed}");
    // The answer says `confirmed`; the payment then succeeds (at once, here).
    assert_eq!(confirmed["status"], "confirmed");
    let checkout_path = format!("/v1/checkouts/{}", checkout["id"].as_str().unwrap());
    let (_, fetched) = send(&mock, "GET", &checkout_path, org, None).await;
    assert_eq!(fetched["status"], "succeeded");
    let (status, _) = send(
        &mock,
        "POST",
        &confirm,
        defaults::PERSONAL_TOKEN,
        Some(json!({"confirmation_token_id": "ctoken_test"})),
    )
    .await;
    assert_eq!(status, 403, "a checkout is confirmed once");

    // The order and the subscription, for the new customer and the product.
    let (_, customers) = send(
        &mock,
        "GET",
        "/v1/customers/?email=dana@example.com",
        org,
        None,
    )
    .await;
    let customer_id = customers["items"][0]["id"].as_str().unwrap().to_owned();
    let (_, orders) = send(
        &mock,
        "GET",
        &format!("/v1/orders/?customer_id={customer_id}"),
        org,
        None,
    )
    .await;
    assert_eq!(orders["pagination"]["total_count"], 1);
    let order = &orders["items"][0];
    assert_eq!(
        (order["status"].as_str(), order["paid"].as_bool()),
        (Some("paid"), Some(true))
    );
    assert_eq!(order["product_id"], product_id.as_str());
    // The order shows the stored product and customer.
    assert_eq!(
        (&order["product"]["id"], &order["product"]["name"]),
        (&json!(product_id), &json!("Pro"))
    );
    assert_eq!(order["customer"]["email"], "dana@example.com");
    let (_, subscriptions) = send(
        &mock,
        "GET",
        &format!("/v1/subscriptions/?product_id={product_id}"),
        org,
        None,
    )
    .await;
    let subscription = &subscriptions["items"][0];
    assert_eq!(subscription["status"], "active");
    assert_eq!(subscription["customer_id"], customer_id.as_str());
    assert_eq!(subscription["product"]["name"], "Pro");
    assert_eq!(subscription["customer"]["id"], customer_id.as_str());
    assert_eq!(order["subscription_id"], subscription["id"]);
    let subscription_id = subscription["id"].as_str().unwrap().to_owned();
    let (_, active) = send(&mock, "GET", "/v1/subscriptions/?active=true", org, None).await;
    assert_eq!(active["items"][0]["id"], subscription_id.as_str());

    // A refund of part of the order.
    let total = order["total_amount"].as_i64().unwrap();
    let order_id = order["id"].as_str().unwrap().to_owned();
    let (status, refund) = send(
        &mock,
        "POST",
        "/v1/refunds/",
        org,
        Some(json!({"order_id": order_id, "reason": "customer_request", "amount": 1})),
    )
    .await;
    assert_eq!(status, 201, "{refund}");
    let (_, refunded) = send(&mock, "GET", &format!("/v1/orders/{order_id}"), org, None).await;
    assert_eq!(
        refunded["refunded_amount"],
        order["refunded_amount"].as_i64().unwrap() + 1
    );
    let expected = if order["refunded_amount"].as_i64().unwrap() + 1 >= total {
        "refunded"
    } else {
        "partially_refunded"
    };
    assert_eq!(refunded["status"], expected);

    // Cancel at the period's end, then revoke.
    let path = format!("/v1/subscriptions/{subscription_id}");
    let (status, canceled) = send(
        &mock,
        "PATCH",
        &path,
        org,
        Some(json!({"cancel_at_period_end": true})),
    )
    .await;
    assert_eq!(status, 200, "{canceled}");
    assert_eq!(canceled["cancel_at_period_end"], true);
    assert!(canceled["canceled_at"].is_string());
    let (status, revoked) = send(&mock, "DELETE", &path, org, None).await;
    assert_eq!(status, 200);
    assert_eq!(revoked["status"], "canceled");
    assert!(revoked["ended_at"].is_string());
    for (active, count) in [("true", 0), ("false", 1)] {
        let (_, listed) = send(
            &mock,
            "GET",
            &format!("/v1/subscriptions/?active={active}"),
            org,
            None,
        )
        .await;
        assert_eq!(
            listed["pagination"]["total_count"], count,
            "active={active}"
        );
    }

    // Every event arrived, signed (each delivery is sent on its own, so their order may vary).
    let mut seen = Vec::new();
    for _ in 0..10 {
        let (headers, body) = next(&mut received).await;
        let event = webhook
            .verify(&headers, &body)
            .expect("signed as Polar signs");
        seen.push(event.event_type().to_owned());
        if let WebhookEvent::OrderPaid(paid) = &event {
            assert_eq!(paid.data.id.to_string(), order["id"].as_str().unwrap());
        }
    }
    seen.sort();
    let mut expected = vec![
        "checkout.updated",
        "customer.created",
        "order.created",
        "order.paid",
        "subscription.active",
        "subscription.canceled",
        "subscription.created",
        "subscription.revoked",
        "subscription.updated",
        "subscription.updated",
    ];
    expected.sort();
    assert_eq!(seen, expected);
}
