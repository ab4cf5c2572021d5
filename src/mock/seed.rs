//! What the mock server knows: organizations, customers, members and access tokens.
//!
//! Each record is a plain value built with `new` and `with_*` methods. Whatever is not given is generated when
//! the value is built (a fresh UUIDv4 id, a random `polar_oat_` token, the current time), so ids can be read
//! back with the getters before the record is added, and giving them makes a seed fully deterministic.

use std::fmt;
use std::path::Path;
use std::time::{Duration, SystemTime};

use chrono::{DateTime, Utc};
use serde::Deserialize;
use uuid::Uuid;

/// Every scope an organization access token can hold; [`AccessToken::new`] grants all of them.
///
/// ```
/// assert!(polarsh::mock::ALL_SCOPES.contains(&"member_sessions:write"));
/// assert!(polarsh::mock::ALL_SCOPES.contains(&"customer_sessions:write"));
/// ```
pub const ALL_SCOPES: &[&str] = &[
    "openid",
    "profile",
    "email",
    "user:read",
    "user:write",
    "organizations:read",
    "organizations:write",
    "custom_fields:read",
    "custom_fields:write",
    "discounts:read",
    "discounts:write",
    "checkout_links:read",
    "checkout_links:write",
    "checkouts:read",
    "checkouts:write",
    "transactions:read",
    "transactions:write",
    "payouts:read",
    "payouts:write",
    "products:read",
    "products:write",
    "benefits:read",
    "benefits:write",
    "events:read",
    "events:write",
    "meters:read",
    "meters:write",
    "files:read",
    "files:write",
    "subscriptions:read",
    "subscriptions:write",
    "customers:read",
    "customers:write",
    "members:read",
    "members:write",
    "wallets:read",
    "wallets:write",
    "disputes:read",
    "customer_meters:read",
    "customer_sessions:write",
    "member_sessions:write",
    "customer_seats:read",
    "customer_seats:write",
    "orders:read",
    "orders:write",
    "refunds:read",
    "refunds:write",
    "payments:read",
    "metrics:read",
    "webhooks:read",
    "webhooks:write",
    "license_keys:read",
    "license_keys:write",
    "customer_portal:read",
    "customer_portal:write",
    "notifications:read",
    "notifications:write",
    "notification_recipients:read",
    "notification_recipients:write",
    "organization_access_tokens:read",
    "organization_access_tokens:write",
];

/// Ids, token and timestamp of the default seed, which [`MockServer::start`](super::MockServer::start) loads.
///
/// They are constants, so a test (or a script pointed at `polar-mock`) can use them without asking the server.
///
/// ```
/// use polarsh::mock::defaults;
///
/// assert!(defaults::TOKEN.starts_with("polar_oat_"));
/// assert_eq!(defaults::ORGANIZATION_SLUG, "acme");
/// ```
pub mod defaults {
    use uuid::{Uuid, uuid};

    /// The organization: slug `acme`, with `member_model_enabled` and `seat_based_pricing_enabled`.
    ///
    /// ```
    /// assert_eq!(polarsh::mock::defaults::ORGANIZATION_ID.get_version_num(), 4);
    /// ```
    pub const ORGANIZATION_ID: Uuid = uuid!("1dbfc517-0bbf-4301-9ba8-555ca42b9737");
    /// The organization's slug, part of every portal URL.
    ///
    /// ```
    /// assert_eq!(polarsh::mock::defaults::ORGANIZATION_SLUG, "acme");
    /// ```
    pub const ORGANIZATION_SLUG: &str = "acme";
    /// The customer: Alice (`alice@example.com`), individual, external id `cus_alice`, metadata
    /// `{"plan":"pro","seats":3}`.
    ///
    /// ```
    /// assert_eq!(polarsh::mock::defaults::CUSTOMER_ID.get_version_num(), 4);
    /// ```
    pub const CUSTOMER_ID: Uuid = uuid!("992fae2a-2a17-4b7a-8d9e-e287cf90131b");
    /// The customer's external id.
    ///
    /// ```
    /// assert_eq!(polarsh::mock::defaults::CUSTOMER_EXTERNAL_ID, "cus_alice");
    /// ```
    pub const CUSTOMER_EXTERNAL_ID: &str = "cus_alice";
    /// The customer's email, which is also the member's.
    ///
    /// ```
    /// assert_eq!(polarsh::mock::defaults::EMAIL, "alice@example.com");
    /// ```
    pub const EMAIL: &str = "alice@example.com";
    /// The member: Alice, the customer's owner, external id `usr_alice`.
    ///
    /// ```
    /// assert_eq!(polarsh::mock::defaults::MEMBER_ID.get_version_num(), 4);
    /// ```
    pub const MEMBER_ID: Uuid = uuid!("6d3c6e1a-1e53-4a0b-9d7b-0f2f4c1f8a35");
    /// The member's external id.
    ///
    /// ```
    /// assert_eq!(polarsh::mock::defaults::MEMBER_EXTERNAL_ID, "usr_alice");
    /// ```
    pub const MEMBER_EXTERNAL_ID: &str = "usr_alice";
    /// An organization access token of the organization, with every scope.
    ///
    /// ```
    /// assert!(polarsh::mock::defaults::TOKEN.starts_with("polar_oat_"));
    /// ```
    pub const TOKEN: &str = "polar_oat_mock0default0token0for0local0tests0only000";
    /// `created_at` of every default record: 2026-01-01T00:00:00Z, as seconds since the Unix epoch.
    ///
    /// ```
    /// assert_eq!(polarsh::mock::defaults::CREATED_AT_UNIX, 1_767_225_600);
    /// ```
    pub const CREATED_AT_UNIX: i64 = 1_767_225_600;
}

