//! Every operation without state yet: an answer valid against the operation's response schema, built from
//! the request (see [`crate::answer`]).
//!
//! A GET answers the same bytes each time it is asked the same thing by the same caller (the newest
//! answers are kept), as a fetch of the same object would. Ids the API shows (in answers, and in paths on
//! first use) are remembered with the caller's organization,
//! so another organization asking for them gets Polar's 404. Lists answer one page of `limit` items
//! (`total_count` = `limit`, `max_page` = 1); a later page is empty with the same pagination, as Polar
//! answers a page past the end.

use std::sync::Mutex;

use hyper::body::Bytes;
use hyper::http::StatusCode;
use hyper::http::header::{self, HeaderValue};
use uuid::Uuid;

use crate::answer::{self, Echo};
use crate::pipeline::body::Body;
use crate::pipeline::reply::{APPLICATION_JSON, Reply};
use crate::pipeline::{Call, lock, not_found};
use crate::pyjson::{Json, render};
use crate::spec::{AnswerKind, api};
use crate::state::{State, Subject};

/// Most items in one page the mock builds (Polar does not cap `limit`; a test server must).
const MAX_LIMIT: usize = 100;

/// Answers `call` from its operation's response schema.
pub(crate) fn answer(state: &Mutex<State>, call: Call<'_>) -> Reply {
    let api = api();
    let organization_id = call.caller.as_ref().map(|c| c.organization_id);
    let customer_id = match call.caller.as_ref().map(|c| c.subject) {
        Some(Subject::Customer { customer_id, .. }) => Some(customer_id),
        _ => None,
    };
    let path_ids: Vec<Uuid> = call
        .path_params
        .iter()
        .filter_map(|(_, v)| Uuid::try_parse(v).ok())
        .collect();
    if let Some(org) = organization_id {
        let mut st = lock(state);
        if path_ids
            .iter()
            .any(|id| st.owner(*id).is_some_and(|owner| owner != org))
        {
            return not_found();
        }
        for id in &path_ids {
            st.claim(*id, org);
        }
    }

    let status = StatusCode::from_u16(call.op.answer.status).unwrap_or(StatusCode::OK);
    let key = (call.op.method == "GET").then(|| answer_key(&call, organization_id, customer_id));
    if let Some(key) = &key
        && let Some(body) = lock(state).answer(key)
    {
        return Reply::json(status, body);
    }
    let schema = match (call.op.answer.kind, &call.op.answer.schema) {
        (AnswerKind::Json, Some(schema)) => schema,
        (AnswerKind::Csv, _) => return csv(),
        _ => return empty(status),
    };
    let echo = Echo {
        path: &call.path_params,
        body: match &call.body {
            Body::Present(body) => Some(body),
            _ => None,
        },
        organization_id,
        customer_id,
    };
    let value = if answer::is_page(api, schema) {
        let (page, limit) = call.page_and_limit();
        let limit = limit.min(MAX_LIMIT);
        let count = if page == 1 { limit } else { 0 };
        answer::page(api, schema, &echo, count, limit, 1)
    } else {
        answer::build(api, schema, &echo)
    };
    if let Some(org) = organization_id {
        let mut st = lock(state);
        for id in shown_ids(&value) {
            st.claim(id, org);
        }
    }
    let Some(body) = render(&value) else {
        return Reply::internal_server_error();
    };
    let body = Bytes::from(body);
    if let Some(key) = key {
        lock(state).remember_answer(key, body.clone());
    }
    Reply::json(status, body)
}

/// What identifies a GET: the caller, the operation, its path parameters and its query.
fn answer_key(call: &Call<'_>, organization_id: Option<Uuid>, customer_id: Option<Uuid>) -> String {
    let mut key = String::with_capacity(160);
    for id in [organization_id, customer_id] {
        match id {
            Some(id) => key.push_str(id.as_hyphenated().encode_lower(&mut Uuid::encode_buffer())),
            None => key.push('-'),
        }
        key.push('\n');
    }
    key.push_str(&call.op.id);
    for (name, value) in &call.path_params {
        key.extend(["\n", name, "=", value]);
    }
    key.push('?');
    // Only the parameters the operation declares: others change nothing in the answer.
    let declared = |name: &str| call.op.params.iter().any(|p| p.name == name);
    for (name, value) in call.query.iter().filter(|(name, _)| declared(name)) {
        key.extend(["\n", name, "=", value]);
    }
    key
}

/// The `id` of an answer, or of each item of a page.
fn shown_ids(value: &Json) -> Vec<Uuid> {
    let id = |v: &Json| match v.get("id") {
        Some(Json::Str(s)) => Uuid::try_parse(s).ok(),
        _ => None,
    };
    match value.get("items") {
        Some(Json::Array(items)) => items.iter().filter_map(id).collect(),
        _ => id(value).into_iter().collect(),
    }
}

/// Polar's 204.
pub(super) fn no_content() -> Reply {
    empty(StatusCode::NO_CONTENT)
}

/// A 204 as Polar sends it (`content-type: application/json`, no body, no length), or an empty 202.
fn empty(status: StatusCode) -> Reply {
    let headers = if status == StatusCode::NO_CONTENT {
        vec![(header::CONTENT_TYPE, APPLICATION_JSON)]
    } else {
        vec![(header::CONTENT_LENGTH, HeaderValue::from(0))]
    };
    Reply {
        status,
        headers,
        body: Bytes::new(),
        chunked: false,
    }
}

/// An export: a CSV with its header row.
fn csv() -> Reply {
    let body = Bytes::from_static(b"id,created_at\r\n");
    let headers = vec![
        (header::CONTENT_LENGTH, Reply::content_length(&body)),
        (
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/csv; charset=utf-8"),
        ),
    ];
    Reply {
        status: StatusCode::OK,
        headers,
        body,
        chunked: false,
    }
}
