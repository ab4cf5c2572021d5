//! The mock's mutable state: records, rate-limit windows, the script queue and the request log.

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;
use std::time::{Instant, SystemTime};

use chrono::{DateTime, Utc};
use hyper::body::Bytes;
use uuid::Uuid;

use crate::pyjson::{self, Json};
use crate::render::{CustomerJson, Ts, customer_json, member_json};
use crate::script::{LogEntry, LoggedRequest, Scripted};
use crate::seed::{
    AccessToken, Address, Customer, Member, MemberRole, MetadataValue, Organization, RateLimit,
    Seed, SeedError, now,
};
use crate::spec::api;
use crate::store::{Refused, Store};
use crate::webhooks;

/// How many requests the log keeps by default (the oldest are dropped first).
pub(crate) const DEFAULT_LOG_LIMIT: usize = 10_000;

/// A customer with its JSON (computed fields included), rendered once: records do not change once stored,
/// except for `deleted_at`, which hides them from the API.
#[derive(Debug, Clone)]
pub(crate) struct StoredCustomer {
    pub(crate) customer: Customer,
    pub(crate) json: CustomerJson,
}

/// A member with its JSON, rendered once.
#[derive(Debug, Clone)]
pub(crate) struct StoredMember {
    pub(crate) member: Member,
    pub(crate) json: String,
}

/// A token with what it grants, looked up once.
#[derive(Debug, Clone)]
struct StoredToken {
    token: AccessToken,
    caller: Caller,
}

/// Who a bearer token speaks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Subject {
    /// An organization access token.
    Organization,
    /// A user's personal access token.
    User,
    /// A customer session (`member_id: None`, `polar_cst_`) or a member session (`polar_mst_`).
    Customer {
        customer_id: Uuid,
        member_id: Option<Uuid>,
    },
}

/// What the bearer token of a request grants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Caller {
    pub(crate) organization_id: Uuid,
    pub(crate) subject: Subject,
    pub(crate) scopes: Arc<[String]>,
}

impl Caller {
    /// Whether the token holds one of `scopes` (`web:write`, a dashboard session, holds them all; `web:read`
    /// the read ones).
    pub(crate) fn has_any_scope(&self, scopes: &[String], read: bool) -> bool {
        scopes.is_empty()
            || self.scopes.iter().any(|held| {
                held == "web:write" || (read && held == "web:read") || scopes.contains(held)
            })
    }
}

/// How many customer and member sessions stay valid at once (the oldest go first).
const SESSION_LIMIT: usize = 100_000;
/// How many GET answers are kept for identical requests, and how many bytes at most.
const ANSWER_LIMIT: usize = 10_000;
const ANSWER_BYTES: usize = 64 * 1024 * 1024;
/// How many ids the ownership map remembers.
const OWNER_LIMIT: usize = 1_000_000;

#[derive(Debug, Clone, Copy)]
struct Window {
    started: Instant,
    count: u32,
}

#[derive(Debug)]
pub(crate) struct State {
    pub(crate) frontend_url: String,
    pub(crate) member_sessions_retired: bool,
    pub(crate) rate_limit: Option<RateLimit>,
    windows: HashMap<Uuid, Window>,
    organizations: Vec<Organization>,
    organization_index: HashMap<Uuid, usize>,
    customers: Vec<StoredCustomer>,
    customer_index: HashMap<Uuid, usize>,
    members: Vec<StoredMember>,
    member_index: HashMap<Uuid, usize>,
    tokens: Vec<StoredToken>,
    token_index: HashMap<String, usize>,
    sessions: HashMap<String, Caller>,
    session_order: VecDeque<String>,
    /// The organization each id the API has shown belongs to, so another organization's ids are 404.
    owners: HashMap<Uuid, Uuid>,
    /// Answers of GETs without state, by caller and request, and their total size.
    answers: HashMap<String, Bytes>,
    answer_bytes: usize,
    /// The records of the stored collections.
    pub(crate) store: Store,
    /// The activations of each license key: the activation as the API shows it, and the conditions it was
    /// made with (which a validation must repeat).
    pub(crate) activations: HashMap<Uuid, Vec<(Json, Json)>>,
    /// The `external_id`s of the events each organization ingested, and the event of each (the API
    /// does not show them).
    pub(crate) event_external_ids: HashMap<(Uuid, String), Uuid>,
    /// Webhook deliveries, shared with the tasks that send them.
    pub(crate) webhook_log: webhooks::Log,
    pub(crate) script: VecDeque<Scripted>,
    log: VecDeque<(u64, LogEntry)>,
    pub(crate) log_limit: usize,
    next_log_id: u64,
}

