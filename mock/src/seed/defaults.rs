//! Ids, token and timestamp of the default seed, which [`MockServer::start`](crate::MockServer::start) loads.
//!
//! They are constants, so a test (or a script pointed at `polar-mock`) can use them without asking the server.
//!
//! ```
//! use polarsh_mock::defaults;
//!
//! assert!(defaults::TOKEN.starts_with("polar_oat_"));
//! assert_eq!(defaults::ORGANIZATION_SLUG, "acme");
//! ```

use uuid::{Uuid, uuid};

/// The organization: slug `acme`, with `member_model_enabled` and `seat_based_pricing_enabled`.
///
/// ```
/// assert_eq!(polarsh_mock::defaults::ORGANIZATION_ID.get_version_num(), 4);
/// ```
pub const ORGANIZATION_ID: Uuid = uuid!("1dbfc517-0bbf-4301-9ba8-555ca42b9737");
/// The organization's slug, part of every portal URL.
///
/// ```
/// assert_eq!(polarsh_mock::defaults::ORGANIZATION_SLUG, "acme");
/// ```
pub const ORGANIZATION_SLUG: &str = "acme";
/// The customer: Alice (`alice@example.com`), individual, external id `cus_alice`, metadata
/// `{"plan":"pro","seats":3}`.
///
/// ```
/// assert_eq!(polarsh_mock::defaults::CUSTOMER_ID.get_version_num(), 4);
/// ```
pub const CUSTOMER_ID: Uuid = uuid!("992fae2a-2a17-4b7a-8d9e-e287cf90131b");
/// The customer's external id.
///
/// ```
/// assert_eq!(polarsh_mock::defaults::CUSTOMER_EXTERNAL_ID, "cus_alice");
/// ```
pub const CUSTOMER_EXTERNAL_ID: &str = "cus_alice";
/// The customer's email, which is also the member's.
///
/// ```
/// assert_eq!(polarsh_mock::defaults::EMAIL, "alice@example.com");
/// ```
pub const EMAIL: &str = "alice@example.com";
/// The member: Alice, the customer's owner, external id `usr_alice`.
///
/// ```
/// assert_eq!(polarsh_mock::defaults::MEMBER_ID.get_version_num(), 4);
/// ```
pub const MEMBER_ID: Uuid = uuid!("6d3c6e1a-1e53-4a0b-9d7b-0f2f4c1f8a35");
/// The member's external id.
///
/// ```
/// assert_eq!(polarsh_mock::defaults::MEMBER_EXTERNAL_ID, "usr_alice");
/// ```
pub const MEMBER_EXTERNAL_ID: &str = "usr_alice";
/// An organization access token of the organization, with every scope.
///
/// ```
/// assert!(polarsh_mock::defaults::TOKEN.starts_with("polar_oat_"));
/// ```
pub const TOKEN: &str = "polar_oat_mock0default0token0for0local0tests0only000";
/// A personal access token of a user of the organization, with every scope: the credential of the
/// operations that take only user tokens.
///
/// ```
/// assert!(polarsh_mock::defaults::PERSONAL_TOKEN.starts_with("polar_pat_"));
/// ```
pub const PERSONAL_TOKEN: &str = "polar_pat_mock0default0user0token0for0local0tests0only0";
/// `created_at` of every default record: 2026-01-01T00:00:00Z, as seconds since the Unix epoch.
///
/// ```
/// assert_eq!(polarsh_mock::defaults::CREATED_AT_UNIX, 1_767_225_600);
/// ```
pub const CREATED_AT_UNIX: i64 = 1_767_225_600;