/// Fresh randomness for ids and tokens; not cryptographic, which a local test server does not need.
pub(crate) fn random_uuid() -> Uuid {
    let mut bytes = [0u8; 16];
    fastrand::fill(&mut bytes);
    uuid::Builder::from_random_bytes(bytes).into_uuid()
}

/// `prefix` followed by 43 random alphanumerics, the shape of Polar's tokens.
pub(crate) fn random_token(prefix: &str) -> String {
    let mut token = String::with_capacity(prefix.len() + 43);
    token.push_str(prefix);
    token.extend(std::iter::repeat_with(fastrand::alphanumeric).take(43));
    token
}

/// The current time, truncated to microseconds as Polar's database stores it.
pub(crate) fn now() -> DateTime<Utc> {
    let now = DateTime::<Utc>::from(SystemTime::now());
    let micros = now.timestamp_micros();
    DateTime::from_timestamp_micros(micros).unwrap_or(now)
}

fn default_created_at() -> DateTime<Utc> {
    DateTime::from_timestamp(defaults::CREATED_AT_UNIX, 0).unwrap_or_default()
}

/// An organization: the owner of customers and access tokens, and the feature flags member sessions need.
///
/// ```
/// use polarsh::mock::Organization;
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
    /// let org = polarsh::mock::Organization::new("plainorg");
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
    /// assert_eq!(polarsh::mock::Organization::new("acme").with_id(id).id(), id);
    /// ```
    pub fn with_id(mut self, id: Uuid) -> Self {
        self.id = id;
        self
    }

    /// Sets the `member_model_enabled` feature flag (members, member sessions, `polar_mst_` tokens).
    ///
    /// ```
    /// let org = polarsh::mock::Organization::new("acme").with_member_model_enabled(true);
    /// assert!(org.member_model_enabled());
    /// ```
    pub fn with_member_model_enabled(mut self, enabled: bool) -> Self {
        self.member_model_enabled = enabled;
        self
    }

    /// Sets the `seat_based_pricing_enabled` feature flag (needed by `POST /v1/member-sessions/`).
    ///
    /// ```
    /// let org = polarsh::mock::Organization::new("acme").with_seat_based_pricing_enabled(true);
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
    /// use polarsh::mock::{Organization, RateLimit};
    /// let org = Organization::new("acme").with_rate_limit(RateLimit::new(10, Duration::from_secs(60)));
    /// ```
    pub fn with_rate_limit(mut self, rate_limit: RateLimit) -> Self {
        self.rate_limit = Some(rate_limit);
        self
    }

    /// The id.
    ///
    /// ```
    /// let org = polarsh::mock::Organization::new("acme");
    /// assert_eq!(org.id().get_version_num(), 4);
    /// ```
    pub fn id(&self) -> Uuid {
        self.id
    }

    /// The slug, used in portal URLs (`{frontend}/{slug}/portal?...`).
    ///
    /// ```
    /// assert_eq!(polarsh::mock::Organization::new("acme").slug(), "acme");
    /// ```
    pub fn slug(&self) -> &str {
        &self.slug
    }

    /// Whether `member_model_enabled` is on.
    ///
    /// ```
    /// assert!(!polarsh::mock::Organization::new("acme").member_model_enabled());
    /// ```
    pub fn member_model_enabled(&self) -> bool {
        self.member_model_enabled
    }

    /// Whether `seat_based_pricing_enabled` is on.
    ///
    /// ```
    /// assert!(!polarsh::mock::Organization::new("acme").seat_based_pricing_enabled());
    /// ```
    pub fn seat_based_pricing_enabled(&self) -> bool {
        self.seat_based_pricing_enabled
    }
}