/// The seed form of a customer record of the store (what its sessions show).
fn customer_of(organization_id: Uuid, json: &Json) -> Option<Customer> {
    let text = |key: &str| match json.get(key) {
        Some(Json::Str(s)) => Some(s.clone()),
        _ => None,
    };
    let id = text("id").and_then(|id| Uuid::try_parse(&id).ok())?;
    let mut customer = match text("type").as_deref() {
        Some("team") => Customer::team(organization_id),
        _ => Customer::new(organization_id, ""),
    };
    customer.id = id;
    customer.email = text("email");
    customer.name = text("name");
    customer.external_id = text("external_id");
    customer.billing_name = text("billing_name");
    customer.locale = text("locale");
    customer.email_verified = matches!(json.get("email_verified"), Some(Json::Bool(true)));
    customer.billing_address = json
        .get("billing_address")
        .filter(|a| matches!(a, Json::Object(_)))
        .and_then(pyjson::render)
        .and_then(|a| serde_json::from_str::<Address>(&a).ok());
    customer.tax_id = match json.get("tax_id") {
        Some(Json::Array(parts)) => match parts.as_slice() {
            [Json::Str(value), Json::Str(kind)] => Some((value.clone(), kind.clone())),
            _ => None,
        },
        _ => None,
    };
    if let Some(at) = text("created_at").and_then(|at| DateTime::parse_from_rfc3339(&at).ok()) {
        customer.created_at = at.with_timezone(&Utc);
    }
    if let Some(Json::Object(entries)) = json.get("metadata") {
        customer.metadata = entries
            .iter()
            .filter_map(|(k, v)| {
                let value = match v {
                    Json::Str(s) => MetadataValue::String(s.clone()),
                    Json::Int(n) => MetadataValue::Integer(n.parse().ok()?),
                    Json::Float(f) if f.is_finite() => MetadataValue::Float(*f),
                    Json::Bool(b) => MetadataValue::Boolean(*b),
                    _ => return None,
                };
                Some((k.clone(), value))
            })
            .collect();
    }
    Some(customer)
}

/// A seeded license key's `activations`: each an object with an `id` (a UUID), a `label`, and optionally
/// `meta`, `conditions` (kept apart: a validation must repeat them) and `created_at`.
fn activations_of(mut value: Json) -> Result<Vec<(Json, Json)>, String> {
    let Json::Array(items) = &mut value else {
        return Err("activations must be a list".to_owned());
    };
    let mut out = Vec::with_capacity(items.len());
    for mut item in std::mem::take(items) {
        let Json::Object(fields) = &mut item else {
            return Err("an activation must be an object".to_owned());
        };
        let mut take = |name: &str| {
            fields
                .iter()
                .position(|(k, _)| k == name)
                .map(|at| fields.remove(at).1)
        };
        let text = |value: Option<Json>| match &value {
            Some(Json::Str(s)) => Some(s.clone()),
            _ => None,
        };
        let id = text(take("id"))
            .filter(|id| Uuid::try_parse(id).is_ok())
            .ok_or("an activation needs an `id` (a UUID)")?;
        let label =
            text(take("label")).ok_or_else(|| format!("activation {id} needs a `label`"))?;
        let meta = take("meta").unwrap_or(Json::Object(Vec::new()));
        let conditions = take("conditions").unwrap_or(Json::Object(Vec::new()));
        let created_at = take("created_at").unwrap_or_else(|| Json::Str(Ts(now()).format()));
        let activation = Json::Object(vec![
            ("id".to_owned(), Json::Str(id)),
            ("label".to_owned(), Json::Str(label)),
            ("meta".to_owned(), meta),
            ("created_at".to_owned(), created_at),
            ("modified_at".to_owned(), Json::Null),
        ]);
        out.push((activation, conditions));
    }
    Ok(out)
}

