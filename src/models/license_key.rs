//! License keys, as the portal validates them.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::redact::REDACTED;

string_enum! {
    /// Whether a license key can be used.
    ///
    /// ```
    /// let status: polarsh::models::LicenseKeyStatus = serde_json::from_str(r#""granted""#).unwrap();
    /// assert_eq!(status, polarsh::models::LicenseKeyStatus::Granted);
    /// ```
    pub enum LicenseKeyStatus {
        Granted => "granted",
        Revoked => "revoked",
        Disabled => "disabled",
    }
}

/// The body of `customer_portal:license_keys:validate`.
///
/// `Debug` hides the key.
///
/// ```
/// use polarsh::models::LicenseKeyValidate;
///
/// let req = LicenseKeyValidate::new("MYAPP-1234", polarsh::Uuid::nil()).with_increment_usage(1);
/// assert_eq!(
///     serde_json::to_value(&req).unwrap(),
///     serde_json::json!({
///         "key": "MYAPP-1234",
///         "organization_id": "00000000-0000-0000-0000-000000000000",
///         "increment_usage": 1
///     })
/// );
/// assert!(!format!("{req:?}").contains("MYAPP-1234"));
/// ```
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct LicenseKeyValidate {
    /// The license key.
    pub key: String,
    /// The organization that issued it.
    pub organization_id: Uuid,
    /// The activation to validate, for keys with activation limits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub activation_id: Option<Uuid>,
    /// Only valid for this benefit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub benefit_id: Option<Uuid>,
    /// Only valid for this customer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<Uuid>,
    /// Adds this much to the key's usage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub increment_usage: Option<i64>,
    /// The conditions the activation was made with, which a validation of it must repeat.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conditions: Option<crate::models::Metadata>,
}

impl fmt::Debug for LicenseKeyValidate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LicenseKeyValidate")
            .field("key", &REDACTED)
            .field("organization_id", &self.organization_id)
            .field("activation_id", &self.activation_id)
            .field("benefit_id", &self.benefit_id)
            .field("customer_id", &self.customer_id)
            .field("increment_usage", &self.increment_usage)
            .field("conditions", &self.conditions)
            .finish()
    }
}

impl LicenseKeyValidate {
    /// Validates `key`, issued by this organization.
    ///
    /// ```
    /// let req = polarsh::models::LicenseKeyValidate::new("KEY", polarsh::Uuid::nil());
    /// # let _ = req;
    /// ```
    pub fn new(key: impl Into<String>, organization_id: Uuid) -> Self {
        LicenseKeyValidate {
            key: key.into(),
            organization_id,
            activation_id: None,
            benefit_id: None,
            customer_id: None,
            increment_usage: None,
            conditions: None,
        }
    }

    /// The activation to validate.
    ///
    /// ```
    /// let req = polarsh::models::LicenseKeyValidate::new("KEY", polarsh::Uuid::nil())
    ///     .with_activation_id(polarsh::Uuid::nil());
    /// # let _ = req;
    /// ```
    pub fn with_activation_id(mut self, id: Uuid) -> Self {
        self.activation_id = Some(id);
        self
    }

    /// Only valid for this benefit.
    ///
    /// ```
    /// let req = polarsh::models::LicenseKeyValidate::new("KEY", polarsh::Uuid::nil())
    ///     .with_benefit_id(polarsh::Uuid::nil());
    /// # let _ = req;
    /// ```
    pub fn with_benefit_id(mut self, id: Uuid) -> Self {
        self.benefit_id = Some(id);
        self
    }

    /// Only valid for this customer.
    ///
    /// ```
    /// let req = polarsh::models::LicenseKeyValidate::new("KEY", polarsh::Uuid::nil())
    ///     .with_customer_id(polarsh::Uuid::nil());
    /// # let _ = req;
    /// ```
    pub fn with_customer_id(mut self, id: Uuid) -> Self {
        self.customer_id = Some(id);
        self
    }

