//! The records a seed holds, each built with `new` and `with_*` methods.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::Deserialize;
use uuid::Uuid;

use super::ids::{now, random_token, random_uuid};
use super::{ALL_SCOPES, RateLimit};

/// An organization: the owner of customers and access tokens, and the feature flags member sessions need.
///
/// ```
/// use polarsh_mock::Organization;
///
/// let org = Organization::new("acme")
///     .with_member_model_enabled(true)
///     .with_seat_based_pricing_enabled(true);
/// assert_eq!(org.slug(), "acme");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Organization {
    pub(crate) id: Uuid,
    pub(crate) slug: String,
    pub(crate) member_model_enabled: bool,
    pub(crate) seat_based_pricing_enabled: bool,
    pub(crate) rate_limit: Option<RateLimit>,
}

impl Organization {
    /// A new organization with a fresh id and both feature flags off (a plain organization).
    ///
    /// ```
    /// let org = polarsh_mock::Organization::new("plainorg");
    /// assert!(!org.member_model_enabled());
    /// ```
    pub fn new(slug: impl Into<String>) -> Self {
        Self {
            id: random_uuid(),
            slug: slug.into(),
            member_model_enabled: false,
            seat_based_pricing_enabled: false,
            rate_limit: None,
        }
    }

    /// Sets the id.
    ///
    /// ```
    /// let id = uuid::Uuid::new_v4();
    /// assert_eq!(polarsh_mock::Organization::new("acme").with_id(id).id(), id);
    /// ```
    pub fn with_id(mut self, id: Uuid) -> Self {
        self.id = id;
        self
    }

    /// Sets the `member_model_enabled` feature flag (members, member sessions, `polar_mst_` tokens).
    ///
    /// ```
    /// let org = polarsh_mock::Organization::new("acme").with_member_model_enabled(true);
    /// assert!(org.member_model_enabled());
    /// ```
    pub fn with_member_model_enabled(mut self, enabled: bool) -> Self {
        self.member_model_enabled = enabled;
        self
    }

    /// Sets the `seat_based_pricing_enabled` feature flag (needed by `POST /v1/member-sessions/`).
    ///
    /// ```
    /// let org = polarsh_mock::Organization::new("acme").with_seat_based_pricing_enabled(true);
    /// assert!(org.seat_based_pricing_enabled());
    /// ```
    pub fn with_seat_based_pricing_enabled(mut self, enabled: bool) -> Self {
        self.seat_based_pricing_enabled = enabled;
        self
    }

    /// Gives this organization its own rate limit, overriding the server-wide one (Polar restricts some
    /// organizations more than others).
    ///
    /// ```
    /// use std::time::Duration;
    /// use polarsh_mock::{Organization, RateLimit};
    /// let org = Organization::new("acme").with_rate_limit(RateLimit::new(10, Duration::from_secs(60)));
    /// ```
    pub fn with_rate_limit(mut self, rate_limit: RateLimit) -> Self {
        self.rate_limit = Some(rate_limit);
        self
    }

    /// The id.
    ///
    /// ```
    /// let org = polarsh_mock::Organization::new("acme");
    /// assert_eq!(org.id().get_version_num(), 4);
    /// ```
    pub fn id(&self) -> Uuid {
        self.id
    }

    /// The slug, used in portal URLs (`{frontend}/{slug}/portal?...`).
    ///
    /// ```
    /// assert_eq!(polarsh_mock::Organization::new("acme").slug(), "acme");
    /// ```
    pub fn slug(&self) -> &str {
        &self.slug
    }

    /// Whether `member_model_enabled` is on.
    ///
    /// ```
    /// assert!(!polarsh_mock::Organization::new("acme").member_model_enabled());
    /// ```
    pub fn member_model_enabled(&self) -> bool {
        self.member_model_enabled
    }

    /// Whether `seat_based_pricing_enabled` is on.
    ///
    /// ```
    /// assert!(!polarsh_mock::Organization::new("acme").seat_based_pricing_enabled());
    /// ```
    pub fn seat_based_pricing_enabled(&self) -> bool {
        self.seat_based_pricing_enabled
    }
}

/// Whether a customer is a person or a team with members.
///
/// ```
/// use polarsh_mock::{Customer, CustomerType};
///
/// let team = Customer::team(uuid::Uuid::new_v4());
/// assert_eq!(team.customer_type(), CustomerType::Team);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CustomerType {
    /// One person; in a member-model organization its owner member stands for it.
    #[default]
    Individual,
    /// A team; a member session for it must name the member.
    Team,
}