impl State {
    pub(crate) fn new(frontend_url: &str, member_sessions_retired: bool) -> Self {
        Self {
            frontend_url: frontend_url.trim_end_matches('/').to_owned(),
            member_sessions_retired,
            rate_limit: None,
            windows: HashMap::new(),
            organizations: Vec::new(),
            organization_index: HashMap::new(),
            customers: Vec::new(),
            customer_index: HashMap::new(),
            members: Vec::new(),
            member_index: HashMap::new(),
            tokens: Vec::new(),
            token_index: HashMap::new(),
            sessions: HashMap::new(),
            session_order: VecDeque::new(),
            owners: HashMap::new(),
            answers: HashMap::new(),
            answer_bytes: 0,
            store: Store::default(),
            activations: HashMap::new(),
            event_external_ids: HashMap::new(),
            webhook_log: webhooks::Log::default(),
            script: VecDeque::new(),
            log: VecDeque::new(),
            log_limit: DEFAULT_LOG_LIMIT,
            next_log_id: 0,
        }
    }

    /// Loads a seed, in dependency order so a seed may list records in any order.
    pub(crate) fn load(&mut self, seed: Seed) -> Result<(), SeedError> {
        if let Some(url) = &seed.frontend_url {
            self.frontend_url = url.trim_end_matches('/').to_owned();
        }
        if seed.rate_limit.is_some() {
            self.rate_limit = seed.rate_limit;
        }
        for org in seed.organizations {
            self.add_organization(org)?;
        }
        for customer in seed.customers {
            self.add_customer(customer)?;
        }
        for member in seed.members {
            self.add_member(member)?;
        }
        for token in seed.tokens {
            self.add_token(token)?;
        }
        for (organization_id, collection, record) in seed.records {
            self.add_record(organization_id, &collection, &record)?;
        }
        Ok(())
    }

    pub(crate) fn add_organization(&mut self, org: Organization) -> Result<Uuid, SeedError> {
        if self.organization_index.contains_key(&org.id) {
            return Err(SeedError::DuplicateId(org.id));
        }
        let id = org.id;
        self.owners.insert(id, id);
        self.organization_index.insert(id, self.organizations.len());
        self.organizations.push(org);
        Ok(id)
    }

    pub(crate) fn add_customer(&mut self, customer: Customer) -> Result<Uuid, SeedError> {
        if !self
            .organization_index
            .contains_key(&customer.organization_id)
        {
            return Err(SeedError::UnknownOrganization(customer.organization_id));
        }
        if self.customer_index.contains_key(&customer.id) {
            return Err(SeedError::DuplicateId(customer.id));
        }
        for (key, value) in &customer.metadata {
            if matches!(value, MetadataValue::Float(f) if !f.is_finite()) {
                return Err(SeedError::InvalidMetadata(key.clone()));
            }
        }
        let live = || {
            self.customers
                .iter()
                .map(|c| &c.customer)
                .filter(|c| c.organization_id == customer.organization_id && c.deleted_at.is_none())
        };
        if customer.deleted_at.is_none() {
            if let Some(external_id) = &customer.external_id
                && live().any(|c| c.external_id.as_ref() == Some(external_id))
            {
                return Err(SeedError::DuplicateExternalId(external_id.clone()));
            }
            if let Some(email) = &customer.email
                && live().any(|c| {
                    c.email
                        .as_ref()
                        .is_some_and(|e| e.eq_ignore_ascii_case(email))
                })
            {
                return Err(SeedError::DuplicateEmail(email.clone()));
            }
        }
        let id = customer.id;
        let json = customer_json(&customer);
        self.owners.insert(id, customer.organization_id);
        // The API's customers are the store's: the seed's are listed and fetched like created ones.
        if let (Some(collection), Ok(record)) = (
            api().collection("customers"),
            pyjson::decode(json.v2026_10.as_bytes()),
        ) {
            let _ = self
                .store
                .insert(collection, customer.organization_id, record);
        }
        self.customer_index.insert(id, self.customers.len());
        self.customers.push(StoredCustomer { customer, json });
        Ok(id)
    }

