//! Customer sessions: `POST /v1/customer-sessions/`.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use url::Url;
use uuid::Uuid;

use super::Customer;
use crate::redact::REDACTED;

/// Which customer a customer session is for: Polar's id, or your external id.
///
/// ```
/// use polarsh::models::{CustomerRef, CustomerSessionCreate};
///
/// let req = CustomerSessionCreate::for_external_customer("usr_1337");
/// assert_eq!(req.customer, CustomerRef::ExternalId("usr_1337".to_owned()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CustomerRef {
    /// Polar's customer id (`customer_id`).
    Id(Uuid),
    /// The customer's id in your system (`external_customer_id`).
    ExternalId(String),
}

/// The body of `POST /v1/customer-sessions/`: a customer (by id or external id), optionally a
/// member of it, and where the portal's back button leads. Exactly one customer key is sent.
///
/// ```
/// use polarsh::{Url, Uuid};
/// use polarsh::models::CustomerSessionCreate;
///
/// let customer_id = Uuid::parse_str("0eba1e16-d835-4184-94f7-1c8c5a9b1b49").unwrap();
/// let member_id = Uuid::parse_str("10c62c5a-6042-47f6-982b-8d88ff9bc7ed").unwrap();
/// let req = CustomerSessionCreate::for_customer(customer_id)
///     .with_member_id(member_id)
///     .with_return_url(Url::parse("https://example.com/account").unwrap());
/// assert_eq!(
///     serde_json::to_string(&req).unwrap(),
///     r#"{"customer_id":"0eba1e16-d835-4184-94f7-1c8c5a9b1b49","member_id":"10c62c5a-6042-47f6-982b-8d88ff9bc7ed","return_url":"https://example.com/account"}"#,
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CustomerSessionCreate {
    /// The customer.
    pub customer: CustomerRef,
    /// The member to create the session for (member-model organizations).
    pub member_id: Option<Uuid>,
    /// The member, by its id in your system; an alternative to `member_id`.
    pub external_member_id: Option<String>,
    /// When set, the portal shows a back button to this URL.
    pub return_url: Option<Url>,
}

impl CustomerSessionCreate {
    /// A session for the customer with Polar id `customer_id`.
    ///
    /// ```
    /// let req = polarsh::models::CustomerSessionCreate::for_customer(polarsh::Uuid::nil());
    /// assert_eq!(serde_json::to_string(&req).unwrap(), r#"{"customer_id":"00000000-0000-0000-0000-000000000000"}"#);
    /// ```
    pub fn for_customer(customer_id: Uuid) -> Self {
        Self::new(CustomerRef::Id(customer_id))
    }

    /// A session for the customer whose id in your system is `external_id`.
    ///
    /// ```
    /// let req = polarsh::models::CustomerSessionCreate::for_external_customer("usr_1337");
    /// assert_eq!(serde_json::to_string(&req).unwrap(), r#"{"external_customer_id":"usr_1337"}"#);
    /// ```
    pub fn for_external_customer(external_id: impl Into<String>) -> Self {
        Self::new(CustomerRef::ExternalId(external_id.into()))
    }

    fn new(customer: CustomerRef) -> Self {
        CustomerSessionCreate {
            customer,
            member_id: None,
            external_member_id: None,
            return_url: None,
        }
    }

    /// The member to create the session for, by Polar id.
    ///
    /// ```
    /// let req = polarsh::models::CustomerSessionCreate::for_external_customer("usr_1")
    ///     .with_member_id(polarsh::Uuid::nil());
    /// assert_eq!(req.member_id, Some(polarsh::Uuid::nil()));
    /// ```
    pub fn with_member_id(mut self, member_id: Uuid) -> Self {
        self.member_id = Some(member_id);
        self
    }

