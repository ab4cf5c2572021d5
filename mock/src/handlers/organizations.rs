//! The caller's organization as the seed has it: `GET /v1/organizations/{id}` (404 for any other) and
//! `GET /v1/organizations/` (the caller's, filtered by `slug`) answer its id, slug (also its `name`) and
//! feature flags (`member_model_enabled`, `seat_based_pricing_enabled`), the other fields built from
//! the schema. Creating and updating organizations answer stubs: the seed decides what exists.

use std::sync::Mutex;

use hyper::http::StatusCode;

use crate::answer::{self, Echo};
use crate::pipeline::reply::Reply;
use crate::pipeline::{Call, lock, not_found};
use crate::pyjson::{Json, render};
use crate::seed::Organization;
use crate::spec::{Schema, api};
use crate::state::State;

/// The handler of an organization operation the seed answers, if it is one.
pub(super) fn handler(id: &str) -> Option<super::Handler> {
    match id {
        "organizations:get" => Some(get),
        "organizations:list" => Some(list),
        _ => None,
    }
}

fn shown(schema: &Schema, org: &Organization) -> Json {
    let flags = Json::Object(vec![
        (
            "member_model_enabled".to_owned(),
            Json::Bool(org.member_model_enabled),
        ),
        (
            "seat_based_pricing_enabled".to_owned(),
            Json::Bool(org.seat_based_pricing_enabled),
        ),
    ]);
    let fields = Json::Object(vec![
        ("id".to_owned(), Json::Str(org.id.to_string())),
        ("slug".to_owned(), Json::Str(org.slug.clone())),
        ("name".to_owned(), Json::Str(org.slug.clone())),
        ("feature_settings".to_owned(), flags),
    ]);
    let echo = Echo {
        body: Some(&fields),
        organization_id: Some(org.id),
        ..Echo::default()
    };
    answer::build(api(), schema, &echo)
}

fn get(state: &Mutex<State>, call: Call<'_>) -> Reply {
    let id = call.path_uuid("id");
    let (Some(caller), Some(id), Some(schema)) =
        (call.caller.as_ref(), id, call.op.answer.schema.as_ref())
    else {
        return not_found();
    };
    if caller.organization_id != id {
        return not_found();
    }
    let st = lock(state);
    match st.organization(id) {
        Some(org) => Reply::json_value(StatusCode::OK, &shown(schema, org)),
        None => not_found(),
    }
}

fn list(state: &Mutex<State>, call: Call<'_>) -> Reply {
    let api = api();
    let (Some(caller), Some(schema)) = (call.caller.as_ref(), call.op.answer.schema.as_ref())
    else {
        return not_found();
    };
    let item = match answer::page_item(api, schema) {
        Some(item) => item,
        None => return Reply::internal_server_error(),
    };
    let slugs: Vec<&str> = call
        .query
        .iter()
        .filter(|(k, _)| k == "slug")
        .map(|(_, v)| v.as_str())
        .collect();
    let st = lock(state);
    let orgs: Vec<Json> = st
        .organization(caller.organization_id)
        .filter(|org| slugs.is_empty() || slugs.contains(&org.slug.as_str()))
        .map(|org| shown(item, org))
        .into_iter()
        .collect();
    let Some(shown) = call
        .page_window(&orgs)
        .iter()
        .map(render)
        .collect::<Option<Vec<String>>>()
    else {
        return Reply::internal_server_error();
    };
    call.page_reply(orgs.len(), &shown)
}