    pub(crate) fn add_member(&mut self, member: Member) -> Result<Uuid, SeedError> {
        if !self.customer_index.contains_key(&member.customer_id) {
            return Err(SeedError::UnknownCustomer(member.customer_id));
        }
        if self.member_index.contains_key(&member.id) {
            return Err(SeedError::DuplicateId(member.id));
        }
        if let (Some(external_id), None) = (&member.external_id, member.deleted_at) {
            let taken = self.members.iter().map(|m| &m.member).any(|m| {
                m.customer_id == member.customer_id
                    && m.deleted_at.is_none()
                    && m.external_id.as_ref() == Some(external_id)
            });
            if taken {
                return Err(SeedError::DuplicateExternalId(external_id.clone()));
            }
        }
        let id = member.id;
        let json = member_json(&member);
        if let Some(org) = self
            .customer(member.customer_id)
            .map(|c| c.customer.organization_id)
        {
            self.owners.insert(id, org);
        }
        self.member_index.insert(id, self.members.len());
        self.members.push(StoredMember { member, json });
        Ok(id)
    }

    pub(crate) fn add_token(&mut self, token: AccessToken) -> Result<String, SeedError> {
        if !self.organization_index.contains_key(&token.organization_id) {
            return Err(SeedError::UnknownOrganization(token.organization_id));
        }
        let t = &token.token;
        if t.is_empty()
            || !t.is_ascii()
            || t.bytes()
                .any(|b| b.is_ascii_whitespace() || b.is_ascii_control())
        {
            return Err(SeedError::InvalidToken);
        }
        if self.token_index.contains_key(t) {
            return Err(SeedError::DuplicateToken);
        }
        let value = t.clone();
        let caller = Caller {
            organization_id: token.organization_id,
            subject: if token.personal {
                Subject::User
            } else {
                Subject::Organization
            },
            scopes: token.scopes.iter().cloned().collect(),
        };
        self.token_index.insert(value.clone(), self.tokens.len());
        self.tokens.push(StoredToken { token, caller });
        Ok(value)
    }

    pub(crate) fn delete_customer(&mut self, id: Uuid, at: DateTime<Utc>) -> bool {
        match self
            .customer_index
            .get(&id)
            .map(|&i| &mut self.customers[i].customer)
        {
            Some(c) if c.deleted_at.is_none() => {
                c.deleted_at = Some(at);
                true
            }
            _ => false,
        }
    }

    pub(crate) fn delete_member(&mut self, id: Uuid, at: DateTime<Utc>) -> bool {
        match self
            .member_index
            .get(&id)
            .map(|&i| &mut self.members[i].member)
        {
            Some(m) if m.deleted_at.is_none() => {
                m.deleted_at = Some(at);
                true
            }
            _ => false,
        }
    }