/// Whether a customer is a person or a team with members.
///
/// ```
/// use polarsh::mock::{Customer, CustomerType};
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
    /// assert_eq!(polarsh::mock::CustomerType::Team.as_str(), "team");
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
/// use polarsh::mock::MetadataValue;
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
/// use polarsh::mock::Address;
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
    /// assert_eq!(polarsh::mock::Address::new("FR").country, "FR");
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
    /// let a = polarsh::mock::Address::new("US").with_line1("1 Main St");
    /// assert_eq!(a.line1.as_deref(), Some("1 Main St"));
    /// ```
    pub fn with_line1(mut self, line1: impl Into<String>) -> Self {
        self.line1 = Some(line1.into());
        self
    }

    /// Sets the second street line.
    ///
    /// ```
    /// let a = polarsh::mock::Address::new("US").with_line2("Suite 2");
    /// assert_eq!(a.line2.as_deref(), Some("Suite 2"));
    /// ```
    pub fn with_line2(mut self, line2: impl Into<String>) -> Self {
        self.line2 = Some(line2.into());
        self
    }

    /// Sets the postal code.
    ///
    /// ```
    /// let a = polarsh::mock::Address::new("US").with_postal_code("12345");
    /// assert_eq!(a.postal_code.as_deref(), Some("12345"));
    /// ```
    pub fn with_postal_code(mut self, postal_code: impl Into<String>) -> Self {
        self.postal_code = Some(postal_code.into());
        self
    }

    /// Sets the city.
    ///
    /// ```
    /// let a = polarsh::mock::Address::new("US").with_city("Springfield");
    /// assert_eq!(a.city.as_deref(), Some("Springfield"));
    /// ```
    pub fn with_city(mut self, city: impl Into<String>) -> Self {
        self.city = Some(city.into());
        self
    }

    /// Sets the state or region.
    ///
    /// ```
    /// let a = polarsh::mock::Address::new("US").with_state("OR");
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
/// use polarsh::mock::{Address, Customer};
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
    /// let c = polarsh::mock::Customer::new(uuid::Uuid::new_v4(), "bob@example.com");
    /// assert_eq!(c.customer_type(), polarsh::mock::CustomerType::Individual);
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
    /// let team = polarsh::mock::Customer::team(uuid::Uuid::new_v4()).with_name("Acme team");
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
    /// assert_eq!(polarsh::mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").with_id(id).id(), id);
    /// ```
    pub fn with_id(mut self, id: Uuid) -> Self {
        self.id = id;
        self
    }

    /// Sets the email.
    ///
    /// ```
    /// let team = polarsh::mock::Customer::team(uuid::Uuid::new_v4()).with_email("team@example.com");
    /// assert_eq!(team.email(), Some("team@example.com"));
    /// ```
    pub fn with_email(mut self, email: impl Into<String>) -> Self {
        self.email = Some(email.into());
        self
    }

    /// Sets the name.
    ///
    /// ```
    /// let c = polarsh::mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").with_name("Alice");
    /// assert_eq!(c.name(), Some("Alice"));
    /// ```
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets the type (individual or team).
    ///
    /// ```
    /// use polarsh::mock::{Customer, CustomerType};
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
    /// let c = polarsh::mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").with_external_id("usr_1");
    /// assert_eq!(c.external_id(), Some("usr_1"));
    /// ```
    pub fn with_external_id(mut self, external_id: impl Into<String>) -> Self {
        self.external_id = Some(external_id.into());
        self
    }

    /// Adds (or replaces) a metadata entry; entries keep the order they were first added in.
    ///
    /// ```
    /// let c = polarsh::mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c")
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
    /// use polarsh::mock::{Address, Customer};
    /// let c = Customer::new(uuid::Uuid::new_v4(), "a@b.c").with_billing_address(Address::new("US"));
    /// ```
    pub fn with_billing_address(mut self, address: Address) -> Self {
        self.billing_address = Some(address);
        self
    }

    /// Sets the tax id and its format, e.g. `("911144442", "us_ein")`.
    ///
    /// ```
    /// let c = polarsh::mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").with_tax_id("FR61954506077", "eu_vat");
    /// ```
    pub fn with_tax_id(mut self, value: impl Into<String>, format: impl Into<String>) -> Self {
        self.tax_id = Some((value.into(), format.into()));
        self
    }

    /// Sets the name printed on invoices (2026-10 `billing_name`); without it responses show the name.
    ///
    /// ```
    /// let c = polarsh::mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").with_billing_name("Acme Inc.");
    /// ```
    pub fn with_billing_name(mut self, billing_name: impl Into<String>) -> Self {
        self.billing_name = Some(billing_name.into());
        self
    }

    /// Sets the locale, e.g. `en`.
    ///
    /// ```
    /// let c = polarsh::mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").with_locale("en");
    /// ```
    pub fn with_locale(mut self, locale: impl Into<String>) -> Self {
        self.locale = Some(locale.into());
        self
    }

    /// Sets whether the email is verified (default false).
    ///
    /// ```
    /// let c = polarsh::mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").with_email_verified(true);
    /// ```
    pub fn with_email_verified(mut self, verified: bool) -> Self {
        self.email_verified = verified;
        self
    }

    /// Sets the creation time (default: when the value was built).
    ///
    /// ```
    /// let t = chrono::DateTime::from_timestamp(1_767_225_600, 0).unwrap();
    /// let c = polarsh::mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").with_created_at(t);
    /// ```
    pub fn with_created_at(mut self, created_at: DateTime<Utc>) -> Self {
        self.created_at = created_at;
        self
    }

    /// Sets the last modification time (default: none).
    ///
    /// ```
    /// let t = chrono::DateTime::from_timestamp(1_767_225_600, 0).unwrap();
    /// let c = polarsh::mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").with_modified_at(t);
    /// ```
    pub fn with_modified_at(mut self, modified_at: DateTime<Utc>) -> Self {
        self.modified_at = Some(modified_at);
        self
    }

    /// Sets the default payment method's id (2026-10 `default_payment_method_id`).
    ///
    /// ```
    /// let c = polarsh::mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c")
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
    /// let c = polarsh::mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").with_first_user_event_at(t);
    /// ```
    pub fn with_first_user_event_at(mut self, at: DateTime<Utc>) -> Self {
        self.first_user_event_at = Some(at);
        self
    }

    /// Marks the customer as deleted at `deleted_at`; a deleted customer does not exist for the API.
    ///
    /// ```
    /// let t = chrono::DateTime::from_timestamp(1_767_225_600, 0).unwrap();
    /// let c = polarsh::mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").with_deleted_at(t);
    /// ```
    pub fn with_deleted_at(mut self, deleted_at: DateTime<Utc>) -> Self {
        self.deleted_at = Some(deleted_at);
        self
    }

    /// The id.
    ///
    /// ```
    /// let c = polarsh::mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c");
    /// assert_eq!(c.id().get_version_num(), 4);
    /// ```
    pub fn id(&self) -> Uuid {
        self.id
    }

    /// The owning organization's id.
    ///
    /// ```
    /// let org = uuid::Uuid::new_v4();
    /// assert_eq!(polarsh::mock::Customer::new(org, "a@b.c").organization_id(), org);
    /// ```
    pub fn organization_id(&self) -> Uuid {
        self.organization_id
    }

    /// The email, if any.
    ///
    /// ```
    /// assert_eq!(polarsh::mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").email(), Some("a@b.c"));
    /// ```
    pub fn email(&self) -> Option<&str> {
        self.email.as_deref()
    }

    /// The name, if any.
    ///
    /// ```
    /// assert_eq!(polarsh::mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").name(), None);
    /// ```
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The external id, if any.
    ///
    /// ```
    /// assert_eq!(polarsh::mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").external_id(), None);
    /// ```
    pub fn external_id(&self) -> Option<&str> {
        self.external_id.as_deref()
    }

    /// The type.
    ///
    /// ```
    /// use polarsh::mock::{Customer, CustomerType};
    /// assert_eq!(Customer::new(uuid::Uuid::new_v4(), "a@b.c").customer_type(), CustomerType::Individual);
    /// ```
    pub fn customer_type(&self) -> CustomerType {
        self.customer_type
    }

    /// Whether the customer is deleted.
    ///
    /// ```
    /// assert!(!polarsh::mock::Customer::new(uuid::Uuid::new_v4(), "a@b.c").is_deleted());
    /// ```
    pub fn is_deleted(&self) -> bool {
        self.deleted_at.is_some()
    }
}

