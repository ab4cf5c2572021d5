//! Small models: an order receipt, events, OAuth2 revocation.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::Metadata;
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

string_enum! {
    /// Who recorded an event: Polar (`system`) or you (`user`).
    ///
    /// ```
    /// let source: polarsh::models::EventSource = serde_json::from_str(r#""user""#).unwrap();
    /// assert_eq!(source, polarsh::models::EventSource::User);
    /// ```
    pub enum EventSource {
        System => "system",
        User => "user",
    }
}

/// An event: usage you ingested, or something Polar recorded.
///
/// ```
/// let event: polarsh::models::Event = serde_json::from_str(r#"{
///     "id": "6d3c6e1a-1e53-4a0b-9d7b-0f2f4c1f8a35", "timestamp": "2026-01-01T00:00:00Z",
///     "organization_id": "1dbfc517-0bbf-4301-9ba8-555ca42b9737", "customer_id": null,
///     "external_customer_id": "usr_1", "name": "api_call", "source": "user",
///     "metadata": {"tokens": 12}
/// }"#).unwrap();
/// assert_eq!(event.name, "api_call");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Event {
    /// The event's id.
    pub id: Uuid,
    /// When it happened.
    pub timestamp: DateTime<Utc>,
    /// The organization it belongs to.
    pub organization_id: Uuid,
    /// The customer it concerns, by Polar id.
    #[serde(default)]
    pub customer_id: Option<Uuid>,
    /// The customer it concerns, by your id.
    #[serde(default)]
    pub external_customer_id: Option<String>,
    /// Its name, e.g. `api_call` or `order.paid`.
    pub name: String,
    /// Who recorded it.
    pub source: EventSource,
    /// Its metadata.
    #[serde(default)]
    pub metadata: Metadata,
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
