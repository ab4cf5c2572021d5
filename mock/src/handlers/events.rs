//! Events: `POST /v1/events/ingest` stores each event of its body (a `user` event, its `label` its
//! name, its `timestamp` the one sent or now), with the customer it names by `customer_id` or
//! `external_customer_id` embedded when the organization has it; an event whose `external_id` the
//! organization already ingested is counted as a duplicate and skipped. The answer counts both
//! (`{"inserted": n, "duplicates": m}`). `GET /v1/events/` lists them (newest `timestamp` first, filters
//! by `name`, `customer_id`, `external_customer_id`, `source`, `metadata[key]`) and
//! `GET /v1/events/{id}` fetches one: the stored collection `events`.

use std::sync::Mutex;

use chrono::{DateTime, Utc};
use hyper::http::StatusCode;
use uuid::Uuid;

use super::flows::{create, text, uuid};
use crate::answer::copy;
use crate::pipeline::body::Body;
use crate::pipeline::reply::Reply;
use crate::pipeline::{Call, lock, not_found};
use crate::pyjson::Json;
use crate::render::Ts;
use crate::seed::now;
use crate::spec::api;
use crate::state::State;

/// The customer an event names, as the store shows it, and its id and external id.
fn customer_of(st: &State, organization_id: Uuid, event: &Json) -> Option<Json> {
    let customers = api().collection("customers")?;
    let id = match (
        uuid(event, "customer_id"),
        text(event, "external_customer_id"),
    ) {
        (Some(id), _) => id,
        (None, Some(external)) => {
            st.store
                .find(customers, |r| {
                    r.organization_id == organization_id
                        && text(&r.json, "external_id").as_deref() == Some(external.as_str())
                })?
                .1
        }
        (None, None) => return None,
    };
    copy(&st.store.get(customers, organization_id, id)?.json, 64)
}

/// The timestamp as Polar writes it (microseconds, `Z`), or now.
fn timestamp(event: &Json) -> String {
    let at = text(event, "timestamp")
        .and_then(|at| DateTime::parse_from_rfc3339(&at).ok())
        .map_or_else(now, |at| at.with_timezone(&Utc));
    Ts(at).format()
}

pub(super) fn ingest(state: &Mutex<State>, call: Call<'_>) -> Reply {
    let Some(organization_id) = call.caller.as_ref().map(|c| c.organization_id) else {
        return not_found();
    };
    let events: &[Json] = match &call.body {
        Body::Present(body) => match body.get("events") {
            Some(Json::Array(events)) => events,
            _ => &[],
        },
        _ => &[],
    };
    let mut st = lock(state);
    let (mut inserted, mut duplicates) = (0u64, 0u64);
    let mut customers = Vec::new();
    for event in events {
        let external_id = text(event, "external_id");
        if let Some(external_id) = &external_id
            && st
                .event_external_ids
                .contains_key(&(organization_id, external_id.clone()))
        {
            duplicates += 1;
            continue;
        }
        let customer = customer_of(&st, organization_id, event);
        let Json::Object(sent) = event else {
            continue;
        };
        let mut fields: Vec<(String, Json)> = sent
            .iter()
            .filter_map(|(k, v)| Some((k.clone(), copy(v, 64)?)))
            .collect();
        let mut put = |key: &str, value: Json| match fields.iter_mut().find(|(k, _)| k == key) {
            Some(field) => field.1 = value,
            None => fields.push((key.to_owned(), value)),
        };
        put("source", Json::Str("user".to_owned()));
        put("timestamp", Json::Str(timestamp(event)));
        put("label", text(event, "name").map_or(Json::Null, Json::Str));
        put("child_count", Json::Int("0".to_owned()));
        for key in ["parent_id", "member_id", "external_member_id"] {
            if event.get(key).is_none() {
                put(key, Json::Null);
            }
        }
        if event.get("metadata").is_none() {
            put("metadata", Json::Object(Vec::new()));
        }
        if let Some(id) = customer.as_ref().and_then(|c| uuid(c, "id")) {
            customers.push(id);
        }
        match &customer {
            Some(customer) => {
                put(
                    "customer_id",
                    customer
                        .get("id")
                        .and_then(|v| copy(v, 0))
                        .unwrap_or(Json::Null),
                );
                if event.get("external_customer_id").is_none() {
                    put(
                        "external_customer_id",
                        customer
                            .get("external_id")
                            .and_then(|v| copy(v, 0))
                            .unwrap_or(Json::Null),
                    );
                }
                put("customer", copy(customer, 64).unwrap_or(Json::Null));
            }
            None => {
                put("customer", Json::Null);
                if event.get("customer_id").is_none() {
                    put("customer_id", Json::Null);
                }
            }
        }
        let Some(id) = create(&mut st, "events", organization_id, Json::Object(fields))
            .and_then(|e| uuid(&e, "id"))
        else {
            continue;
        };
        inserted += 1;
        if let Some(external_id) = external_id {
            st.event_external_ids
                .insert((organization_id, external_id), id);
        }
    }
    customers.sort();
    customers.dedup();
    super::meters::refresh(&mut st, organization_id, None, Some(&customers));
    let answer = Json::Object(vec![
        ("inserted".to_owned(), Json::Int(inserted.to_string())),
        ("duplicates".to_owned(), Json::Int(duplicates.to_string())),
    ]);
    Reply::json_value(StatusCode::OK, &answer)
}
