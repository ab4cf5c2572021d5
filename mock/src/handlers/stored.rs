//! The create, list, get, update and delete operations of the stored collections.
//!
//! Creating builds the record from the schema and the request (as a stub answer would) and stores it;
//! get, list, update and delete see it. An update applies the three states of a PATCH field (absent:
//! kept; `null`: cleared; a value: set, if the record's schema allows it) and sets `modified_at`. A
//! delete removes the record (customers stay, hidden, with `deleted_at` set, as Polar keeps them) and
//! answers 204. Lists filter by the query parameters that name a field of the records (`customer_id`,
//! `product_id`, `email`, `is_archived`…), by `query` (a substring of `name`, `email`, `external_id`…),
//! by `metadata[key]`, by `active` (a subscription `active` or `trialing`), by `benefit_id` (one of a
//! product's benefits), by `external_customer_id` (the embedded customer's) and by `start_timestamp` and
//! `end_timestamp` (events); they sort by `sorting`
//! (newest first by default) and paginate as Polar does.

use std::cmp::Ordering;
use std::sync::Mutex;

use hyper::http::StatusCode;
use uuid::Uuid;

use super::{flows, stub};
use crate::answer::{self, Echo, copy};
use crate::pipeline::body::Body;
use crate::pipeline::reply::Reply;
use crate::pipeline::{Call, lock, not_found};
use crate::pyjson::{Json, render};
use crate::render::Ts;
use crate::seed::now;
use crate::spec::{Crud, Property, Schema, api};
use crate::state::{State, Subject};
use crate::store::Record;
use crate::validate::schema::fits;
use crate::webhooks;

/// Fields `query` searches.
const SEARCHED: &[&str] = &[
    "name",
    "email",
    "external_id",
    "description",
    "slug",
    "code",
    "label",
    "url",
];
/// Query parameters that are not filters.
const NOT_FILTERS: &[&str] = &["page", "limit", "sorting", "query", "organization_id"];

/// Runs a stored collection's operation.
pub(crate) fn handle(state: &Mutex<State>, call: Call<'_>, collection: usize, crud: Crud) -> Reply {
    let Some(organization_id) = call.caller.as_ref().map(|c| c.organization_id) else {
        return stub::answer(state, call);
    };
    let api = api();
    let record_schema = Schema::Ref {
        to: api.collections[collection].record,
    };
    let portal = portal_customer(&call);
    let id = call.path_uuid("id");
    match crud {
        Crud::Create => {
            let echo = Echo {
                path: &call.path_params,
                body: match &call.body {
                    Body::Present(body) => Some(body),
                    _ => None,
                },
                organization_id: Some(organization_id),
                customer_id: None,
            };
            let mut json = answer::build(api, &record_schema, &echo);
            answer::fresh(api, &record_schema, &mut json, echo.body);
            if api.collections[collection].name == "webhooks/endpoints"
                && let Json::Object(fields) = &mut json
            {
                // A fresh secret; enabled unless the body says otherwise, as Polar creates them.
                let asked = echo.body.and_then(|b| b.get("enabled")).is_some();
                for (key, value) in fields.iter_mut() {
                    match key.as_str() {
                        "secret" => *value = Json::Str(webhooks::new_secret()),
                        "enabled" if !asked => *value = Json::Bool(true),
                        _ => {}
                    }
                }
            }
            if api.collections[collection].name == "checkouts" {
                flows::new_checkout(&mut json, echo.body);
            }
            let Some(body) = render(&json) else {
                return Reply::internal_server_error();
            };
            let mut st = lock(state);
            st.record_event(collection, organization_id, "created", &json);
            if api.collections[collection].name == "refunds" {
                flows::refund_created(&mut st, organization_id, &json);
            }
            match st.store_record(collection, organization_id, json) {
                Ok(id) => {
                    if api.collections[collection].name == "meters" {
                        super::meters::refresh(&mut st, organization_id, Some(id), None);
                    }
                    Reply::json(StatusCode::CREATED, body)
                }
                Err(_) => Reply::internal_server_error(),
            }
        }
        Crud::Get => {
            let st = lock(state);
            match id.and_then(|id| st.store.get(collection, organization_id, id)) {
                Some(record) if shown_to(&record.json, portal) => {
                    Reply::json(StatusCode::OK, record.rendered().clone())
                }
                _ => not_found(),
            }
        }
        Crud::Update => {
            let Body::Present(patch) = &call.body else {
                return not_found();
            };
            let mut st = lock(state);
            let Some(record) = id.and_then(|id| st.store.get_mut(collection, organization_id, id))
            else {
                return not_found();
            };
            let props = answer::record_props(api, &record_schema, &record.json);
            apply_patch(&mut record.json, patch, props);
            let change = if api.collections[collection].name == "subscriptions" {
                flows::subscription_updated(&mut record.json, patch)
            } else {
                None
            };
            let reply = Reply::json_value(StatusCode::OK, &record.json);
            if let Some(record) = id.and_then(|id| st.store.get(collection, organization_id, id)) {
                let record = copy(&record.json, 64).unwrap_or(Json::Null);
                match api.collections[collection].name.as_str() {
                    "customers" => st.customer_updated(organization_id, &record),
                    "meters" => super::meters::refresh(&mut st, organization_id, id, None),
                    _ => {}
                }
                st.record_event(collection, organization_id, "updated", &record);
                if let Some(change) = change {
                    st.record_event(collection, organization_id, change, &record);
                }
            }
            reply
        }
        Crud::Delete => {
            let mut st = lock(state);
            let Some(id) = id else {
                return not_found();
            };
            let deleted = st
                .store
                .get(collection, organization_id, id)
                .and_then(|r| copy(&r.json, 64));
            if st.delete_record(collection, organization_id, id) {
                if let Some(record) = deleted {
                    st.record_event(collection, organization_id, "deleted", &record);
                }
                stub::no_content()
            } else {
                not_found()
            }
        }
        Crud::ListAll => {
            let st = lock(state);
            let records: Vec<&[u8]> = st
                .store
                .live(collection, organization_id)
                .map(|r| &r.rendered()[..])
                .collect();
            Reply::json(
                StatusCode::OK,
                [&b"["[..], &records.join(&b","[..]), b"]"].concat(),
            )
        }
        Crud::List => {
            let st = lock(state);
            let mut records: Vec<&Record> = st
                .store
                .live(collection, organization_id)
                .filter(|r| shown_to(&r.json, portal) && matches_filters(&r.json, &call.query))
                .collect();
            sort(&mut records, &call.query);
            let shown = call.page_window(&records);
            let shown: Vec<&[u8]> = shown.iter().map(|r| &r.rendered()[..]).collect();
            call.page_reply(records.len(), &shown)
        }
    }
}

