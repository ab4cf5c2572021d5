//! `POST /v1/member-sessions/` and `POST /v1/customer-sessions/`, faithful to Polar's server.

use chrono::TimeDelta;
use hyper::http::StatusCode;
use serde::Serialize;
use uuid::Uuid;

use std::sync::Mutex;

use crate::pipeline::body::Body;
use crate::pipeline::reply::{Reply, validation_error};
use crate::pipeline::{Call, lock};
use crate::pyjson;
use crate::render::{self, SessionCore};
use crate::seed::{now, random_token, random_uuid};
use crate::state::{Caller, State};
use crate::validate::{self, CustomerKey};

#[derive(Serialize)]
struct PolarError<'a> {
    error: &'static str,
    detail: &'a str,
}

/// Creates the session fields shared by both routes.
struct NewSession {
    id: Uuid,
    created_at: chrono::DateTime<chrono::Utc>,
    expires_at: chrono::DateTime<chrono::Utc>,
    token: String,
}

impl NewSession {
    fn new(prefix: &str) -> Self {
        let created_at = now();
        Self {
            id: random_uuid(),
            created_at,
            expires_at: created_at + TimeDelta::hours(1),
            token: random_token(prefix),
        }
    }

    fn core<'a>(&'a self, return_url: Option<&'a str>, portal_url: &'a str) -> SessionCore<'a> {
        SessionCore {
            id: self.id,
            created_at: self.created_at,
            expires_at: self.expires_at,
            token: &self.token,
            return_url,
            portal_url,
        }
    }
}

fn created(body: Vec<u8>) -> Reply {
    Reply::json(StatusCode::CREATED, body)
}

/// `POST /v1/member-sessions/`.
pub(super) fn member_session(state: &Mutex<State>, call: Call<'_>) -> Reply {
    let (caller, body) = match session_request(call) {
        Ok(parts) => parts,
        Err(reply) => return reply,
    };
    match validate::member_session_create(&body) {
        Ok(create) => create_member_session(&mut lock(state), caller, create),
        Err(errors) => validation_error("RequestValidationError", errors),
    }
}

/// `POST /v1/customer-sessions/`.
pub(super) fn customer_session(state: &Mutex<State>, call: Call<'_>) -> Reply {
    let (caller, body) = match session_request(call) {
        Ok(parts) => parts,
        Err(reply) => return reply,
    };
    match validate::customer_session_create(&body) {
        Ok(create) => create_customer_session(&mut lock(state), caller, create),
        Err(errors) => validation_error("RequestValidationError", errors),
    }
}

/// The caller (the authenticator let only organization and user tokens through) and the body.
fn session_request(call: Call<'_>) -> Result<(Caller, crate::pyjson::Json), Reply> {
    let Some(caller) = call.caller else {
        return Err(Reply::internal_server_error());
    };
    match call.body {
        Body::Present(body) => Ok((caller, body)),
        Body::Missing => Err(validation_error(
            "RequestValidationError",
            vec![validate::body_missing()],
        )),
        Body::Undecodable => Err(Reply::internal_server_error()),
    }
}

