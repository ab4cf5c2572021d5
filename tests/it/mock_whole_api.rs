//! The whole API against `polarsh-mock`: every operation of the crate is called once and must succeed,
//! so the mock checks each request against the spec (route, credential, scopes, parameters, body) and
//! the crate decodes each answer the mock builds from the spec's response schema.
//!
//! Then, for one operation of each API group, the errors of the door: 401, 403 with the scopes, 404 for
//! another organization's id, 405, 307, 422 and the version 404.

#![allow(unreachable_pub)]

use std::collections::{BTreeMap, BTreeSet};

use polarsh::Polar;
use polarsh::models::CustomerSessionCreate;
use std::time::Duration;

use polarsh_mock::{
    AccessToken, LoggedRequest, Member, MockServer, Organization, RateLimit, Scripted, defaults,
};
use serde_json::Value;

use crate::all_operations::ID;
use crate::generated_calls::{OPERATIONS, call};
use crate::mock_support::sdk;
use crate::spec_samples::{Fill, SpecOp, resolve, sample, spec, spec_operations};

/// The security schemes an operation accepts.
fn schemes(op: &SpecOp) -> BTreeSet<String> {
    op.operation["security"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|r| r.as_object().unwrap().keys().cloned())
        .collect()
}

fn scopes(op: &SpecOp) -> BTreeSet<String> {
    op.operation["security"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|r| r.as_object().unwrap().values())
        .flat_map(|v| {
            v.as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().unwrap().to_owned())
        })
        .collect()
}

/// Stores a record of `collection` with this id in the default organization: one its create
/// operation made (from a sample body), under that id.
async fn seed_record(mock: &MockServer, collection: &str, id: &str) {
    let operations = spec_operations();
    let Some(create) = operations.into_iter().find(|op| {
        op.method == "POST" && op.path.trim_end_matches('/') == format!("/v1/{collection}")
    }) else {
        return seed_granted(mock, collection, id);
    };
    let body = sample(
        &create.operation["requestBody"]["content"]["application/json"]["schema"],
        Fill::All,
    );
    let created = reqwest::Client::new()
        .post(format!("{}{}", mock.url(), create.path))
        .bearer_auth(defaults::TOKEN)
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 201, "{collection}");
    let mut record: Value = serde_json::from_str(&created.text().await.unwrap()).unwrap();
    record["id"] = Value::from(id);
    if record.get("customer_id").is_some() {
        // The session's customer, so that the customer portal shows the record.
        record["customer_id"] = Value::from(defaults::CUSTOMER_ID.to_string());
    }
    if collection == "customers" {
        // A team, with the external id the `external_id` paths use: members can be added to it.
        record["type"] = Value::from("team");
        record["external_id"] = Value::from("p-external_id");
    }
    if collection == "checkouts" {
        // The client operations find a checkout by its secret: the one the calls use.
        record["client_secret"] = Value::from("p-client_secret");
    }
    mock.add_record(defaults::ORGANIZATION_ID, collection, record)
        .unwrap_or_else(|e| panic!("{collection}: {e}"));
}

/// The key of the seeded license key, and the ids of its activations that the deactivations remove
/// (the organization's, the portal's); the one with [`ID`] stays.
const LICENSE_KEY: &str = "KEY";
const DEACTIVATED: [&str; 2] = [
    "5d1e0c9a-6f2b-4b8e-9a37-0c4d2e1f3a51",
    "7a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c82",
];

/// Stores a record of a collection the flows fill (license keys, benefit grants): a sample of its list's
/// items, for the session's customer; a license key with [`LICENSE_KEY`] and three activations.
fn seed_granted(mock: &MockServer, collection: &str, id: &str) {
    let list = spec_operations()
        .into_iter()
        .find(|op| op.method == "GET" && op.path == format!("/v1/{collection}/"))
        .unwrap_or_else(|| panic!("no list for {collection}"));
    let page =
        resolve(&list.operation["responses"]["200"]["content"]["application/json"]["schema"]);
    // Events are a union of two sources: a user's event.
    let item = match collection {
        "events" => &spec()["components"]["schemas"]["UserEvent"],
        _ => &page["properties"]["items"]["items"],
    };
    let mut record = sample(item, Fill::All);
    record["id"] = Value::from(id);
    record["organization_id"] = Value::from(defaults::ORGANIZATION_ID.to_string());
    record["customer_id"] = Value::from(defaults::CUSTOMER_ID.to_string());
    if collection == "license-keys" {
        record["key"] = Value::from(LICENSE_KEY);
        record["status"] = Value::from("granted");
        record["limit_activations"] = Value::from(10);
        record["limit_usage"] = Value::Null;
        record["expires_at"] = Value::Null;
        record["activations"] = [ID.to_string().as_str(), DEACTIVATED[0], DEACTIVATED[1]]
            .iter()
            .map(|id| serde_json::json!({"id": id, "label": "seeded"}))
            .collect();
    }
    mock.add_record(defaults::ORGANIZATION_ID, collection, record)
        .unwrap_or_else(|e| panic!("{collection}: {e}"));
}

