//! `POST /v1/member-sessions/`, retired by Polar on 2026-03-03.

use reqwest::Method;

use crate::client::Polar;
use crate::models::{MemberSession, MemberSessionCreate};
use crate::operation::{Credential, Operation, RetryClass};
use crate::request::RequestBuilder;
use crate::transport::decode;

/// `member-sessions:create`. A duplicate only mints a second short-lived session, so a retry
/// may repeat it.
static CREATE: Operation = Operation::new(
    "member-sessions:create",
    Method::POST,
    "/v1/member-sessions/",
    Credential::Organization,
    RetryClass::Safe,
)
.with_not_found_hint(
    "Polar retired POST /v1/member-sessions/ on 2026-03-03; use customer sessions with \
     member_id instead: polar.customer_sessions().create(CustomerSessionCreate::\
     for_customer(customer_id).with_member_id(member_id))",
);

/// Member sessions. Get one with [`Polar::member_sessions`].
///
/// Polar retired `POST /v1/member-sessions/` on 2026-03-03: today's servers answer 404, which
/// this crate reports with a hint. Use [`Polar::customer_sessions`] with
/// [`with_member_id`](crate::models::CustomerSessionCreate::with_member_id) instead.
///
/// ```no_run
/// # async fn run(polar: polarsh::Polar, id: polarsh::Uuid) -> Result<(), polarsh::Error> {
/// let sessions = polar.member_sessions();
/// let session = sessions.create(polarsh::models::MemberSessionCreate::new(id)).await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct MemberSessions<'a> {
    polar: &'a Polar,
}

impl<'a> MemberSessions<'a> {
    pub(crate) fn new(polar: &'a Polar) -> Self {
        MemberSessions { polar }
    }

    /// Creates a member session (`member-sessions:create`, `POST /v1/member-sessions/`, scope
    /// `member_sessions:write`, organization token). Retried like a read: a duplicate is a
    /// harmless extra session.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) for a 422 (malformed id, bad return URL,
    /// `Member does not exist.`), [`Error::Api`](crate::Error::Api) for any other non-success
    /// status (401 bad token, 403 missing scope or feature flags, 404 endpoint retired, 429 rate
    /// limited, 5XX), `Timeout`, `Connection`, `Decode` and `Config`.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar, id: polarsh::Uuid) -> Result<(), polarsh::Error> {
    /// use polarsh::{RequestOptions, RetryConfig};
    ///
    /// let session = polar
    ///     .member_sessions()
    ///     .create(polarsh::models::MemberSessionCreate::new(id))
    ///     .with_options(RequestOptions::new().retry_config(RetryConfig::none()))
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn create(&self, req: MemberSessionCreate) -> RequestBuilder<MemberSession> {
        RequestBuilder::new(self.polar, &CREATE, &[], decode::json()).json_body(&req)
    }
}