fn create_member_session(
    st: &mut State,
    caller: Caller,
    create: validate::MemberSessionCreate,
) -> Reply {
    let found = st
        .member(create.member_id)
        .filter(|m| m.member.deleted_at.is_none())
        .and_then(|member| {
            st.live_customer(caller.organization_id, member.member.customer_id)
                .map(|customer| (member, customer))
        });
    let Some((member, customer)) = found else {
        let item = validate::value_error(
            "member_id",
            "Member does not exist.",
            Some(&create.member_id.to_string()),
        );
        return validation_error("PolarRequestValidationError", vec![item]);
    };
    let Some(org) = st.organization(caller.organization_id) else {
        return Reply::internal_server_error();
    };
    let mut missing = Vec::new();
    if !org.member_model_enabled {
        missing.push("member_model_enabled");
    }
    if !org.seat_based_pricing_enabled {
        missing.push("seat_based_pricing_enabled");
    }
    if !missing.is_empty() {
        let detail = format!(
            "Member sessions require {} to be enabled for the organization. Use customer sessions instead.",
            missing.join(", ")
        );
        return Reply::json(
            StatusCode::FORBIDDEN,
            pyjson::to_vec(&PolarError {
                error: "NotPermitted",
                detail: &detail,
            }),
        );
    }
    let session = NewSession::new("polar_mst_");
    let (member_id, customer_id) = (member.member.id, customer.customer.id);
    let portal = render::portal_url(
        &st.frontend_url,
        &org.slug,
        "member_session_token",
        &session.token,
        Some(&member.member.email),
    );
    let core = session.core(create.return_url.as_deref(), &portal);
    let body = render::member_session(
        &core,
        (member.member.id, &member.json),
        (customer.customer.id, &customer.json),
    );
    st.add_session(
        session.token.clone(),
        caller.organization_id,
        customer_id,
        Some(member_id),
    );
    created(body)
}

fn create_customer_session(
    st: &mut State,
    caller: Caller,
    create: validate::CustomerSessionCreate,
) -> Reply {
    let org_id = caller.organization_id;
    let (customer, field, input) = match &create.customer {
        CustomerKey::Id(id) => (st.live_customer(org_id, *id), "customer_id", id.to_string()),
        CustomerKey::External(ext) => (
            st.live_customer_by_external_id(org_id, ext),
            "external_customer_id",
            ext.clone(),
        ),
    };
    let Some(customer) = customer else {
        let item = validate::value_error(field, "Customer does not exist.", Some(&input));
        return validation_error("PolarRequestValidationError", vec![item]);
    };
    let customer_id = customer.customer.id;
    let Some(org) = st.organization(org_id) else {
        return Reply::internal_server_error();
    };
    let member_model = org.member_model_enabled;

    // In a member-model organization the server creates a member session and returns it in this shape.
    let member_id = if member_model {
        let not_found = |field: &'static str, input: &str| {
            let item = validate::value_error(
                field,
                "Member does not exist for this customer.",
                Some(input),
            );
            validation_error("PolarRequestValidationError", vec![item])
        };
        if let Some(id) = create.member_id {
            match st.live_member_of(customer_id, |m| m.id == id) {
                Some(member) => Some(member.member.id),
                None => return not_found("member_id", &id.to_string()),
            }
        } else if let Some(external) = &create.external_member_id {
            match st.live_member_of(customer_id, |m| m.external_id.as_ref() == Some(external)) {
                Some(member) => Some(member.member.id),
                None => return not_found("external_member_id", external),
            }
        } else if customer.customer.customer_type == crate::seed::CustomerType::Team {
            let item = validate::value_error(
                "member_id",
                "member_id is required for team customers.",
                None,
            );
            return validation_error("PolarRequestValidationError", vec![item]);
        } else {
            match st.owner_member(customer_id) {
                Some(id) => Some(id),
                None => {
                    let item = validate::value_error(
                        "customer_id",
                        "No owner member found for this customer.",
                        Some(&customer_id.to_string()),
                    );
                    return validation_error("PolarRequestValidationError", vec![item]);
                }
            }
        }
    } else {
        None
    };

    let (Some(org), Some(customer)) = (st.organization(org_id), st.customer(customer_id)) else {
        return Reply::internal_server_error();
    };
    let member = member_id.and_then(|id| st.member(id));
    let session = NewSession::new(if member.is_some() {
        "polar_mst_"
    } else {
        "polar_cst_"
    });
    let email = match member {
        Some(member) => Some(member.member.email.as_str()),
        None => customer.customer.email.as_deref(),
    };
    let portal = render::portal_url(
        &st.frontend_url,
        &org.slug,
        "customer_session_token",
        &session.token,
        email,
    );
    let core = session.core(create.return_url.as_deref(), &portal);
    let body = render::customer_session(&core, (customer.customer.id, &customer.json));
    st.add_session(session.token.clone(), org_id, customer_id, member_id);
    created(body)
}
