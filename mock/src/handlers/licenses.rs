//! Benefits granted by a purchase, and the license keys a license-key benefit grants:
//!
//! * `POST /v1/products/{id}/benefits` sets a product's benefits (each must be one of the organization's
//!   benefits: a 422 `Benefit does not exist.` otherwise);
//! * a confirmed checkout grants each benefit of its product to the customer: a benefit grant
//!   (`benefit_grant.created`), and for a `license_keys` benefit a license key (`granted`, its key made of
//!   the benefit's `prefix` and an upper-case UUID, `display_key` `****-` and the key's last six characters,
//!   the benefit's activation and usage limits, `expires_at` from its `expires`);
//! * `POST /v1/license-keys/validate` (and its customer-portal twin) finds the key by `key` and
//!   `organization_id` (404 otherwise) and refuses, in this order and with Polar's messages: a key not
//!   `granted` (404 `License key is no longer active.`) or expired (404 `License key has expired.`), an
//!   unknown activation (404), conditions that differ from the activation's non-empty ones (404 `License
//!   key does not match required conditions`), another benefit or customer (404), and usage past
//!   `limit_usage` (400 `License key only has N more usages.`); then it counts the validation and the
//!   usage;
//! * `activate` refuses a key not `granted` or expired (403), a key without activations
//!   (`limit_activations` absent or 0: 403 `This license key does not support activations. …`) and a
//!   full one (403 `License key activation limit already reached`), and adds an activation; `deactivate`
//!   removes one (204, without checking the key's status); `GET /v1/license-keys/{id}` shows the key
//!   with its activations, and `GET /v1/license-keys/{id}/activations/{activation_id}` one activation
//!   with its key.
//!
//! The license keys' list and update, and the benefit grants' list, are their stored collections'.

use std::sync::Mutex;

use chrono::{DateTime, Duration, Months, Utc};
use hyper::http::StatusCode;
use uuid::Uuid;

use super::flows::{create, set, text, uuid};
use crate::answer::copy;
use crate::pipeline::body::Body;
use crate::pipeline::reply::{Reply, validation_error};
use crate::pipeline::{Call, lock, not_found};
use crate::pyjson::{Json, render};
use crate::render::Ts;
use crate::seed::{now, random_uuid};
use crate::spec::api;
use crate::state::State;
use crate::validate::{ErrorItem, Loc};

/// How deep a stored record is copied.
const DEPTH: usize = 64;

fn object(fields: Vec<(&str, Json)>) -> Json {
    Json::Object(fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
}

fn id_json(id: Uuid) -> Json {
    Json::Str(id.to_string())
}

fn int(value: Option<&Json>) -> Option<i64> {
    match value {
        Some(Json::Int(n)) => n.parse().ok(),
        _ => None,
    }
}

fn forbidden(detail: &str) -> Reply {
    let body = object(vec![
        ("error", Json::Str("NotPermitted".to_owned())),
        ("detail", Json::Str(detail.to_owned())),
    ]);
    Reply::json(
        StatusCode::FORBIDDEN,
        render(&body).unwrap_or_default().into_bytes(),
    )
}

fn missing(detail: &str) -> Reply {
    let body = object(vec![
        ("error", Json::Str("ResourceNotFound".to_owned())),
        ("detail", Json::Str(detail.to_owned())),
    ]);
    Reply::json(
        StatusCode::NOT_FOUND,
        render(&body).unwrap_or_default().into_bytes(),
    )
}

/// Whether two JSON values are equal (objects in any key order).
fn same(a: &Json, b: &Json) -> bool {
    match (a, b) {
        (Json::Null, Json::Null) => true,
        (Json::Bool(x), Json::Bool(y)) => x == y,
        (Json::Int(x), Json::Int(y)) | (Json::Str(x), Json::Str(y)) => x == y,
        (Json::Float(x), Json::Float(y)) => x == y,
        (Json::Array(x), Json::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b))
        }
        (Json::Object(x), Json::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.iter().any(|(k2, v2)| k == k2 && same(v, v2)))
        }
        _ => false,
    }
}

