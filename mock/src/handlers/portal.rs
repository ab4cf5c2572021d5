//! The customer portal's views of the store: a session's customer sees its own orders, subscriptions,
//! benefit grants and meters (`GET /v1/customer-portal/{orders,subscriptions,benefit-grants,meters}/`
//! and `…/{id}`,
//! each record shown in the portal's schema: the fields of the stored record that fit it, the rest
//! built from the schema) and itself (`GET /v1/customer-portal/customers/me`). Cancelling a
//! subscription from the portal (`DELETE /v1/customer-portal/subscriptions/{id}`) cancels it at the
//! period's end, as the organization's update with `cancel_at_period_end` does. Another customer's
//! records are 404.

use std::sync::Mutex;

use hyper::http::StatusCode;
use uuid::Uuid;

use super::flows::{set, subscription_updated, uuid};
use super::stored::{matches_filters, sort};
use crate::answer::{self, Echo, copy};
use crate::pipeline::reply::Reply;
use crate::pipeline::{Call, lock, not_found};
use crate::pyjson::{Json, render};
use crate::render::Ts;
use crate::seed::now;
use crate::spec::{Schema, api};
use crate::state::{State, Subject};
use crate::store::Record;

/// The stored collection a portal group shows.
fn collection_of(op_id: &str) -> Option<&'static str> {
    let group = op_id.strip_prefix("customer_portal:")?.rsplit_once(':')?.0;
    match group {
        "orders" => Some("orders"),
        "subscriptions" => Some("subscriptions"),
        "benefit-grants" => Some("benefit-grants"),
        "customer_meters" => Some("customer-meters"),
        _ => None,
    }
}

/// The portal view of an operation, if it has one.
pub(super) fn view(id: &str) -> Option<super::Handler> {
    match id {
        "customer_portal:customers:get" => Some(me),
        "customer_portal:subscriptions:cancel" => Some(cancel),
        _ if collection_of(id).is_some() && id.ends_with(":list") => Some(list),
        _ if collection_of(id).is_some() && id.ends_with(":get") => Some(get),
        _ => None,
    }
}

/// The session's organization and customer.
fn session(call: &Call<'_>) -> Option<(Uuid, Uuid)> {
    let caller = call.caller.as_ref()?;
    match caller.subject {
        Subject::Customer { customer_id, .. } => Some((caller.organization_id, customer_id)),
        _ => None,
    }
}

fn mine(record: &Record, customer_id: Uuid) -> bool {
    uuid(&record.json, "customer_id") == Some(customer_id)
}

/// A stored record in the portal's `schema`.
fn shown(schema: &Schema, record: &Json, organization_id: Uuid, customer_id: Uuid) -> Json {
    let echo = Echo {
        body: Some(record),
        organization_id: Some(organization_id),
        customer_id: Some(customer_id),
        ..Echo::default()
    };
    answer::build(api(), schema, &echo)
}

fn list(state: &Mutex<State>, call: Call<'_>) -> Reply {
    let api = api();
    let (Some((organization_id, customer_id)), Some(collection)) = (
        session(&call),
        collection_of(&call.op.id).and_then(|c| api.collection(c)),
    ) else {
        return not_found();
    };
    let Some(item) = call
        .op
        .answer
        .schema
        .as_ref()
        .and_then(|s| answer::page_item(api, s))
    else {
        return Reply::internal_server_error();
    };
    let st = lock(state);
    let mut records: Vec<&Record> = st
        .store
        .live(collection, organization_id)
        .filter(|r| mine(r, customer_id) && matches_filters(&r.json, &call.query))
        .collect();
    sort(&mut records, &call.query);
    let Some(items) = call
        .page_window(&records)
        .iter()
        .map(|r| render(&shown(item, &r.json, organization_id, customer_id)))
        .collect::<Option<Vec<String>>>()
    else {
        return Reply::internal_server_error();
    };
    call.page_reply(records.len(), &items)
}

fn get(state: &Mutex<State>, call: Call<'_>) -> Reply {
    let api = api();
    let (Some((organization_id, customer_id)), Some(collection), Some(id), Some(schema)) = (
        session(&call),
        collection_of(&call.op.id).and_then(|c| api.collection(c)),
        call.path_uuid("id"),
        call.op.answer.schema.as_ref(),
    ) else {
        return not_found();
    };
    let st = lock(state);
    match st.store.get(collection, organization_id, id) {
        Some(record) if mine(record, customer_id) => Reply::json_value(
            StatusCode::OK,
            &shown(schema, &record.json, organization_id, customer_id),
        ),
        _ => not_found(),
    }
}

fn me(state: &Mutex<State>, call: Call<'_>) -> Reply {
    let api = api();
    let (Some((organization_id, customer_id)), Some(customers), Some(schema)) = (
        session(&call),
        api.collection("customers"),
        call.op.answer.schema.as_ref(),
    ) else {
        return not_found();
    };
    let st = lock(state);
    match st.store.get(customers, organization_id, customer_id) {
        Some(record) => Reply::json_value(
            StatusCode::OK,
            &shown(schema, &record.json, organization_id, customer_id),
        ),
        None => not_found(),
    }
}

fn cancel(state: &Mutex<State>, call: Call<'_>) -> Reply {
    let api = api();
    let (Some((organization_id, customer_id)), Some(subscriptions), Some(id), Some(schema)) = (
        session(&call),
        api.collection("subscriptions"),
        call.path_uuid("id"),
        call.op.answer.schema.as_ref(),
    ) else {
        return not_found();
    };
    let mut st = lock(state);
    let Some(record) = st
        .store
        .get_mut(subscriptions, organization_id, id)
        .filter(|r| uuid(&r.json, "customer_id") == Some(customer_id))
    else {
        return not_found();
    };
    let patch = Json::Object(vec![("cancel_at_period_end".to_owned(), Json::Bool(true))]);
    set(&mut record.json, "cancel_at_period_end", Json::Bool(true));
    set(
        &mut record.json,
        "modified_at",
        Json::Str(Ts(now()).format()),
    );
    let change = subscription_updated(&mut record.json, &patch);
    let Some(updated) = copy(&record.json, 64) else {
        return Reply::internal_server_error();
    };
    st.record_event(subscriptions, organization_id, "updated", &updated);
    if let Some(change) = change {
        st.record_event(subscriptions, organization_id, change, &updated);
    }
    Reply::json_value(
        StatusCode::OK,
        &shown(schema, &updated, organization_id, customer_id),
    )
}
