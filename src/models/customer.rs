//! The customer, as both schema generations describe it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{Metadata, TaxId};

string_enum! {
    /// The kind of customer: one person, or a team with several members.
    ///
    /// ```
    /// use polarsh::models::CustomerType;
    ///
    /// let kind: CustomerType = serde_json::from_str(r#""team""#).unwrap();
    /// assert_eq!(kind, CustomerType::Team);
    /// ```
    pub enum CustomerType {
        Individual => "individual",
        Team => "team",
    }
}

/// A Polar customer, as embedded in member sessions (2026-03 schema) and customer sessions
/// (2026-10 schema, individual and team forms).
///
/// One type serves both generations: every field that either omits or nulls is an `Option` (or
/// defaults when absent), so the same struct decodes both.
///
/// ```
/// use polarsh::models::{Customer, CustomerType};
///
/// let customer: Customer = serde_json::from_str(r#"{
///     "id": "0eba1e16-d835-4184-94f7-1c8c5a9b1b49",
///     "created_at": "2026-11-25T20:36:48.375168Z", "modified_at": null,
///     "metadata": {"plan": "pro"}, "external_id": null, "email": "alice@example.com",
///     "email_verified": false, "type": "individual", "name": "Alice",
///     "billing_address": null, "tax_id": null, "locale": null,
///     "organization_id": "f7b06e5b-2527-4c9b-9cf9-078024c05f0c", "deleted_at": null,
///     "avatar_url": null
/// }"#).unwrap();
/// assert_eq!(customer.customer_type, Some(CustomerType::Individual));
/// assert_eq!(customer.email.as_deref(), Some("alice@example.com"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Customer {
    /// The customer's id.
    pub id: Uuid,
    /// When the customer was created.
    pub created_at: DateTime<Utc>,
    /// When the customer was last changed.
    pub modified_at: Option<DateTime<Utc>>,
    /// Your metadata on the customer.
    #[serde(default)]
    pub metadata: Metadata,
    /// The customer's id in your system.
    #[serde(default)]
    pub external_id: Option<String>,
    /// The email address (a team customer may have none in the 2026-10 schema).
    #[serde(default)]
    pub email: Option<String>,
    /// Whether the email address is verified.
    #[serde(default)]
    pub email_verified: bool,
    /// `individual` or `team`; `None` for legacy customers, which count as individual.
    #[serde(rename = "type", default)]
    pub customer_type: Option<CustomerType>,
    /// The customer's name.
    #[serde(default)]
    pub name: Option<String>,
    /// The name on invoices, if set (2026-10 schema).
    #[serde(default)]
    pub billing_name: Option<String>,
    /// The billing address.
    #[serde(default)]
    pub billing_address: Option<Address>,
    /// The tax id and its format.
    #[serde(default)]
    pub tax_id: Option<TaxId>,
    /// The customer's locale, e.g. `en`.
    #[serde(default)]
    pub locale: Option<String>,
    /// The organization the customer belongs to.
    pub organization_id: Uuid,
    /// The customer's default payment method (2026-10 schema).
    #[serde(default)]
    pub default_payment_method_id: Option<Uuid>,
    /// When the customer was soft-deleted.
    #[serde(default)]
    pub deleted_at: Option<DateTime<Utc>>,
    /// When the first event was ingested for the customer (2026-10 schema).
    #[serde(default)]
    pub first_user_event_at: Option<DateTime<Utc>>,
    /// The avatar image URL (a string: a response never fails on URL parsing).
    #[serde(default)]
    pub avatar_url: Option<String>,
}

impl Customer {
    /// Whether this is a team customer.
    ///
    /// ```no_run
    /// # fn run(customer: polarsh::models::Customer) {
    /// if customer.is_team() {
    ///     println!("a team: sessions need a member");
    /// }
    /// # }
    /// ```
    pub fn is_team(&self) -> bool {
        self.customer_type == Some(CustomerType::Team)
    }
}

/// A postal address. Every key is present in Polar's answers; all but `country` may be null.
///
/// ```
/// let address: polarsh::models::Address = serde_json::from_str(
///     r#"{"line1":"1 Main St","line2":null,"postal_code":"94103","city":"SF","state":"US-CA","country":"US"}"#,
/// ).unwrap();
/// assert_eq!(address.country, "US");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Address {
    /// First line.
    #[serde(default)]
    pub line1: Option<String>,
    /// Second line.
    #[serde(default)]
    pub line2: Option<String>,
    /// Postal code.
    #[serde(default)]
    pub postal_code: Option<String>,
    /// City.
    #[serde(default)]
    pub city: Option<String>,
    /// State or region, e.g. `US-CA`.
    #[serde(default)]
    pub state: Option<String>,
    /// ISO 3166-1 alpha-2 country code, e.g. `US` (kept as a string: Polar's list grows).
    pub country: String,
}
