//! License keys in the mock, through the SDK: a license-key benefit on a product; a confirmed checkout
//! grants the key (a `benefit_grant.created` delivery, verified with `polarsh::webhooks`); the key is
//! validated up to its usage limit, activated up to its activation limit, deactivated, revoked; the
//! customer portal shows a customer its own keys. And a seeded key with its activations.

use polarsh::models::{
    Benefit, BenefitCreate, BenefitLicenseKeyActivationCreateProperties, BenefitLicenseKeysCreate,
    BenefitLicenseKeysCreateProperties, CheckoutConfirmStripe, CheckoutProductsCreate,
    LicenseKeyActivate, LicenseKeyDeactivate, LicenseKeyStatus, LicenseKeyUpdate,
    LicenseKeyValidate, Metadata, MetadataValue, ProductBenefitsUpdate, ProductCreate,
};
use polarsh::webhooks::{Webhook, WebhookEvent};
use polarsh::{Error, LocItem, Polar};
use polarsh_mock::{MockServer, Seed, defaults};
use serde_json::json;
use uuid::Uuid;

use crate::mock_state::Api;
use crate::mock_support::{portal_of, sdk};
use crate::mock_webhooks::{next, receiver};

fn client(mock: &MockServer) -> Polar {
    sdk(mock, defaults::TOKEN)
}

/// The status and Polar's `detail` of an API error.
fn refused<T: std::fmt::Debug>(result: Result<T, Error>) -> (u16, Option<String>, Option<String>) {
    match result {
        Err(Error::Api(e)) => (e.status, e.error.clone(), e.detail.clone()),
        other => panic!("expected an API error, got {other:?}"),
    }
}

fn license_benefit(benefit: &Benefit) -> Uuid {
    match benefit {
        Benefit::LicenseKeys(b) => b.id,
        other => panic!("not a license-key benefit: {other:?}"),
    }
}

