//! A local Polar API server for tests: `MockServer::start().await`, then point a client at `url()`.
//!
//! The server speaks HTTP/1.1 on 127.0.0.1 and answers every operation of Polar's API (version 2026-10) at
//! the door as Polar's server does, from Polar's OpenAPI document (embedded, see `spec/`): the routes (405
//! with `allow`, 307 to the other trailing-slash form, 404, the legacy `/api/v1` prefix), CORS preflights,
//! versions (`Polar-Version`), credentials per operation (organization tokens with their scopes, personal
//! tokens, customer and member session tokens), validation of paths, queries and bodies with FastAPI's
//! 422 bodies, and another organization's ids as 404. Two operations are reproduced byte for byte from
//! recordings of the real server:
//!
//! * `POST /v1/member-sessions/`, as the server answered while the endpoint existed (Polar retired it on
//!   2026-03-03; [`MockServerBuilder::member_sessions_retired`] gives today's 404 instead);
//! * `POST /v1/customer-sessions/`, as of the 2026-10 schema (`polar_mst_` tokens in member-model
//!   organizations, `polar_cst_` otherwise); the tokens it mints are credentials of the customer portal.
//!
//! The collections the API creates ([`stored_collections`]: customers, products, discounts, checkouts,
//! orders, subscriptions, webhook endpoints, …) are stored: create, get, list (filters, sorting, pages),
//! update and delete see each other's changes; so do a team customer's members, ingested events and the
//! customer meters they add up to, and the customer portal shows a session's customer its own records.
//! A checkout's confirm (which grants the product's benefits: benefit grants and license keys), a
//! subscription's cancel and revoke, and license keys' validation, activation and deactivation with
//! their limits are simulated; every change sends signed
//! webhook deliveries to the endpoints created through the API ([`MockServer::webhook_deliveries`]). Every
//! other operation answers with a body valid against its response schema, built from the request (ids,
//! names and fields it sent are echoed). The seed holds organizations, customers, members, access tokens
//! and records of the stored collections (license keys with their activations); [`Seed::default()`]
//! (what [`MockServer::start`] loads) has one of each, with the fixed ids and tokens of [`defaults`], so
//! the simplest test needs no setup. For a client's own retry and error tests,
//! [`Scripted`] answers and faults can be queued for the next requests, and every request is logged
//! ([`MockServer::requests`]).
//!
//! The same server runs standalone as the `polar-mock` binary (`cargo run -p polarsh-mock --bin polar-mock`),
//! for clients in other languages.
//!
//! ```
//! use polarsh_mock::{AccessToken, MockServer, Scripted};
//!
//! # #[tokio::main] async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mock = MockServer::start().await;
//! let http = reqwest::Client::new();
//! let create = |token: &str| {
//!     http.post(format!("{}/v1/customer-sessions/", mock.url()))
//!         .bearer_auth(token)
//!         .header("content-type", "application/json")
//!         .body(format!(r#"{{"customer_id":"{}"}}"#, mock.default_customer_id()))
//!         .send()
//! };
//!
//! // The default seed: a session for Alice, the default customer.
//! let session: serde_json::Value = serde_json::from_str(&create(mock.default_token()).await?.text().await?)?;
//! assert!(session["token"].as_str().unwrap().starts_with("polar_mst_"));
//!
//! // A token without the scope.
//! let weak = mock.add_token(AccessToken::new(mock.default_organization_id()).with_scopes(["customers:read"]))?;
//! assert_eq!(create(&weak).await?.status(), 403);
//!
//! // A scripted fault, then the request log.
//! mock.enqueue(Scripted::status(503));
//! assert_eq!(create(mock.default_token()).await?.status(), 503);
//! assert_eq!(mock.requests().len(), 3);
//! # Ok(()) }
//! ```

mod answer;
mod handlers;
mod pipeline;
mod pyjson;
mod render;
mod script;
mod seed;
mod server;
mod spec;
mod state;
mod store;
mod validate;
mod webhooks;

pub use script::{LoggedRequest, Scripted};
pub use seed::{
    ALL_SCOPES, AccessToken, Address, Customer, CustomerType, Member, MemberRole, MetadataValue,
    Organization, RateLimit, Seed, SeedError, defaults,
};
pub use server::{MockError, MockServer, MockServerBuilder};
pub use webhooks::{DeliveryAttempt, WebhookDelivery};

/// The collections the mock stores (`products`, `customers`, `discounts`, `webhooks/endpoints`, …): those
/// whose create operation's record the list, get, update and delete operations see, and those the flows
/// fill (`license-keys`, `benefit-grants`, `events`). The other operations answer schema-valid stubs.
///
/// ```
/// let stored = polarsh_mock::stored_collections();
/// assert!(stored.contains(&"products"));
/// assert!(stored.contains(&"license-keys"));
/// assert!(!stored.contains(&"organizations"));
/// ```
pub fn stored_collections() -> Vec<&'static str> {
    spec::api()
        .collections
        .iter()
        .map(|c| c.name.as_str())
        .collect()
}
