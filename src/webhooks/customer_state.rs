//! The customer state, the payload of `customer.state_changed`: the customer with its active
//! subscriptions, granted benefits and active meters.
//!
//! Written by hand from the 2026-10 schemas (`CustomerStateIndividual`, `CustomerStateTeam`);
//! they will move to the generated models. Like the other response models, they ignore fields
//! they do not know and keep enum values as strings, so Polar adding a value breaks nothing.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::models::{Address, CustomerType, Metadata, TaxId};

/// A customer with what they have right now: the data of
/// [`WebhookEvent::CustomerStateChanged`](super::WebhookEvent::CustomerStateChanged).
///
/// One type serves both forms of the schema (`individual` and `team`, where a team may have no
/// email), as [`Customer`](crate::models::Customer) does.
///
/// ```
/// use polarsh::webhooks::CustomerState;
///
/// let state: CustomerState = serde_json::from_str(r#"{
///     "id": "0eba1e16-d835-4184-94f7-1c8c5a9b1b49", "created_at": "2026-09-01T10:00:00Z",
///     "modified_at": null, "metadata": {}, "external_id": "user_42",
///     "email": "alice@example.com", "email_verified": true, "type": "individual",
///     "name": "Alice", "billing_name": null, "billing_address": null, "tax_id": null,
///     "organization_id": "f7b06e5b-2527-4c9b-9cf9-078024c05f0c", "deleted_at": null,
///     "first_user_event_at": null, "avatar_url": null,
///     "active_subscriptions": [], "granted_benefits": [], "active_meters": []
/// }"#).unwrap();
/// assert_eq!(state.external_id.as_deref(), Some("user_42"));
/// assert!(state.active_subscriptions.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CustomerState {
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
    /// The email address (a team customer may have none).
    #[serde(default)]
    pub email: Option<String>,
    /// Whether the email address is verified.
    #[serde(default)]
    pub email_verified: bool,
    /// `individual` or `team`.
    #[serde(rename = "type", default)]
    pub customer_type: Option<CustomerType>,
    /// The customer's name.
    #[serde(default)]
    pub name: Option<String>,
    /// The name on invoices, if set.
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
    /// The customer's default payment method.
    #[serde(default)]
    pub default_payment_method_id: Option<Uuid>,
    /// When the customer was soft-deleted.
    #[serde(default)]
    pub deleted_at: Option<DateTime<Utc>>,
    /// When the first event was ingested for the customer.
    #[serde(default)]
    pub first_user_event_at: Option<DateTime<Utc>>,
    /// The avatar image URL.
    #[serde(default)]
    pub avatar_url: Option<String>,
    /// The customer's active (or trialing) subscriptions.
    pub active_subscriptions: Vec<CustomerStateSubscription>,
    /// The benefits granted to the customer.
    pub granted_benefits: Vec<CustomerStateBenefitGrant>,
    /// The customer's active meters.
    pub active_meters: Vec<CustomerStateMeter>,
}

/// An active subscription in a [`CustomerState`].
///
/// ```
/// let subscription: polarsh::webhooks::CustomerStateSubscription = serde_json::from_str(r#"{
///     "id": "e5fcd2a4-3c39-4a1e-8d73-7ac1c1a3f2b1", "created_at": "2026-09-01T10:00:00Z",
///     "modified_at": null, "metadata": {}, "status": "active", "amount": 1500,
///     "currency": "usd", "recurring_interval": "month",
///     "current_period_start": "2026-09-01T10:00:00Z", "current_period_end": "2026-10-01T10:00:00Z",
///     "trial_start": null, "trial_end": null, "cancel_at_period_end": false,
///     "canceled_at": null, "started_at": "2026-09-01T10:00:00Z", "ends_at": null,
///     "product_id": "4b4b8c0a-7d3e-4d5f-9c55-0d0b8f7a6e21", "discount_id": null, "meters": []
/// }"#).unwrap();
/// assert_eq!(subscription.amount, 1500);
/// assert_eq!(subscription.status, "active");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CustomerStateSubscription {
    /// The subscription's id.
    pub id: Uuid,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it was last changed.
    pub modified_at: Option<DateTime<Utc>>,
    /// Answers to the checkout's custom fields, by field slug.
    #[serde(default)]
    pub custom_field_data: serde_json::Map<String, serde_json::Value>,
    /// Your metadata on the subscription.
    #[serde(default)]
    pub metadata: Metadata,
    /// `active` or `trialing`.
    pub status: String,
    /// The amount per period, in the currency's smallest unit (cents).
    pub amount: i64,
    /// The currency, e.g. `usd`.
    pub currency: String,
    /// `day`, `week`, `month` or `year`.
    pub recurring_interval: String,
    /// Start of the current period.
    pub current_period_start: DateTime<Utc>,
    /// End of the current period.
    pub current_period_end: DateTime<Utc>,
    /// Start of the trial, if any.
    pub trial_start: Option<DateTime<Utc>>,
    /// End of the trial, if any.
    pub trial_end: Option<DateTime<Utc>>,
    /// Whether the subscription ends at the end of the current period.
    pub cancel_at_period_end: bool,
    /// When it was canceled.
    pub canceled_at: Option<DateTime<Utc>>,
    /// When it started.
    pub started_at: Option<DateTime<Utc>>,
    /// When it will end.
    pub ends_at: Option<DateTime<Utc>>,
    /// The product subscribed to.
    pub product_id: Uuid,
    /// The discount applied, if any.
    pub discount_id: Option<Uuid>,
    /// The metered prices' usage in this period.
    #[serde(default)]
    pub meters: Vec<CustomerStateSubscriptionMeter>,
}