/// `POST /v1/products/{id}/benefits`: the product's benefits become the ones named, in that order.
pub(super) fn update_benefits(state: &Mutex<State>, call: Call<'_>) -> Reply {
    let api = api();
    let (Some(organization_id), Some(products), Some(benefits)) = (
        call.caller.as_ref().map(|c| c.organization_id),
        api.collection("products"),
        api.collection("benefits"),
    ) else {
        return not_found();
    };
    let Some(id) = call.path_uuid("id") else {
        return not_found();
    };
    let Body::Present(body) = &call.body else {
        return not_found();
    };
    let ids: &[Json] = match body.get("benefits") {
        Some(Json::Array(ids)) => ids,
        _ => &[],
    };
    let mut st = lock(state);
    if st.store.get(products, organization_id, id).is_none() {
        return not_found();
    }
    let mut chosen = Vec::with_capacity(ids.len());
    for (index, value) in ids.iter().enumerate() {
        let record = match value {
            Json::Str(s) => Uuid::try_parse(s)
                .ok()
                .and_then(|b| st.store.get(benefits, organization_id, b))
                .and_then(|r| copy(&r.json, DEPTH)),
            _ => None,
        };
        match record {
            Some(record) => chosen.push(record),
            None => {
                let item = ErrorItem {
                    kind: "value_error",
                    loc: vec![Loc::from("body"), Loc::from("benefits"), Loc::Index(index)],
                    msg: "Benefit does not exist.".into(),
                    input: copy(value, 0).and_then(|v| render(&v)),
                    ctx: None,
                };
                return validation_error("PolarRequestValidationError", vec![item]);
            }
        }
    }
    let Some(record) = st.store.get_mut(products, organization_id, id) else {
        return not_found();
    };
    set(&mut record.json, "benefits", Json::Array(chosen));
    set(
        &mut record.json,
        "modified_at",
        Json::Str(Ts(now()).format()),
    );
    let Some(product) = copy(&record.json, DEPTH) else {
        return Reply::internal_server_error();
    };
    st.record_event(products, organization_id, "updated", &product);
    Reply::json_value(StatusCode::OK, &product)
}

/// What a purchase grants: each benefit of the product, to the customer.
pub(super) struct Purchase {
    pub(super) organization_id: Uuid,
    pub(super) customer_id: Uuid,
    pub(super) product_id: Option<Uuid>,
    pub(super) order_id: Option<Uuid>,
    pub(super) subscription_id: Option<Uuid>,
}

/// Grants the benefits of a purchase's product (see the module's docs).
pub(super) fn grant_benefits(st: &mut State, purchase: &Purchase) {
    let api = api();
    let (Some(products), Some(benefits), Some(customers)) = (
        api.collection("products"),
        api.collection("benefits"),
        api.collection("customers"),
    ) else {
        return;
    };
    let org = purchase.organization_id;
    let granted: Vec<Json> = purchase
        .product_id
        .and_then(|id| st.store.get(products, org, id))
        .and_then(|p| match p.json.get("benefits") {
            Some(Json::Array(items)) => Some(
                items
                    .iter()
                    .filter_map(|b| {
                        // The benefit as it is now, if it is still stored; as the product shows it otherwise.
                        uuid(b, "id")
                            .and_then(|id| st.store.get(benefits, org, id))
                            .map_or_else(|| copy(b, DEPTH), |r| copy(&r.json, DEPTH))
                    })
                    .collect(),
            ),
            _ => None,
        })
        .unwrap_or_default();
    let customer = st
        .store
        .get(customers, org, purchase.customer_id)
        .and_then(|c| copy(&c.json, DEPTH));
    let optional_id = |id: Option<Uuid>| id.map_or(Json::Null, id_json);
    for benefit in granted {
        let Some(benefit_id) = uuid(&benefit, "id") else {
            continue;
        };
        let mut properties = Json::Object(Vec::new());
        if text(&benefit, "type").as_deref() == Some("license_keys")
            && let Some(key) = new_license_key(st, purchase, &benefit, customer.as_ref())
        {
            properties = object(vec![
                (
                    "license_key_id",
                    text(&key, "id").map_or(Json::Null, Json::Str),
                ),
                (
                    "display_key",
                    text(&key, "display_key").map_or(Json::Null, Json::Str),
                ),
            ]);
        }
        let mut fields = vec![
            ("customer_id", id_json(purchase.customer_id)),
            ("benefit_id", id_json(benefit_id)),
            ("order_id", optional_id(purchase.order_id)),
            ("subscription_id", optional_id(purchase.subscription_id)),
            ("member_id", Json::Null),
            ("member", Json::Null),
            ("is_granted", Json::Bool(true)),
            ("granted_at", Json::Str(Ts(now()).format())),
            ("is_revoked", Json::Bool(false)),
            ("revoked_at", Json::Null),
            ("error", Json::Null),
            ("properties", properties),
            ("benefit", benefit),
        ];
        if let Some(customer) = customer.as_ref().and_then(|c| copy(c, DEPTH)) {
            fields.push(("customer", customer));
        }
        create(st, "benefit-grants", org, object(fields));
    }
}

