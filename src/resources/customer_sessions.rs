//! `POST /v1/customer-sessions/`.

use reqwest::Method;

use crate::client::Polar;
use crate::models::{CustomerSession, CustomerSessionCreate};
use crate::operation::{Credential, Operation, RetryClass};
use crate::request::RequestBuilder;
use crate::transport::decode;

/// `customer-sessions:create`. A duplicate only mints a second short-lived session, so a retry
/// may repeat it.
static CREATE: Operation = Operation::new(
    "customer-sessions:create",
    Method::POST,
    "/v1/customer-sessions/",
    Credential::Organization,
    RetryClass::Safe,
);

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

    /// Creates a customer session (`customer-sessions:create`, `POST /v1/customer-sessions/`,
    /// scope `customer_sessions:write`, organization token). In an organization with the member
    /// model, the session is the member's (token `polar_mst_…`). Retried like a read: a
    /// duplicate is a harmless extra session.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) for a 422 (`Customer does not exist.`,
    /// `member_id is required for team customers.`, `Member does not exist for this
    /// customer.`, malformed fields), [`Error::Api`](crate::Error::Api) for any other
    /// non-success status, `Timeout`, `Connection`, `Decode` and `Config`.
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
    pub fn create(&self, req: CustomerSessionCreate) -> RequestBuilder<CustomerSession> {
        RequestBuilder::new(self.polar, &CREATE, &[], decode::json()).json_body(&req)
    }
}