/// A meter of a subscription in a [`CustomerState`]: usage in the current period.
///
/// ```
/// let meter: polarsh::webhooks::CustomerStateSubscriptionMeter = serde_json::from_str(r#"{
///     "id": "a0c5b7a4-5f8e-4b6c-9d2e-1f3a4b5c6d7e", "created_at": "2026-09-01T10:00:00Z",
///     "modified_at": null, "consumed_units": 12.5, "credited_units": 100, "amount": 250,
///     "meter_id": "b1d6c8b5-6a9f-4c7d-8e3f-2a4b5c6d7e8f"
/// }"#).unwrap();
/// assert_eq!(meter.consumed_units, 12.5);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CustomerStateSubscriptionMeter {
    /// The id of this usage record.
    pub id: Uuid,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it was last changed.
    pub modified_at: Option<DateTime<Utc>>,
    /// Units consumed in the period.
    pub consumed_units: f64,
    /// Units credited in the period.
    pub credited_units: i64,
    /// The amount due for the usage so far, in the currency's smallest unit.
    pub amount: i64,
    /// The meter.
    pub meter_id: Uuid,
}

/// A benefit granted to the customer, in a [`CustomerState`].
///
/// ```
/// let grant: polarsh::webhooks::CustomerStateBenefitGrant = serde_json::from_str(r#"{
///     "id": "c2e7d9c6-7b0a-4d8e-9f4a-3b5c6d7e8f90", "created_at": "2026-09-01T10:00:00Z",
///     "modified_at": null, "granted_at": "2026-09-01T10:00:01Z",
///     "benefit_id": "d3f8e0d7-8c1b-4e9f-8a5b-4c6d7e8f9a01", "benefit_type": "license_keys",
///     "benefit_metadata": {}, "properties": {"display_key": "****-ABCD"}
/// }"#).unwrap();
/// assert_eq!(grant.benefit_type, "license_keys");
/// assert_eq!(grant.properties["display_key"], "****-ABCD");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CustomerStateBenefitGrant {
    /// The grant's id.
    pub id: Uuid,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it was last changed.
    pub modified_at: Option<DateTime<Utc>>,
    /// When the benefit was granted.
    pub granted_at: DateTime<Utc>,
    /// The benefit.
    pub benefit_id: Uuid,
    /// The kind of benefit: `custom`, `discord`, `github_repository`, `downloadables`,
    /// `license_keys`, `meter_credit`, `feature_flag`, `slack_shared_channel`, or a newer one.
    pub benefit_type: String,
    /// Your metadata on the benefit.
    #[serde(default)]
    pub benefit_metadata: Metadata,
    /// What was granted; its fields depend on `benefit_type` (e.g. `display_key` for license
    /// keys, `guild_id` for Discord).
    #[serde(default)]
    pub properties: serde_json::Map<String, serde_json::Value>,
}

/// An active meter of the customer, in a [`CustomerState`].
///
/// ```
/// let meter: polarsh::webhooks::CustomerStateMeter = serde_json::from_str(r#"{
///     "id": "e4a9f1e8-9d2c-4fa0-9b6c-5d7e8f9a0b12", "created_at": "2026-09-01T10:00:00Z",
///     "modified_at": null, "meter_id": "b1d6c8b5-6a9f-4c7d-8e3f-2a4b5c6d7e8f",
///     "consumed_units": 40.0, "credited_units": 100, "balance": 60.0
/// }"#).unwrap();
/// assert_eq!(meter.balance, 60.0);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CustomerStateMeter {
    /// The id of this meter record.
    pub id: Uuid,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it was last changed.
    pub modified_at: Option<DateTime<Utc>>,
    /// The meter.
    pub meter_id: Uuid,
    /// Units consumed.
    pub consumed_units: f64,
    /// Units credited.
    pub credited_units: i64,
    /// Credited minus consumed.
    pub balance: f64,
}