/// The license key a `license_keys` benefit grants.
fn new_license_key(
    st: &mut State,
    purchase: &Purchase,
    benefit: &Json,
    customer: Option<&Json>,
) -> Option<Json> {
    let properties = benefit.get("properties");
    let prefix = properties.and_then(|p| text(p, "prefix"));
    let mut key = random_uuid().to_string().to_uppercase();
    if let Some(prefix) = prefix.filter(|p| !p.is_empty()) {
        key = format!("{}-{key}", prefix.to_uppercase());
    }
    let display_key = format!("****-{}", &key[key.len() - 6..]);
    let limit_activations = properties
        .and_then(|p| p.get("activations"))
        .and_then(|a| int(a.get("limit")));
    let limit_usage = properties.and_then(|p| int(p.get("limit_usage")));
    let expires_at = properties
        .and_then(|p| p.get("expires"))
        .and_then(|e| expiry(now(), int(e.get("ttl"))?, &text(e, "timeframe")?));
    let number = |n: Option<i64>| n.map_or(Json::Null, |n| Json::Int(n.to_string()));
    let mut fields = vec![
        ("customer_id", id_json(purchase.customer_id)),
        ("benefit_id", benefit.get("id").and_then(|v| copy(v, 0))?),
        ("key", Json::Str(key)),
        ("display_key", Json::Str(display_key)),
        ("status", Json::Str("granted".to_owned())),
        ("limit_activations", number(limit_activations)),
        ("usage", Json::Int("0".to_owned())),
        ("limit_usage", number(limit_usage)),
        ("validations", Json::Int("0".to_owned())),
        ("last_validated_at", Json::Null),
        (
            "expires_at",
            expires_at.map_or(Json::Null, |at| Json::Str(Ts(at).format())),
        ),
        ("modified_at", Json::Null),
    ];
    if let Some(customer) = customer.and_then(|c| copy(c, DEPTH)) {
        fields.push(("customer", customer));
    }
    create(st, "license-keys", purchase.organization_id, object(fields))
}

/// `from` plus `ttl` days, months or years.
fn expiry(from: DateTime<Utc>, ttl: i64, timeframe: &str) -> Option<DateTime<Utc>> {
    let ttl = u32::try_from(ttl).ok()?;
    match timeframe {
        "day" => from.checked_add_signed(Duration::days(i64::from(ttl))),
        "month" => from.checked_add_months(Months::new(ttl)),
        "year" => from.checked_add_months(Months::new(ttl.checked_mul(12)?)),
        _ => None,
    }
}

/// The license key a validate, activate or deactivate body names, as `(organization, id, record)`.
fn find_key(st: &State, call: &Call<'_>) -> Result<(Uuid, Uuid, Json), Reply> {
    let api = api();
    let Body::Present(body) = &call.body else {
        return Err(not_found());
    };
    let (Some(collection), Some(key), Some(organization_id)) = (
        api.collection("license-keys"),
        text(body, "key"),
        uuid(body, "organization_id"),
    ) else {
        return Err(not_found());
    };
    if call
        .caller
        .as_ref()
        .is_some_and(|c| c.organization_id != organization_id)
    {
        return Err(not_found());
    }
    let (org, id) = st
        .store
        .find(collection, |r| {
            r.organization_id == organization_id
                && text(&r.json, "key").as_deref() == Some(key.as_str())
        })
        .ok_or_else(not_found)?;
    let record = st
        .store
        .get(collection, org, id)
        .and_then(|r| copy(&r.json, DEPTH))
        .ok_or_else(not_found)?;
    Ok((org, id, record))
}

/// Why a key that is revoked, disabled or past its `expires_at` (expiry begins at it) cannot be used:
/// `Some(false)` when it is not `granted`, `Some(true)` when it expired.
fn unusable(key: &Json) -> Option<bool> {
    if text(key, "status").as_deref() != Some("granted") {
        return Some(false);
    }
    let expires = text(key, "expires_at").and_then(|at| DateTime::parse_from_rfc3339(&at).ok());
    expires.is_some_and(|at| at <= now()).then_some(true)
}

fn bad_request(detail: &str) -> Reply {
    let body = object(vec![
        ("error", Json::Str("BadRequest".to_owned())),
        ("detail", Json::Str(detail.to_owned())),
    ]);
    Reply::json(
        StatusCode::BAD_REQUEST,
        render(&body).unwrap_or_default().into_bytes(),
    )
}