impl CustomerType {
    /// The wire value, `individual` or `team`.
    ///
    /// ```
    /// assert_eq!(polarsh_mock::CustomerType::Team.as_str(), "team");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            CustomerType::Individual => "individual",
            CustomerType::Team => "team",
        }
    }
}

/// A customer metadata value: Polar allows strings, integers, floats and booleans.
///
/// ```
/// use polarsh_mock::MetadataValue;
///
/// assert_eq!(MetadataValue::from(3), MetadataValue::Integer(3));
/// assert_eq!(MetadataValue::from("pro"), MetadataValue::String("pro".into()));
/// ```
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum MetadataValue {
    /// A string.
    String(String),
    /// An integer.
    Integer(i64),
    /// A float; it must be finite.
    Float(f64),
    /// A boolean.
    Boolean(bool),
}

impl From<&str> for MetadataValue {
    fn from(value: &str) -> Self {
        MetadataValue::String(value.to_owned())
    }
}

impl From<String> for MetadataValue {
    fn from(value: String) -> Self {
        MetadataValue::String(value)
    }
}

impl From<i64> for MetadataValue {
    fn from(value: i64) -> Self {
        MetadataValue::Integer(value)
    }
}

impl From<i32> for MetadataValue {
    fn from(value: i32) -> Self {
        MetadataValue::Integer(value.into())
    }
}

impl From<f64> for MetadataValue {
    fn from(value: f64) -> Self {
        MetadataValue::Float(value)
    }
}

impl From<bool> for MetadataValue {
    fn from(value: bool) -> Self {
        MetadataValue::Boolean(value)
    }
}

/// A billing address. Every key is present in responses; all but `country` may be null.
///
/// ```
/// use polarsh_mock::Address;
///
/// let address = Address::new("US").with_line1("1 Main St").with_city("Springfield");
/// assert_eq!(address.country, "US");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Address {
    /// First street line.
    #[serde(default)]
    pub line1: Option<String>,
    /// Second street line.
    #[serde(default)]
    pub line2: Option<String>,
    /// Postal code.
    #[serde(default)]
    pub postal_code: Option<String>,
    /// City.
    #[serde(default)]
    pub city: Option<String>,
    /// State or region.
    #[serde(default)]
    pub state: Option<String>,
    /// ISO 3166-1 alpha-2 country code, e.g. `US`.
    pub country: String,
}

impl Address {
    /// An address with only a country.
    ///
    /// ```
    /// assert_eq!(polarsh_mock::Address::new("FR").country, "FR");
    /// ```
    pub fn new(country: impl Into<String>) -> Self {
        Self {
            country: country.into(),
            ..Self::default()
        }
    }

    /// Sets the first street line.
    ///
    /// ```
    /// let a = polarsh_mock::Address::new("US").with_line1("1 Main St");
    /// assert_eq!(a.line1.as_deref(), Some("1 Main St"));
    /// ```
    pub fn with_line1(mut self, line1: impl Into<String>) -> Self {
        self.line1 = Some(line1.into());
        self
    }

    /// Sets the second street line.
    ///
    /// ```
    /// let a = polarsh_mock::Address::new("US").with_line2("Suite 2");
    /// assert_eq!(a.line2.as_deref(), Some("Suite 2"));
    /// ```
    pub fn with_line2(mut self, line2: impl Into<String>) -> Self {
        self.line2 = Some(line2.into());
        self
    }

    /// Sets the postal code.
    ///
    /// ```
    /// let a = polarsh_mock::Address::new("US").with_postal_code("12345");
    /// assert_eq!(a.postal_code.as_deref(), Some("12345"));
    /// ```
    pub fn with_postal_code(mut self, postal_code: impl Into<String>) -> Self {
        self.postal_code = Some(postal_code.into());
        self
    }

    /// Sets the city.
    ///
    /// ```
    /// let a = polarsh_mock::Address::new("US").with_city("Springfield");
    /// assert_eq!(a.city.as_deref(), Some("Springfield"));
    /// ```
    pub fn with_city(mut self, city: impl Into<String>) -> Self {
        self.city = Some(city.into());
        self
    }

