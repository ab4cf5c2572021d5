#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

// Layers, each pointing only down: the client (configuration, accessors) → resources (typed
// calls on operations as data) → request builders and pages → the transport (execute, classify,
// retry) → models, errors, options.
/// Every operation of the Polar API, by group: the handles that `Polar`'s accessors return and
/// the builder markers of operations with optional parameters. Generated from the pinned spec.
#[rustfmt::skip]
#[path = "generated/api.rs"]
pub mod api;
mod client;
mod error;
#[macro_use]
pub mod models;
#[rustfmt::skip]
mod generated;
mod operation;
mod options;
mod pages;
mod redact;
mod request;
mod resources;
mod retry;
mod transport;
mod upload;
pub mod webhooks;

pub use api::{CustomerSessions, MemberSessions};
pub use client::{
    DEFAULT_API_VERSION, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, Polar, PolarBuilder, Server,
};
pub use error::{
    ApiError, DecodeError, Error, ErrorKind, HttpValidationError, LocItem, ValidationErrorItem,
};
pub use options::RequestOptions;
pub use pages::{Page, PageStream};
pub use request::{RequestBuilder, ResponseFuture};
pub use resources::CustomerPortal;
pub use retry::{MIN_RETRY_WAIT, RetryConfig};
pub use transport::decode::Receipt;
pub use upload::{DEFAULT_PART_SIZE, UploadFile};

/// Dates and times, as in the models' timestamps (`DateTime<Utc>`).
pub use chrono;
/// The HTTP types shared by axum, hyper and reqwest, for [`webhooks::Webhook::verify`]'s
/// `HeaderMap`.
pub use http;
/// The HTTP client this crate is built on, for [`PolarBuilder::http_client`].
pub use reqwest;
/// URLs, as in [`models::MemberSessionCreate::with_return_url`].
pub use url::Url;
/// UUIDs, the type of every Polar id.
pub use uuid::Uuid;

/// The client, its errors, portal clients and options can move across threads and live in
/// statics.
const _: () = {
    const fn assert_send_sync_static<T: Send + Sync + 'static>() {}
    assert_send_sync_static::<Polar>();
    assert_send_sync_static::<CustomerPortal>();
    assert_send_sync_static::<Error>();
    assert_send_sync_static::<RequestOptions>();
    assert_send_sync_static::<RequestBuilder<models::Customer, api::ListCustomers>>();
};

/// The futures of every call are `Send + 'static`, and streams are `Send + 'static`, so they
/// run on multi-threaded runtimes and in spawned tasks.
#[allow(dead_code)]
fn assert_futures_and_streams_are_send(polar: &Polar) {
    use std::future::IntoFuture;
    fn is_send_static<T: Send + 'static>(_: &T) {}
    fn is_stream<T: futures_core::Stream + Send + 'static>(_: &T) {}
    let member = models::MemberSessionCreate::new(Uuid::nil());
    is_send_static(&polar.member_sessions().create(member).into_future());
    let customer = models::CustomerSessionCreate::for_customer(Uuid::nil());
    is_send_static(&polar.customer_sessions().create(customer).into_future());
    is_send_static(&polar.customers().list().into_future());
    is_send_static(&polar.customers().get(Uuid::nil()).into_future());
    is_send_static(&polar.customers().export().into_future());
    is_send_static(&polar.orders().receipt(Uuid::nil()).into_future());
    is_send_static(&polar.customer_portal("t").customers().get().into_future());
    is_stream(&polar.customers().list().stream());
    is_stream(&polar.events().list().stream());
}