/// Bodies that must name the seeded records: license-key bodies name the seeded key, its organization
/// and customer, and the activation each deactivation removes; each member created has its own
/// external id.
fn seeded_body(op_id: &str, body: &mut Value) {
    if op_id.starts_with("customers:members:create") && body.is_object() {
        body["external_id"] = Value::from(op_id);
    }
    if !op_id.contains("license_keys:") || !body.is_object() {
        return;
    }
    body["key"] = Value::from(LICENSE_KEY);
    body["organization_id"] = Value::from(defaults::ORGANIZATION_ID.to_string());
    if body.get("customer_id").is_some() {
        body["customer_id"] = Value::from(defaults::CUSTOMER_ID.to_string());
    }
    if op_id.ends_with(":deactivate") {
        let which = usize::from(op_id.starts_with("customer_portal:"));
        body["activation_id"] = Value::from(DEACTIVATED[which]);
    }
}

/// The stored collection whose record `op` fetches by id, if any.
fn stored_collection_of(op: &SpecOp) -> Option<&'static str> {
    polarsh_mock::stored_collections()
        .into_iter()
        .find(|name| op.path == format!("/v1/{name}/{{id}}"))
}

#[tokio::test]
async fn every_operation_succeeds_against_the_mock() {
    let mock = MockServer::start().await;
    // The stored collections answer 404 for an id they do not have: give each the one the calls use.
    for collection in polarsh_mock::stored_collections() {
        seed_record(&mock, collection, &ID.to_string()).await;
    }
    // Two members of that customer: one by id, one by external id (each is deleted once).
    mock.add_member(Member::new(ID, "by-id@example.com").with_id(ID))
        .unwrap();
    mock.add_member(
        Member::new(ID, "by-external@example.com").with_external_id("p-member_external_id"),
    )
    .unwrap();
    let organization = sdk(&mock, defaults::TOKEN);
    let user = sdk(&mock, defaults::PERSONAL_TOKEN);
    let session = organization
        .customer_sessions()
        .create(CustomerSessionCreate::for_customer(defaults::CUSTOMER_ID))
        .await
        .expect("a customer session");
    let portal = organization.customer_portal(session.token.clone());

    let operations = spec_operations();
    let mut covered: BTreeSet<&str> = BTreeSet::new();
    let mut failures = Vec::new();
    // Deletes last, the deepest paths first (a customer's member before the customer), so that no
    // call finds the record it uses deleted.
    let (mut deletes, mut ordered): (Vec<&SpecOp>, Vec<&SpecOp>) =
        operations.iter().partition(|op| op.method == "DELETE");
    deletes.sort_by_key(|op| std::cmp::Reverse(op.path.matches('/').count()));
    ordered.extend(deletes);
    for op in ordered {
        let polar = caller(op, &organization, &user);
        let mut body = sample_body(op);
        seeded_body(&op.id, &mut body);
        mock.clear_requests();
        let result = if op.id == "organizations:get" {
            // A token sees only its own organization.
            let got = polar.organizations().get(defaults::ORGANIZATION_ID).await;
            got.map(|org| assert_eq!(org.slug, "acme"))
                .map_err(|e| e.to_string())
        } else if op.id == "customer-sessions:create" {
            // Reproduced faithfully: the customer must exist.
            let create = CustomerSessionCreate::for_customer(defaults::CUSTOMER_ID);
            let created = polar.customer_sessions().create(create).await;
            created.map(drop).map_err(|e| e.to_string())
        } else {
            call(polar, &portal, &op.id, body).await
        };
        let log = mock.requests();
        covered.insert(op.id.as_str());
        match result {
            Err(error) => failures.push(format!(
                "{} {} {}: {error}\n  request body: {}",
                op.id,
                op.method,
                op.path,
                log.first()
                    .map(|r| r.body_text().into_owned())
                    .unwrap_or_default()
            )),
            Ok(()) if log.len() != 1 => failures.push(format!("{}: {} requests", op.id, log.len())),
            Ok(()) if log[0].method != op.method || !matches_template(&op.path, &log[0].path) => {
                failures.push(format!(
                    "{}: reached {} {}",
                    op.id, log[0].method, log[0].path
                ))
            }
            Ok(()) => {}
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} operations failed against the mock:\n{}",
        failures.len(),
        operations.len(),
        failures.join("\n")
    );
    // The operations covered are the spec's, as this test reads it, and every one the crate has
    // (but the retired member-session call, which the fixture tests cover).
    let crate_ops: BTreeSet<&str> = OPERATIONS
        .iter()
        .copied()
        .filter(|id| *id != "member-sessions:create")
        .collect();
    assert_eq!(covered.len(), 186);
    assert_eq!(covered, crate_ops);
}