    /// Sets the state or region.
    ///
    /// ```
    /// let a = polarsh_mock::Address::new("US").with_state("OR");
    /// assert_eq!(a.state.as_deref(), Some("OR"));
    /// ```
    pub fn with_state(mut self, state: impl Into<String>) -> Self {
        self.state = Some(state.into());
        self
    }
}

/// A customer of an organization.
///
/// ```
/// use polarsh_mock::{Address, Customer};
///
/// let org_id = uuid::Uuid::new_v4();
/// let customer = Customer::new(org_id, "bob@example.com")
///     .with_name("Bob")
///     .with_external_id("usr_bob")
///     .with_metadata("plan", "pro")
///     .with_metadata("seats", 3)
///     .with_billing_address(Address::new("US"))
///     .with_tax_id("911144442", "us_ein");
/// assert_eq!(customer.email(), Some("bob@example.com"));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Customer {
    pub(crate) id: Uuid,
    pub(crate) organization_id: Uuid,
    pub(crate) created_at: DateTime<Utc>,
    pub(crate) modified_at: Option<DateTime<Utc>>,
    pub(crate) metadata: Vec<(String, MetadataValue)>,
    pub(crate) external_id: Option<String>,
    pub(crate) email: Option<String>,
    pub(crate) email_verified: bool,
    pub(crate) customer_type: CustomerType,
    pub(crate) name: Option<String>,
    pub(crate) billing_name: Option<String>,
    pub(crate) billing_address: Option<Address>,
    pub(crate) tax_id: Option<(String, String)>,
    pub(crate) locale: Option<String>,
    pub(crate) default_payment_method_id: Option<Uuid>,
    pub(crate) deleted_at: Option<DateTime<Utc>>,
    pub(crate) first_user_event_at: Option<DateTime<Utc>>,
}

impl Customer {
    /// An individual customer of `organization_id`, created now, with a fresh id.
    ///
    /// ```
    /// let c = polarsh_mock::Customer::new(uuid::Uuid::new_v4(), "bob@example.com");
    /// assert_eq!(c.customer_type(), polarsh_mock::CustomerType::Individual);
    /// ```
    pub fn new(organization_id: Uuid, email: impl Into<String>) -> Self {
        Self {
            id: random_uuid(),
            organization_id,
            created_at: now(),
            modified_at: None,
            metadata: Vec::new(),
            external_id: None,
            email: Some(email.into()),
            email_verified: false,
            customer_type: CustomerType::Individual,
            name: None,
            billing_name: None,
            billing_address: None,
            tax_id: None,
            locale: None,
            default_payment_method_id: None,
            deleted_at: None,
            first_user_event_at: None,
        }
    }

    /// A team customer of `organization_id` without an email (the 2026-10 schema allows that for teams).
    ///
    /// ```
    /// let team = polarsh_mock::Customer::team(uuid::Uuid::new_v4()).with_name("Acme team");
    /// assert_eq!(team.email(), None);
    /// ```
    pub fn team(organization_id: Uuid) -> Self {
        let mut customer = Self::new(organization_id, "");
        customer.email = None;
        customer.customer_type = CustomerType::Team;
        customer
    }

    /// Sets the id.
    ///
    /// ```
    /// let id = uuid::Uuid::new_v4();
    /// assert_eq!(polarsh_mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").with_id(id).id(), id);
    /// ```
    pub fn with_id(mut self, id: Uuid) -> Self {
        self.id = id;
        self
    }

    /// Sets the email.
    ///
    /// ```
    /// let team = polarsh_mock::Customer::team(uuid::Uuid::new_v4()).with_email("team@example.com");
    /// assert_eq!(team.email(), Some("team@example.com"));
    /// ```
    pub fn with_email(mut self, email: impl Into<String>) -> Self {
        self.email = Some(email.into());
        self
    }

    /// Sets the name.
    ///
    /// ```
    /// let c = polarsh_mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").with_name("Alice");
    /// assert_eq!(c.name(), Some("Alice"));
    /// ```
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets the type (individual or team).
    ///
    /// ```
    /// use polarsh_mock::{Customer, CustomerType};
    /// let c = Customer::new(uuid::Uuid::new_v4(), "a@b.c").with_type(CustomerType::Team);
    /// assert_eq!(c.customer_type(), CustomerType::Team);
    /// ```
    pub fn with_type(mut self, customer_type: CustomerType) -> Self {
        self.customer_type = customer_type;
        self
    }