    /// Adds this much to the key's usage.
    ///
    /// ```
    /// let req = polarsh::models::LicenseKeyValidate::new("KEY", polarsh::Uuid::nil())
    ///     .with_increment_usage(1);
    /// # let _ = req;
    /// ```
    pub fn with_increment_usage(mut self, amount: i64) -> Self {
        self.increment_usage = Some(amount);
        self
    }

    /// The conditions of the activation validated (as given to its activation).
    ///
    /// ```
    /// use polarsh::models::{LicenseKeyValidate, Metadata};
    ///
    /// let mut conditions = Metadata::new();
    /// conditions.insert("major_version".to_owned(), 2.into());
    /// let req = LicenseKeyValidate::new("KEY", polarsh::Uuid::nil()).with_conditions(conditions);
    /// assert_eq!(serde_json::to_value(&req).unwrap()["conditions"]["major_version"], 2);
    /// ```
    pub fn with_conditions(mut self, conditions: impl Into<crate::models::Metadata>) -> Self {
        self.conditions = Some(conditions.into());
        self
    }
}

/// A license key that passed validation. `Debug` hides the key.
///
/// ```
/// let key: polarsh::models::ValidatedLicenseKey = serde_json::from_str(r#"{
///     "id": "6d3c6e1a-1e53-4a0b-9d7b-0f2f4c1f8a35", "created_at": "2026-01-01T00:00:00Z",
///     "modified_at": null, "organization_id": "1dbfc517-0bbf-4301-9ba8-555ca42b9737",
///     "customer_id": "992fae2a-2a17-4b7a-8d9e-e287cf90131b",
///     "benefit_id": "0eba1e16-d835-4184-94f7-1c8c5a9b1b49", "key": "MYAPP-SECRET",
///     "display_key": "****-CRET", "status": "granted", "limit_activations": null, "usage": 3,
///     "limit_usage": 10, "validations": 7, "last_validated_at": null, "expires_at": null
/// }"#).unwrap();
/// assert_eq!(key.usage, 3);
/// assert!(!format!("{key:?}").contains("MYAPP-SECRET"));
/// ```
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ValidatedLicenseKey {
    /// The key's id.
    pub id: Uuid,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it was last changed.
    pub modified_at: Option<DateTime<Utc>>,
    /// The issuing organization.
    pub organization_id: Uuid,
    /// The customer it belongs to.
    pub customer_id: Uuid,
    /// The benefit that granted it.
    pub benefit_id: Uuid,
    /// The key itself: a secret.
    pub key: String,
    /// The key with most characters masked, for display.
    pub display_key: String,
    /// Whether it can be used.
    pub status: LicenseKeyStatus,
    /// How many activations it allows, if limited.
    pub limit_activations: Option<i64>,
    /// How much it has been used.
    pub usage: i64,
    /// How much it may be used, if limited.
    pub limit_usage: Option<i64>,
    /// How many times it was validated.
    pub validations: i64,
    /// When it was last validated.
    pub last_validated_at: Option<DateTime<Utc>>,
    /// When it expires, if ever.
    pub expires_at: Option<DateTime<Utc>>,
    /// The activation validated, if the request named one.
    #[serde(default)]
    pub activation: Option<crate::models::LicenseKeyActivationBase>,
}

impl fmt::Debug for ValidatedLicenseKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ValidatedLicenseKey")
            .field("id", &self.id)
            .field("organization_id", &self.organization_id)
            .field("customer_id", &self.customer_id)
            .field("benefit_id", &self.benefit_id)
            .field("key", &REDACTED)
            .field("display_key", &self.display_key)
            .field("status", &self.status)
            .field("usage", &self.usage)
            .field("limit_usage", &self.limit_usage)
            .field("validations", &self.validations)
            .field("expires_at", &self.expires_at)
            .field("activation", &self.activation)
            .finish_non_exhaustive()
    }
}