/// The customer of a customer-portal operation's session: the portal shows a customer its own records.
pub(super) fn portal_customer(call: &Call<'_>) -> Option<Uuid> {
    match call.caller.as_ref().map(|c| c.subject) {
        Some(Subject::Customer { customer_id, .. })
            if call.op.path.starts_with("/v1/customer-portal/") =>
        {
            Some(customer_id)
        }
        _ => None,
    }
}

/// Whether a record is shown to a portal session's customer (every record is, outside the portal).
fn shown_to(record: &Json, portal: Option<Uuid>) -> bool {
    portal.is_none_or(|customer_id| {
        matches!(record.get("customer_id"), Some(Json::Str(id)) if *id == customer_id.to_string())
    })
}

/// Applies a PATCH body to a record: each field the record's schema has is set (or cleared with `null`)
/// when the schema allows the value; `modified_at` becomes now.
fn apply_patch(record: &mut Json, patch: &Json, props: &[Property]) {
    let api = api();
    let (Json::Object(fields), Json::Object(changes)) = (record, patch) else {
        return;
    };
    for (name, value) in changes {
        if name == "id" || name == "organization_id" {
            continue;
        }
        let Some(Property(_, schema, _)) = props.iter().find(|p| p.0 == *name) else {
            continue;
        };
        if !fits(api, schema, value) {
            continue;
        }
        let Some(value) = copy(value, 32) else {
            continue;
        };
        match fields.iter_mut().find(|(k, _)| k == name) {
            Some(field) => field.1 = value,
            None => fields.push((name.clone(), value)),
        }
    }
    // Archiving a record that shows when it was archived (a meter).
    if let Some(Json::Bool(archived)) = changes
        .iter()
        .find(|(k, _)| k == "is_archived")
        .map(|c| &c.1)
        && let Some(field) = fields.iter_mut().find(|(k, _)| k == "archived_at")
    {
        field.1 = if *archived {
            Json::Str(Ts(now()).format())
        } else {
            Json::Null
        };
    }
    if let Some(field) = fields.iter_mut().find(|(k, _)| k == "modified_at") {
        field.1 = Json::Str(Ts(now()).format());
    }
}

/// A scalar as a query parameter would spell it.
pub(super) fn spelled(value: &Json) -> Option<String> {
    match value {
        Json::Str(s) => Some(s.clone()),
        Json::Int(i) => Some(i.clone()),
        Json::Float(f) => Some(f.to_string()),
        Json::Bool(b) => Some(b.to_string()),
        Json::Null => Some("null".to_owned()),
        _ => None,
    }
}

