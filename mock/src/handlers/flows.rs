//! The flows that need a payment provider, simulated on their happy path:
//!
//! * a checkout created through the API is `open`, with its own `client_secret`; confirming it
//!   (`POST /v1/checkouts/client/{client_secret}/confirm`) makes it `succeeded`, creates its customer (from
//!   `customer_email`) when it has none, a paid order for its product, and, for a recurring product, an
//!   `active` subscription; the events are `checkout.updated`, `customer.created`, `order.created`,
//!   `order.paid`, `subscription.created` and `subscription.active`;
//! * a subscription updated with `cancel_at_period_end: true` is canceled at the period's end
//!   (`canceled_at` set, `subscription.canceled`), with `false` uncanceled (`subscription.uncanceled`);
//!   revoking it (`DELETE /v1/subscriptions/{id}`) ends it now (`status: canceled`, `ended_at`,
//!   `subscription.revoked`).
//!
//! * the checkout's product's benefits are granted to the customer ([`super::licenses`]: benefit grants
//!   and license keys);
//! * a refund created for an order adds its amount to the order's `refunded_amount`, which becomes
//!   `refunded` (all of it) or `partially_refunded` (`order.updated`, `order.refunded`).
//!
//! A scripted answer ([`crate::Scripted`]) makes any of them fail as Polar would (402 `PaymentFailed`, …).

use std::sync::Mutex;

use hyper::http::StatusCode;
use uuid::Uuid;

use super::Handler;
use super::licenses::{self, Purchase};
use crate::answer::{self, Echo, copy};
use crate::pipeline::reply::Reply;
use crate::pipeline::{Call, lock, not_found};
use crate::pyjson::{Json, render};
use crate::render::Ts;
use crate::seed::{now, random_token};
use crate::spec::{Schema, api};
use crate::state::State;

/// The simulated flow of an operation, if it has one.
pub(crate) fn flow(id: &str) -> Option<Handler> {
    match id {
        "checkouts:client_confirm" => Some(confirm_checkout),
        "subscriptions:revoke" => Some(revoke_subscription),
        "products:update_benefits" => Some(licenses::update_benefits),
        "license_keys:validate" | "customer_portal:license_keys:validate" => {
            Some(licenses::validate)
        }
        "license_keys:activate" | "customer_portal:license_keys:activate" => {
            Some(licenses::activate)
        }
        "license_keys:deactivate" | "customer_portal:license_keys:deactivate" => {
            Some(licenses::deactivate)
        }
        "license_keys:get" | "customer_portal:license_keys:get" => {
            Some(licenses::get_with_activations)
        }
        "license_keys:get_activation" => Some(licenses::get_activation),
        "events:ingest" => Some(super::events::ingest),
        "customers:members:create" | "customers:members:create_external" => {
            Some(super::members::create)
        }
        "customers:members:get" | "customers:members:get_external" => Some(super::members::get),
        "customers:members:update" | "customers:members:update_external" => {
            Some(super::members::update)
        }
        "customers:members:delete" | "customers:members:delete_external" => {
            Some(super::members::delete)
        }
        "members:list_members" => Some(super::members::list),
        _ => super::portal::view(id).or_else(|| super::organizations::handler(id)),
    }
}

/// Sets `key` of an object.
pub(crate) fn set(record: &mut Json, key: &str, value: Json) {
    if let Json::Object(fields) = record {
        match fields.iter_mut().find(|(k, _)| k == key) {
            Some(field) => field.1 = value,
            None => fields.push((key.to_owned(), value)),
        }
    }
}

pub(super) fn text(record: &Json, key: &str) -> Option<String> {
    match record.get(key) {
        Some(Json::Str(s)) => Some(s.clone()),
        _ => None,
    }
}

pub(super) fn uuid(record: &Json, key: &str) -> Option<Uuid> {
    text(record, key).and_then(|s| Uuid::try_parse(&s).ok())
}

/// What a checkout created through the API starts as: `open`, its own client secret, the first product
/// of the request.
pub(crate) fn new_checkout(record: &mut Json, body: Option<&Json>) {
    set(record, "status", Json::Str("open".to_owned()));
    set(record, "client_secret", Json::Str(random_token("polar_c_")));
    let product = match body.and_then(|b| b.get("products")) {
        Some(Json::Array(ids)) => ids.first().and_then(|id| copy(id, 0)),
        _ => None,
    };
    if let Some(product) = product {
        set(record, "product_id", product);
    }
    for key in ["customer_id", "subscription_id"] {
        if body.and_then(|b| b.get(key)).is_none() {
            set(record, key, Json::Null);
        }
    }
}