/// A member's role within its customer. Polar may add roles; the mock knows these three.
///
/// ```
/// assert_eq!(polarsh::mock::MemberRole::BillingManager.as_str(), "billing_manager");
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
    /// assert_eq!(polarsh::mock::MemberRole::Owner.as_str(), "owner");
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
/// use polarsh::mock::{Member, MemberRole};
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
    /// let m = polarsh::mock::Member::new(uuid::Uuid::new_v4(), "carol@example.com");
    /// assert_eq!(m.role(), polarsh::mock::MemberRole::Member);
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
    /// assert_eq!(polarsh::mock::Member::new(uuid::Uuid::new_v4(), "a@b.c").with_id(id).id(), id);
    /// ```
    pub fn with_id(mut self, id: Uuid) -> Self {
        self.id = id;
        self
    }

    /// Sets the name.
    ///
    /// ```
    /// let m = polarsh::mock::Member::new(uuid::Uuid::new_v4(), "a@b.c").with_name("Carol");
    /// ```
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets the external id, unique within the customer.
    ///
    /// ```
    /// let m = polarsh::mock::Member::new(uuid::Uuid::new_v4(), "a@b.c").with_external_id("usr_carol");
    /// ```
    pub fn with_external_id(mut self, external_id: impl Into<String>) -> Self {
        self.external_id = Some(external_id.into());
        self
    }

    /// Sets the role.
    ///
    /// ```
    /// use polarsh::mock::{Member, MemberRole};
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
    /// let m = polarsh::mock::Member::new(uuid::Uuid::new_v4(), "a@b.c").with_created_at(t);
    /// ```
    pub fn with_created_at(mut self, created_at: DateTime<Utc>) -> Self {
        self.created_at = created_at;
        self
    }

    /// Sets the last modification time (default: none).
    ///
    /// ```
    /// let t = chrono::DateTime::from_timestamp(1_767_225_600, 0).unwrap();
    /// let m = polarsh::mock::Member::new(uuid::Uuid::new_v4(), "a@b.c").with_modified_at(t);
    /// ```
    pub fn with_modified_at(mut self, modified_at: DateTime<Utc>) -> Self {
        self.modified_at = Some(modified_at);
        self
    }

    /// Marks the member as (soft-)deleted at `deleted_at`; a deleted member does not exist for the API.
    ///
    /// ```
    /// let t = chrono::DateTime::from_timestamp(1_767_225_600, 0).unwrap();
    /// let m = polarsh::mock::Member::new(uuid::Uuid::new_v4(), "a@b.c").with_deleted_at(t);
    /// assert!(m.is_deleted());
    /// ```
    pub fn with_deleted_at(mut self, deleted_at: DateTime<Utc>) -> Self {
        self.deleted_at = Some(deleted_at);
        self
    }

    /// The id.
    ///
    /// ```
    /// assert_eq!(polarsh::mock::Member::new(uuid::Uuid::new_v4(), "a@b.c").id().get_version_num(), 4);
    /// ```
    pub fn id(&self) -> Uuid {
        self.id
    }

    /// The customer's id.
    ///
    /// ```
    /// let c = uuid::Uuid::new_v4();
    /// assert_eq!(polarsh::mock::Member::new(c, "a@b.c").customer_id(), c);
    /// ```
    pub fn customer_id(&self) -> Uuid {
        self.customer_id
    }

    /// The email.
    ///
    /// ```
    /// assert_eq!(polarsh::mock::Member::new(uuid::Uuid::new_v4(), "a@b.c").email(), "a@b.c");
    /// ```
    pub fn email(&self) -> &str {
        &self.email
    }

    /// The external id, if any.
    ///
    /// ```
    /// assert_eq!(polarsh::mock::Member::new(uuid::Uuid::new_v4(), "a@b.c").external_id(), None);
    /// ```
    pub fn external_id(&self) -> Option<&str> {
        self.external_id.as_deref()
    }

    /// The role.
    ///
    /// ```
    /// use polarsh::mock::{Member, MemberRole};
    /// assert_eq!(Member::new(uuid::Uuid::new_v4(), "a@b.c").role(), MemberRole::Member);
    /// ```
    pub fn role(&self) -> MemberRole {
        self.role
    }

    /// Whether the member is deleted.
    ///
    /// ```
    /// assert!(!polarsh::mock::Member::new(uuid::Uuid::new_v4(), "a@b.c").is_deleted());
    /// ```
    pub fn is_deleted(&self) -> bool {
        self.deleted_at.is_some()
    }
}