    /// Everything stored, as a seed that would recreate it.
    pub(crate) fn snapshot(&self) -> Seed {
        let mut seed = Seed::empty().with_frontend_url(self.frontend_url.clone());
        seed.rate_limit = self.rate_limit;
        seed.organizations = self.organizations.clone();
        seed.customers = self.customers.iter().map(|c| c.customer.clone()).collect();
        seed.members = self.members.iter().map(|m| m.member.clone()).collect();
        seed.tokens = self.tokens.iter().map(|t| t.token.clone()).collect();
        // The stored records but customers (which the seed's customers are), license keys with their
        // activations.
        let api = api();
        let external_of: HashMap<Uuid, &String> = self
            .event_external_ids
            .iter()
            .map(|((_, external), event)| (*event, external))
            .collect();
        for (index, collection) in api.collections.iter().enumerate() {
            if collection.name == "customers" {
                continue;
            }
            for org in &self.organizations {
                for record in self.store.live(index, org.id) {
                    let Ok(mut value) =
                        serde_json::from_slice::<serde_json::Value>(record.rendered())
                    else {
                        continue;
                    };
                    let activations =
                        crate::store::id_of(&record.json).and_then(|id| self.activations.get(&id));
                    if let (Some(activations), Some(fields)) = (activations, value.as_object_mut())
                    {
                        let shown = activations
                            .iter()
                            .filter_map(|(activation, conditions)| {
                                let mut a: serde_json::Value =
                                    serde_json::from_str(&pyjson::render(activation)?).ok()?;
                                a["conditions"] =
                                    serde_json::from_str(&pyjson::render(conditions)?).ok()?;
                                Some(a)
                            })
                            .collect();
                        fields.insert("activations".to_owned(), serde_json::Value::Array(shown));
                    }
                    if collection.name == "events"
                        && let (Some(id), Some(fields)) =
                            (crate::store::id_of(&record.json), value.as_object_mut())
                        && let Some(external) = external_of.get(&id)
                    {
                        fields.insert(
                            "external_id".to_owned(),
                            serde_json::Value::String((*external).clone()),
                        );
                    }
                    seed.records.push((org.id, collection.name.clone(), value));
                }
            }
        }
        seed
    }

    /// A customer of the store was updated: its sessions show it as it now is (name, email, external id,
    /// metadata, billing name and address, tax id, locale).
    pub(crate) fn customer_updated(&mut self, organization_id: Uuid, json: &Json) {
        let Some(fresh) = customer_of(organization_id, json) else {
            return;
        };
        let Some(&index) = self.customer_index.get(&fresh.id) else {
            return;
        };
        let stored = &mut self.customers[index];
        stored.customer.email = fresh.email;
        stored.customer.name = fresh.name;
        stored.customer.external_id = fresh.external_id;
        stored.customer.metadata = fresh.metadata;
        stored.customer.billing_name = fresh.billing_name;
        stored.customer.billing_address = fresh.billing_address;
        stored.customer.tax_id = fresh.tax_id;
        stored.customer.locale = fresh.locale;
        stored.customer.modified_at = Some(now());
        stored.json = customer_json(&stored.customer);
    }

    /// What `token` grants, if the mock issued it: an access token or a live session.
    pub(crate) fn caller(&self, token: &str) -> Option<Caller> {
        if let Some(&index) = self.token_index.get(token) {
            return Some(self.tokens[index].caller.clone());
        }
        self.sessions.get(token).cloned()
    }

    /// Makes a session token a credential of the customer portal.
    pub(crate) fn add_session(
        &mut self,
        token: String,
        organization_id: Uuid,
        customer_id: Uuid,
        member_id: Option<Uuid>,
    ) {
        if self.session_order.len() >= SESSION_LIMIT
            && let Some(oldest) = self.session_order.pop_front()
        {
            self.sessions.remove(&oldest);
        }
        let caller = Caller {
            organization_id,
            subject: Subject::Customer {
                customer_id,
                member_id,
            },
            scopes: ["customer_portal:read", "customer_portal:write"]
                .into_iter()
                .map(str::to_owned)
                .collect(),
        };
        self.session_order.push_back(token.clone());
        self.sessions.insert(token, caller);
    }