/// Builds a record of `collection` from `fields` (each kept where the schema allows it) and stores it.
pub(super) fn create(
    st: &mut State,
    collection: &str,
    organization_id: Uuid,
    fields: Json,
) -> Option<Json> {
    let api = api();
    let index = api.collection(collection)?;
    let schema = Schema::Ref {
        to: api.collections[index].record,
    };
    let echo = Echo {
        body: Some(&fields),
        organization_id: Some(organization_id),
        ..Echo::default()
    };
    let mut record = answer::build(api, &schema, &echo);
    answer::fresh(api, &schema, &mut record, Some(&fields));
    // A value JSON cannot hold (NaN) is not stored.
    render(&record)?;
    st.record_event(index, organization_id, "created", &record);
    let stored = copy(&record, 64)?;
    st.store_record(index, organization_id, stored).ok()?;
    Some(record)
}

fn confirm_checkout(state: &Mutex<State>, call: Call<'_>) -> Reply {
    let api = api();
    let Some(secret) = call.path_param("client_secret").map(str::to_owned) else {
        return not_found();
    };
    let Some(checkouts) = api.collection("checkouts") else {
        return not_found();
    };
    let mut st = lock(state);
    let Some((organization_id, id)) = st.store.find(checkouts, |r| {
        text(&r.json, "client_secret").as_deref() == Some(secret.as_str())
    }) else {
        return not_found();
    };
    let Some(checkout) = st
        .store
        .get(checkouts, organization_id, id)
        .and_then(|r| copy(&r.json, 64))
    else {
        return not_found();
    };
    if text(&checkout, "status").as_deref() != Some("open") {
        let body =
            "{\"error\":\"AlreadyConfirmed\",\"detail\":\"This checkout is not open anymore.\"}";
        return Reply::json(StatusCode::FORBIDDEN, body);
    }

    // The customer: the checkout's, or a new one from its email.
    let customer_id = match uuid(&checkout, "customer_id") {
        Some(id) => id,
        None => {
            let email = text(&checkout, "customer_email")
                .unwrap_or_else(|| "customer@example.com".to_owned());
            let fields = Json::Object(vec![
                ("email".to_owned(), Json::Str(email)),
                ("type".to_owned(), Json::Str("individual".to_owned())),
            ]);
            match create(&mut st, "customers", organization_id, fields).and_then(|c| uuid(&c, "id"))
            {
                Some(id) => id,
                None => return Reply::internal_server_error(),
            }
        }
    };
    let product_id = uuid(&checkout, "product_id");
    let recurring = product_id
        .and_then(|id| {
            let products = api.collection("products")?;
            let product = st.store.get(products, organization_id, id)?;
            Some(!matches!(
                product.json.get("recurring_interval"),
                None | Some(Json::Null)
            ))
        })
        .unwrap_or(false);
    let id_value = |id: Option<Uuid>| id.map_or(Json::Null, |id| Json::Str(id.to_string()));
    // The order and the subscription show the stored customer and product (where they fit).
    let stored = |st: &State, collection: &str, id: Option<Uuid>| {
        let index = api.collection(collection)?;
        let record = st.store.get(index, organization_id, id?)?;
        copy(&record.json, 64)
    };
    let related = |st: &State| {
        let mut fields = Vec::new();
        if let Some(customer) = stored(st, "customers", Some(customer_id)) {
            fields.push(("customer".to_owned(), customer));
        }
        if let Some(product) = stored(st, "products", product_id) {
            fields.push(("product".to_owned(), product));
        }
        fields
    };

    let subscription = if recurring {
        let mut fields = related(&st);
        fields.extend([
            ("status".to_owned(), Json::Str("active".to_owned())),
            ("customer_id".to_owned(), id_value(Some(customer_id))),
            ("product_id".to_owned(), id_value(product_id)),
            ("checkout_id".to_owned(), id_value(Some(id))),
            ("cancel_at_period_end".to_owned(), Json::Bool(false)),
            ("started_at".to_owned(), Json::Str(Ts(now()).format())),
        ]);
        let fields = Json::Object(fields);
        let Some(subscription) = create(&mut st, "subscriptions", organization_id, fields) else {
            return Reply::internal_server_error();
        };
        if let Some(index) = api.collection("subscriptions") {
            st.record_event(index, organization_id, "active", &subscription);
        }
        uuid(&subscription, "id")
    } else {
        None
    };
    let mut fields = related(&st);
    fields.extend([
        ("status".to_owned(), Json::Str("paid".to_owned())),
        ("paid".to_owned(), Json::Bool(true)),
        (
            "billing_reason".to_owned(),
            Json::Str(
                if recurring {
                    "subscription_create"
                } else {
                    "purchase"
                }
                .to_owned(),
            ),
        ),
        ("customer_id".to_owned(), id_value(Some(customer_id))),
        ("product_id".to_owned(), id_value(product_id)),
        ("subscription_id".to_owned(), id_value(subscription)),
        ("checkout_id".to_owned(), id_value(Some(id))),
    ]);
    let Some(order) = create(&mut st, "orders", organization_id, Json::Object(fields)) else {
        return Reply::internal_server_error();
    };
    if let Some(index) = api.collection("orders") {
        st.record_event(index, organization_id, "paid", &order);
    }
    let purchase = Purchase {
        organization_id,
        customer_id,
        product_id,
        order_id: uuid(&order, "id"),
        subscription_id: subscription,
    };
    licenses::grant_benefits(&mut st, &purchase);

    let Some(record) = st.store.get_mut(checkouts, organization_id, id) else {
        return not_found();
    };
    set(
        &mut record.json,
        "status",
        Json::Str("succeeded".to_owned()),
    );
    set(&mut record.json, "customer_id", id_value(Some(customer_id)));
    set(&mut record.json, "subscription_id", id_value(subscription));
    let Some(updated) = copy(&record.json, 64) else {
        return Reply::internal_server_error();
    };
    st.record_event(checkouts, organization_id, "updated", &updated);

    let answer_schema = call.op.answer.schema.as_ref().unwrap_or(&Schema::Any);
    let echo = Echo {
        body: Some(&updated),
        organization_id: Some(organization_id),
        ..Echo::default()
    };
    Reply::json_value(StatusCode::OK, &answer::build(api, answer_schema, &echo))
}