/// An organization access token: a bearer credential of one organization with a set of scopes.
///
/// ```
/// use polarsh::mock::AccessToken;
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
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A mock token is no secret, but keep the habit of not printing bearer credentials.
        f.debug_struct("AccessToken")
            .field("token", &"<redacted>")
            .field("organization_id", &self.organization_id)
            .field("scopes", &self.scopes)
            .finish()
    }
}

impl AccessToken {
    /// A random `polar_oat_` token of `organization_id` with every scope in [`ALL_SCOPES`].
    ///
    /// ```
    /// let t = polarsh::mock::AccessToken::new(uuid::Uuid::new_v4());
    /// assert!(t.scopes().iter().any(|s| s == "member_sessions:write"));
    /// ```
    pub fn new(organization_id: Uuid) -> Self {
        Self {
            token: random_token("polar_oat_"),
            organization_id,
            scopes: ALL_SCOPES.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    /// Sets the token string (any non-empty ASCII string without spaces).
    ///
    /// ```
    /// let t = polarsh::mock::AccessToken::new(uuid::Uuid::new_v4()).with_token("polar_oat_test");
    /// assert_eq!(t.token(), "polar_oat_test");
    /// ```
    pub fn with_token(mut self, token: impl Into<String>) -> Self {
        self.token = token.into();
        self
    }

    /// Replaces the scopes.
    ///
    /// ```
    /// let t = polarsh::mock::AccessToken::new(uuid::Uuid::new_v4()).with_scopes(["customer_sessions:write"]);
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
    /// let t = polarsh::mock::AccessToken::new(uuid::Uuid::new_v4());
    /// assert_eq!(t.token().len(), 53);
    /// ```
    pub fn token(&self) -> &str {
        &self.token
    }

    /// The organization's id.
    ///
    /// ```
    /// let org = uuid::Uuid::new_v4();
    /// assert_eq!(polarsh::mock::AccessToken::new(org).organization_id(), org);
    /// ```
    pub fn organization_id(&self) -> Uuid {
        self.organization_id
    }

    /// The scopes.
    ///
    /// ```
    /// let t = polarsh::mock::AccessToken::new(uuid::Uuid::new_v4()).with_scopes(Vec::<String>::new());
    /// assert!(t.scopes().is_empty());
    /// ```
    pub fn scopes(&self) -> &[String] {
        &self.scopes
    }

    pub(crate) fn has_scope(&self, scope: &str) -> bool {
        // `web:write` (a dashboard session) satisfies every endpoint, as the `www-authenticate` header says.
        self.scopes.iter().any(|s| s == scope || s == "web:write")
    }
}

/// A rate limit: at most `requests` requests per organization in each window of `window`.
///
/// Past the limit the mock answers like Polar: 429 with an empty (chunked) body and `retry-after` set to the
/// window length in seconds, not the time left.
///
/// ```
/// use std::time::Duration;
/// let limit = polarsh::mock::RateLimit::new(100, Duration::from_secs(60));
/// assert_eq!(limit.requests(), 100);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    pub(crate) requests: u32,
    pub(crate) window: Duration,
}

impl RateLimit {
    /// `requests` requests per `window` (a zero window is treated as one second).
    ///
    /// ```
    /// let limit = polarsh::mock::RateLimit::new(10, std::time::Duration::from_secs(1));
    /// assert_eq!(limit.window().as_secs(), 1);
    /// ```
    pub fn new(requests: u32, window: Duration) -> Self {
        let window = if window.is_zero() {
            Duration::from_secs(1)
        } else {
            window
        };
        Self { requests, window }
    }

    /// Requests allowed per window.
    ///
    /// ```
    /// assert_eq!(polarsh::mock::RateLimit::new(5, std::time::Duration::from_secs(1)).requests(), 5);
    /// ```
    pub fn requests(&self) -> u32 {
        self.requests
    }

    /// The window length.
    ///
    /// ```
    /// let w = std::time::Duration::from_secs(60);
    /// assert_eq!(polarsh::mock::RateLimit::new(5, w).window(), w);
    /// ```
    pub fn window(&self) -> Duration {
        self.window
    }

    /// The `retry-after` value: the window in whole seconds, rounded up.
    pub(crate) fn retry_after_secs(&self) -> u64 {
        let secs = self.window.as_secs();
        if self.window.subsec_nanos() > 0 {
            secs + 1
        } else {
            secs
        }
    }
}

/// Everything a mock server starts with: records, the portal's front-end base URL, and an optional rate limit.
///
/// [`Seed::default()`] is the ready seed (see [`defaults`]); [`Seed::empty()`] has nothing; [`Seed::from_json`]
/// reads the JSON format that `polar-mock --seed` takes (documented in the crate README).
///
/// ```
/// use polarsh::mock::{AccessToken, Organization, Seed};
///
/// let org = Organization::new("plainorg");
/// let token = AccessToken::new(org.id()).with_token("polar_oat_plain");
/// let seed = Seed::empty().with_organization(org).with_token(token);
/// assert_eq!(seed.tokens().len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Seed {
    pub(crate) frontend_url: Option<String>,
    pub(crate) rate_limit: Option<RateLimit>,
    pub(crate) organizations: Vec<Organization>,
    pub(crate) customers: Vec<Customer>,
    pub(crate) members: Vec<Member>,
    pub(crate) tokens: Vec<AccessToken>,
}

