//! A flow per stored API group, through the SDK, asserting the mock's state: five creates, a fetch that
//! equals the create's answer, three pages of two (and an empty fourth) that hold exactly the created
//! records, an update that a fetch sees, a field cleared with `null`, and a delete after which the record
//! is 404 and the list one shorter. Each group runs against its own mock.
//!
//! Customers are in `mock_state`, license keys in `mock_licenses`; the groups without a nullable field
//! in their records (benefits, custom fields) or without a delete say so below.

use polarsh::models::{
    BenefitCreate, BenefitCustomCreate, BenefitCustomCreateProperties, CheckoutLinkUpdate,
    CheckoutProductsCreate, CheckoutUpdate, CustomerCreate, CustomerSessionCreate, DiscountUpdate,
    MemberCreateFromCustomer, MemberRole, MemberUpdate, MeterUpdate, MetricDashboardUpdate,
    OrderUpdate, ProductUpdate, SubscriptionUpdate, SubscriptionUpdateBase, WebhookEndpointUpdate,
};
use polarsh::{Error, Polar};
use polarsh_mock::{MockServer, defaults};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::mock_support::{portal_of, sdk};

fn client(mock: &MockServer) -> Polar {
    sdk(mock, defaults::TOKEN)
}

/// A request body of the SDK, from its JSON form.
fn body<T: DeserializeOwned>(json: Value) -> T {
    serde_json::from_value(json).expect("a body the SDK's type takes")
}

/// A record the SDK decoded, as JSON again (unions and structs alike).
fn to_json(record: &impl Serialize) -> Value {
    serde_json::to_value(record).unwrap()
}

fn id_of(record: &Value) -> Uuid {
    record["id"]
        .as_str()
        .and_then(|id| id.parse().ok())
        .unwrap()
}

fn is_404<T: std::fmt::Debug>(result: Result<T, Error>) -> bool {
    matches!(result, Err(Error::Api(ref e)) if e.status == 404)
}

/// The flow of one group: `create` takes the index of the record (0–4) and gives its body; `set` and
/// `clear` are update bodies, checked on the named field.
macro_rules! flow {
    (
        $polar:expr, $group:ident,
        create: $create:ident(|$i:ident| $body:expr),
        get: $get:ident,
        list: $list:ident,
        update: $update:ident,
        set: $set:expr => $set_field:literal = $set_value:expr,
        $(clear: $clear:expr => $clear_field:literal,)?
        $(delete: $delete:ident,)?
    ) => {{
        let polar: &Polar = $polar;
        let group = stringify!($group);
        let mut ids = Vec::new();
        let mut first = Value::Null;
        for $i in 0..5u32 {
            let created = polar.$group().$create($body).await;
            let created = to_json(&created.unwrap_or_else(|e| panic!("{group}: create: {e}")));
            ids.push(id_of(&created));
            if $i == 0 {
                first = created;
            }
        }
        let id = ids[0];
        let fetched = to_json(&polar.$group().$get(id).await.unwrap());
        assert_eq!(fetched, first, "{group}: a fetch shows the created record");

        let mut seen = Vec::new();
        for (page, count) in [(1, 2), (2, 2), (3, 1), (4, 0)] {
            let listed = polar.$group().$list().page(page).limit(2).await.unwrap();
            assert_eq!(listed.items.len(), count, "{group}: page {page}");
            assert_eq!(
                (listed.total_count, listed.max_page),
                (Some(5), Some(3)),
                "{group}: pagination"
            );
            seen.extend(listed.items.iter().map(|r| id_of(&to_json(r))));
        }
        let mut created = ids.clone();
        created.sort();
        seen.sort();
        assert_eq!(seen, created, "{group}: the pages hold the created records");

        let updated = to_json(&polar.$group().$update(id, $set).await.unwrap());
        assert_eq!(updated[$set_field], json!($set_value), "{group}: set");
        let fetched = to_json(&polar.$group().$get(id).await.unwrap());
        assert_eq!(fetched[$set_field], json!($set_value), "{group}: set, fetched");
        $(
            assert_ne!(fetched[$clear_field], Value::Null, "{group}: a value to clear");
            let cleared = to_json(&polar.$group().$update(id, $clear).await.unwrap());
            assert_eq!(cleared[$clear_field], Value::Null, "{group}: cleared");
            let fetched = to_json(&polar.$group().$get(id).await.unwrap());
            assert_eq!(fetched[$clear_field], Value::Null, "{group}: cleared, fetched");
            if $clear_field != $set_field {
                assert_eq!(fetched[$set_field], json!($set_value), "{group}: the rest stays");
            }
        )?
        $(
            polar.$group().$delete(id).await.unwrap();
            assert!(is_404(polar.$group().$get(id).await), "{group}: deleted");
            let listed = polar.$group().$list().await.unwrap();
            assert_eq!(listed.total_count, Some(4), "{group}: one fewer");
            assert!(!listed.items.iter().any(|r| id_of(&to_json(r)) == id));
        )?
        ids
    }};
}