/// A refund was stored: its order (of the same organization) is refunded by its amount.
pub(crate) fn refund_created(st: &mut State, organization_id: Uuid, refund: &Json) {
    let api = api();
    let (Some(orders), Some(order_id)) = (api.collection("orders"), uuid(refund, "order_id"))
    else {
        return;
    };
    let amount = match refund.get("amount") {
        Some(Json::Int(n)) => n.parse::<i64>().unwrap_or(0),
        _ => 0,
    };
    let Some(order) = st.store.get_mut(orders, organization_id, order_id) else {
        return;
    };
    let number = |key: &str| match order.json.get(key) {
        Some(Json::Int(n)) => n.parse::<i64>().unwrap_or(0),
        _ => 0,
    };
    let refunded = number("refunded_amount").saturating_add(amount);
    let status = if refunded >= number("total_amount") {
        "refunded"
    } else {
        "partially_refunded"
    };
    set(
        &mut order.json,
        "refunded_amount",
        Json::Int(refunded.to_string()),
    );
    set(&mut order.json, "status", Json::Str(status.to_owned()));
    let Some(order) = copy(&order.json, 64) else {
        return;
    };
    st.record_event(orders, organization_id, "updated", &order);
    st.record_event(orders, organization_id, "refunded", &order);
}

/// What an update of a subscription's `cancel_at_period_end` means, after the store applied it.
pub(crate) fn subscription_updated(record: &mut Json, patch: &Json) -> Option<&'static str> {
    match patch.get("cancel_at_period_end") {
        Some(Json::Bool(true)) => {
            set(record, "canceled_at", Json::Str(Ts(now()).format()));
            Some("canceled")
        }
        Some(Json::Bool(false)) => {
            set(record, "canceled_at", Json::Null);
            Some("uncanceled")
        }
        _ => None,
    }
}

fn revoke_subscription(state: &Mutex<State>, call: Call<'_>) -> Reply {
    let api = api();
    let (Some(organization_id), Some(subscriptions)) = (
        call.caller.as_ref().map(|c| c.organization_id),
        api.collection("subscriptions"),
    ) else {
        return not_found();
    };
    let Some(id) = call.path_uuid("id") else {
        return not_found();
    };
    let mut st = lock(state);
    let Some(record) = st.store.get_mut(subscriptions, organization_id, id) else {
        return not_found();
    };
    let at = Json::Str(Ts(now()).format());
    set(&mut record.json, "status", Json::Str("canceled".to_owned()));
    set(
        &mut record.json,
        "ended_at",
        copy(&at, 0).unwrap_or(Json::Null),
    );
    if matches!(record.json.get("canceled_at"), None | Some(Json::Null)) {
        set(&mut record.json, "canceled_at", at);
    }
    let Some(revoked) = copy(&record.json, 64) else {
        return Reply::internal_server_error();
    };
    st.record_event(subscriptions, organization_id, "updated", &revoked);
    st.record_event(subscriptions, organization_id, "revoked", &revoked);
    Reply::json_value(StatusCode::OK, &revoked)
}
