//! Small models: an order receipt, OAuth2 revocation, userinfo.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::redact::REDACTED;

/// An order's receipt, once generated.
///
/// ```
/// let receipt: polarsh::models::OrderReceipt =
///     serde_json::from_str(r#"{"url":"https://polar.sh/receipts/1.pdf"}"#).unwrap();
/// assert!(receipt.url.ends_with(".pdf"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OrderReceipt {
    /// Where to download it.
    pub url: String,
}

/// The form body of `oauth2:revoke_token`. `Debug` hides the token and the client secret.
///
/// ```
/// let req = polarsh::models::RevokeTokenRequest::new("tok3n", "client", "s3cr3t");
/// let shown = format!("{req:?}");
/// assert!(!shown.contains("s3cr3t") && !shown.contains("tok3n"));
/// ```
#[derive(Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct RevokeTokenRequest {
    /// The token to revoke.
    pub token: String,
    /// `access_token` or `refresh_token`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token_type_hint: Option<String>,
    /// The OAuth2 client's id.
    pub client_id: String,
    /// The OAuth2 client's secret.
    pub client_secret: String,
}

impl RevokeTokenRequest {
    /// Revokes `token`, as the client `client_id`.
    ///
    /// ```
    /// let req = polarsh::models::RevokeTokenRequest::new("tok", "client", "secret");
    /// # let _ = req;
    /// ```
    pub fn new(
        token: impl Into<String>,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
    ) -> Self {
        RevokeTokenRequest {
            token: token.into(),
            token_type_hint: None,
            client_id: client_id.into(),
            client_secret: client_secret.into(),
        }
    }

    /// Says which kind of token it is.
    ///
    /// ```
    /// let req = polarsh::models::RevokeTokenRequest::new("tok", "client", "secret")
    ///     .with_token_type_hint("refresh_token");
    /// # let _ = req;
    /// ```
    pub fn with_token_type_hint(mut self, hint: impl Into<String>) -> Self {
        self.token_type_hint = Some(hint.into());
        self
    }
}

impl fmt::Debug for RevokeTokenRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RevokeTokenRequest")
            .field("token", &REDACTED)
            .field("token_type_hint", &self.token_type_hint)
            .field("client_id", &self.client_id)
            .field("client_secret", &REDACTED)
            .finish()
    }
}

/// What `oauth2:revoke_token` answers: an empty object.
///
/// ```
/// let answer: polarsh::models::RevokeTokenResponse = serde_json::from_str("{}").unwrap();
/// # let _ = answer;
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RevokeTokenResponse {}

/// Who an OAuth2 or personal token belongs to: a user (with name and email) or an
/// organization (with a name).
///
/// ```
/// let me: polarsh::models::UserInfo =
///     serde_json::from_str(r#"{"sub":"u_1","name":"Ann","email":"a@x.test","email_verified":true}"#).unwrap();
/// assert_eq!(me.email.as_deref(), Some("a@x.test"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserInfo {
    /// The subject: the user's or organization's id.
    pub sub: String,
    /// The name.
    #[serde(default)]
    pub name: Option<String>,
    /// The email address (users only).
    #[serde(default)]
    pub email: Option<String>,
    /// Whether the email address is verified (users only).
    #[serde(default)]
    pub email_verified: Option<bool>,
}
