//! OAuth2: `/v1/oauth2/`.

use reqwest::Method;

use crate::client::Polar;
use crate::models::{RevokeTokenRequest, RevokeTokenResponse, UserInfo};
use crate::operation::{Credential, Operation, RetryClass};
use crate::request::RequestBuilder;
use crate::transport::decode;

/// `oauth2:revoke_token`: revoking a token twice is harmless.
static REVOKE: Operation = Operation::new(
    "oauth2:revoke_token",
    Method::POST,
    "/v1/oauth2/revoke",
    Credential::None,
    RetryClass::Safe,
);

/// `oauth2:userinfo`: a user token only (personal or OAuth2).
static USERINFO: Operation = Operation::new(
    "oauth2:userinfo",
    Method::GET,
    "/v1/oauth2/userinfo",
    Credential::User,
    RetryClass::Safe,
);

/// OAuth2. Get one with [`Polar::oauth2`]. Its token endpoints take form bodies and no access
/// token: the client credentials are in the body.
///
/// ```no_run
/// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
/// use polarsh::models::RevokeTokenRequest;
///
/// let req = RevokeTokenRequest::new("polar_at_u_...", "polar_ci_...", "polar_cs_...");
/// polar.oauth2().revoke(req).await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct OAuth2<'a> {
    polar: &'a Polar,
}

impl<'a> OAuth2<'a> {
    pub(crate) fn new(polar: &'a Polar) -> Self {
        OAuth2 { polar }
    }

    /// Revokes an access or refresh token (`oauth2:revoke_token`, `POST /v1/oauth2/revoke`,
    /// `application/x-www-form-urlencoded`, no credential).
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
    /// use polarsh::models::RevokeTokenRequest;
    ///
    /// let req = RevokeTokenRequest::new("polar_rt_u_...", "polar_ci_...", "polar_cs_...")
    ///     .with_token_type_hint("refresh_token");
    /// polar.oauth2().revoke(req).await?;
    /// # Ok(()) }
    /// ```
    pub fn revoke(&self, req: RevokeTokenRequest) -> RequestBuilder<RevokeTokenResponse> {
        RequestBuilder::new(self.polar, &REVOKE, &[], decode::json()).form_body(&req)
    }

    /// The user or organization the token belongs to (`oauth2:userinfo`,
    /// `GET /v1/oauth2/userinfo`, a personal or OAuth2 user token).
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
    /// let me = polar.oauth2().userinfo().await?;
    /// println!("{} {:?}", me.sub, me.email);
    /// # Ok(()) }
    /// ```
    pub fn userinfo(&self) -> RequestBuilder<UserInfo> {
        RequestBuilder::new(self.polar, &USERINFO, &[], decode::json())
    }
}
