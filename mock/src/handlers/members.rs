//! A customer's members, by the customer's id or external id and the member's id or external id:
//! create (201; only for a team customer of an organization with member management: 403 `NotPermitted`
//! otherwise; the customer's member with that email if it has one), get, update (`name`, `email`, `role`) and delete (204; the member is kept, hidden, as
//! Polar keeps it). `GET /v1/members/` lists the organization's members (filters `customer_id`,
//! `external_customer_id`, `role`; newest first; pages). Each change sends `member.created`, `.updated`
//! or `.deleted`. The members are the seed's: a member created here has member sessions.

use std::sync::Mutex;

use hyper::http::StatusCode;
use uuid::Uuid;

use super::flows::text;
use crate::pipeline::body::Body;
use crate::pipeline::reply::{Reply, validation_error};
use crate::pipeline::{Call, lock, not_found};
use crate::pyjson::{Json, decode};
use crate::seed::{CustomerType, Member, MemberRole, now};
use crate::state::State;
use crate::validate::value_error;

/// The live customer the path names (`{id}` or `{external_id}`), in the caller's organization.
fn customer_of(st: &State, call: &Call<'_>) -> Option<(Uuid, Uuid)> {
    let organization_id = call.caller.as_ref()?.organization_id;
    let customer = match (call.path_param("id"), call.path_param("external_id")) {
        (Some(id), _) => st.live_customer(organization_id, Uuid::try_parse(id).ok()?)?,
        (None, Some(external)) => st.live_customer_by_external_id(organization_id, external)?,
        _ => return None,
    };
    Some((organization_id, customer.customer.id))
}

/// The live member the path names (`{member_id}` or `{member_external_id}`) under the path's customer.
fn member_of(st: &State, call: &Call<'_>) -> Option<(Uuid, Uuid)> {
    let (organization_id, customer_id) = customer_of(st, call)?;
    let member = match (
        call.path_param("member_id"),
        call.path_param("member_external_id"),
    ) {
        (Some(id), _) => {
            let id = Uuid::try_parse(id).ok()?;
            st.live_member_of(customer_id, |m| m.id == id)?
        }
        (None, Some(external)) => {
            st.live_member_of(customer_id, |m| m.external_id.as_deref() == Some(external))?
        }
        _ => return None,
    };
    Some((organization_id, member.member.id))
}

fn role(value: Option<&Json>) -> Option<MemberRole> {
    match value {
        Some(Json::Str(role)) => match role.as_str() {
            "owner" => Some(MemberRole::Owner),
            "billing_manager" => Some(MemberRole::BillingManager),
            "member" => Some(MemberRole::Member),
            _ => None,
        },
        _ => None,
    }
}

/// A member's JSON as a value, for its webhook event.
fn event(st: &State, organization_id: Uuid, event_type: &str, json: &str) {
    if let Ok(data) = decode(json.as_bytes()) {
        st.send_event(organization_id, event_type, &data);
    }
}

pub(super) fn create(state: &Mutex<State>, call: Call<'_>) -> Reply {
    let mut st = lock(state);
    let Some((organization_id, customer_id)) = customer_of(&st, &call) else {
        return not_found();
    };
    let team = st
        .customer(customer_id)
        .is_some_and(|c| c.customer.customer_type == CustomerType::Team);
    let enabled = st
        .organization(organization_id)
        .is_some_and(|o| o.member_model_enabled);
    if !team || !enabled {
        return Reply::json(
            StatusCode::FORBIDDEN,
            &b"{\"error\":\"NotPermitted\",\"detail\":\"Not permitted to add members.\"}"[..],
        );
    }
    let Body::Present(body) = &call.body else {
        return not_found();
    };
    let email = text(body, "email").unwrap_or_default();
    // A member with that email already: Polar answers it rather than a second one.
    if let Some(existing) = st.live_member_of(customer_id, |m| m.email.eq_ignore_ascii_case(&email))
    {
        return Reply::json(StatusCode::CREATED, existing.json.clone());
    }
    let mut member = Member::new(customer_id, email);
    member.name = text(body, "name");
    member.external_id = text(body, "external_id");
    if let Some(role) = role(body.get("role")) {
        member.role = role;
    }
    let input = member.external_id.clone();
    match st.add_member(member) {
        Ok(id) => {
            let Some(json) = st.member(id).map(|m| m.json.clone()) else {
                return Reply::internal_server_error();
            };
            event(&st, organization_id, "member.created", &json);
            Reply::json(StatusCode::CREATED, json)
        }
        Err(_) => {
            let item = value_error(
                "external_id",
                "A member with this external ID already exists for this customer.",
                input.as_deref(),
            );
            validation_error("PolarRequestValidationError", vec![item])
        }
    }
}

pub(super) fn get(state: &Mutex<State>, call: Call<'_>) -> Reply {
    let st = lock(state);
    match member_of(&st, &call).and_then(|(_, id)| st.member(id)) {
        Some(member) => Reply::json(StatusCode::OK, member.json.clone()),
        None => not_found(),
    }
}

pub(super) fn update(state: &Mutex<State>, call: Call<'_>) -> Reply {
    let mut st = lock(state);
    let Some((organization_id, id)) = member_of(&st, &call) else {
        return not_found();
    };
    let Body::Present(patch) = &call.body else {
        return not_found();
    };
    let changed = st.update_member(id, |member| {
        match patch.get("name") {
            Some(Json::Null) => member.name = None,
            Some(Json::Str(name)) => member.name = Some(name.clone()),
            _ => {}
        }
        if let Some(Json::Str(email)) = patch.get("email") {
            member.email = email.clone();
        }
        if let Some(role) = role(patch.get("role")) {
            member.role = role;
        }
    });
    match changed {
        Some(json) => {
            event(&st, organization_id, "member.updated", &json);
            Reply::json(StatusCode::OK, json)
        }
        None => not_found(),
    }
}

pub(super) fn delete(state: &Mutex<State>, call: Call<'_>) -> Reply {
    let mut st = lock(state);
    let Some((organization_id, id)) = member_of(&st, &call) else {
        return not_found();
    };
    let json = st.member(id).map(|m| m.json.clone());
    if !st.delete_member(id, now()) {
        return not_found();
    }
    if let Some(json) = json {
        event(&st, organization_id, "member.deleted", &json);
    }
    super::stub::no_content()
}

/// `GET /v1/members/`: the organization's members, newest first.
pub(super) fn list(state: &Mutex<State>, call: Call<'_>) -> Reply {
    let Some(organization_id) = call.caller.as_ref().map(|c| c.organization_id) else {
        return not_found();
    };
    let st = lock(state);
    let wanted = |name: &str| -> Vec<&str> {
        call.query
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    };
    let (customers, externals, roles) = (
        wanted("customer_id"),
        wanted("external_customer_id"),
        wanted("role"),
    );
    let mut members: Vec<&str> = st
        .live_members(organization_id)
        .filter(|m| {
            let customer = st.customer(m.member.customer_id);
            let external = customer.and_then(|c| c.customer.external_id.as_deref());
            (customers.is_empty() || customers.contains(&m.member.customer_id.to_string().as_str()))
                && (externals.is_empty() || external.is_some_and(|e| externals.contains(&e)))
                && (roles.is_empty() || roles.contains(&m.member.role.as_str()))
        })
        .map(|m| m.json.as_str())
        .collect();
    members.reverse();
    call.page_reply(members.len(), call.page_window(&members))
}