#[tokio::test]
async fn products() {
    let mock = MockServer::start().await;
    // Products have no delete in this API version (they are archived with an update).
    flow!(
        &client(&mock), products,
        create: create(|i| body(json!({
            "name": format!("Plan {i}"),
            "description": "Billed monthly",
            "recurring_interval": "month",
            "prices": [{"amount_type": "fixed", "price_amount": 1000, "price_currency": "usd"}],
        }))),
        get: get,
        list: list,
        update: update,
        set: ProductUpdate::new().with_name("Renamed") => "name" = "Renamed",
        clear: ProductUpdate::new().clear_description() => "description",
    );
}

#[tokio::test]
async fn discounts() {
    let mock = MockServer::start().await;
    flow!(
        &client(&mock), discounts,
        create: create(|i| body(json!({
            "name": format!("Launch {i}"),
            "code": format!("LAUNCH{i}"),
            "type": "percentage",
            "basis_points": 1000,
            "duration": "once",
        }))),
        get: get,
        list: list,
        update: update,
        set: DiscountUpdate::new().with_name("Spring") => "name" = "Spring",
        clear: DiscountUpdate::new().clear_code() => "code",
        delete: delete,
    );
}

#[tokio::test]
async fn checkout_links() {
    let mock = MockServer::start().await;
    let product = Uuid::new_v4();
    flow!(
        &client(&mock), checkout_links,
        create: create(|i| body(json!({
            "payment_processor": "stripe",
            "products": [product],
            "label": format!("Link {i}"),
        }))),
        get: get,
        list: list,
        update: update,
        set: CheckoutLinkUpdate::new().with_success_url("https://example.com/thanks")
            => "success_url" = "https://example.com/thanks",
        clear: CheckoutLinkUpdate::new().clear_label() => "label",
        delete: delete,
    );
}

#[tokio::test]
async fn custom_fields() {
    let mock = MockServer::start().await;
    // No field of a custom field is nullable: nothing to clear.
    flow!(
        &client(&mock), custom_fields,
        create: create(|i| body(json!({
            "type": "text",
            "slug": format!("field_{i}"),
            "name": format!("Field {i}"),
            "properties": {},
        }))),
        get: get,
        list: list,
        update: update,
        set: body(json!({"type": "text", "name": "Company"})) => "name" = "Company",
        delete: delete,
    );
}

#[tokio::test]
async fn meters() {
    let mock = MockServer::start().await;
    // Meters have no delete (they are archived with an update).
    flow!(
        &client(&mock), meters,
        create: create(|i| body(json!({
            "name": format!("Meter {i}"),
            "filter": {"conjunction": "and", "clauses": []},
            "aggregation": {"func": "count"},
            "custom_label": "calls",
        }))),
        get: get,
        list: list,
        update: update,
        set: MeterUpdate::new().with_name("API calls") => "name" = "API calls",
        clear: MeterUpdate::new().clear_custom_label() => "custom_label",
    );
}