/// Organization tokens where the operation takes them, else a user's token; the portal's operations
/// go through the session's client (inside `call`).
fn caller<'a>(op: &SpecOp, organization: &'a Polar, user: &'a Polar) -> &'a Polar {
    let schemes = schemes(op);
    if schemes.contains("oat") || schemes.is_empty() {
        organization
    } else {
        user
    }
}

/// A sample of the operation's request body (`null` without one).
fn sample_body(op: &SpecOp) -> Value {
    op.operation["requestBody"]["content"]
        .as_object()
        .and_then(|c| c.values().next())
        .map_or(Value::Null, |b| sample(&b["schema"], Fill::All))
}

/// A scripted answer and the rate limit come before routing: every operation gets them, and the log
/// records each request with the status it got.
#[tokio::test]
async fn fault_scripts_the_log_and_the_rate_limit_reach_every_operation() {
    let mock = MockServer::start().await;
    let organization = sdk(&mock, defaults::TOKEN);
    let user = sdk(&mock, defaults::PERSONAL_TOKEN);
    let session = organization
        .customer_sessions()
        .create(CustomerSessionCreate::for_customer(defaults::CUSTOMER_ID))
        .await
        .expect("a customer session");
    let portal = organization.customer_portal(session.token.clone());
    let operations = spec_operations();
    let mut failures = Vec::new();
    let mut check =
        |op: &SpecOp, status: u16, result: Result<(), String>, log: &[LoggedRequest]| {
            let answered = result
                .as_ref()
                .err()
                .is_some_and(|e| e.contains(&status.to_string()));
            let logged = log.len() == 1
                && log[0].status == Some(status)
                && log[0].method == op.method
                && matches_template(&op.path, &log[0].path);
            if !answered || !logged {
                failures.push(format!("{} ({status}): {result:?}, log {log:?}", op.id));
            }
        };
    for op in &operations {
        mock.clear_requests();
        mock.enqueue(Scripted::json(
            402,
            r#"{"error":"PaymentFailed","detail":"The card was declined."}"#,
        ));
        let result = call(
            caller(op, &organization, &user),
            &portal,
            &op.id,
            sample_body(op),
        )
        .await;
        check(op, 402, result, &mock.requests());
    }

    // One request an hour per organization, used up: every operation with a token is refused.
    mock.set_rate_limit(Some(RateLimit::new(1, Duration::from_secs(3600))));
    organization
        .customers()
        .list()
        .await
        .expect("the hour's request");
    let mut limited = 0;
    for op in operations.iter().filter(|op| !schemes(op).is_empty()) {
        mock.clear_requests();
        let result = call(
            caller(op, &organization, &user),
            &portal,
            &op.id,
            sample_body(op),
        )
        .await;
        check(op, 429, result, &mock.requests());
        limited += 1;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(limited, 186 - 13, "the operations that take a token");
}

/// Whether a request path is the template with its parameters filled in.
fn matches_template(template: &str, path: &str) -> bool {
    let (t, p): (Vec<&str>, Vec<&str>) = (template.split('/').collect(), path.split('/').collect());
    t.len() == p.len()
        && t.iter()
            .zip(&p)
            .all(|(t, p)| (t.starts_with('{') && !p.is_empty()) || t == p)
}

/// A raw request, for the answers the crate turns into errors.
async fn send(
    http: &reqwest::Client,
    method: &str,
    url: String,
    token: Option<&str>,
    version: Option<&str>,
) -> reqwest::Response {
    let mut request = http.request(method.parse().unwrap(), url);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    if let Some(version) = version {
        request = request.header("polar-version", version);
    }
    request.send().await.unwrap()
}

/// The path with `{name}` filled in: uuids with `id`, other parameters with text.
fn fill(op: &SpecOp, id: &str) -> String {
    let mut path = op.path.clone();
    for p in op.operation["parameters"].as_array().into_iter().flatten() {
        if p["in"] != "path" {
            continue;
        }
        let name = p["name"].as_str().unwrap();
        let value = if matches!(
            resolve(&p["schema"])["format"].as_str(),
            Some("uuid" | "uuid4")
        ) {
            id.to_owned()
        } else {
            format!("p-{name}")
        };
        path = path.replace(&format!("{{{name}}}"), &value);
    }
    path
}

fn has_uuid_path_param(op: &SpecOp) -> bool {
    op.operation["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|p| {
            p["in"] == "path"
                && matches!(
                    resolve(&p["schema"])["format"].as_str(),
                    Some("uuid" | "uuid4")
                )
        })
}