impl Default for Seed {
    /// One organization with both member flags, one customer, one owner member and one token with every scope,
    /// all with the fixed ids of [`defaults`].
    fn default() -> Self {
        let created_at = default_created_at();
        let org = Organization::new(defaults::ORGANIZATION_SLUG)
            .with_id(defaults::ORGANIZATION_ID)
            .with_member_model_enabled(true)
            .with_seat_based_pricing_enabled(true);
        let customer = Customer::new(defaults::ORGANIZATION_ID, defaults::EMAIL)
            .with_id(defaults::CUSTOMER_ID)
            .with_name("Alice")
            .with_external_id(defaults::CUSTOMER_EXTERNAL_ID)
            .with_metadata("plan", "pro")
            .with_metadata("seats", 3)
            .with_created_at(created_at);
        let member = Member::new(defaults::CUSTOMER_ID, defaults::EMAIL)
            .with_id(defaults::MEMBER_ID)
            .with_name("Alice")
            .with_external_id(defaults::MEMBER_EXTERNAL_ID)
            .with_role(MemberRole::Owner)
            .with_created_at(created_at);
        let token = AccessToken::new(defaults::ORGANIZATION_ID).with_token(defaults::TOKEN);
        Seed::empty()
            .with_organization(org)
            .with_customer(customer)
            .with_member(member)
            .with_token(token)
    }
}

impl Seed {
    /// A seed with no records.
    ///
    /// ```
    /// assert!(polarsh::mock::Seed::empty().organizations().is_empty());
    /// ```
    pub fn empty() -> Self {
        Self {
            frontend_url: None,
            rate_limit: None,
            organizations: Vec::new(),
            customers: Vec::new(),
            members: Vec::new(),
            tokens: Vec::new(),
        }
    }

    /// Adds an organization.
    ///
    /// ```
    /// let seed = polarsh::mock::Seed::empty().with_organization(polarsh::mock::Organization::new("acme"));
    /// ```
    pub fn with_organization(mut self, organization: Organization) -> Self {
        self.organizations.push(organization);
        self
    }

    /// Adds a customer (its organization must be in the seed by the time the server starts).
    ///
    /// ```
    /// use polarsh::mock::{Customer, Organization, Seed};
    /// let org = Organization::new("acme");
    /// let seed = Seed::empty().with_customer(Customer::new(org.id(), "a@b.c")).with_organization(org);
    /// ```
    pub fn with_customer(mut self, customer: Customer) -> Self {
        self.customers.push(customer);
        self
    }

    /// Adds a member (its customer must be in the seed).
    ///
    /// ```
    /// use polarsh::mock::{Member, Seed};
    /// let seed = Seed::default().with_member(Member::new(polarsh::mock::defaults::CUSTOMER_ID, "bob@example.com"));
    /// ```
    pub fn with_member(mut self, member: Member) -> Self {
        self.members.push(member);
        self
    }

    /// Adds an access token (its organization must be in the seed).
    ///
    /// ```
    /// use polarsh::mock::{AccessToken, Seed, defaults};
    /// let seed = Seed::default().with_token(AccessToken::new(defaults::ORGANIZATION_ID).with_scopes(["customers:read"]));
    /// ```
    pub fn with_token(mut self, token: AccessToken) -> Self {
        self.tokens.push(token);
        self
    }

    /// Sets the front-end base URL of portal links (default `https://polar.sh`).
    ///
    /// ```
    /// let seed = polarsh::mock::Seed::default().with_frontend_url("https://sandbox.polar.sh");
    /// assert_eq!(seed.frontend_url(), "https://sandbox.polar.sh");
    /// ```
    pub fn with_frontend_url(mut self, url: impl Into<String>) -> Self {
        self.frontend_url = Some(url.into());
        self
    }

    /// Sets a rate limit (default: none).
    ///
    /// ```
    /// use std::time::Duration;
    /// let seed = polarsh::mock::Seed::default().with_rate_limit(polarsh::mock::RateLimit::new(100, Duration::from_secs(60)));
    /// ```
    pub fn with_rate_limit(mut self, rate_limit: RateLimit) -> Self {
        self.rate_limit = Some(rate_limit);
        self
    }

    /// The organizations.
    ///
    /// ```
    /// assert_eq!(polarsh::mock::Seed::default().organizations()[0].slug(), "acme");
    /// ```
    pub fn organizations(&self) -> &[Organization] {
        &self.organizations
    }

    /// The customers.
    ///
    /// ```
    /// assert_eq!(polarsh::mock::Seed::default().customers().len(), 1);
    /// ```
    pub fn customers(&self) -> &[Customer] {
        &self.customers
    }

    /// The members.
    ///
    /// ```
    /// assert_eq!(polarsh::mock::Seed::default().members().len(), 1);
    /// ```
    pub fn members(&self) -> &[Member] {
        &self.members
    }

    /// The access tokens.
    ///
    /// ```
    /// assert_eq!(polarsh::mock::Seed::default().tokens()[0].token(), polarsh::mock::defaults::TOKEN);
    /// ```
    pub fn tokens(&self) -> &[AccessToken] {
        &self.tokens
    }

