//! What the mock server knows: organizations, customers, members and access tokens.
//!
//! Each record is a plain value built with `new` and `with_*` methods. Whatever is not given is generated when
//! the value is built (a fresh UUIDv4 id, a random `polar_oat_` token, the current time), so ids can be read
//! back with the getters before the record is added, and giving them makes a seed fully deterministic.

pub mod defaults;
mod file;
mod ids;
mod records;
mod scopes;

use std::fmt;
use std::path::Path;
use std::time::Duration;

use uuid::Uuid;

use ids::default_created_at;
pub(crate) use ids::{now, random_token, random_uuid};
pub use records::{
    AccessToken, Address, Customer, CustomerType, Member, MemberRole, MetadataValue, Organization,
};
pub use scopes::ALL_SCOPES;

/// A rate limit: at most `requests` requests per organization in each window of `window`.
///
/// Past the limit the mock answers like Polar: 429 with an empty (chunked) body and `retry-after` set to the
/// window length in seconds, not the time left.
///
/// ```
/// use std::time::Duration;
/// let limit = polarsh_mock::RateLimit::new(100, Duration::from_secs(60));
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
    /// let limit = polarsh_mock::RateLimit::new(10, std::time::Duration::from_secs(1));
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
    /// assert_eq!(polarsh_mock::RateLimit::new(5, std::time::Duration::from_secs(1)).requests(), 5);
    /// ```
    pub fn requests(&self) -> u32 {
        self.requests
    }

    /// The window length.
    ///
    /// ```
    /// let w = std::time::Duration::from_secs(60);
    /// assert_eq!(polarsh_mock::RateLimit::new(5, w).window(), w);
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
/// use polarsh_mock::{AccessToken, Organization, Seed};
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
    /// Records of the stored collections: organization, collection name, the record as the API shows it.
    pub(crate) records: Vec<(Uuid, String, serde_json::Value)>,
}

impl Default for Seed {
    /// One organization with both member flags, one customer, one owner member, one organization token and
    /// one personal token with every scope, all with the fixed ids of [`defaults`].
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
        let personal =
            AccessToken::personal(defaults::ORGANIZATION_ID).with_token(defaults::PERSONAL_TOKEN);
        Seed::empty()
            .with_organization(org)
            .with_customer(customer)
            .with_member(member)
            .with_token(token)
            .with_token(personal)
    }
}

impl Seed {
    /// A seed with no records.
    ///
    /// ```
    /// assert!(polarsh_mock::Seed::empty().organizations().is_empty());
    /// ```
    pub fn empty() -> Self {
        Self {
            frontend_url: None,
            rate_limit: None,
            organizations: Vec::new(),
            customers: Vec::new(),
            members: Vec::new(),
            tokens: Vec::new(),
            records: Vec::new(),
        }
    }

    /// Adds an organization.
    ///
    /// ```
    /// let seed = polarsh_mock::Seed::empty().with_organization(polarsh_mock::Organization::new("acme"));
    /// ```
    pub fn with_organization(mut self, organization: Organization) -> Self {
        self.organizations.push(organization);
        self
    }

    /// Adds a customer (its organization must be in the seed by the time the server starts).
    ///
    /// ```
    /// use polarsh_mock::{Customer, Organization, Seed};
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
    /// use polarsh_mock::{Member, Seed};
    /// let seed = Seed::default().with_member(Member::new(polarsh_mock::defaults::CUSTOMER_ID, "bob@example.com"));
    /// ```
    pub fn with_member(mut self, member: Member) -> Self {
        self.members.push(member);
        self
    }

    /// Adds an access token (its organization must be in the seed).
    ///
    /// ```
    /// use polarsh_mock::{AccessToken, Seed, defaults};
    /// let seed = Seed::default().with_token(AccessToken::new(defaults::ORGANIZATION_ID).with_scopes(["customers:read"]));
    /// ```
    pub fn with_token(mut self, token: AccessToken) -> Self {
        self.tokens.push(token);
        self
    }

