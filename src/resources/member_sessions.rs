//! `POST /v1/member-sessions/`.

use reqwest::Method;

use crate::client::Endpoint;
use crate::models::{MemberSession, MemberSessionCreate};
use crate::{Error, Polar, RequestOptions};

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

    /// Creates a member session (`POST /v1/member-sessions/`, scope `member_sessions:write`),
    /// with the client's retries and timeout.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`] for a 422 (malformed id, bad return URL, `Member does not exist.`),
    /// [`Error::Api`] for any other non-success status (401 bad token, 403 missing scope or
    /// feature flags, 404 endpoint retired, 429 rate limited, 5XX), [`Error::Timeout`],
    /// [`Error::Connection`], [`Error::Decode`] and [`Error::Config`].
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar, id: polarsh::Uuid) -> Result<(), polarsh::Error> {
    /// let session = polar
    ///     .member_sessions()
    ///     .create(polarsh::models::MemberSessionCreate::new(id))
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub async fn create(&self, req: MemberSessionCreate) -> Result<MemberSession, Error> {
        self.polar
            .send(Method::POST, Endpoint::MemberSessions, &req, None)
            .await
    }

    /// Like [`create`](MemberSessions::create), with options for this call.
    ///
    /// # Errors
    ///
    /// As [`create`](MemberSessions::create), and [`Error::Config`] for an invalid header in
    /// `options`.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar, id: polarsh::Uuid) -> Result<(), polarsh::Error> {
    /// use polarsh::{RequestOptions, RetryConfig};
    ///
    /// let session = polar
    ///     .member_sessions()
    ///     .create_with(
    ///         polarsh::models::MemberSessionCreate::new(id),
    ///         RequestOptions::new().retry_config(RetryConfig::none()),
    ///     )
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub async fn create_with(
        &self,
        req: MemberSessionCreate,
        options: RequestOptions,
    ) -> Result<MemberSession, Error> {
        self.polar
            .send(Method::POST, Endpoint::MemberSessions, &req, Some(&options))
            .await
    }
}