#[tokio::test]
async fn orders_and_their_refunds() {
    let mock = MockServer::start().await;
    let polar = client(&mock);
    let product = Uuid::new_v4();
    // Orders have no delete.
    let orders = flow!(
        &polar, orders,
        create: create(|_i| body(json!({
            "customer_id": defaults::CUSTOMER_ID,
            "product_id": product,
            "amount": 1000,
        }))),
        get: get,
        list: list,
        update: update,
        set: OrderUpdate::new().with_billing_name("Acme Inc.") => "billing_name" = "Acme Inc.",
        clear: OrderUpdate::new().clear_billing_name() => "billing_name",
    );

    // Refunds are created and listed (no fetch, update or delete).
    let mut refunds = Vec::new();
    for order in &orders {
        let refund = polar
            .refunds()
            .create(body(json!({
                "order_id": order,
                "reason": "customer_request",
                "amount": 100,
            })))
            .await
            .unwrap();
        assert_eq!(refund.order_id, *order);
        refunds.push(refund.id);
    }
    let mut seen = Vec::new();
    for page in 1..=3 {
        let listed = polar.refunds().list().page(page).limit(2).await.unwrap();
        assert_eq!(listed.total_count, Some(5));
        seen.extend(listed.items.iter().map(|r| r.id));
    }
    seen.sort();
    refunds.sort();
    assert_eq!(seen, refunds);
}

#[tokio::test]
async fn checkouts() {
    let mock = MockServer::start().await;
    let product = Uuid::new_v4();
    // Checkouts have no delete; they expire.
    flow!(
        &client(&mock), checkouts,
        create: create(|i| CheckoutProductsCreate::new(vec![product])
            .with_customer_name(format!("Buyer {i}"))),
        get: get,
        list: list,
        update: update,
        set: CheckoutUpdate::new().with_customer_email("dana@example.com")
            => "customer_email" = "dana@example.com",
        clear: CheckoutUpdate::new().clear_customer_name() => "customer_name",
    );
}

#[tokio::test]
async fn subscriptions() {
    let mock = MockServer::start().await;
    let polar = client(&mock);
    let product = Uuid::new_v4();
    let discount = Uuid::new_v4();
    let ids = flow!(
        &polar, subscriptions,
        create: create(|_i| body(json!({
            "product_id": product,
            "customer_id": defaults::CUSTOMER_ID,
        }))),
        get: get,
        list: list,
        update: update,
        set: SubscriptionUpdate::Base(SubscriptionUpdateBase::new().with_discount_id(discount))
            => "discount_id" = discount.to_string(),
        clear: SubscriptionUpdate::Base(SubscriptionUpdateBase::new().clear_discount_id())
            => "discount_id",
    );
    // A subscription's delete is its revocation: it stays, canceled.
    let revoked = polar.subscriptions().revoke(ids[0]).await.unwrap();
    assert_eq!(to_json(&revoked)["status"], "canceled");
    let fetched = polar.subscriptions().get(ids[0]).await.unwrap();
    assert_eq!(to_json(&fetched)["status"], "canceled");
}

#[tokio::test]
async fn webhook_endpoints() {
    let mock = MockServer::start().await;
    flow!(
        &client(&mock), webhooks,
        create: create_webhook_endpoint(|i| body(json!({
            "url": format!("https://example.com/hooks/{i}"),
            "format": "raw",
            "events": ["order.paid"],
            "name": "Orders",
        }))),
        get: get_webhook_endpoint,
        list: list_webhook_endpoints,
        update: update_webhook_endpoint,
        set: WebhookEndpointUpdate::new().with_url("https://example.com/hooks/new")
            => "url" = "https://example.com/hooks/new",
        clear: WebhookEndpointUpdate::new().clear_name() => "name",
        delete: delete_webhook_endpoint,
    );
}

