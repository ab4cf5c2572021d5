//! Every operation of the spec, called once through the real transport against a local
//! server: the request is checked against the spec as this test reads it (method, path with its
//! parameters, required query parameters, content type, body, credential), and the answer, a
//! sample of the spec's response schema, must decode.

#![allow(unreachable_pub)]

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use polarsh::{Polar, RetryConfig, Uuid};
use serde_json::Value;

use crate::common::{Reply, TestServer, query_values};
use crate::generated_calls::{OPERATIONS, call};
use crate::spec_samples::{Fill, SpecOp, resolve, sample, spec_operations};

/// The id every `{id}`-like uuid path parameter is called with.
pub const ID: Uuid = Uuid::from_u128(0x0eba1e16_d835_4184_94f7_1c8c5a9b1b49);

/// The organization hand-written bodies name (a license key's): the mock's default organization, whose
/// seeded key the whole-API test validates.
pub const ORGANIZATION_ID: Uuid = polarsh_mock::defaults::ORGANIZATION_ID;

fn parameter<'a>(op: &'a Value, name: &str) -> &'a Value {
    op["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|p| p["name"] == name)
        .unwrap_or(&Value::Null)
}

/// The value a required query parameter is called with, valid for its schema.
pub fn query_value(id: &str, name: &str) -> String {
    let op = spec_operations()
        .into_iter()
        .find(|op| op.id == id)
        .unwrap_or_else(|| panic!("no operation {id} in the spec"));
    let schema = resolve(&parameter(&op.operation, name)["schema"]);
    match sample(schema, Fill::Required) {
        Value::String(text) => text,
        other => other.to_string(),
    }
}

/// Percent-encodes a path segment as the crate must: unreserved characters stay.
fn segment(value: &str) -> String {
    value
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// The path the call must reach: the template with each parameter filled in.
fn expected_path(op: &SpecOp) -> String {
    let mut path = op.path.clone();
    for p in op.operation["parameters"].as_array().into_iter().flatten() {
        if p["in"] != "path" {
            continue;
        }
        let name = p["name"].as_str().unwrap();
        let schema = resolve(&p["schema"]);
        let value = if matches!(schema["format"].as_str(), Some("uuid" | "uuid4")) {
            ID.to_string()
        } else {
            format!("p-{name}")
        };
        path = path.replace(&format!("{{{name}}}"), &segment(&value));
    }
    path
}

/// The answer the local server gives: the first success status, with a sample of its schema.
fn answer(op: &SpecOp) -> Reply {
    let responses = op.operation["responses"].as_object().unwrap();
    let (status, response) = responses
        .iter()
        .find(|(status, _)| status.starts_with('2'))
        .unwrap();
    let status: u16 = status.parse().unwrap();
    let content = &response["content"];
    if content.get("text/csv").is_some() {
        return Reply::new(
            status,
            &[("content-type", "text/csv")],
            "id,email\n1,a@b.c\n",
        );
    }
    match content["application/json"]["schema"].as_object() {
        Some(schema) if !schema.is_empty() => {
            let body = sample(&Value::Object(schema.clone()), Fill::All);
            Reply::json(status, &body.to_string())
        }
        Some(_) => Reply::json(status, "{}"),
        None => Reply::new(status, &[("content-type", "application/json")], ""),
    }
}

/// The body the call is given: a sample of the request schema (the first option of a union).
fn request_body(op: &SpecOp) -> Option<(String, Value)> {
    let content = op.operation["requestBody"]["content"].as_object()?;
    let (media, body) = content.iter().next()?;
    Some((media.clone(), sample(&body["schema"], Fill::All)))
}

fn credential_expected(op: &SpecOp) -> bool {
    op.operation["security"]
        .as_array()
        .is_some_and(|s| !s.is_empty())
}

#[tokio::test]
async fn the_crate_has_every_operation_of_the_spec() {
    let mut from_spec: BTreeSet<String> = spec_operations().into_iter().map(|op| op.id).collect();
    // Retired by Polar, kept by the crate (with its hint).
    from_spec.insert("member-sessions:create".to_owned());
    let in_crate: BTreeSet<String> = OPERATIONS.iter().map(|id| id.to_string()).collect();
    assert_eq!(from_spec.len(), 187);
    assert_eq!(
        from_spec.difference(&in_crate).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "operations of the spec the crate does not have"
    );
    assert_eq!(
        in_crate.difference(&from_spec).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "operations the crate has that the spec does not"
    );
}

#[tokio::test]
async fn every_operation_sends_what_the_spec_declares_and_decodes_its_answer() {
    let reply: Arc<Mutex<Option<Reply>>> = Arc::new(Mutex::new(None));
    let current = reply.clone();
    let server = TestServer::with_handler(move |_| current.lock().unwrap().clone().unwrap()).await;
    let polar = Polar::builder()
        .access_token("polar_oat_every_operation")
        .server_url(server.url())
        .retry_config(RetryConfig::none())
        .build()
        .unwrap();
    let portal = polar.customer_portal("polar_cst_every_operation");
    let mut failures = Vec::new();
    let operations = spec_operations();
    for op in &operations {
        *reply.lock().unwrap() = Some(answer(op));
        let body = request_body(op);
        let before = server.requests().len();
        let result = call(
            &polar,
            &portal,
            &op.id,
            body.as_ref().map_or(Value::Null, |(_, b)| b.clone()),
        )
        .await;
        if let Err(error) = result {
            failures.push(format!("{}: {error}", op.id));
            continue;
        }
        let requests = server.requests();
        if requests.len() != before + 1 {
            failures.push(format!("{}: {} requests", op.id, requests.len() - before));
            continue;
        }
        let received = &requests[before];
        let (path, _) = received
            .path
            .split_once('?')
            .unwrap_or((received.path.as_str(), ""));
        let mut problems = Vec::new();
        if received.method != op.method {
            problems.push(format!("method {}", received.method));
        }
        if path != expected_path(op) {
            problems.push(format!("path {path}, expected {}", expected_path(op)));
        }
        for p in op.operation["parameters"].as_array().into_iter().flatten() {
            if p["in"] == "query" && p["required"] == true {
                let name = p["name"].as_str().unwrap();
                if query_values(&received.path, name).is_empty() {
                    problems.push(format!("no query parameter {name}"));
                }
            }
        }
        let authorization = received.header("authorization");
        if credential_expected(op) != authorization.is_some() {
            problems.push(format!("authorization {authorization:?}"));
        }
        if op.id.starts_with("customer_portal:")
            && credential_expected(op)
            && authorization != Some("Bearer polar_cst_every_operation")
        {
            problems.push(format!("portal authorization {authorization:?}"));
        }
        match &body {
            Some((media, _)) => {
                if received.header("content-type") != Some(media.as_str()) {
                    problems.push(format!(
                        "content-type {:?}",
                        received.header("content-type")
                    ));
                }
                if media == "application/json" {
                    if serde_json::from_slice::<Value>(&received.body).is_err() {
                        problems.push("a body that is not JSON".to_owned());
                    }
                } else if received.body.is_empty() {
                    problems.push("an empty form body".to_owned());
                }
            }
            None => {
                if !received.body.is_empty() {
                    problems.push("a body where the spec has none".to_owned());
                }
            }
        }
        if !problems.is_empty() {
            failures.push(format!("{}: {}", op.id, problems.join("; ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} operations failed:\n{}",
        failures.len(),
        operations.len(),
        failures.join("\n")
    );
}
