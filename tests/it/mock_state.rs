//! The mock's store: every stored collection keeps what its create operation returns, and its
//! list, get, update and delete operations see it; concurrent creates stay consistent.

use std::collections::BTreeSet;

use polarsh::Error;
use polarsh::models::{CustomerCreate, CustomerSessionCreate, CustomerUpdate};
use polarsh_mock::{MockServer, defaults};
use serde_json::{Value, json};

use crate::spec_samples::{Fill, resolve, sample, spec};

/// Raw JSON calls to a mock, with the default organization token unless told otherwise.
pub(crate) struct Api {
    http: reqwest::Client,
    base: String,
}

impl Api {
    pub(crate) fn new(mock: &MockServer) -> Self {
        Self {
            http: reqwest::Client::new(),
            base: mock.url(),
        }
    }

    async fn send(&self, method: &str, path: &str, body: Option<&Value>) -> (u16, Value) {
        self.send_as(defaults::TOKEN, method, path, body).await
    }

    /// The status and the JSON answer (`null` when it is not JSON).
    pub(crate) async fn send_as(
        &self,
        token: &str,
        method: &str,
        path: &str,
        body: Option<&Value>,
    ) -> (u16, Value) {
        let mut request = self
            .http
            .request(method.parse().unwrap(), format!("{}{path}", self.base))
            .bearer_auth(token);
        if let Some(body) = body {
            request = request
                .header("content-type", "application/json")
                .body(body.to_string());
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }
}

/// The spec's operation at `method path`, if there is one.
fn operation(method: &str, path: &str) -> Option<&'static Value> {
    spec()["paths"].get(path)?.get(method)
}