    /// Sets the external id (your system's id for the customer), unique within the organization.
    ///
    /// ```
    /// let c = polarsh_mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").with_external_id("usr_1");
    /// assert_eq!(c.external_id(), Some("usr_1"));
    /// ```
    pub fn with_external_id(mut self, external_id: impl Into<String>) -> Self {
        self.external_id = Some(external_id.into());
        self
    }

    /// Adds (or replaces) a metadata entry; entries keep the order they were first added in.
    ///
    /// ```
    /// let c = polarsh_mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c")
    ///     .with_metadata("plan", "pro")
    ///     .with_metadata("seats", 3)
    ///     .with_metadata("ratio", 0.5)
    ///     .with_metadata("beta", true);
    /// ```
    pub fn with_metadata(
        mut self,
        key: impl Into<String>,
        value: impl Into<MetadataValue>,
    ) -> Self {
        let key = key.into();
        let value = value.into();
        match self.metadata.iter_mut().find(|(k, _)| *k == key) {
            Some(entry) => entry.1 = value,
            None => self.metadata.push((key, value)),
        }
        self
    }

    /// Sets the billing address.
    ///
    /// ```
    /// use polarsh_mock::{Address, Customer};
    /// let c = Customer::new(uuid::Uuid::new_v4(), "a@b.c").with_billing_address(Address::new("US"));
    /// ```
    pub fn with_billing_address(mut self, address: Address) -> Self {
        self.billing_address = Some(address);
        self
    }

    /// Sets the tax id and its format, e.g. `("911144442", "us_ein")`.
    ///
    /// ```
    /// let c = polarsh_mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").with_tax_id("FR61954506077", "eu_vat");
    /// ```
    pub fn with_tax_id(mut self, value: impl Into<String>, format: impl Into<String>) -> Self {
        self.tax_id = Some((value.into(), format.into()));
        self
    }

    /// Sets the name printed on invoices (2026-10 `billing_name`); without it responses show the name.
    ///
    /// ```
    /// let c = polarsh_mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").with_billing_name("Acme Inc.");
    /// ```
    pub fn with_billing_name(mut self, billing_name: impl Into<String>) -> Self {
        self.billing_name = Some(billing_name.into());
        self
    }

    /// Sets the locale, e.g. `en`.
    ///
    /// ```
    /// let c = polarsh_mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").with_locale("en");
    /// ```
    pub fn with_locale(mut self, locale: impl Into<String>) -> Self {
        self.locale = Some(locale.into());
        self
    }

    /// Sets whether the email is verified (default false).
    ///
    /// ```
    /// let c = polarsh_mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").with_email_verified(true);
    /// ```
    pub fn with_email_verified(mut self, verified: bool) -> Self {
        self.email_verified = verified;
        self
    }

    /// Sets the creation time (default: when the value was built).
    ///
    /// ```
    /// let t = chrono::DateTime::from_timestamp(1_767_225_600, 0).unwrap();
    /// let c = polarsh_mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").with_created_at(t);
    /// ```
    pub fn with_created_at(mut self, created_at: DateTime<Utc>) -> Self {
        self.created_at = created_at;
        self
    }

    /// Sets the last modification time (default: none).
    ///
    /// ```
    /// let t = chrono::DateTime::from_timestamp(1_767_225_600, 0).unwrap();
    /// let c = polarsh_mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").with_modified_at(t);
    /// ```
    pub fn with_modified_at(mut self, modified_at: DateTime<Utc>) -> Self {
        self.modified_at = Some(modified_at);
        self
    }

    /// Sets the default payment method's id (2026-10 `default_payment_method_id`).
    ///
    /// ```
    /// let c = polarsh_mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c")
    ///     .with_default_payment_method_id(uuid::Uuid::new_v4());
    /// ```
    pub fn with_default_payment_method_id(mut self, id: Uuid) -> Self {
        self.default_payment_method_id = Some(id);
        self
    }

    /// Sets the time of the first ingested event (2026-10 `first_user_event_at`).
    ///
    /// ```
    /// let t = chrono::DateTime::from_timestamp(1_767_225_600, 0).unwrap();
    /// let c = polarsh_mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").with_first_user_event_at(t);
    /// ```
    pub fn with_first_user_event_at(mut self, at: DateTime<Utc>) -> Self {
        self.first_user_event_at = Some(at);
        self
    }

