//! `POST /v1/customer-sessions/`.

use reqwest::Method;

use crate::client::Endpoint;
use crate::models::{CustomerSession, CustomerSessionCreate};
use crate::{Error, Polar, RequestOptions};

/// Customer sessions: today's route to Polar's customer and member portal. Get one with
/// [`Polar::customer_sessions`].
///
/// ```no_run
/// # async fn run(polar: polarsh::Polar, customer: polarsh::Uuid, member: polarsh::Uuid) -> Result<(), polarsh::Error> {
/// use polarsh::models::CustomerSessionCreate;
///
/// let req = CustomerSessionCreate::for_customer(customer).with_member_id(member);
/// let session = polar.customer_sessions().create(req).await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct CustomerSessions<'a> {
    polar: &'a Polar,
}

impl<'a> CustomerSessions<'a> {
    pub(crate) fn new(polar: &'a Polar) -> Self {
        CustomerSessions { polar }
    }

    /// Creates a customer session (`POST /v1/customer-sessions/`, scope
    /// `customer_sessions:write`), with the client's retries and timeout. In an organization
    /// with the member model, the session is the member's (token `polar_mst_…`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`] for a 422 (`Customer does not exist.`, `member_id is required for
    /// team customers.`, `Member does not exist for this customer.`, malformed fields),
    /// [`Error::Api`] for any other non-success status, [`Error::Timeout`],
    /// [`Error::Connection`], [`Error::Decode`] and [`Error::Config`].
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
    /// use polarsh::models::CustomerSessionCreate;
    ///
    /// let session = polar
    ///     .customer_sessions()
    ///     .create(CustomerSessionCreate::for_external_customer("usr_1337"))
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub async fn create(&self, req: CustomerSessionCreate) -> Result<CustomerSession, Error> {
        self.polar
            .send(Method::POST, Endpoint::CustomerSessions, &req, None)
            .await
    }

    /// Like [`create`](CustomerSessions::create), with options for this call.
    ///
    /// # Errors
    ///
    /// As [`create`](CustomerSessions::create), and [`Error::Config`] for an invalid header in
    /// `options`.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar, id: polarsh::Uuid) -> Result<(), polarsh::Error> {
    /// use std::time::Duration;
    /// use polarsh::RequestOptions;
    /// use polarsh::models::CustomerSessionCreate;
    ///
    /// let session = polar
    ///     .customer_sessions()
    ///     .create_with(
    ///         CustomerSessionCreate::for_customer(id),
    ///         RequestOptions::new().timeout(Duration::from_secs(3)),
    ///     )
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub async fn create_with(
        &self,
        req: CustomerSessionCreate,
        options: RequestOptions,
    ) -> Result<CustomerSession, Error> {
        self.polar
            .send(
                Method::POST,
                Endpoint::CustomerSessions,
                &req,
                Some(&options),
            )
            .await
    }
}