fn required_query(op: &SpecOp) -> bool {
    op.operation["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|p| p["in"] == "query" && p["required"] == true)
}

/// The API group of an operation: the id without its last segment (`customer_portal:orders`).
fn group(id: &str) -> String {
    let mut parts: Vec<&str> = id.split(':').collect();
    parts.pop();
    parts.join(":")
}

#[tokio::test]
async fn the_door_answers_like_polar_in_every_group() {
    let mock = MockServer::start().await;
    let other_org = mock.add_organization(Organization::new("other")).unwrap();
    let other = mock.add_token(AccessToken::new(other_org)).unwrap();
    let no_scope = mock
        .add_token(AccessToken::new(defaults::ORGANIZATION_ID).with_scopes(Vec::<String>::new()))
        .unwrap();
    let polar = sdk(&mock, defaults::TOKEN);
    let session = polar
        .customer_sessions()
        .create(CustomerSessionCreate::for_customer(defaults::CUSTOMER_ID))
        .await
        .unwrap()
        .token;
    let http = reqwest::Client::new();
    let base = mock.url();

    let mut groups: BTreeMap<String, Vec<SpecOp>> = BTreeMap::new();
    for op in spec_operations() {
        groups.entry(group(&op.id)).or_default().push(op);
    }
    let mut checked: BTreeMap<&str, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    for (name, ops) in &groups {
        let mut fail = |what: &str, op: &SpecOp, detail: String| {
            failures.push(format!("{name} ({}) {what}: {detail}", op.id));
        };
        // A GET without required query parameters: every check but the body's can use it.
        let Some(op) = ops
            .iter()
            .find(|op| op.method == "GET" && !required_query(op))
            .or_else(|| ops.first())
        else {
            continue;
        };
        let schemes = schemes(op);
        let portal = schemes.contains("customer_session") || schemes.contains("member_session");
        let token = if portal {
            Some(session.as_str())
        } else if schemes.contains("oat") {
            Some(defaults::TOKEN)
        } else if schemes.is_empty() {
            None
        } else {
            Some(defaults::PERSONAL_TOKEN)
        };
        let path = fill(op, &ID.to_string());
        let url = format!("{base}{path}");

        // 401: no token, where one is needed; an organization token on the portal.
        if token.is_some() {
            let r = send(&http, &op.method, url.clone(), None, None).await;
            if r.status() != 401 {
                fail("401 without a token", op, r.status().to_string());
            }
            *checked.entry("401").or_default() += 1;
        }
        if portal {
            let r = send(&http, &op.method, url.clone(), Some(defaults::TOKEN), None).await;
            if r.status() != 401 {
                fail("401 for an organization token", op, r.status().to_string());
            }
        }
        // 403 naming the scopes.
        if schemes.contains("oat") && !scopes(op).is_empty() {
            let r = send(&http, &op.method, url.clone(), Some(&no_scope), None).await;
            let challenge = r
                .headers()
                .get("www-authenticate")
                .map(|v| v.to_str().unwrap().to_owned())
                .unwrap_or_default();
            if r.status() != 403 || !scopes(op).iter().all(|s| challenge.contains(s.as_str())) {
                fail(
                    "403 with the scopes",
                    op,
                    format!("{} {challenge}", r.status()),
                );
            }
            *checked.entry("403").or_default() += 1;
        }
        // 405: a method the path does not have.
        let declared: BTreeSet<&str> = ops
            .iter()
            .chain(groups.values().flatten())
            .filter(|o| o.path == op.path)
            .map(|o| o.method.as_str())
            .collect();
        if let Some(other_method) = ["PUT", "PATCH", "DELETE", "POST"]
            .into_iter()
            .find(|m| !declared.contains(m))
        {
            let r = send(&http, other_method, url.clone(), token, None).await;
            if r.status() != 405 || r.headers().get("allow").is_none() {
                fail("405 with allow", op, r.status().to_string());
            }
            *checked.entry("405").or_default() += 1;
        }
        // 307 to the other trailing-slash form.
        let toggled = match path.strip_suffix('/') {
            Some(p) => p.to_owned(),
            None => format!("{path}/"),
        };
        let no_redirects = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let r = send(
            &no_redirects,
            &op.method,
            format!("{base}{toggled}"),
            token,
            None,
        )
        .await;
        let location = r
            .headers()
            .get("location")
            .map(|v| v.to_str().unwrap().to_owned());
        if r.status() != 307 || location.as_deref() != Some(url.as_str()) {
            fail("307", op, format!("{} {location:?}", r.status()));
        }
        *checked.entry("307").or_default() += 1;
        // Version 404 on every path, without the version header.
        let r = send(&http, &op.method, url.clone(), token, Some("2025-01")).await;
        if r.status() != 404 || r.headers().contains_key("polar-version") {
            fail("version 404", op, r.status().to_string());
        }
        *checked.entry("version").or_default() += 1;
        // 422: a path id that is not a uuid, or a page 0.
        if has_uuid_path_param(op) {
            let r = send(
                &http,
                &op.method,
                format!("{base}{}", fill(op, "nope")),
                token,
                None,
            )
            .await;
            let body = r.text().await.unwrap();
            if !body.contains("\"uuid_parsing\"") {
                fail("422 for a path id", op, body);
            }
            *checked.entry("422").or_default() += 1;
        } else if op.operation["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|p| p["name"] == "page")
        {
            let r = send(&http, &op.method, format!("{url}?page=0"), token, None).await;
            let body = r.text().await.unwrap();
            if !body.contains(r#""type":"greater_than","loc":["query","page"]"#) {
                fail("422 for page 0", op, body);
            }
            *checked.entry("422").or_default() += 1;
        }
        // 404: another organization's id (once this organization has seen it), with the group's
        // first GET of one resource.
        if let Some(op) = ops.iter().find(|op| {
            op.method == "GET"
                && has_uuid_path_param(op)
                && !required_query(op)
                && self::schemes(op).contains("oat")
        }) {
            // An organization token sees its own organization: the one asked for.
            let id = match op.id.as_str() {
                "organizations:get" => defaults::ORGANIZATION_ID.to_string(),
                _ => polarsh::Uuid::new_v4().to_string(),
            };
            if let Some(collection) = stored_collection_of(op) {
                seed_record(&mock, collection, &id).await;
            }
            if op.id == "customers:members:get" {
                // A customer and its member, both with that id.
                seed_record(&mock, "customers", &id).await;
                let uuid = id.parse().unwrap();
                mock.add_member(Member::new(uuid, "m@example.com").with_id(uuid))
                    .unwrap();
            }
            let url = format!("{base}{}", fill(op, &id));
            let own = send(&http, "GET", url.clone(), Some(defaults::TOKEN), None).await;
            let theirs = send(&http, "GET", url, Some(&other), None).await;
            if own.status() != 200 || theirs.status() != 404 {
                fail(
                    "404 for another organization's id",
                    op,
                    format!("{} then {}", own.status(), theirs.status()),
                );
            }
            *checked.entry("404").or_default() += 1;
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Every class was checked in many groups (the counts fail if a check stops running).
    assert!(groups.len() >= 40, "{} groups", groups.len());
    for (class, at_least) in [
        ("401", 39),
        ("403", 25),
        ("405", 20),
        ("307", 40),
        ("version", 40),
        ("422", 30),
        ("404", 15),
    ] {
        assert!(
            checked.get(class).copied().unwrap_or(0) >= at_least,
            "{class}: {checked:?}"
        );
    }
}