    /// Marks the customer as deleted at `deleted_at`; a deleted customer does not exist for the API.
    ///
    /// ```
    /// let t = chrono::DateTime::from_timestamp(1_767_225_600, 0).unwrap();
    /// let c = polarsh_mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").with_deleted_at(t);
    /// ```
    pub fn with_deleted_at(mut self, deleted_at: DateTime<Utc>) -> Self {
        self.deleted_at = Some(deleted_at);
        self
    }

    /// The id.
    ///
    /// ```
    /// let c = polarsh_mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c");
    /// assert_eq!(c.id().get_version_num(), 4);
    /// ```
    pub fn id(&self) -> Uuid {
        self.id
    }

    /// The owning organization's id.
    ///
    /// ```
    /// let org = uuid::Uuid::new_v4();
    /// assert_eq!(polarsh_mock::Customer::new(org, "a@b.c").organization_id(), org);
    /// ```
    pub fn organization_id(&self) -> Uuid {
        self.organization_id
    }

    /// The email, if any.
    ///
    /// ```
    /// assert_eq!(polarsh_mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").email(), Some("a@b.c"));
    /// ```
    pub fn email(&self) -> Option<&str> {
        self.email.as_deref()
    }

    /// The name, if any.
    ///
    /// ```
    /// assert_eq!(polarsh_mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").name(), None);
    /// ```
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The external id, if any.
    ///
    /// ```
    /// assert_eq!(polarsh_mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").external_id(), None);
    /// ```
    pub fn external_id(&self) -> Option<&str> {
        self.external_id.as_deref()
    }

    /// The type.
    ///
    /// ```
    /// use polarsh_mock::{Customer, CustomerType};
    /// assert_eq!(Customer::new(uuid::Uuid::new_v4(), "a@b.c").customer_type(), CustomerType::Individual);
    /// ```
    pub fn customer_type(&self) -> CustomerType {
        self.customer_type
    }

    /// Whether the customer is deleted.
    ///
    /// ```
    /// assert!(!polarsh_mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").is_deleted());
    /// ```
    pub fn is_deleted(&self) -> bool {
        self.deleted_at.is_some()
    }
}

/// A member's role within its customer. Polar may add roles; the mock knows these three.
///
/// ```
/// assert_eq!(polarsh_mock::MemberRole::BillingManager.as_str(), "billing_manager");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MemberRole {
    /// The customer's owner; an individual customer's sessions use it.
    Owner,
    /// Manages billing.
    BillingManager,
    /// A plain member.
    #[default]
    Member,
}

impl MemberRole {
    /// The wire value.
    ///
    /// ```
    /// assert_eq!(polarsh_mock::MemberRole::Owner.as_str(), "owner");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            MemberRole::Owner => "owner",
            MemberRole::BillingManager => "billing_manager",
            MemberRole::Member => "member",
        }
    }
}

/// A member of a customer (a person who may use the customer portal).
///
/// ```
/// use polarsh_mock::{Member, MemberRole};
///
/// let customer_id = uuid::Uuid::new_v4();
/// let member = Member::new(customer_id, "carol@example.com")
///     .with_name("Carol")
///     .with_external_id("usr_carol")
///     .with_role(MemberRole::BillingManager);
/// assert_eq!(member.customer_id(), customer_id);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub(crate) id: Uuid,
    pub(crate) customer_id: Uuid,
    pub(crate) created_at: DateTime<Utc>,
    pub(crate) modified_at: Option<DateTime<Utc>>,
    pub(crate) email: String,
    pub(crate) name: Option<String>,
    pub(crate) external_id: Option<String>,
    pub(crate) role: MemberRole,
    pub(crate) deleted_at: Option<DateTime<Utc>>,
}

impl Member {
    /// A member of `customer_id` with role `member`, created now, with a fresh id.
    ///
    /// ```
    /// let m = polarsh_mock::Member::new(uuid::Uuid::new_v4(), "carol@example.com");
    /// assert_eq!(m.role(), polarsh_mock::MemberRole::Member);
    /// ```
    pub fn new(customer_id: Uuid, email: impl Into<String>) -> Self {
        Self {
            id: random_uuid(),
            customer_id,
            created_at: now(),
            modified_at: None,
            email: email.into(),
            name: None,
            external_id: None,
            role: MemberRole::Member,
            deleted_at: None,
        }
    }