/// The properties of an object schema, through references.
fn properties(schema: &Value) -> Vec<(String, Value)> {
    resolve(schema)["properties"]
        .as_object()
        .map(|p| p.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
        .unwrap_or_default()
}

/// A plain string (no format, no enum, no pattern), alone or beside `null`.
fn plain_string(schema: &Value) -> bool {
    let plain = |s: &Value| {
        let s = resolve(s);
        s["type"] == "string"
            && s.get("format").is_none()
            && s.get("enum").is_none()
            && s.get("pattern").is_none()
    };
    let schema = resolve(schema);
    plain(schema)
        || schema["anyOf"]
            .as_array()
            .is_some_and(|m| m.iter().any(plain) && m.len() <= 2)
}

fn nullable(schema: &Value) -> bool {
    resolve(schema)["anyOf"]
        .as_array()
        .is_some_and(|m| m.iter().any(|s| s["type"] == "null"))
}

#[tokio::test]
async fn every_stored_collection_creates_fetches_lists_updates_and_deletes() {
    let mock = MockServer::start().await;
    let api = Api::new(&mock);
    let mut checked = Vec::new();
    for collection in polarsh_mock::stored_collections() {
        // Customers are seeded with Alice; the others start empty.
        let seeded = usize::from(collection == "customers");
        let base = format!("/v1/{collection}");
        let collection_path = if operation("post", &format!("{base}/")).is_some() {
            format!("{base}/")
        } else {
            base.clone()
        };
        let Some(create) = operation("post", &collection_path) else {
            // Filled by the flows (license keys, benefit grants, events, customer meters):
            // `mock_licenses` and `mock_groups` cover them.
            assert!(
                [
                    "license-keys",
                    "benefit-grants",
                    "events",
                    "customer-meters"
                ]
                .contains(&collection),
                "{collection}"
            );
            continue;
        };
        let body_schema = &create["requestBody"]["content"]["application/json"]["schema"];
        let mut created = Vec::new();
        for i in 0..5 {
            let mut body = sample(body_schema, Fill::All);
            // Distinct emails and external ids where the collection has them.
            if body.get("email").is_some() {
                body["email"] = Value::from(format!("c{i}@example.com"));
            }
            if body.get("external_id").is_some() {
                body["external_id"] = Value::from(format!("ext_{i}"));
            }
            let (status, record) = api.send("POST", &collection_path, Some(&body)).await;
            assert_eq!(status, 201, "{collection}: {record}");
            created.push(record);
        }
        let id = created[0]["id"].as_str().unwrap().to_owned();
        let item = format!("{base}/{id}");

        if operation("get", &format!("{base}/{{id}}")).is_some() {
            let (status, fetched) = api.send("GET", &item, None).await;
            assert_eq!(
                (status, &fetched),
                (200, &created[0]),
                "{collection}: fetch"
            );
        }

        // Three pages of two, newest first; past the end, empty with the real pagination.
        if let Some(list) = operation("get", &collection_path)
            && list["parameters"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p["name"] == "page")
        {
            let total = 5 + seeded;
            let mut seen = Vec::new();
            for page in 1..=3 {
                let (status, body) = api
                    .send(
                        "GET",
                        &format!("{collection_path}?limit=2&page={page}"),
                        None,
                    )
                    .await;
                assert_eq!(status, 200, "{collection}");
                assert_eq!(
                    body["pagination"],
                    json!({"total_count": total, "max_page": total.div_ceil(2)}),
                    "{collection}"
                );
                seen.extend(
                    body["items"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|r| r["id"].clone()),
                );
            }
            let newest_first: Vec<Value> = created.iter().rev().map(|r| r["id"].clone()).collect();
            assert_eq!(seen[..5], newest_first[..], "{collection}: order");
            let (_, past) = api
                .send("GET", &format!("{collection_path}?limit=2&page=9"), None)
                .await;
            assert_eq!(past["items"], json!([]), "{collection}");
        }

        // Update: the fields of the body the record has are set; a nullable one is cleared with null.
        if let Some(update) = operation("patch", &format!("{base}/{{id}}")) {
            let update_schema = &update["requestBody"]["content"]["application/json"]["schema"];
            let record_props =
                properties(&create["responses"]["201"]["content"]["application/json"]["schema"]);
            let shared: Vec<(String, Value)> = properties(update_schema)
                .into_iter()
                .filter(|(name, _)| record_props.iter().any(|(n, _)| n == name))
                .collect();
            if let Some((name, _)) = shared
                .iter()
                .find(|(n, s)| plain_string(s) && n != "email" && n != "url")
            {
                let value = json!("renamed");
                let (status, updated) = api
                    .send("PATCH", &item, Some(&json!({ name.clone(): value })))
                    .await;
                assert_eq!(status, 200, "{collection}: {updated}");
                let (_, fetched) = api.send("GET", &item, None).await;
                assert_eq!(updated[name.as_str()], value, "{collection}.{name}");
                assert_eq!(fetched[name.as_str()], value, "{collection}.{name}");
                checked.push(format!("{collection}: set {name}"));
            }
            let record_nullable =
                |name: &str| record_props.iter().any(|(n, s)| n == name && nullable(s));
            if let Some((name, _)) = shared
                .iter()
                .find(|(n, s)| nullable(s) && record_nullable(n))
            {
                let (status, updated) = api
                    .send("PATCH", &item, Some(&json!({ name.clone(): null })))
                    .await;
                assert_eq!(status, 200, "{collection}");
                assert_eq!(updated[name.as_str()], Value::Null, "{collection}.{name}");
                // Absent fields are kept.
                assert_eq!(updated["id"], created[0]["id"]);
                checked.push(format!("{collection}: cleared {name}"));
            }
        }

        // Delete: 204, then 404, and one fewer in the list.
        if operation("delete", &format!("{base}/{{id}}"))
            .is_some_and(|op| op["responses"].get("204").is_some())
        {
            let (status, _) = api.send("DELETE", &item, None).await;
            assert_eq!(status, 204, "{collection}");
            let (status, _) = api.send("GET", &item, None).await;
            assert_eq!(status, 404, "{collection}: after delete");
            let (status, _) = api.send("DELETE", &item, None).await;
            assert_eq!(status, 404, "{collection}: deleted twice");
            checked.push(format!("{collection}: deleted"));
        }
    }
    assert!(checked.len() >= 8, "{checked:?}");
}

#[tokio::test]
async fn customers_through_the_sdk() {
    let mock = MockServer::start().await;
    let polar = crate::mock_support::sdk(&mock, defaults::TOKEN);
    let create = CustomerCreate::new("bob@example.com").with_name("Bob");
    let bob = polar.customers().create(create).await.unwrap();
    assert_eq!(bob.email.as_deref(), Some("bob@example.com"));
    assert_eq!(bob.organization_id, defaults::ORGANIZATION_ID);
    let fetched = polar.customers().get(bob.id).await.unwrap();
    assert_eq!(fetched.id, bob.id);
    assert_eq!(fetched.name.as_deref(), Some("Bob"));

    // Filters: by email, and by a search.
    let page = polar
        .customers()
        .list()
        .email("bob@example.com")
        .await
        .unwrap();
    assert_eq!(
        page.items.iter().map(|c| c.id).collect::<Vec<_>>(),
        [bob.id]
    );
    let page = polar.customers().list().query("alice").await.unwrap();
    assert_eq!(
        page.items.iter().map(|c| c.id).collect::<Vec<_>>(),
        [defaults::CUSTOMER_ID]
    );

    // Update, clear the name with null, delete.
    let renamed = polar
        .customers()
        .update(bob.id, CustomerUpdate::new().with_name("Robert"))
        .await
        .unwrap();
    assert_eq!(renamed.name.as_deref(), Some("Robert"));
    // A customer the API created has sessions, which show it as it now is.
    let session = polar
        .customer_sessions()
        .create(CustomerSessionCreate::for_customer(bob.id))
        .await
        .unwrap();
    assert_eq!(session.customer.name.as_deref(), Some("Robert"));
    // The default organization has member management: a member session, for Robert's owner member.
    assert!(session.token.starts_with("polar_mst_"), "{}", session.token);
    let cleared = polar
        .customers()
        .update(bob.id, CustomerUpdate::new().clear_name())
        .await
        .unwrap();
    assert_eq!(cleared.name, None);
    polar.customers().delete(bob.id).await.unwrap();
    let gone = polar.customers().get(bob.id).await.unwrap_err();
    assert!(
        matches!(gone, Error::Api(ref e) if e.status == 404),
        "{gone:?}"
    );
    let page = polar.customers().list().await.unwrap();
    assert_eq!(page.total_count, Some(1));
}

#[tokio::test]
async fn concurrent_creates_leave_consistent_pages() {
    let mock = MockServer::start().await;
    let api = std::sync::Arc::new(Api::new(&mock));
    let body = sample(
        &operation("post", "/v1/discounts/").unwrap()["requestBody"]["content"]["application/json"]
            ["schema"],
        Fill::All,
    );
    let tasks: Vec<_> = (0..64)
        .map(|task| {
            let (api, body) = (api.clone(), body.clone());
            tokio::spawn(async move {
                let mut ids = Vec::new();
                for _ in 0..(1000 / 64 + usize::from(task < 1000 % 64)) {
                    let (status, record) = api.send("POST", "/v1/discounts/", Some(&body)).await;
                    assert_eq!(status, 201);
                    ids.push(record["id"].as_str().unwrap().to_owned());
                }
                ids
            })
        })
        .collect();
    let mut created = BTreeSet::new();
    for task in tasks {
        created.extend(task.await.unwrap());
    }
    assert_eq!(created.len(), 1000);
    let mut listed = BTreeSet::new();
    for page in 1..=10 {
        let (_, body) = api
            .send(
                "GET",
                &format!("/v1/discounts/?limit=100&page={page}"),
                None,
            )
            .await;
        assert_eq!(
            body["pagination"],
            json!({"total_count": 1000, "max_page": 10})
        );
        for item in body["items"].as_array().unwrap() {
            assert!(
                listed.insert(item["id"].as_str().unwrap().to_owned()),
                "listed twice"
            );
        }
    }
    assert_eq!(listed, created);
}