    /// The front-end base URL of portal links.
    ///
    /// ```
    /// assert_eq!(polarsh::mock::Seed::default().frontend_url(), "https://polar.sh");
    /// ```
    pub fn frontend_url(&self) -> &str {
        self.frontend_url.as_deref().unwrap_or(DEFAULT_FRONTEND_URL)
    }

    /// The rate limit, if any.
    ///
    /// ```
    /// assert_eq!(polarsh::mock::Seed::default().rate_limit(), None);
    /// ```
    pub fn rate_limit(&self) -> Option<RateLimit> {
        self.rate_limit
    }

    /// Reads a seed from the JSON format `polar-mock --seed` takes (see the crate README): organizations
    /// holding their customers (holding their members) and tokens; ids, tokens and timestamps are optional.
    ///
    /// ```
    /// let seed = polarsh::mock::Seed::from_json(r#"{
    ///   "organizations": [{
    ///     "slug": "plainorg",
    ///     "customers": [{ "email": "bob@example.com", "name": "Bob" }],
    ///     "tokens": [{ "token": "polar_oat_plain" }]
    ///   }]
    /// }"#).unwrap();
    /// assert_eq!(seed.customers()[0].email(), Some("bob@example.com"));
    /// ```
    pub fn from_json(json: &str) -> Result<Seed, SeedError> {
        let file: file::SeedFile =
            serde_json::from_str(json).map_err(|e| SeedError::Parse(e.to_string()))?;
        Ok(file.into_seed())
    }

    /// Reads a seed file (see [`Seed::from_json`]).
    ///
    /// ```no_run
    /// let seed = polarsh::mock::Seed::from_file("seed.json")?;
    /// # Ok::<(), polarsh::mock::SeedError>(())
    /// ```
    pub fn from_file(path: impl AsRef<Path>) -> Result<Seed, SeedError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path)
            .map_err(|e| SeedError::Io(format!("{}: {e}", path.display())))?;
        Self::from_json(&text)
    }
}

/// The front-end base URL of portal links unless a seed says otherwise.
pub(crate) const DEFAULT_FRONTEND_URL: &str = "https://polar.sh";

/// Why a record or seed was refused.
///
/// ```
/// use polarsh::mock::{Customer, SeedError};
///
/// # #[tokio::main] async fn main() {
/// let mock = polarsh::mock::MockServer::start().await;
/// let unknown_org = uuid::Uuid::new_v4();
/// let err = mock.add_customer(Customer::new(unknown_org, "a@b.c")).unwrap_err();
/// assert_eq!(err, SeedError::UnknownOrganization(unknown_org));
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SeedError {
    /// A customer or token names an organization the mock does not have.
    UnknownOrganization(Uuid),
    /// A member names a customer the mock does not have.
    UnknownCustomer(Uuid),
    /// The id is already taken by a record of the same kind.
    DuplicateId(Uuid),
    /// The token string is already taken.
    DuplicateToken,
    /// The token string is empty, or has spaces or non-ASCII characters (the server could never match it).
    InvalidToken,
    /// Another customer of the organization (or member of the customer) has this external id.
    DuplicateExternalId(String),
    /// Another customer of the organization has this email.
    DuplicateEmail(String),
    /// A metadata float is NaN or infinite.
    InvalidMetadata(String),
    /// A seed file could not be read.
    Io(String),
    /// A seed file is not valid seed JSON.
    Parse(String),
}

impl fmt::Display for SeedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SeedError::UnknownOrganization(id) => write!(f, "unknown organization {id}"),
            SeedError::UnknownCustomer(id) => write!(f, "unknown customer {id}"),
            SeedError::DuplicateId(id) => write!(f, "id {id} is already taken"),
            SeedError::DuplicateToken => f.write_str("this access token is already taken"),
            SeedError::InvalidToken => {
                f.write_str("an access token must be non-empty ASCII without spaces")
            }
            SeedError::DuplicateExternalId(id) => write!(f, "external id {id:?} is already taken"),
            SeedError::DuplicateEmail(email) => {
                write!(f, "email {email:?} is already taken in this organization")
            }
            SeedError::InvalidMetadata(key) => write!(f, "metadata {key:?} is not a finite number"),
            SeedError::Io(e) => write!(f, "cannot read the seed file: {e}"),
            SeedError::Parse(e) => write!(f, "invalid seed JSON: {e}"),
        }
    }
}

impl std::error::Error for SeedError {}