    /// Sets the id.
    ///
    /// ```
    /// let id = uuid::Uuid::new_v4();
    /// assert_eq!(polarsh_mock::Member::new(uuid::Uuid::new_v4(), "a@b.c").with_id(id).id(), id);
    /// ```
    pub fn with_id(mut self, id: Uuid) -> Self {
        self.id = id;
        self
    }

    /// Sets the name.
    ///
    /// ```
    /// let m = polarsh_mock::Member::new(uuid::Uuid::new_v4(), "a@b.c").with_name("Carol");
    /// ```
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets the external id, unique within the customer.
    ///
    /// ```
    /// let m = polarsh_mock::Member::new(uuid::Uuid::new_v4(), "a@b.c").with_external_id("usr_carol");
    /// ```
    pub fn with_external_id(mut self, external_id: impl Into<String>) -> Self {
        self.external_id = Some(external_id.into());
        self
    }

    /// Sets the role.
    ///
    /// ```
    /// use polarsh_mock::{Member, MemberRole};
    /// let m = Member::new(uuid::Uuid::new_v4(), "a@b.c").with_role(MemberRole::Owner);
    /// assert_eq!(m.role(), MemberRole::Owner);
    /// ```
    pub fn with_role(mut self, role: MemberRole) -> Self {
        self.role = role;
        self
    }

    /// Sets the creation time (default: when the value was built).
    ///
    /// ```
    /// let t = chrono::DateTime::from_timestamp(1_767_225_600, 0).unwrap();
    /// let m = polarsh_mock::Member::new(uuid::Uuid::new_v4(), "a@b.c").with_created_at(t);
    /// ```
    pub fn with_created_at(mut self, created_at: DateTime<Utc>) -> Self {
        self.created_at = created_at;
        self
    }

    /// Sets the last modification time (default: none).
    ///
    /// ```
    /// let t = chrono::DateTime::from_timestamp(1_767_225_600, 0).unwrap();
    /// let m = polarsh_mock::Member::new(uuid::Uuid::new_v4(), "a@b.c").with_modified_at(t);
    /// ```
    pub fn with_modified_at(mut self, modified_at: DateTime<Utc>) -> Self {
        self.modified_at = Some(modified_at);
        self
    }

    /// Marks the member as (soft-)deleted at `deleted_at`; a deleted member does not exist for the API.
    ///
    /// ```
    /// let t = chrono::DateTime::from_timestamp(1_767_225_600, 0).unwrap();
    /// let m = polarsh_mock::Member::new(uuid::Uuid::new_v4(), "a@b.c").with_deleted_at(t);
    /// assert!(m.is_deleted());
    /// ```
    pub fn with_deleted_at(mut self, deleted_at: DateTime<Utc>) -> Self {
        self.deleted_at = Some(deleted_at);
        self
    }

    /// The id.
    ///
    /// ```
    /// assert_eq!(polarsh_mock::Member::new(uuid::Uuid::new_v4(), "a@b.c").id().get_version_num(), 4);
    /// ```
    pub fn id(&self) -> Uuid {
        self.id
    }

    /// The customer's id.
    ///
    /// ```
    /// let c = uuid::Uuid::new_v4();
    /// assert_eq!(polarsh_mock::Member::new(c, "a@b.c").customer_id(), c);
    /// ```
    pub fn customer_id(&self) -> Uuid {
        self.customer_id
    }

    /// The email.
    ///
    /// ```
    /// assert_eq!(polarsh_mock::Member::new(uuid::Uuid::new_v4(), "a@b.c").email(), "a@b.c");
    /// ```
    pub fn email(&self) -> &str {
        &self.email
    }

    /// The external id, if any.
    ///
    /// ```
    /// assert_eq!(polarsh_mock::Member::new(uuid::Uuid::new_v4(), "a@b.c").external_id(), None);
    /// ```
    pub fn external_id(&self) -> Option<&str> {
        self.external_id.as_deref()
    }

    /// The role.
    ///
    /// ```
    /// use polarsh_mock::{Member, MemberRole};
    /// assert_eq!(Member::new(uuid::Uuid::new_v4(), "a@b.c").role(), MemberRole::Member);
    /// ```
    pub fn role(&self) -> MemberRole {
        self.role
    }