/// Applies `change` to the stored license key and returns it as it now is.
fn update_key(
    st: &mut State,
    organization_id: Uuid,
    id: Uuid,
    change: impl FnOnce(&mut Json),
) -> Option<Json> {
    let collection = api().collection("license-keys")?;
    let record = st.store.get_mut(collection, organization_id, id)?;
    change(&mut record.json);
    copy(&record.json, DEPTH)
}

pub(super) fn validate(state: &Mutex<State>, call: Call<'_>) -> Reply {
    let mut st = lock(state);
    let (org, id, key) = match find_key(&st, &call) {
        Ok(found) => found,
        Err(reply) => return reply,
    };
    match unusable(&key) {
        Some(false) => return missing("License key is no longer active."),
        Some(true) => return missing("License key has expired."),
        None => {}
    }
    let Body::Present(body) = &call.body else {
        return not_found();
    };
    let activation = match uuid(body, "activation_id") {
        None => Json::Null,
        Some(activation_id) => {
            let Some((activation, conditions)) = st.activations.get(&id).and_then(|all| {
                all.iter()
                    .find(|(a, _)| uuid(a, "id") == Some(activation_id))
            }) else {
                return not_found();
            };
            let asked = body
                .get("conditions")
                .and_then(|c| copy(c, DEPTH))
                .unwrap_or(Json::Object(Vec::new()));
            let required = !matches!(conditions, Json::Object(c) if c.is_empty());
            if required && !same(conditions, &asked) {
                return missing("License key does not match required conditions");
            }
            copy(activation, DEPTH).unwrap_or(Json::Null)
        }
    };
    if let Some(benefit_id) = uuid(body, "benefit_id")
        && uuid(&key, "benefit_id") != Some(benefit_id)
    {
        return missing("License key does not match given benefit.");
    }
    if let Some(customer_id) = uuid(body, "customer_id")
        && uuid(&key, "customer_id") != Some(customer_id)
    {
        return missing("License key does not match given user.");
    }
    // An increment too large for an i64 (validation allows any integer from 0) is more than any key has.
    let increment = match body.get("increment_usage") {
        Some(Json::Int(n)) => n.parse::<i64>().unwrap_or(i64::MAX),
        _ => 0,
    };
    let usage = int(key.get("usage")).unwrap_or(0);
    // A limit of 0 is no limit.
    if increment > 0
        && let Some(limit) = int(key.get("limit_usage")).filter(|&l| l > 0)
    {
        let remaining = limit.saturating_sub(usage);
        if increment > remaining {
            return bad_request(&format!("License key only has {remaining} more usages."));
        }
    }
    let validations = int(key.get("validations")).unwrap_or(0);
    let Some(mut validated) = update_key(&mut st, org, id, |json| {
        set(
            json,
            "validations",
            Json::Int(validations.saturating_add(1).to_string()),
        );
        set(json, "last_validated_at", Json::Str(Ts(now()).format()));
        if increment > 0 {
            set(
                json,
                "usage",
                Json::Int(usage.saturating_add(increment).to_string()),
            );
        }
    }) else {
        return not_found();
    };
    set(&mut validated, "activation", activation);
    Reply::json_value(StatusCode::OK, &validated)
}

pub(super) fn activate(state: &Mutex<State>, call: Call<'_>) -> Reply {
    let mut st = lock(state);
    let (_, id, key) = match find_key(&st, &call) {
        Ok(found) => found,
        Err(reply) => return reply,
    };
    match unusable(&key) {
        Some(false) => {
            return forbidden(
                "License key is no longer active. This license key can not be activated.",
            );
        }
        Some(true) => return forbidden("License key has expired."),
        None => {}
    }
    // No limit, or a limit of 0: the benefit grants no activations.
    let Some(limit) = int(key.get("limit_activations")).filter(|&l| l > 0) else {
        return forbidden(
            "This license key does not support activations. Use the /validate endpoint instead \
             to check license validity.",
        );
    };
    let count = st.activations.get(&id).map_or(0, Vec::len);
    if i64::try_from(count).unwrap_or(i64::MAX) >= limit {
        return forbidden("License key activation limit already reached");
    }
    let Body::Present(body) = &call.body else {
        return not_found();
    };
    let field = |name: &str| {
        body.get(name)
            .and_then(|v| copy(v, DEPTH))
            .unwrap_or(Json::Object(Vec::new()))
    };
    let activation = object(vec![
        ("id", id_json(random_uuid())),
        ("license_key_id", id_json(id)),
        ("label", text(body, "label").map_or(Json::Null, Json::Str)),
        ("meta", field("meta")),
        ("created_at", Json::Str(Ts(now()).format())),
        ("modified_at", Json::Null),
    ]);
    let Some(mut shown) = copy(&activation, DEPTH) else {
        return Reply::internal_server_error();
    };
    st.activations
        .entry(id)
        .or_default()
        .push((activation, field("conditions")));
    set(&mut shown, "license_key", key);
    Reply::json_value(StatusCode::OK, &shown)
}