/// The seed-file format: nested, so records need no ids to refer to each other.
mod file {
    use super::*;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(super) struct SeedFile {
        #[serde(default)]
        frontend_url: Option<String>,
        #[serde(default)]
        rate_limit: Option<RateLimitFile>,
        #[serde(default)]
        organizations: Vec<OrganizationFile>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RateLimitFile {
        requests: u32,
        window_seconds: f64,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct OrganizationFile {
        #[serde(default)]
        id: Option<Uuid>,
        slug: String,
        #[serde(default)]
        member_model_enabled: bool,
        #[serde(default)]
        seat_based_pricing_enabled: bool,
        #[serde(default)]
        rate_limit: Option<RateLimitFile>,
        #[serde(default)]
        customers: Vec<CustomerFile>,
        #[serde(default)]
        tokens: Vec<TokenFile>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct CustomerFile {
        #[serde(default)]
        id: Option<Uuid>,
        #[serde(default)]
        email: Option<String>,
        #[serde(default)]
        name: Option<String>,
        #[serde(default, rename = "type")]
        customer_type: CustomerType,
        #[serde(default)]
        external_id: Option<String>,
        #[serde(default)]
        metadata: OrderedMetadata,
        #[serde(default)]
        billing_name: Option<String>,
        #[serde(default)]
        billing_address: Option<Address>,
        #[serde(default)]
        tax_id: Option<(String, String)>,
        #[serde(default)]
        locale: Option<String>,
        #[serde(default)]
        email_verified: bool,
        #[serde(default)]
        created_at: Option<DateTime<Utc>>,
        #[serde(default)]
        modified_at: Option<DateTime<Utc>>,
        #[serde(default)]
        deleted_at: Option<DateTime<Utc>>,
        #[serde(default)]
        default_payment_method_id: Option<Uuid>,
        #[serde(default)]
        first_user_event_at: Option<DateTime<Utc>>,
        #[serde(default)]
        members: Vec<MemberFile>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct MemberFile {
        #[serde(default)]
        id: Option<Uuid>,
        email: String,
        #[serde(default)]
        name: Option<String>,
        #[serde(default)]
        external_id: Option<String>,
        #[serde(default)]
        role: MemberRole,
        #[serde(default)]
        created_at: Option<DateTime<Utc>>,
        #[serde(default)]
        modified_at: Option<DateTime<Utc>>,
        #[serde(default)]
        deleted_at: Option<DateTime<Utc>>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct TokenFile {
        #[serde(default)]
        token: Option<String>,
        #[serde(default)]
        scopes: Option<Vec<String>>,
    }

    /// Metadata in the order the file lists it (a map type would sort or hash the keys).
    #[derive(Default)]
    struct OrderedMetadata(Vec<(String, MetadataValue)>);

    impl<'de> Deserialize<'de> for OrderedMetadata {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct Entries;
            impl<'de> serde::de::Visitor<'de> for Entries {
                type Value = OrderedMetadata;

                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("an object of string, integer, float or boolean values")
                }

                fn visit_map<A: serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> Result<Self::Value, A::Error> {
                    let mut entries = Vec::new();
                    while let Some(entry) = map.next_entry::<String, MetadataValue>()? {
                        entries.push(entry);
                    }
                    Ok(OrderedMetadata(entries))
                }
            }
            deserializer.deserialize_map(Entries)
        }
    }

    impl RateLimitFile {
        fn into_rate_limit(self) -> RateLimit {
            let window =
                Duration::try_from_secs_f64(self.window_seconds).unwrap_or(Duration::from_secs(60));
            RateLimit::new(self.requests, window)
        }
    }

    impl SeedFile {
        pub(super) fn into_seed(self) -> Seed {
            let mut seed = Seed::empty();
            seed.frontend_url = self.frontend_url;
            seed.rate_limit = self.rate_limit.map(|r| {
                let window = Duration::try_from_secs_f64(r.window_seconds)
                    .unwrap_or(Duration::from_secs(60));
                RateLimit::new(r.requests, window)
            });
            for org in self.organizations {
                let mut organization = Organization::new(org.slug)
                    .with_member_model_enabled(org.member_model_enabled)
                    .with_seat_based_pricing_enabled(org.seat_based_pricing_enabled);
                if let Some(id) = org.id {
                    organization = organization.with_id(id);
                }
                organization.rate_limit = org.rate_limit.map(RateLimitFile::into_rate_limit);
                let org_id = organization.id();
                seed.organizations.push(organization);
                for c in org.customers {
                    let (customer, members) = c.into_records(org_id);
                    seed.customers.push(customer);
                    seed.members.extend(members);
                }
                for t in org.tokens {
                    let mut token = AccessToken::new(org_id);
                    if let Some(value) = t.token {
                        token = token.with_token(value);
                    }
                    if let Some(scopes) = t.scopes {
                        token = token.with_scopes(scopes);
                    }
                    seed.tokens.push(token);
                }
            }
            seed
        }
    }

    impl CustomerFile {
        fn into_records(self, org_id: Uuid) -> (Customer, Vec<Member>) {
            let mut customer = Customer::new(org_id, "").with_type(self.customer_type);
            customer.email = self.email;
            customer.id = self.id.unwrap_or(customer.id);
            customer.name = self.name;
            customer.external_id = self.external_id;
            customer.billing_name = self.billing_name;
            customer.billing_address = self.billing_address;
            customer.tax_id = self.tax_id;
            customer.locale = self.locale;
            customer.email_verified = self.email_verified;
            customer.created_at = self.created_at.unwrap_or(customer.created_at);
            customer.modified_at = self.modified_at;
            customer.deleted_at = self.deleted_at;
            customer.default_payment_method_id = self.default_payment_method_id;
            customer.first_user_event_at = self.first_user_event_at;
            for (key, value) in self.metadata.0 {
                customer = customer.with_metadata(key, value);
            }
            let customer_id = customer.id;
            let members = self
                .members
                .into_iter()
                .map(|m| Member {
                    id: m.id.unwrap_or_else(random_uuid),
                    customer_id,
                    created_at: m.created_at.unwrap_or_else(now),
                    modified_at: m.modified_at,
                    email: m.email,
                    name: m.name,
                    external_id: m.external_id,
                    role: m.role,
                    deleted_at: m.deleted_at,
                })
                .collect();
            (customer, members)
        }
    }
}