#[tokio::test]
async fn a_license_key_is_granted_validated_activated_and_deactivated() {
    let mock = MockServer::start().await;
    let polar = client(&mock);
    let org = defaults::ORGANIZATION_ID;
    let (url, mut received) = receiver(0).await;
    let (status, endpoint) = Api::new(&mock)
        .send_as(
            defaults::TOKEN,
            "POST",
            "/v1/webhooks/endpoints",
            Some(&json!({"url": url, "format": "raw", "events": ["benefit_grant.created"]})),
        )
        .await;
    assert_eq!(status, 201, "{endpoint}");
    let webhook = Webhook::new(endpoint["secret"].as_str().unwrap());

    // A benefit granting keys `PRO-…`, two activations and five uses each.
    let properties = BenefitLicenseKeysCreateProperties::new()
        .with_prefix("pro")
        .with_activations(BenefitLicenseKeyActivationCreateProperties::new(2, false))
        .with_limit_usage(5);
    let benefit = polar
        .benefits()
        .create(BenefitCreate::LicenseKeys(BenefitLicenseKeysCreate::new(
            "Pro license",
            properties,
        )))
        .await
        .unwrap();
    let benefit_id = license_benefit(&benefit);
    let product: ProductCreate = serde_json::from_value(json!({
        "name": "Pro",
        "prices": [{"amount_type": "fixed", "price_amount": 4900, "price_currency": "usd"}],
    }))
    .unwrap();
    let product = polar.products().create(product).await.unwrap();

    // Benefits are set on the product; an unknown one is refused as Polar refuses it.
    let unknown = Uuid::new_v4();
    let err = polar
        .products()
        .update_benefits(
            product.id,
            ProductBenefitsUpdate::new(vec![benefit_id, unknown]),
        )
        .await
        .unwrap_err();
    match &err {
        Error::Validation(e) => {
            assert_eq!(e.error.as_deref(), Some("PolarRequestValidationError"));
            assert_eq!(e.detail[0].msg, "Benefit does not exist.");
            assert_eq!(
                e.detail[0].loc,
                [
                    LocItem::Key("body".into()),
                    LocItem::Key("benefits".into()),
                    LocItem::Index(1)
                ]
            );
        }
        other => panic!("{other:?}"),
    }
    let product = polar
        .products()
        .update_benefits(product.id, ProductBenefitsUpdate::new(vec![benefit_id]))
        .await
        .unwrap();
    assert_eq!(
        product
            .benefits
            .iter()
            .map(license_benefit)
            .collect::<Vec<_>>(),
        [benefit_id]
    );

    // Products filter by benefit: another product without it is not listed.
    let other: ProductCreate = serde_json::from_value(json!({
        "name": "Basic",
        "prices": [{"amount_type": "fixed", "price_amount": 900, "price_currency": "usd"}],
    }))
    .unwrap();
    polar.products().create(other).await.unwrap();
    assert_eq!(polar.products().list().await.unwrap().items.len(), 2);
    let listed = polar
        .products()
        .list()
        .benefit_id(benefit_id)
        .await
        .unwrap();
    assert_eq!(
        listed.items.iter().map(|p| p.id).collect::<Vec<_>>(),
        [product.id]
    );

    // Buying the product grants the key.
    let checkout = polar
        .checkouts()
        .create(
            CheckoutProductsCreate::new(vec![product.id]).with_customer_email("erin@example.com"),
        )
        .await
        .unwrap();
    // Confirmed as the checkout page does, with a user's token.
    sdk(&mock, defaults::PERSONAL_TOKEN)
        .checkouts()
        .client_confirm(
            &checkout.client_secret,
            CheckoutConfirmStripe::new().with_confirmation_token_id("ctoken_test"),
        )
        .await
        .unwrap();
    let keys = polar
        .license_keys()
        .list()
        .benefit_id(benefit_id)
        .await
        .unwrap();
    assert_eq!(keys.items.len(), 1);
    let key = &keys.items[0];
    assert!(key.key.starts_with("PRO-"), "{}", key.key);
    assert_eq!(
        key.display_key,
        format!("****-{}", &key.key[key.key.len() - 6..])
    );
    assert_eq!(key.status, LicenseKeyStatus::Granted);
    assert_eq!((key.limit_activations, key.limit_usage), (Some(2), Some(5)));
    assert_eq!((key.usage, key.validations), (0, 0));
    assert_eq!(key.customer.email.as_deref(), Some("erin@example.com"));
    let customer_id = key.customer_id;

    // The grant's delivery, signed, typed, naming the key.
    let (headers, body) = next(&mut received).await;
    match webhook.verify(&headers, &body).expect("signed") {
        WebhookEvent::BenefitGrantCreated(event) => {
            let grant = serde_json::to_value(&event.data).unwrap();
            assert_eq!(grant["benefit_id"], json!(benefit_id));
            assert_eq!(grant["customer_id"], json!(customer_id));
            assert_eq!(grant["is_granted"], true);
            assert_eq!(grant["properties"]["license_key_id"], json!(key.id));
            assert_eq!(grant["properties"]["display_key"], json!(key.display_key));
        }
        other => panic!("{other:?}"),
    }
    let grants = polar
        .benefit_grants()
        .list()
        .customer_id(customer_id)
        .await
        .unwrap();
    assert_eq!(grants.items.len(), 1);

    // Validations count, and use the key up to its usage limit.
    let validate = || LicenseKeyValidate::new(key.key.clone(), org);
    let validated = polar
        .license_keys()
        .validate(validate().with_increment_usage(2))
        .await
        .unwrap();
    assert_eq!((validated.usage, validated.validations), (2, 1));
    assert!(validated.last_validated_at.is_some());
    assert_eq!(
        refused(
            polar
                .license_keys()
                .validate(validate().with_increment_usage(4))
                .await
        ),
        (
            400,
            Some("BadRequest".to_owned()),
            Some("License key only has 3 more usages.".to_owned())
        )
    );
    // An increment past any integer is refused the same way, without overflowing.
    let huge = reqwest::Client::new()
        .post(format!("{}/v1/license-keys/validate", mock.url()))
        .bearer_auth(defaults::TOKEN)
        .header("content-type", "application/json")
        .body(format!(
            r#"{{"key":"{}","organization_id":"{org}","increment_usage":99999999999999999999}}"#,
            key.key
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(huge.status(), 400);
    assert!(huge.text().await.unwrap().contains("BadRequest"));
    let wrong_benefit = polar
        .license_keys()
        .validate(validate().with_benefit_id(Uuid::new_v4()))
        .await;
    assert_eq!(refused(wrong_benefit).0, 404);
    let unknown_key = polar
        .license_keys()
        .validate(LicenseKeyValidate::new("PRO-NOT-A-KEY", org))
        .await;
    assert_eq!(
        refused(unknown_key),
        (
            404,
            Some("ResourceNotFound".to_owned()),
            Some("Not found".to_owned())
        )
    );

    // Two activations, then the limit.
    let activate = |label: &str| LicenseKeyActivate::new(key.key.clone(), org, label);
    let laptop = polar
        .license_keys()
        .activate(activate("laptop"))
        .await
        .unwrap();
    assert_eq!(laptop.label, "laptop");
    assert_eq!(laptop.license_key_id, key.id);
    polar
        .license_keys()
        .activate(activate("desktop"))
        .await
        .unwrap();
    assert_eq!(
        refused(polar.license_keys().activate(activate("phone")).await),
        (
            403,
            Some("NotPermitted".to_owned()),
            Some("License key activation limit already reached".to_owned())
        )
    );
    let fetched = polar.license_keys().get(key.id).await.unwrap();
    assert_eq!(
        fetched
            .activations
            .iter()
            .map(|a| a.label.as_str())
            .collect::<Vec<_>>(),
        ["laptop", "desktop"]
    );
    let activation = polar
        .license_keys()
        .get_activation(key.id, laptop.id)
        .await
        .unwrap();
    assert_eq!(activation.license_key.id, key.id);
    let validated = polar
        .license_keys()
        .validate(validate().with_activation_id(laptop.id))
        .await
        .unwrap();
    assert_eq!(validated.activation.map(|a| a.id), Some(laptop.id));

    // Deactivating frees a place; twice is a 404.
    let deactivate = || LicenseKeyDeactivate::new(key.key.clone(), org, laptop.id);
    polar.license_keys().deactivate(deactivate()).await.unwrap();
    assert_eq!(
        refused(polar.license_keys().deactivate(deactivate()).await).0,
        404
    );
    assert_eq!(
        polar
            .license_keys()
            .get(key.id)
            .await
            .unwrap()
            .activations
            .len(),
        1
    );
    polar
        .license_keys()
        .activate(activate("phone"))
        .await
        .unwrap();

    // The customer portal shows a customer its own keys, and validates without a token.
    let portal = portal_of(&polar, customer_id).await;
    let mine = portal.license_keys().list().await.unwrap();
    assert_eq!(
        mine.items.iter().map(|k| k.id).collect::<Vec<_>>(),
        [key.id]
    );
    assert_eq!(
        portal
            .license_keys()
            .get(key.id)
            .await
            .unwrap()
            .activations
            .len(),
        2
    );
    let alices = portal_of(&polar, defaults::CUSTOMER_ID).await;
    assert!(alices.license_keys().list().await.unwrap().items.is_empty());
    assert_eq!(refused(alices.license_keys().get(key.id).await).0, 404);
    let public = polar.customer_portal_public();
    let validated = public.license_keys().validate(validate()).await.unwrap();
    assert_eq!(validated.validations, 3);

    // A revoked key is no longer valid.
    let revoked = polar
        .license_keys()
        .update(
            key.id,
            LicenseKeyUpdate::new().with_status(LicenseKeyStatus::Revoked),
        )
        .await
        .unwrap();
    assert_eq!(revoked.status, LicenseKeyStatus::Revoked);
    assert_eq!(
        refused(polar.license_keys().validate(validate()).await),
        (
            404,
            Some("ResourceNotFound".to_owned()),
            Some("License key is no longer active.".to_owned())
        )
    );
    assert_eq!(
        refused(polar.license_keys().activate(activate("tablet")).await)
            .2
            .as_deref(),
        Some("License key is no longer active. This license key can not be activated.")
    );
    // Granted again, but past its expiry: 404 to validate, 403 to activate.
    let past = "2026-01-01T00:00:00Z"
        .parse::<chrono::DateTime<chrono::Utc>>()
        .unwrap();
    polar
        .license_keys()
        .update(
            key.id,
            LicenseKeyUpdate::new()
                .with_status(LicenseKeyStatus::Granted)
                .with_expires_at(past),
        )
        .await
        .unwrap();
    let expired = refused(polar.license_keys().validate(validate()).await);
    assert_eq!(
        (expired.0, expired.2.as_deref()),
        (404, Some("License key has expired."))
    );
    let expired = refused(polar.license_keys().activate(activate("tablet")).await);
    assert_eq!(
        (expired.0, expired.2.as_deref()),
        (403, Some("License key has expired."))
    );
    // Without a usage limit nor an expiry, any increment counts (and saturates).
    polar
        .license_keys()
        .update(
            key.id,
            LicenseKeyUpdate::new()
                .clear_limit_usage()
                .clear_expires_at(),
        )
        .await
        .unwrap();
    for _ in 0..2 {
        let validated = polar
            .license_keys()
            .validate(validate().with_increment_usage(i64::MAX))
            .await
            .unwrap();
        assert_eq!(validated.usage, i64::MAX);
    }
}

#[tokio::test]
async fn a_seeded_license_key_keeps_its_activations_and_their_conditions() {
    let key_id = Uuid::new_v4();
    let activation_id = Uuid::new_v4();
    let key = json!({
        "id": key_id,
        "created_at": "2026-11-01T10:00:00Z",
        "modified_at": null,
        "organization_id": defaults::ORGANIZATION_ID,
        "customer_id": defaults::CUSTOMER_ID,
        "customer": {
            "id": defaults::CUSTOMER_ID, "created_at": "2026-11-01T10:00:00Z", "modified_at": null,
            "metadata": {}, "email_verified": true, "type": "individual", "name": "Alice",
            "billing_name": null, "billing_address": null, "tax_id": null,
            "organization_id": defaults::ORGANIZATION_ID, "deleted_at": null,
            "first_user_event_at": null, "avatar_url": null,
        },
        "benefit_id": Uuid::new_v4(),
        "key": "SEEDED-KEY-1",
        "display_key": "****-KEY-1",
        "status": "granted",
        "limit_activations": 1,
        "usage": 0,
        "limit_usage": null,
        "validations": 0,
        "last_validated_at": null,
        "expires_at": null,
        "activations": [
            {"id": activation_id, "label": "build server", "conditions": {"major_version": 2}},
        ],
    });
    let seed = Seed::default().with_record(defaults::ORGANIZATION_ID, "license-keys", key.clone());
    let mock = MockServer::builder().seed(seed).start().await.unwrap();
    let polar = client(&mock);
    let org = defaults::ORGANIZATION_ID;

    let fetched = polar.license_keys().get(key_id).await.unwrap();
    assert_eq!(fetched.activations.len(), 1);
    assert_eq!(fetched.activations[0].license_key_id, key_id);
    // The activation takes the key's one place.
    let full = polar
        .license_keys()
        .activate(LicenseKeyActivate::new("SEEDED-KEY-1", org, "laptop"))
        .await;
    assert_eq!(refused(full).0, 403);
    // A validation of the activation must repeat its conditions.
    let validate = LicenseKeyValidate::new("SEEDED-KEY-1", org).with_activation_id(activation_id);
    let mismatch = refused(polar.license_keys().validate(validate).await);
    assert_eq!(
        (mismatch.0, mismatch.2.as_deref()),
        (404, Some("License key does not match required conditions"))
    );
    let mut conditions = Metadata::new();
    conditions.insert("major_version".to_owned(), MetadataValue::Integer(2));
    let validate = LicenseKeyValidate::new("SEEDED-KEY-1", org)
        .with_activation_id(activation_id)
        .with_conditions(conditions);
    let validated = polar.license_keys().validate(validate).await.unwrap();
    assert_eq!(
        validated.activation.map(|a| a.label),
        Some("build server".to_owned())
    );
    let api = Api::new(&mock);
    // Another organization's token does not find the key.
    let other = api
        .send_as(
            defaults::TOKEN,
            "POST",
            "/v1/license-keys/validate",
            Some(&json!({"key": "SEEDED-KEY-1", "organization_id": Uuid::new_v4()})),
        )
        .await;
    assert_eq!(other.0, 404);

    // A seed with a malformed activation is refused with what is wrong.
    let mut bad = key;
    bad["id"] = json!(Uuid::new_v4());
    bad["activations"] = json!([{"label": "no id"}]);
    let err = mock
        .add_record(defaults::ORGANIZATION_ID, "license-keys", bad)
        .unwrap_err();
    assert!(
        err.to_string().contains("an activation needs an `id`"),
        "{err}"
    );
}

/// Fills a mock through its API: a recurring product with a license-key benefit, a discount, a meter,
/// a confirmed checkout (customer, order, subscription, key, grant) and an activation of the key.
/// Returns the key and the activation's id.
async fn a_shop(mock: &MockServer) -> (String, String) {
    let api = Api::new(mock);
    let org = defaults::TOKEN;
    let send = |method: &'static str, path: String, body: serde_json::Value| {
        let api = &api;
        async move {
            let (status, answer) = api.send_as(org, method, &path, Some(&body)).await;
            assert!(
                (200..300).contains(&status),
                "{method} {path}: {status} {answer}"
            );
            answer
        }
    };
    let benefit = send(
        "POST",
        "/v1/benefits/".into(),
        json!({"type": "license_keys", "description": "Key", "properties": {
            "activations": {"limit": 3, "enable_customer_admin": false}}}),
    )
    .await;
    let product = send(
        "POST",
        "/v1/products/".into(),
        json!({"name": "Pro", "recurring_interval": "month", "prices": [
            {"amount_type": "fixed", "price_amount": 1000, "price_currency": "usd"}]}),
    )
    .await;
    let product_id = product["id"].as_str().unwrap();
    send(
        "POST",
        format!("/v1/products/{product_id}/benefits"),
        json!({"benefits": [benefit["id"]]}),
    )
    .await;
    send(
        "POST",
        "/v1/discounts/".into(),
        json!({"name": "Launch", "code": "LAUNCH", "type": "percentage", "basis_points": 1000,
            "duration": "once"}),
    )
    .await;
    send(
        "POST",
        "/v1/meters/".into(),
        json!({"name": "Calls", "filter": {"conjunction": "and", "clauses": []},
            "aggregation": {"func": "count"}}),
    )
    .await;
    let checkout = send(
        "POST",
        "/v1/checkouts/".into(),
        json!({"products": [product_id], "customer_email": "fay@example.com"}),
    )
    .await;
    let secret = checkout["client_secret"].as_str().unwrap();
    let (status, _) = api
        .send_as(
            defaults::PERSONAL_TOKEN,
            "POST",
            &format!("/v1/checkouts/client/{secret}/confirm"),
            Some(&json!({"confirmation_token_id": "ctoken_test"})),
        )
        .await;
    assert_eq!(status, 200);
    let (_, keys) = api.send_as(org, "GET", "/v1/license-keys/", None).await;
    let key = keys["items"][0]["key"].as_str().unwrap().to_owned();
    let activation = send(
        "POST",
        "/v1/license-keys/activate".into(),
        json!({"key": key, "organization_id": defaults::ORGANIZATION_ID, "label": "laptop",
            "conditions": {"major_version": 2}}),
    )
    .await;
    (key, activation["id"].as_str().unwrap().to_owned())
}

/// The lists of the stored collections (but customers, whose seed form is not the API's record).
async fn lists(mock: &MockServer) -> Vec<(String, serde_json::Value)> {
    let api = Api::new(mock);
    let mut out = Vec::new();
    for collection in polarsh_mock::stored_collections() {
        if collection == "customers" {
            continue;
        }
        let path = if ["webhooks/endpoints", "metrics/dashboards"].contains(&collection) {
            format!("/v1/{collection}")
        } else {
            format!("/v1/{collection}/")
        };
        let (status, listed) = api.send_as(defaults::TOKEN, "GET", &path, None).await;
        assert_eq!(status, 200, "{path}: {listed}");
        out.push((collection.to_owned(), listed));
    }
    out
}

#[tokio::test]
async fn a_snapshot_recreates_the_store_and_a_seed_file_holds_every_resource() {
    let first = MockServer::start().await;
    let (key, activation) = a_shop(&first).await;
    // A customer with billing details, and an event ingested with an external id.
    let raw = Api::new(&first);
    let (status, gus) = raw
        .send_as(
            defaults::TOKEN,
            "POST",
            "/v1/customers/",
            Some(
                &json!({"email": "gus@example.com", "billing_address": {"country": "US",
                "line1": "1 Main St"}, "locale": "en"}),
            ),
        )
        .await;
    assert_eq!(status, 201, "{gus}");
    let event =
        json!({"events": [{"name": "signup", "customer_id": gus["id"], "external_id": "evt_1"}]});
    let (status, _) = raw
        .send_as(defaults::TOKEN, "POST", "/v1/events/ingest", Some(&event))
        .await;
    assert_eq!(status, 200);
    let before = lists(&first).await;
    let count = |collection: &str| {
        before
            .iter()
            .find(|(c, _)| c == collection)
            .map(|(_, l)| l["items"].as_array().map_or(0, Vec::len))
            .unwrap()
    };
    for collection in [
        "products",
        "benefits",
        "discounts",
        "meters",
        "checkouts",
        "orders",
        "subscriptions",
        "license-keys",
        "benefit-grants",
    ] {
        assert_eq!(count(collection), 1, "{collection}");
    }

    // The snapshot starts a second server with the same records, the key's activation included.
    let second = MockServer::builder()
        .seed(first.snapshot())
        .start()
        .await
        .unwrap();
    assert_eq!(lists(&second).await, before);
    let again = Api::new(&second);
    let (_, ingested) = again
        .send_as(defaults::TOKEN, "POST", "/v1/events/ingest", Some(&event))
        .await;
    assert_eq!(
        ingested,
        json!({"inserted": 0, "duplicates": 1}),
        "the event's external id is kept"
    );
    let gus_path = format!("/v1/customers/{}", gus["id"].as_str().unwrap());
    let (_, restored) = again.send_as(defaults::TOKEN, "GET", &gus_path, None).await;
    for field in ["email", "tax_id", "locale"] {
        assert_eq!(restored[field], gus[field], "{field}");
    }
    for field in ["country", "line1"] {
        assert_eq!(
            restored["billing_address"][field],
            gus["billing_address"][field]
        );
    }
    let polar = client(&second);
    let mut conditions = Metadata::new();
    conditions.insert("major_version".to_owned(), MetadataValue::Integer(2));
    let validated = polar
        .license_keys()
        .validate(
            LicenseKeyValidate::new(key.clone(), defaults::ORGANIZATION_ID)
                .with_activation_id(activation.parse().unwrap())
                .with_conditions(conditions),
        )
        .await
        .unwrap();
    assert_eq!(
        validated.activation.map(|a| a.label),
        Some("laptop".to_owned())
    );
    let customers = polar
        .customers()
        .list()
        .email("fay@example.com")
        .await
        .unwrap();
    assert_eq!(customers.items.len(), 1);

    // A seed file of the same records, as the API showed them.
    let mut records = serde_json::Map::new();
    for (collection, listed) in &before {
        // A page's items, or a whole list (dashboards).
        let mut items = listed.get("items").unwrap_or(listed).clone();
        if collection == "license-keys" {
            items[0]["activations"] =
                json!([{"id": activation, "label": "laptop", "conditions": {"major_version": 2}}]);
        }
        records.insert(collection.clone(), items);
    }
    let file = json!({"organizations": [{
        "id": defaults::ORGANIZATION_ID,
        "slug": "acme",
        "tokens": [{"token": defaults::TOKEN}],
        "records": records,
    }]});
    let seed = Seed::from_json(&file.to_string()).expect("a seed file of every resource");
    let third = MockServer::builder().seed(seed).start().await.unwrap();
    assert_eq!(lists(&third).await, before);
    let fetched = client(&third)
        .license_keys()
        .get(validated.id)
        .await
        .unwrap();
    assert_eq!(fetched.activations.len(), 1);
}

#[tokio::test]
async fn the_portal_shows_a_customer_its_own_purchases() {
    let mock = MockServer::start().await;
    a_shop(&mock).await;
    let polar = client(&mock);
    let fay = polar
        .customers()
        .list()
        .email("fay@example.com")
        .await
        .unwrap()
        .items
        .remove(0);
    let portal = portal_of(&polar, fay.id).await;

    let me = portal.customers().get().await.unwrap();
    assert_eq!(
        (me.id, me.email.as_deref()),
        (fay.id, Some("fay@example.com"))
    );
    let orders = portal.orders().list().await.unwrap();
    assert_eq!(orders.items.len(), 1);
    let order = &orders.items[0];
    assert_eq!(order.customer_id, fay.id);
    assert_eq!(order.product.as_ref().map(|p| p.name.as_str()), Some("Pro"));
    assert_eq!(portal.orders().get(order.id).await.unwrap().id, order.id);
    let subscriptions = portal.subscriptions().list().active(true).await.unwrap();
    assert_eq!(subscriptions.items.len(), 1);
    let subscription = subscriptions.items[0].id;
    let grants = portal.benefit_grants().list().await.unwrap();
    assert_eq!(grants.items.len(), 1);

    // Cancelled from the portal: at the period's end, as the organization sees it too.
    let canceled = portal.subscriptions().cancel(subscription).await.unwrap();
    assert!(canceled.cancel_at_period_end);
    let seen = polar.subscriptions().get(subscription).await.unwrap();
    assert!(seen.cancel_at_period_end);
    assert!(seen.canceled_at.is_some());

    // Another customer sees none of it.
    let alices = portal_of(&polar, defaults::CUSTOMER_ID).await;
    assert!(alices.orders().list().await.unwrap().items.is_empty());
    assert_eq!(refused(alices.orders().get(order.id).await).0, 404);
    assert_eq!(
        refused(alices.subscriptions().cancel(subscription).await).0,
        404
    );
}