pub(super) fn deactivate(state: &Mutex<State>, call: Call<'_>) -> Reply {
    let mut st = lock(state);
    let (_, id, _) = match find_key(&st, &call) {
        Ok(found) => found,
        Err(reply) => return reply,
    };
    let Body::Present(body) = &call.body else {
        return not_found();
    };
    let activation_id = uuid(body, "activation_id");
    let Some(activations) = st.activations.get_mut(&id) else {
        return not_found();
    };
    let before = activations.len();
    activations.retain(|(a, _)| uuid(a, "id") != activation_id);
    if activations.len() == before {
        return not_found();
    }
    super::stub::no_content()
}

/// `GET /v1/license-keys/{id}` and the customer portal's: the key with its activations.
pub(super) fn get_with_activations(state: &Mutex<State>, call: Call<'_>) -> Reply {
    let api = api();
    let (Some(caller), Some(collection), Some(id)) = (
        call.caller.as_ref(),
        api.collection("license-keys"),
        call.path_uuid("id"),
    ) else {
        return not_found();
    };
    let st = lock(state);
    let Some(mut key) = st
        .store
        .get(collection, caller.organization_id, id)
        .and_then(|r| copy(&r.json, DEPTH))
    else {
        return not_found();
    };
    if let Some(customer_id) = super::stored::portal_customer(&call)
        && uuid(&key, "customer_id") != Some(customer_id)
    {
        return not_found();
    }
    let activations = st.activations.get(&id).map_or_else(Vec::new, |all| {
        all.iter().filter_map(|(a, _)| copy(a, DEPTH)).collect()
    });
    set(&mut key, "activations", Json::Array(activations));
    Reply::json_value(StatusCode::OK, &key)
}

/// `GET /v1/license-keys/{id}/activations/{activation_id}`: one activation with its key.
pub(super) fn get_activation(state: &Mutex<State>, call: Call<'_>) -> Reply {
    let api = api();
    let (Some(caller), Some(collection), Some(id), Some(activation_id)) = (
        call.caller.as_ref(),
        api.collection("license-keys"),
        call.path_uuid("id"),
        call.path_uuid("activation_id"),
    ) else {
        return not_found();
    };
    let st = lock(state);
    let Some(key) = st
        .store
        .get(collection, caller.organization_id, id)
        .and_then(|r| copy(&r.json, DEPTH))
    else {
        return not_found();
    };
    let Some(mut activation) = st.activations.get(&id).and_then(|all| {
        all.iter()
            .find(|(a, _)| uuid(a, "id") == Some(activation_id))
            .and_then(|(a, _)| copy(a, DEPTH))
    }) else {
        return not_found();
    };
    set(&mut activation, "license_key", key);
    Reply::json_value(StatusCode::OK, &activation)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expiry_adds_days_months_and_years() {
        let from = DateTime::parse_from_rfc3339("2026-01-31T00:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(
            expiry(from, 2, "day").unwrap().to_rfc3339(),
            "2026-02-02T00:00:00+00:00"
        );
        assert_eq!(
            expiry(from, 1, "month").unwrap().to_rfc3339(),
            "2026-02-28T00:00:00+00:00"
        );
        assert_eq!(
            expiry(from, 1, "year").unwrap().to_rfc3339(),
            "2027-01-31T00:00:00+00:00"
        );
        assert_eq!(expiry(from, -1, "day"), None);
        assert_eq!(expiry(from, 1, "week"), None);
    }

    #[test]
    fn same_ignores_key_order() {
        let a = object(vec![("a", Json::Int("1".into())), ("b", Json::Null)]);
        let b = object(vec![("b", Json::Null), ("a", Json::Int("1".into()))]);
        let c = object(vec![("b", Json::Null), ("a", Json::Int("2".into()))]);
        assert!(same(&a, &b));
        assert!(!same(&a, &c));
    }
}