    /// Adds a record of a stored collection (a seed's) to an organization: it must fit the collection's
    /// schema.
    pub(crate) fn add_record(
        &mut self,
        organization_id: Uuid,
        collection: &str,
        record: &serde_json::Value,
    ) -> Result<Uuid, SeedError> {
        let api = api();
        let invalid = |why: String| SeedError::InvalidRecord(format!("{collection}: {why}"));
        let index = api
            .collection(collection)
            .ok_or_else(|| invalid("not a stored collection".to_owned()))?;
        let json = crate::answer::from_spec(record);
        let schema = crate::spec::Schema::Ref {
            to: api.collections[index].record,
        };
        let mut errors = Vec::new();
        crate::validate::schema::validate(api, &schema, &json, &mut Vec::new(), &mut errors);
        if let Some(first) = errors.first() {
            let at: Vec<String> = first
                .loc
                .iter()
                .map(|l| match l {
                    crate::validate::Loc::Key(k) => k.to_string(),
                    crate::validate::Loc::Index(i) => i.to_string(),
                })
                .collect();
            return Err(invalid(format!("{} at {}", first.msg, at.join("."))));
        }
        if self.organization(organization_id).is_none() {
            return Err(SeedError::UnknownOrganization(organization_id));
        }
        let mut json = json;
        // A license key may come with its activations, which the API shows beside it, not in it.
        let activations = match (collection, &mut json) {
            ("license-keys", Json::Object(fields)) => {
                match fields.iter().position(|(k, _)| k == "activations") {
                    Some(at) => activations_of(fields.remove(at).1).map_err(invalid)?,
                    None => Vec::new(),
                }
            }
            _ => Vec::new(),
        };
        // An event may come with the `external_id` it was ingested with, which the API does not show.
        let external_id = match (collection, &mut json) {
            ("events", Json::Object(fields)) => {
                match fields.iter().position(|(k, _)| k == "external_id") {
                    Some(at) => match &fields.remove(at).1 {
                        Json::Str(external) => Some(external.clone()),
                        _ => None,
                    },
                    None => None,
                }
            }
            _ => None,
        };
        let id =
            self.store_record(index, organization_id, json)
                .map_err(|refused| match refused {
                    Refused::NoId => invalid("no id".to_owned()),
                    Refused::DuplicateId(id) => SeedError::DuplicateId(id),
                })?;
        if let Some(external) = external_id {
            self.event_external_ids
                .insert((organization_id, external), id);
        }
        if !activations.is_empty() {
            let activations = activations
                .into_iter()
                .map(|(mut activation, conditions)| {
                    if let Json::Object(fields) = &mut activation {
                        fields.retain(|(k, _)| k != "license_key_id");
                        fields.insert(1, ("license_key_id".to_owned(), Json::Str(id.to_string())));
                    }
                    (activation, conditions)
                })
                .collect();
            self.activations.insert(id, activations);
        }
        Ok(id)
    }

    /// Sends the event a change of a record makes (`{record}.created`, `.updated`, `.deleted`, where Polar
    /// has it) to the organization's endpoints that take it.
    pub(crate) fn record_event(
        &self,
        collection: usize,
        organization_id: Uuid,
        action: &str,
        record: &Json,
    ) {
        let api = api();
        let name = &api.collections[collection].name;
        let event_type = format!(
            "{}.{action}",
            name.strip_suffix('s').unwrap_or(name).replace('-', "_")
        );
        if !api.events.contains(&event_type) {
            return;
        }
        self.send_event(organization_id, &event_type, record);
    }

