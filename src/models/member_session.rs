//! Member sessions: `POST /v1/member-sessions/`.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use url::Url;
use uuid::Uuid;

use super::Customer;
use crate::redact::REDACTED;

/// The body of `POST /v1/member-sessions/`: which member, and where the portal's back button
/// leads.
///
/// Nothing is checked here beyond the types: the UUID version, the URL scheme and length are
/// checked by Polar, which answers 422.
///
/// ```
/// use polarsh::{Url, Uuid};
/// use polarsh::models::MemberSessionCreate;
///
/// let member_id = Uuid::parse_str("10c62c5a-6042-47f6-982b-8d88ff9bc7ed").unwrap();
/// let req = MemberSessionCreate::new(member_id)
///     .with_return_url(Url::parse("https://example.com/account").unwrap());
/// assert_eq!(
///     serde_json::to_string(&req).unwrap(),
///     r#"{"member_id":"10c62c5a-6042-47f6-982b-8d88ff9bc7ed","return_url":"https://example.com/account"}"#,
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct MemberSessionCreate {
    /// The member to create a session for.
    pub member_id: Uuid,
    /// When set, the portal shows a back button to this URL. Left out of the JSON when unset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub return_url: Option<Url>,
}

impl MemberSessionCreate {
    /// A request for the member `member_id`.
    ///
    /// ```
    /// let req = polarsh::models::MemberSessionCreate::new(polarsh::Uuid::nil());
    /// assert_eq!(req.return_url, None);
    /// ```
    pub fn new(member_id: Uuid) -> Self {
        MemberSessionCreate {
            member_id,
            return_url: None,
        }
    }

    /// Sets the URL of the portal's back button.
    ///
    /// ```
    /// let url = polarsh::Url::parse("https://example.com/account").unwrap();
    /// let req = polarsh::models::MemberSessionCreate::new(polarsh::Uuid::nil()).with_return_url(url);
    /// assert!(req.return_url.is_some());
    /// ```
    pub fn with_return_url(mut self, url: Url) -> Self {
        self.return_url = Some(url);
        self
    }
}

/// A member session: a short-lived token for one member in the customer portal.
///
/// `token` is a bearer credential, and `member_portal_url` carries it: `Debug` shows neither.
///
/// ```no_run
/// # async fn run(polar: polarsh::Polar, id: polarsh::Uuid) -> Result<(), polarsh::Error> {
/// let session = polar
///     .member_sessions()
///     .create(polarsh::models::MemberSessionCreate::new(id))
///     .await?;
/// println!("redirect to {} (valid until {})", session.member_portal_url, session.expires_at);
/// # Ok(()) }
/// ```
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MemberSession {
    /// When the session was created.
    pub created_at: DateTime<Utc>,
    /// When the session was last changed.
    pub modified_at: Option<DateTime<Utc>>,
    /// The session's id.
    pub id: Uuid,
    /// The session token (`polar_mst_…`): a credential, never log it.
    pub token: String,
    /// When the token expires (one hour after creation).
    pub expires_at: DateTime<Utc>,
    /// The back-button URL, as Polar normalised it.
    pub return_url: Option<String>,
    /// The portal URL to send the member to; it carries the token.
    pub member_portal_url: String,
    /// The member's id.
    pub member_id: Uuid,
    /// The member.
    pub member: Member,
    /// The customer's id.
    pub customer_id: Uuid,
    /// The customer the member belongs to.
    pub customer: Customer,
}

impl fmt::Debug for MemberSession {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MemberSession")
            .field("created_at", &self.created_at)
            .field("modified_at", &self.modified_at)
            .field("id", &self.id)
            .field("token", &REDACTED)
            .field("expires_at", &self.expires_at)
            .field("return_url", &self.return_url)
            .field("member_portal_url", &REDACTED)
            .field("member_id", &self.member_id)
            .field("member", &self.member)
            .field("customer_id", &self.customer_id)
            .field("customer", &self.customer)
            .finish()
    }
}

string_enum! {
    /// The role of a member within its customer.
    ///
    /// ```
    /// use polarsh::models::MemberRole;
    ///
    /// let role: MemberRole = serde_json::from_str(r#""billing_manager""#).unwrap();
    /// assert_eq!(role, MemberRole::BillingManager);
    /// ```
    pub enum MemberRole {
        Owner => "owner",
        BillingManager => "billing_manager",
        Member => "member",
    }
}

/// A member of a customer: one person of a team (or the owner of an individual customer).
///
/// ```
/// let member: polarsh::models::Member = serde_json::from_str(r#"{
///     "id": "10c62c5a-6042-47f6-982b-8d88ff9bc7ed", "created_at": "2026-01-01T00:00:00Z",
///     "modified_at": null, "customer_id": "0eba1e16-d835-4184-94f7-1c8c5a9b1b49",
///     "email": "alice@example.com", "name": "Alice", "external_id": "usr_alice", "role": "owner"
/// }"#).unwrap();
/// assert_eq!(member.role, polarsh::models::MemberRole::Owner);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Member {
    /// The member's id.
    pub id: Uuid,
    /// When the member was created.
    pub created_at: DateTime<Utc>,
    /// When the member was last changed.
    pub modified_at: Option<DateTime<Utc>>,
    /// The customer the member belongs to.
    pub customer_id: Uuid,
    /// The member's email address.
    pub email: String,
    /// The member's name.
    #[serde(default)]
    pub name: Option<String>,
    /// The member's id in your system.
    #[serde(default)]
    pub external_id: Option<String>,
    /// The member's role.
    pub role: MemberRole,
}
