//! A faithful local Polar API server for tests: `MockServer::start().await`, then point a client at `url()`.
//!
//! Enabled by the `mock` cargo feature. The server speaks HTTP/1.1 on 127.0.0.1 and answers the operations
//! this crate supports as Polar's real server does: the same routes, status codes, headers and JSON bodies
//! (byte for byte where the recorded examples pin them down), and the same order of checks:
//!
//! * `POST /v1/member-sessions/`, as the server answered while the endpoint existed (Polar retired it on
//!   2026-03-03; [`MockServerBuilder::member_sessions_retired`] gives today's 404 instead);
//! * `POST /v1/customer-sessions/`, as of the 2026-10 schema (`polar_mst_` tokens in member-model
//!   organizations, `polar_cst_` otherwise).
//!
//! Its store holds organizations, customers, members and access tokens; [`Seed::default()`] (what
//! [`MockServer::start`] loads) has one of each, with the fixed ids and token of [`defaults`], so the simplest
//! test needs no setup. For a client's own retry and error tests, [`Scripted`] answers and faults can be
//! queued for the next requests, and every request is logged ([`MockServer::requests`]).
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

mod pyjson;
mod render;
mod routes;
mod script;
mod seed;
mod server;
mod state;
mod validate;

pub use script::{LoggedRequest, Scripted};
pub use seed::{
    ALL_SCOPES, AccessToken, Address, Customer, CustomerType, Member, MemberRole, MetadataValue,
    Organization, RateLimit, Seed, SeedError, defaults,
};
pub use server::{MockError, MockServer, MockServerBuilder};