    /// Adds a record of a stored collection (`products`, `discounts`, `webhooks/endpoints`, … see
    /// [`stored_collections`](crate::stored_collections)) to an organization of the seed, as the API
    /// shows it: it must fit the collection's schema. The API then lists, fetches, updates and deletes it
    /// like one it created. A `license-keys` record may carry `activations` (each with an `id`, a `label`,
    /// and optionally `meta` and `conditions`), which the key's validations and activations see.
    ///
    /// ```
    /// # #[tokio::main] async fn main() {
    /// use polarsh_mock::{MockServer, Seed, defaults};
    /// let product = serde_json::json!({"id": "0f5e6b2a-3b1c-4f7e-9a51-2d5c8e9b7a10", "name": "Pro"});
    /// // Not a whole product: refused with the first field it lacks.
    /// let seed = Seed::default().with_record(defaults::ORGANIZATION_ID, "products", product);
    /// assert!(MockServer::builder().seed(seed).start().await.is_err());
    /// # }
    /// ```
    pub fn with_record(
        mut self,
        organization_id: Uuid,
        collection: impl Into<String>,
        record: serde_json::Value,
    ) -> Self {
        self.records
            .push((organization_id, collection.into(), record));
        self
    }

    /// Sets the front-end base URL of portal links (default `https://polar.sh`).
    ///
    /// ```
    /// let seed = polarsh_mock::Seed::default().with_frontend_url("https://sandbox.polar.sh");
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
    /// let seed = polarsh_mock::Seed::default().with_rate_limit(polarsh_mock::RateLimit::new(100, Duration::from_secs(60)));
    /// ```
    pub fn with_rate_limit(mut self, rate_limit: RateLimit) -> Self {
        self.rate_limit = Some(rate_limit);
        self
    }

    /// The organizations.
    ///
    /// ```
    /// assert_eq!(polarsh_mock::Seed::default().organizations()[0].slug(), "acme");
    /// ```
    pub fn organizations(&self) -> &[Organization] {
        &self.organizations
    }

    /// The customers.
    ///
    /// ```
    /// assert_eq!(polarsh_mock::Seed::default().customers().len(), 1);
    /// ```
    pub fn customers(&self) -> &[Customer] {
        &self.customers
    }

    /// The members.
    ///
    /// ```
    /// assert_eq!(polarsh_mock::Seed::default().members().len(), 1);
    /// ```
    pub fn members(&self) -> &[Member] {
        &self.members
    }

    /// The access tokens.
    ///
    /// ```
    /// assert_eq!(polarsh_mock::Seed::default().tokens()[0].token(), polarsh_mock::defaults::TOKEN);
    /// ```
    pub fn tokens(&self) -> &[AccessToken] {
        &self.tokens
    }

    /// The front-end base URL of portal links.
    ///
    /// ```
    /// assert_eq!(polarsh_mock::Seed::default().frontend_url(), "https://polar.sh");
    /// ```
    pub fn frontend_url(&self) -> &str {
        self.frontend_url.as_deref().unwrap_or(DEFAULT_FRONTEND_URL)
    }

    /// The rate limit, if any.
    ///
    /// ```
    /// assert_eq!(polarsh_mock::Seed::default().rate_limit(), None);
    /// ```
    pub fn rate_limit(&self) -> Option<RateLimit> {
        self.rate_limit
    }

    /// Reads a seed from the JSON format `polar-mock --seed` takes (see the crate README): organizations
    /// holding their customers (holding their members) and tokens; ids, tokens and timestamps are optional.
    ///
    /// ```
    /// let seed = polarsh_mock::Seed::from_json(r#"{
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
    /// let seed = polarsh_mock::Seed::from_file("seed.json")?;
    /// # Ok::<(), polarsh_mock::SeedError>(())
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
/// use polarsh_mock::{Customer, SeedError};
///
/// # #[tokio::main] async fn main() {
/// let mock = polarsh_mock::MockServer::start().await;
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
    /// A record does not fit its collection (or the collection is not stored).
    InvalidRecord(String),
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
            SeedError::InvalidRecord(e) => write!(f, "invalid record: {e}"),
            SeedError::Io(e) => write!(f, "cannot read the seed file: {e}"),
            SeedError::Parse(e) => write!(f, "invalid seed JSON: {e}"),
        }
    }
}

impl std::error::Error for SeedError {}
