#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod client;
mod error;
pub mod models;
mod options;
mod redact;
mod resources;
mod retry;
mod transport;
pub mod webhooks;

#[cfg(feature = "mock")]
#[cfg_attr(docsrs, doc(cfg(feature = "mock")))]
pub mod mock;

pub use client::{
    DEFAULT_API_VERSION, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, Polar, PolarBuilder, Server,
};
pub use error::{ApiError, DecodeError, Error, HttpValidationError, LocItem, ValidationErrorItem};
pub use options::RequestOptions;
pub use resources::{CustomerSessions, MemberSessions};
pub use retry::RetryConfig;

/// The HTTP types shared by axum, hyper and reqwest, for [`webhooks::Webhook::verify`]'s
/// `HeaderMap`.
pub use http;
/// The HTTP client this crate is built on, for [`PolarBuilder::http_client`].
pub use reqwest;
/// URLs, as in [`models::MemberSessionCreate::with_return_url`].
pub use url::Url;
/// UUIDs, the type of every Polar id.
pub use uuid::Uuid;

/// The client, its errors and its futures can move across threads and live in statics.
const _: () = {
    const fn assert_send_sync_static<T: Send + Sync + 'static>() {}
    assert_send_sync_static::<Polar>();
    assert_send_sync_static::<Error>();
    assert_send_sync_static::<RequestOptions>();
};

/// The futures of every call are `Send`, so they run on multi-threaded runtimes.
#[allow(dead_code)]
fn assert_futures_are_send(polar: &Polar, options: RequestOptions) {
    fn is_send<T: Send>(_: &T) {}
    let member = models::MemberSessionCreate::new(Uuid::nil());
    is_send(&polar.member_sessions().create(member.clone()));
    is_send(&polar.member_sessions().create_with(member, options.clone()));
    let customer = models::CustomerSessionCreate::for_customer(Uuid::nil());
    is_send(&polar.customer_sessions().create(customer.clone()));
    is_send(&polar.customer_sessions().create_with(customer, options));
}
