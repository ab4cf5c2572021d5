//! The customer as the customer portal shows it.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{Address, CustomerType, TaxId};

/// The signed-in customer, as `customer_portal:customers:get` answers.
///
/// ```
/// let me: polarsh::models::CustomerPortalCustomer = serde_json::from_str(r#"{
///     "created_at": "2026-01-01T00:00:00Z", "modified_at": null,
///     "id": "992fae2a-2a17-4b7a-8d9e-e287cf90131b", "email": "alice@example.com",
///     "email_verified": true, "name": "Alice", "billing_name": null, "billing_address": null,
///     "tax_id": null, "oauth_accounts": {"github": {"account_id": "1", "account_username": "al"}},
///     "type": "individual", "locale": "fr"
/// }"#).unwrap();
/// assert_eq!(me.oauth_accounts["github"].account_username.as_deref(), Some("al"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CustomerPortalCustomer {
    /// When the customer was created.
    pub created_at: DateTime<Utc>,
    /// When the customer was last changed.
    pub modified_at: Option<DateTime<Utc>>,
    /// The customer's id.
    pub id: Uuid,
    /// The email address.
    pub email: Option<String>,
    /// Whether the email address is verified.
    pub email_verified: bool,
    /// The name.
    pub name: Option<String>,
    /// The name on invoices.
    #[serde(default)]
    pub billing_name: Option<String>,
    /// The billing address.
    pub billing_address: Option<Address>,
    /// The tax id and its format.
    pub tax_id: Option<TaxId>,
    /// The OAuth accounts linked to the customer, by platform (`github`, `discord`, …).
    #[serde(default)]
    pub oauth_accounts: BTreeMap<String, CustomerPortalOAuthAccount>,
    /// The default payment method.
    #[serde(default)]
    pub default_payment_method_id: Option<Uuid>,
    /// `individual` or `team`.
    #[serde(rename = "type", default)]
    pub customer_type: Option<CustomerType>,
    /// The locale, e.g. `fr`.
    #[serde(default)]
    pub locale: Option<String>,
}

/// An OAuth account linked to a customer.
///
/// ```
/// let account: polarsh::models::CustomerPortalOAuthAccount =
///     serde_json::from_str(r#"{"account_id":"42","account_username":null}"#).unwrap();
/// assert_eq!(account.account_id, "42");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CustomerPortalOAuthAccount {
    /// The account's id on the platform.
    pub account_id: String,
    /// The account's user name on the platform.
    pub account_username: Option<String>,
}