    /// Whether the member is deleted.
    ///
    /// ```
    /// assert!(!polarsh_mock::Member::new(uuid::Uuid::new_v4(), "a@b.c").is_deleted());
    /// ```
    pub fn is_deleted(&self) -> bool {
        self.deleted_at.is_some()
    }
}

/// An organization access token: a bearer credential of one organization with a set of scopes.
///
/// ```
/// use polarsh_mock::AccessToken;
///
/// let org_id = uuid::Uuid::new_v4();
/// let read_only = AccessToken::new(org_id).with_scopes(["customers:read"]);
/// assert!(read_only.token().starts_with("polar_oat_"));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct AccessToken {
    pub(crate) token: String,
    pub(crate) organization_id: Uuid,
    pub(crate) scopes: Vec<String>,
    pub(crate) personal: bool,
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A mock token is no secret, but keep the habit of not printing bearer credentials.
        f.debug_struct("AccessToken")
            .field("token", &"<redacted>")
            .field("organization_id", &self.organization_id)
            .field("scopes", &self.scopes)
            .field("personal", &self.personal)
            .finish()
    }
}

impl AccessToken {
    /// A random `polar_oat_` token of `organization_id` with every scope in [`ALL_SCOPES`].
    ///
    /// ```
    /// let t = polarsh_mock::AccessToken::new(uuid::Uuid::new_v4());
    /// assert!(t.scopes().iter().any(|s| s == "member_sessions:write"));
    /// ```
    pub fn new(organization_id: Uuid) -> Self {
        Self {
            token: random_token("polar_oat_"),
            organization_id,
            scopes: ALL_SCOPES.iter().map(|s| (*s).to_owned()).collect(),
            personal: false,
        }
    }

    /// A random `polar_pat_` personal access token of a user of `organization_id`, with every scope: the
    /// credential of the operations that take only user tokens (creating an organization, OAuth2 clients…).
    ///
    /// ```
    /// let t = polarsh_mock::AccessToken::personal(uuid::Uuid::new_v4());
    /// assert!(t.token().starts_with("polar_pat_"));
    /// assert!(t.is_personal());
    /// ```
    pub fn personal(organization_id: Uuid) -> Self {
        Self {
            token: random_token("polar_pat_"),
            personal: true,
            ..Self::new(organization_id)
        }
    }

    /// Whether this is a user's personal token rather than an organization's.
    ///
    /// ```
    /// assert!(!polarsh_mock::AccessToken::new(uuid::Uuid::new_v4()).is_personal());
    /// ```
    pub fn is_personal(&self) -> bool {
        self.personal
    }

    /// Sets the token string (any non-empty ASCII string without spaces).
    ///
    /// ```
    /// let t = polarsh_mock::AccessToken::new(uuid::Uuid::new_v4()).with_token("polar_oat_test");
    /// assert_eq!(t.token(), "polar_oat_test");
    /// ```
    pub fn with_token(mut self, token: impl Into<String>) -> Self {
        self.token = token.into();
        self
    }

    /// Replaces the scopes.
    ///
    /// ```
    /// let t = polarsh_mock::AccessToken::new(uuid::Uuid::new_v4()).with_scopes(["customer_sessions:write"]);
    /// assert_eq!(t.scopes(), ["customer_sessions:write"]);
    /// ```
    pub fn with_scopes<I, S>(mut self, scopes: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.scopes = scopes.into_iter().map(Into::into).collect();
        self
    }

    /// The token string.
    ///
    /// ```
    /// let t = polarsh_mock::AccessToken::new(uuid::Uuid::new_v4());
    /// assert_eq!(t.token().len(), 53);
    /// ```
    pub fn token(&self) -> &str {
        &self.token
    }

    /// The organization's id.
    ///
    /// ```
    /// let org = uuid::Uuid::new_v4();
    /// assert_eq!(polarsh_mock::AccessToken::new(org).organization_id(), org);
    /// ```
    pub fn organization_id(&self) -> Uuid {
        self.organization_id
    }

    /// The scopes.
    ///
    /// ```
    /// let t = polarsh_mock::AccessToken::new(uuid::Uuid::new_v4()).with_scopes(Vec::<String>::new());
    /// assert!(t.scopes().is_empty());
    /// ```
    pub fn scopes(&self) -> &[String] {
        &self.scopes
    }
}