#[tokio::test]
async fn benefits() {
    let mock = MockServer::start().await;
    // No top-level field of a benefit is nullable: nothing to clear.
    flow!(
        &client(&mock), benefits,
        create: create(|i| BenefitCreate::Custom(BenefitCustomCreate::new(
            format!("Perk {i}"),
            BenefitCustomCreateProperties::new(),
        ))),
        get: get,
        list: list,
        update: update,
        set: body(json!({"type": "custom", "description": "Priority support"}))
            => "description" = "Priority support",
        delete: delete,
    );
}

#[tokio::test]
async fn metric_dashboards() {
    // Dashboards are listed whole (a plain array, not pages) and have no nullable field.
    let mock = MockServer::start().await;
    let polar = client(&mock);
    let mut ids = Vec::new();
    for i in 0..5 {
        let created = polar
            .metrics()
            .create_dashboard(body(json!({"name": format!("Board {i}")})))
            .await
            .unwrap();
        assert_eq!(created.name, format!("Board {i}"));
        ids.push(created.id);
    }
    let fetched = polar.metrics().get_dashboard(ids[0]).await.unwrap();
    assert_eq!(fetched.name, "Board 0");
    let all = polar.metrics().list_dashboards().await.unwrap();
    assert_eq!(all.iter().map(|d| d.id).collect::<Vec<_>>(), ids);
    let renamed = polar
        .metrics()
        .update_dashboard(ids[0], MetricDashboardUpdate::new().with_name("Revenue"))
        .await
        .unwrap();
    assert_eq!(renamed.name, "Revenue");
    assert_eq!(
        polar.metrics().get_dashboard(ids[0]).await.unwrap().name,
        "Revenue"
    );
    polar.metrics().delete_dashboard(ids[0]).await.unwrap();
    assert!(is_404(polar.metrics().get_dashboard(ids[0]).await));
    assert_eq!(polar.metrics().list_dashboards().await.unwrap().len(), 4);
}