pub(super) fn matches_filters(json: &Json, query: &[(String, String)]) -> bool {
    let mut names: Vec<&str> = query.iter().map(|(k, _)| k.as_str()).collect();
    names.dedup();
    names.into_iter().all(|name| {
        let wanted: Vec<&str> = query
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect();
        if name == "query" {
            let needle = wanted.last().copied().unwrap_or_default().to_lowercase();
            return SEARCHED.iter().any(|field| match json.get(field) {
                Some(Json::Str(s)) => s.to_lowercase().contains(&needle),
                _ => false,
            });
        }
        if let Some(key) = name
            .strip_prefix("metadata[")
            .and_then(|k| k.strip_suffix(']'))
        {
            let value = json
                .get("metadata")
                .and_then(|m| m.get(key))
                .and_then(spelled);
            return value.is_some_and(|v| wanted.contains(&v.as_str()));
        }
        if NOT_FILTERS.contains(&name) {
            return true;
        }
        match (name, json.get("status"), json.get("benefits")) {
            // A subscription is active while `active` or `trialing`.
            ("active", Some(Json::Str(status)), _) => {
                let active = matches!(status.as_str(), "active" | "trialing");
                return wanted.contains(&if active { "true" } else { "false" });
            }
            // A product's benefits are objects.
            ("benefit_id", _, Some(Json::Array(benefits))) => {
                return benefits.iter().any(|b| {
                    b.get("id")
                        .and_then(spelled)
                        .is_some_and(|id| wanted.contains(&id.as_str()))
                });
            }
            // Events between two instants (inclusive).
            ("start_timestamp" | "end_timestamp", _, _) => {
                let at = |value: Option<&Json>| match value {
                    Some(Json::Str(s)) => chrono::DateTime::parse_from_rfc3339(s).ok(),
                    _ => None,
                };
                let (Some(happened), Some(bound)) = (
                    at(json.get("timestamp")),
                    wanted
                        .last()
                        .and_then(|w| chrono::DateTime::parse_from_rfc3339(w).ok()),
                ) else {
                    return true;
                };
                return if name == "start_timestamp" {
                    happened >= bound
                } else {
                    happened <= bound
                };
            }
            // The customer's external id is in the embedded customer.
            ("external_customer_id", _, _) if json.get(name).is_none() => {
                return json
                    .get("customer")
                    .and_then(|c| c.get("external_id"))
                    .and_then(spelled)
                    .is_some_and(|id| wanted.contains(&id.as_str()));
            }
            _ => {}
        }
        match json.get(name).and_then(spelled) {
            Some(value) => wanted.contains(&value.as_str()),
            // A filter on something the records do not show: not applied.
            None => true,
        }
    })
}

fn compare(a: Option<&Json>, b: Option<&Json>) -> Ordering {
    match (a, b) {
        (Some(Json::Str(a)), Some(Json::Str(b))) => a.cmp(b),
        (Some(Json::Int(a)), Some(Json::Int(b))) => {
            let (a, b) = (
                a.parse::<f64>().unwrap_or(0.0),
                b.parse::<f64>().unwrap_or(0.0),
            );
            a.total_cmp(&b)
        }
        (Some(Json::Float(a)), Some(Json::Float(b))) => a.total_cmp(b),
        (Some(Json::Bool(a)), Some(Json::Bool(b))) => a.cmp(b),
        (None | Some(Json::Null), None | Some(Json::Null)) => Ordering::Equal,
        (None | Some(Json::Null), _) => Ordering::Less,
        (_, None | Some(Json::Null)) => Ordering::Greater,
        _ => Ordering::Equal,
    }
}

/// Polar's `sorting`: fields, `-` for descending; newest first without one.
pub(super) fn sort(records: &mut [&Record], query: &[(String, String)]) {
    let keys: Vec<&str> = query
        .iter()
        .filter(|(k, _)| k == "sorting")
        .map(|(_, v)| v.as_str())
        .collect();
    if keys.is_empty() {
        // Stored oldest first.
        records.reverse();
        // Events are newest first by when they happened (`-timestamp`), not by when they were ingested.
        if records.first().is_some_and(|r| {
            r.json.get("created_at").is_none() && r.json.get("timestamp").is_some()
        }) {
            records.sort_by(|a, b| compare(b.json.get("timestamp"), a.json.get("timestamp")));
        }
        return;
    }
    records.sort_by(|a, b| {
        for key in &keys {
            let (field, descending) = match key.strip_prefix('-') {
                Some(field) => (field, true),
                None => (*key, false),
            };
            let order = compare(a.json.get(field), b.json.get(field));
            let order = if descending { order.reverse() } else { order };
            if order != Ordering::Equal {
                return order;
            }
        }
        Ordering::Equal
    });
}