    /// Stores a record of a collection; its id is the organization's from now on.
    pub(crate) fn store_record(
        &mut self,
        collection: usize,
        organization_id: Uuid,
        json: Json,
    ) -> Result<Uuid, Refused> {
        let customer = (api().collections[collection].name == "customers")
            .then(|| customer_of(organization_id, &json))
            .flatten();
        let id = self.store.insert(collection, organization_id, json)?;
        self.claim(id, organization_id);
        // A customer the API created can have sessions, like the seed's.
        if let Some(customer) = customer
            && !self.customer_index.contains_key(&customer.id)
        {
            let json = customer_json(&customer);
            self.customer_index
                .insert(customer.id, self.customers.len());
            self.customers.push(StoredCustomer { customer, json });
        }
        Ok(id)
    }

    /// Deletes a record as Polar does for its collection: customers are kept, hidden, with `deleted_at`.
    pub(crate) fn delete_record(
        &mut self,
        collection: usize,
        organization_id: Uuid,
        id: Uuid,
    ) -> bool {
        if !api().collections[collection].soft_delete {
            return self.store.remove(collection, organization_id, id);
        }
        let at = now();
        let Some(record) = self.store.get_mut(collection, organization_id, id) else {
            return false;
        };
        record.deleted = true;
        if let Json::Object(fields) = &mut record.json
            && let Some(field) = fields.iter_mut().find(|(k, _)| k == "deleted_at")
        {
            field.1 = Json::Str(Ts(at).format());
        }
        // A customer of the seed: hidden from the sessions too.
        self.delete_customer(id, at);
        true
    }

    /// The answer given before to the same GET of the same caller.
    pub(crate) fn answer(&self, key: &str) -> Option<Bytes> {
        self.answers.get(key).cloned()
    }

    /// Keeps an answer for the next identical GET (the oldest all go when there are too many).
    pub(crate) fn remember_answer(&mut self, key: String, body: Bytes) {
        if self.answers.len() >= ANSWER_LIMIT || self.answer_bytes + body.len() > ANSWER_BYTES {
            self.answers.clear();
            self.answer_bytes = 0;
        }
        self.answer_bytes += body.len() + key.len();
        self.answers.insert(key, body);
    }

    /// The organization an id belongs to, if the API has shown it.
    pub(crate) fn owner(&self, id: Uuid) -> Option<Uuid> {
        self.owners.get(&id).copied()
    }

    /// Records that `id` belongs to `organization_id` (the first owner stays).
    pub(crate) fn claim(&mut self, id: Uuid, organization_id: Uuid) {
        if self.owners.len() < OWNER_LIMIT {
            self.owners.entry(id).or_insert(organization_id);
        }
    }

    /// Counts a request of `organization_id`; `Some(retry_after_secs)` when it is over the limit.
    pub(crate) fn over_rate_limit(&mut self, organization_id: Uuid, now: Instant) -> Option<u64> {
        let own = self
            .organization(organization_id)
            .and_then(|org| org.rate_limit);
        let limit = own.or(self.rate_limit)?;
        let window = self.windows.entry(organization_id).or_insert(Window {
            started: now,
            count: 0,
        });
        if now.duration_since(window.started) >= limit.window {
            *window = Window {
                started: now,
                count: 0,
            };
        }
        window.count = window.count.saturating_add(1);
        (window.count > limit.requests).then(|| limit.retry_after_secs())
    }

    pub(crate) fn reset_rate_limit_windows(&mut self) {
        self.windows.clear();
    }

    pub(crate) fn organization(&self, id: Uuid) -> Option<&Organization> {
        self.organization_index
            .get(&id)
            .map(|&i| &self.organizations[i])
    }

    pub(crate) fn customer(&self, id: Uuid) -> Option<&StoredCustomer> {
        self.customer_index.get(&id).map(|&i| &self.customers[i])
    }

    /// A live customer of `organization_id` by id.
    pub(crate) fn live_customer(&self, organization_id: Uuid, id: Uuid) -> Option<&StoredCustomer> {
        self.customer(id).filter(|c| {
            c.customer.organization_id == organization_id && c.customer.deleted_at.is_none()
        })
    }

