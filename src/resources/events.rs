//! Events: `/v1/events/`.

use chrono::{DateTime, Utc};
use reqwest::Method;
use uuid::Uuid;

use crate::client::Polar;
use crate::models::Event;
use crate::operation::{Credential, Operation, RetryClass};
use crate::pages::Page;
use crate::request::RequestBuilder;
use crate::transport::decode;

static LIST: Operation = Operation::new(
    "events:list",
    Method::GET,
    "/v1/events/",
    Credential::Organization,
    RetryClass::Safe,
);

/// Events: what your customers did (usage you ingested) and what Polar recorded. Get one with
/// [`Polar::events`]; scope `events:read`.
///
/// ```no_run
/// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
/// let page = polar.events().list().name("api_call").limit(100).await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Events<'a> {
    polar: &'a Polar,
}

/// Marks the [`RequestBuilder`] of `events:list`, which has the list's filters as setters.
///
/// ```no_run
/// # async fn run(polar: polarsh::Polar, customer: polarsh::Uuid) -> Result<(), polarsh::Error> {
/// let page = polar.events().list().customer_id(customer).await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct ListEvents;

impl<'a> Events<'a> {
    pub(crate) fn new(polar: &'a Polar) -> Self {
        Events { polar }
    }

    /// Lists events (`events:list`, `GET /v1/events/`). Polar answers with page numbers, or
    /// with a cursor page (`has_next_page`) for some filters; [`stream`](RequestBuilder::stream)
    /// follows either.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
    /// let page = polar.events().list().source("user").await?;
    /// # Ok(()) }
    /// ```
    pub fn list(&self) -> RequestBuilder<Page<Event>, ListEvents> {
        RequestBuilder::new(self.polar, &LIST, &[], decode::page())
    }
}

impl RequestBuilder<Page<Event>, ListEvents> {
    /// Events at or after this instant.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
    /// use polarsh::chrono::{DateTime, Utc};
    ///
    /// let since: DateTime<Utc> = "2026-11-01T00:00:00Z".parse().unwrap();
    /// let page = polar.events().list().start_timestamp(since).await?;
    /// # Ok(()) }
    /// ```
    pub fn start_timestamp(self, at: DateTime<Utc>) -> Self {
        self.set_query("start_timestamp", &at)
    }

    /// Events before this instant.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
    /// let until: polarsh::chrono::DateTime<polarsh::chrono::Utc> =
    ///     "2026-12-01T00:00:00Z".parse().unwrap();
    /// let page = polar.events().list().end_timestamp(until).await?;
    /// # Ok(()) }
    /// ```
    pub fn end_timestamp(self, at: DateTime<Utc>) -> Self {
        self.set_query("end_timestamp", &at)
    }

    /// Events of this customer; repeat for several.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar, a: polarsh::Uuid, b: polarsh::Uuid) -> Result<(), polarsh::Error> {
    /// let page = polar.events().list().customer_id(a).customer_id(b).await?;
    /// # Ok(()) }
    /// ```
    pub fn customer_id(self, id: Uuid) -> Self {
        self.append_query("customer_id", &id)
    }

    /// Events of the customer with this external id; repeat for several.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
    /// let page = polar.events().list().external_customer_id("usr_1337").await?;
    /// # Ok(()) }
    /// ```
    pub fn external_customer_id(self, id: impl AsRef<str>) -> Self {
        self.append_query("external_customer_id", id.as_ref())
    }

    /// Events with this name; repeat for several.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
    /// let page = polar.events().list().name("api_call").name("upload").await?;
    /// # Ok(()) }
    /// ```
    pub fn name(self, name: impl AsRef<str>) -> Self {
        self.append_query("name", name.as_ref())
    }

    /// Events from this source: `system` (Polar's) or `user` (yours); repeat for both.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
    /// let page = polar.events().list().source("user").await?;
    /// # Ok(()) }
    /// ```
    pub fn source(self, source: impl AsRef<str>) -> Self {
        self.append_query("source", source.as_ref())
    }

    /// Only events whose metadata `key` has this value (`metadata[key]=value`).
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
    /// let page = polar.events().list().metadata("region", "eu").await?;
    /// # Ok(()) }
    /// ```
    pub fn metadata(self, key: impl AsRef<str>, value: impl AsRef<str>) -> Self {
        self.add_metadata_filter(key.as_ref(), value.as_ref())
    }
}