    /// The member to create the session for, by its id in your system.
    ///
    /// ```
    /// let req = polarsh::models::CustomerSessionCreate::for_external_customer("team_1")
    ///     .with_external_member_id("usr_alice");
    /// assert_eq!(req.external_member_id.as_deref(), Some("usr_alice"));
    /// ```
    pub fn with_external_member_id(mut self, external_member_id: impl Into<String>) -> Self {
        self.external_member_id = Some(external_member_id.into());
        self
    }

    /// Sets the URL of the portal's back button.
    ///
    /// ```
    /// let url = polarsh::Url::parse("https://example.com/").unwrap();
    /// let req = polarsh::models::CustomerSessionCreate::for_customer(polarsh::Uuid::nil())
    ///     .with_return_url(url);
    /// assert!(req.return_url.is_some());
    /// ```
    pub fn with_return_url(mut self, url: Url) -> Self {
        self.return_url = Some(url);
        self
    }
}

impl Serialize for CustomerSessionCreate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let fields = 1
            + usize::from(self.member_id.is_some())
            + usize::from(self.external_member_id.is_some())
            + usize::from(self.return_url.is_some());
        let mut map = serializer.serialize_map(Some(fields))?;
        match &self.customer {
            CustomerRef::Id(id) => map.serialize_entry("customer_id", id)?,
            CustomerRef::ExternalId(id) => map.serialize_entry("external_customer_id", id)?,
        }
        if let Some(member_id) = &self.member_id {
            map.serialize_entry("member_id", member_id)?;
        }
        if let Some(external_member_id) = &self.external_member_id {
            map.serialize_entry("external_member_id", external_member_id)?;
        }
        if let Some(return_url) = &self.return_url {
            map.serialize_entry("return_url", return_url)?;
        }
        map.end()
    }
}

/// A customer session: a short-lived token for the customer portal, for a customer or (in
/// member-model organizations, token `polar_mst_…`) one of its members.
///
/// `token` is a bearer credential, and `customer_portal_url` carries it: `Debug` shows neither.
///
/// ```no_run
/// # async fn run(polar: polarsh::Polar, id: polarsh::Uuid) -> Result<(), polarsh::Error> {
/// use polarsh::models::CustomerSessionCreate;
///
/// let session = polar.customer_sessions().create(CustomerSessionCreate::for_customer(id)).await?;
/// println!("redirect to {}", session.customer_portal_url);
/// # Ok(()) }
/// ```
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CustomerSession {
    /// When the session was created.
    pub created_at: DateTime<Utc>,
    /// When the session was last changed.
    pub modified_at: Option<DateTime<Utc>>,
    /// The session's id.
    pub id: Uuid,
    /// The session token (`polar_cst_…`, or `polar_mst_…` for a member): never log it.
    pub token: String,
    /// When the token expires.
    pub expires_at: DateTime<Utc>,
    /// The back-button URL, as Polar normalised it.
    pub return_url: Option<String>,
    /// The portal URL to send the customer to; it carries the token.
    pub customer_portal_url: String,
    /// The customer's id.
    pub customer_id: Uuid,
    /// The customer.
    pub customer: Customer,
}

impl CustomerSession {
    /// Whether the session is a member's (`polar_mst_…`, member-model organizations) rather than
    /// the customer's (`polar_cst_…`).
    ///
    /// ```no_run
    /// # fn run(session: polarsh::models::CustomerSession) {
    /// println!("member session: {}", session.is_member_session());
    /// # }
    /// ```
    pub fn is_member_session(&self) -> bool {
        self.token.starts_with("polar_mst_")
    }
}

impl fmt::Debug for CustomerSession {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CustomerSession")
            .field("created_at", &self.created_at)
            .field("modified_at", &self.modified_at)
            .field("id", &self.id)
            .field("token", &REDACTED)
            .field("expires_at", &self.expires_at)
            .field("return_url", &self.return_url)
            .field("customer_portal_url", &REDACTED)
            .field("customer_id", &self.customer_id)
            .field("customer", &self.customer)
            .finish()
    }
}