    /// A live customer of `organization_id` by external id.
    pub(crate) fn live_customer_by_external_id(
        &self,
        organization_id: Uuid,
        external_id: &str,
    ) -> Option<&StoredCustomer> {
        self.customers.iter().find(|c| {
            c.customer.organization_id == organization_id
                && c.customer.deleted_at.is_none()
                && c.customer.external_id.as_deref() == Some(external_id)
        })
    }

    /// Changes a member and renders it again; its JSON as it now is.
    pub(crate) fn update_member(
        &mut self,
        id: Uuid,
        change: impl FnOnce(&mut Member),
    ) -> Option<String> {
        let stored = &mut self.members[*self.member_index.get(&id)?];
        change(&mut stored.member);
        stored.member.modified_at = Some(now());
        stored.json = member_json(&stored.member);
        Some(stored.json.clone())
    }

    /// The live members of an organization's live customers, oldest first.
    pub(crate) fn live_members(
        &self,
        organization_id: Uuid,
    ) -> impl Iterator<Item = &StoredMember> {
        self.members.iter().filter(move |m| {
            m.member.deleted_at.is_none()
                && self
                    .live_customer(organization_id, m.member.customer_id)
                    .is_some()
        })
    }

    /// Sends `event_type` with `data` to the organization's endpoints that take it.
    pub(crate) fn send_event(&self, organization_id: Uuid, event_type: &str, data: &Json) {
        let Some(endpoints) = api().collection("webhooks/endpoints") else {
            return;
        };
        let targets = self
            .store
            .live(endpoints, organization_id)
            .filter_map(|endpoint| webhooks::target_of(&endpoint.json, event_type))
            .collect();
        webhooks::dispatch(&self.webhook_log, event_type, data, targets);
    }

    pub(crate) fn member(&self, id: Uuid) -> Option<&StoredMember> {
        self.member_index.get(&id).map(|&i| &self.members[i])
    }

    /// A live member of `customer_id` chosen by `pick`.
    pub(crate) fn live_member_of(
        &self,
        customer_id: Uuid,
        pick: impl Fn(&Member) -> bool,
    ) -> Option<&StoredMember> {
        self.members.iter().find(|m| {
            m.member.customer_id == customer_id && m.member.deleted_at.is_none() && pick(&m.member)
        })
    }

    /// The owner member of an individual customer, created the way Polar does when there is none.
    pub(crate) fn owner_member(&mut self, customer_id: Uuid) -> Option<Uuid> {
        if let Some(owner) = self.live_member_of(customer_id, |m| m.role == MemberRole::Owner) {
            return Some(owner.member.id);
        }
        let customer = &self.customer(customer_id)?.customer;
        let email = customer.email.clone()?;
        let name = customer.name.clone().unwrap_or_else(|| email.clone());
        let member = Member::new(customer_id, email)
            .with_name(name)
            .with_role(MemberRole::Owner);
        self.add_member(member).ok()
    }

    /// Appends a request to the log and returns its log id.
    pub(crate) fn log_request(&mut self, mut request: LogEntry) -> u64 {
        let id = self.next_log_id;
        self.next_log_id += 1;
        request.received_at = SystemTime::now();
        if self.log_limit == 0 {
            return id;
        }
        while self.log.len() >= self.log_limit {
            self.log.pop_front();
        }
        self.log.push_back((id, request));
        id
    }

    pub(crate) fn log_status(&mut self, id: u64, status: u16) {
        if let Some((_, entry)) = self.log.iter_mut().rev().find(|(i, _)| *i == id) {
            entry.status = Some(status);
        }
    }

    pub(crate) fn requests(&self) -> Vec<LoggedRequest> {
        self.log.iter().map(|(_, r)| r.to_logged()).collect()
    }

    pub(crate) fn clear_requests(&mut self) {
        self.log.clear();
    }
}