#[tokio::test]
async fn events_are_ingested_listed_and_fetched() {
    let mock = MockServer::start().await;
    let polar = client(&mock);
    let ingest = |events: Value| polar.events().ingest(body(json!({ "events": events })));
    let answer = ingest(json!([
        {"name": "api_call", "customer_id": defaults::CUSTOMER_ID, "external_id": "evt_1",
         "timestamp": "2026-11-01T10:00:00Z", "metadata": {"tokens": 120}},
        {"name": "api_call", "external_customer_id": "cus_alice", "external_id": "evt_2",
         "timestamp": "2026-11-01T11:00:00+00:00"},
        {"name": "upload", "external_customer_id": "cus_later", "timestamp": "2026-11-01T09:00:00Z"},
    ]))
    .await
    .unwrap();
    assert_eq!((answer.inserted, answer.duplicates), (3, Some(0)));
    // An event already ingested (same `external_id`) is skipped.
    let again = ingest(
        json!([{"name": "api_call", "customer_id": defaults::CUSTOMER_ID,
        "external_id": "evt_1"}]),
    )
    .await
    .unwrap();
    assert_eq!((again.inserted, again.duplicates), (0, Some(1)));

    // Newest first by when they happened; two pages of two.
    let first = polar.events().list().limit(2).await.unwrap();
    let second = polar.events().list().page(2).limit(2).await.unwrap();
    assert_eq!((first.total_count, first.max_page), (Some(3), Some(2)));
    let listed: Vec<Value> = first
        .items
        .iter()
        .chain(&second.items)
        .map(to_json)
        .collect();
    let names: Vec<(&str, &str)> = listed
        .iter()
        .map(|e| {
            (
                e["name"].as_str().unwrap(),
                e["timestamp"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        names,
        [
            ("api_call", "2026-11-01T11:00:00Z"),
            ("api_call", "2026-11-01T10:00:00Z"),
            ("upload", "2026-11-01T09:00:00Z"),
        ]
    );
    // The customer named by id or by external id is embedded; an unknown external id stays as sent.
    assert_eq!(listed[0]["customer_id"], json!(defaults::CUSTOMER_ID));
    assert_eq!(listed[0]["customer"]["email"], "alice@example.com");
    assert_eq!(listed[1]["external_customer_id"], "cus_alice");
    assert_eq!(listed[1]["metadata"]["tokens"], 120);
    assert_eq!(listed[2]["customer"], Value::Null);
    assert_eq!(listed[2]["source"], "user");

    let by_name = polar.events().list().name("api_call").await.unwrap();
    assert_eq!(by_name.total_count, Some(2));
    let by_customer = polar
        .events()
        .list()
        .customer_id(defaults::CUSTOMER_ID)
        .await
        .unwrap();
    assert_eq!(by_customer.total_count, Some(2));
    let later = polar
        .events()
        .list()
        .external_customer_id("cus_later")
        .await
        .unwrap();
    assert_eq!(later.total_count, Some(1));
    let since = "2026-11-01T10:00:00Z".parse().unwrap();
    let recent = polar.events().list().start_timestamp(since).await.unwrap();
    assert_eq!(recent.total_count, Some(2));

    let id = id_of(&listed[0]);
    let fetched = polar.events().get(id).await.unwrap();
    assert_eq!(to_json(&fetched), listed[0]);
    assert!(is_404(polar.events().get(Uuid::new_v4()).await));
}

#[tokio::test]
async fn members_of_a_team_customer() {
    let mock = MockServer::start().await;
    let polar = client(&mock);
    let members = || polar.customers().members();
    // Alice is an individual customer: members cannot be added to her.
    let refused = members()
        .create(
            defaults::CUSTOMER_ID,
            MemberCreateFromCustomer::new("carol@example.com"),
        )
        .await;
    match refused {
        Err(Error::Api(e)) => {
            assert_eq!((e.status, e.error.as_deref()), (403, Some("NotPermitted")))
        }
        other => panic!("{other:?}"),
    }

    let team = polar
        .customers()
        .create(
            CustomerCreate::team("Acme team")
                .with_email("team@acme.test")
                .with_external_id("team_acme"),
        )
        .await
        .unwrap();
    let mut ids = Vec::new();
    for i in 0..5 {
        let member = members()
            .create(
                team.id,
                MemberCreateFromCustomer::new(format!("m{i}@acme.test"))
                    .with_name(format!("Member {i}"))
                    .with_external_id(format!("usr_{i}")),
            )
            .await
            .unwrap();
        assert_eq!(
            (member.customer_id, member.role),
            (team.id, MemberRole::Member)
        );
        ids.push(member.id);
    }
    let fetched = members().get(team.id, ids[0]).await.unwrap();
    assert_eq!(fetched.email, "m0@acme.test");
    // The same email again is the same member.
    let again = members()
        .create(team.id, MemberCreateFromCustomer::new("M0@acme.test"))
        .await
        .unwrap();
    assert_eq!(again.id, ids[0]);
    let by_external = members().get_external("team_acme", "usr_1").await.unwrap();
    assert_eq!(by_external.id, ids[1]);

    let mut seen = Vec::new();
    for (page, count) in [(1, 2), (2, 2), (3, 1)] {
        let listed = polar
            .members()
            .list()
            .customer_id(team.id.to_string())
            .page(page)
            .limit(2)
            .await
            .unwrap();
        assert_eq!((listed.items.len(), listed.total_count), (count, Some(5)));
        seen.extend(listed.items.iter().map(|m| m.id));
    }
    seen.sort();
    let mut created = ids.clone();
    created.sort();
    assert_eq!(seen, created);

    let promoted = members()
        .update(
            team.id,
            ids[0],
            MemberUpdate::new()
                .with_name("Lead")
                .with_role(MemberRole::BillingManager),
        )
        .await
        .unwrap();
    assert_eq!(
        (promoted.name.as_deref(), promoted.role),
        (Some("Lead"), MemberRole::BillingManager)
    );
    let cleared = members()
        .update(team.id, ids[0], MemberUpdate::new().clear_name())
        .await
        .unwrap();
    assert_eq!(
        (cleared.name, cleared.role),
        (None, MemberRole::BillingManager)
    );
    assert_eq!(members().get(team.id, ids[0]).await.unwrap().name, None);

    members().delete(team.id, ids[0]).await.unwrap();
    assert!(is_404(members().get(team.id, ids[0]).await));
    let listed = polar
        .members()
        .list()
        .customer_id(team.id.to_string())
        .await
        .unwrap();
    assert_eq!(listed.total_count, Some(4));

    // A member created through the API has member sessions.
    let session = polar
        .customer_sessions()
        .create(CustomerSessionCreate::for_customer(team.id).with_member_id(ids[1]))
        .await
        .unwrap();
    assert!(session.token.starts_with("polar_mst_"), "{}", session.token);
    assert_eq!(session.customer_id, team.id);
}

#[tokio::test]
async fn customer_meters_add_up_ingested_events() {
    let mock = MockServer::start().await;
    let polar = client(&mock);
    let meter = |json: Value| polar.meters().create(body(json));
    // Tokens of `api_call` events, and the distinct files of `upload` events.
    let tokens = meter(json!({
        "name": "Tokens",
        "filter": {"conjunction": "and", "clauses": [
            {"property": "name", "operator": "eq", "value": "api_call"},
            {"property": "metadata.model", "operator": "like", "value": "gpt"},
        ]},
        "aggregation": {"func": "sum", "property": "tokens"},
    }))
    .await
    .unwrap();
    let files = meter(json!({
        "name": "Files",
        "filter": {"conjunction": "or", "clauses": [
            {"property": "name", "operator": "eq", "value": "upload"},
        ]},
        "aggregation": {"func": "unique", "property": "file"},
    }))
    .await
    .unwrap();
    polar
        .events()
        .ingest(body(json!({"events": [
            {"name": "api_call", "customer_id": defaults::CUSTOMER_ID,
             "metadata": {"tokens": 120, "model": "gpt-5"}},
            {"name": "api_call", "external_customer_id": "cus_alice",
             "metadata": {"tokens": 30, "model": "gpt-5-mini"}},
            {"name": "api_call", "customer_id": defaults::CUSTOMER_ID,
             "metadata": {"tokens": 1000, "model": "other"}},
            {"name": "upload", "customer_id": defaults::CUSTOMER_ID, "metadata": {"file": "a"}},
            {"name": "upload", "customer_id": defaults::CUSTOMER_ID, "metadata": {"file": "a"}},
            {"name": "upload", "customer_id": defaults::CUSTOMER_ID, "metadata": {"file": "b"}},
        ]})))
        .await
        .unwrap();

    let all = polar
        .customer_meters()
        .list()
        .customer_id(defaults::CUSTOMER_ID)
        .await
        .unwrap();
    assert_eq!(all.total_count, Some(2));
    let of = |meter_id: Uuid| {
        all.items
            .iter()
            .find(|m| m.meter_id == meter_id)
            .unwrap_or_else(|| panic!("no customer meter for {meter_id}"))
    };
    let used = of(tokens.id);
    assert_eq!(
        (used.consumed_units, used.credited_units, used.balance),
        (150.0, 0, -150.0)
    );
    assert_eq!(used.customer.id, defaults::CUSTOMER_ID);
    assert_eq!(used.meter.name, "Tokens");
    assert_eq!(of(files.id).consumed_units, 2.0);

    // More events update the same customer meter.
    polar
        .events()
        .ingest(body(json!({"events": [
            {"name": "api_call", "customer_id": defaults::CUSTOMER_ID,
             "metadata": {"tokens": 50, "model": "gpt-5"}},
        ]})))
        .await
        .unwrap();
    let again = polar
        .customer_meters()
        .list()
        .meter_id(tokens.id)
        .await
        .unwrap();
    assert_eq!(again.items.len(), 1);
    assert_eq!(
        (again.items[0].id, again.items[0].consumed_units),
        (used.id, 200.0)
    );

    // One meter; fetched by its id; the portal shows Alice her own.
    let only = polar
        .customer_meters()
        .list()
        .meter_id(files.id)
        .await
        .unwrap();
    assert_eq!(only.items.len(), 1);
    let fetched = polar.customer_meters().get(used.id).await.unwrap();
    assert_eq!((fetched.id, fetched.balance), (used.id, -200.0));
    // Another customer's usage: listed for the organization, not in Alice's portal.
    let bob = polar
        .customers()
        .create(CustomerCreate::new("bob@example.com"))
        .await
        .unwrap();
    polar
        .events()
        .ingest(body(json!({"events": [
            {"name": "upload", "customer_id": bob.id, "metadata": {"file": "c"}},
        ]})))
        .await
        .unwrap();
    assert_eq!(
        polar.customer_meters().list().await.unwrap().total_count,
        Some(3)
    );
    let portal = portal_of(&polar, defaults::CUSTOMER_ID).await;
    let mine = portal.customer_meters().list().await.unwrap();
    assert_eq!(mine.total_count, Some(2));
    assert!(is_404(polar.customer_meters().get(Uuid::new_v4()).await));

    // A meter whose filter no longer matches: its customer meter consumes nothing, and shows the
    // meter as it now is.
    polar
        .meters()
        .update(
            tokens.id,
            body(
                json!({"name": "Tokens (old)", "filter": {"conjunction": "and", "clauses": [
                {"property": "name", "operator": "eq", "value": "nothing"}]}}),
            ),
        )
        .await
        .unwrap();
    let stale = polar.customer_meters().get(used.id).await.unwrap();
    assert_eq!((stale.consumed_units, stale.balance), (0.0, 0.0));
    assert_eq!(stale.meter.name, "Tokens (old)");
}

#[tokio::test]
async fn a_token_sees_its_own_organization() {
    let mock = MockServer::start().await;
    let polar = client(&mock);
    let org = polar
        .organizations()
        .get(defaults::ORGANIZATION_ID)
        .await
        .unwrap();
    assert_eq!(
        (org.id, org.slug.as_str()),
        (defaults::ORGANIZATION_ID, "acme")
    );
    let flags = to_json(&org)["feature_settings"].clone();
    assert_eq!(flags["member_model_enabled"], true);
    assert_eq!(flags["seat_based_pricing_enabled"], true);
    let listed = polar.organizations().list().slug("acme").await.unwrap();
    assert_eq!(
        listed.items.iter().map(|o| o.id).collect::<Vec<_>>(),
        [org.id]
    );
    assert!(
        polar
            .organizations()
            .list()
            .slug("other")
            .await
            .unwrap()
            .items
            .is_empty()
    );

    // Another organization is not shown to this token, nor this one to the other's.
    let other = mock
        .add_organization(polarsh_mock::Organization::new("plainorg"))
        .unwrap();
    assert!(is_404(polar.organizations().get(other).await));
    let token = mock
        .add_token(polarsh_mock::AccessToken::new(other))
        .unwrap();
    let theirs = sdk(&mock, &token);
    let plain = theirs.organizations().get(other).await.unwrap();
    assert_eq!(
        to_json(&plain)["feature_settings"]["member_model_enabled"],
        false
    );
    assert!(is_404(theirs.organizations().get(org.id).await));
}
