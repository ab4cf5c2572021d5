//! The customer portal: `/v1/customer-portal/`, as a customer or member.

use std::fmt;

use reqwest::Method;

use crate::client::{Polar, SessionToken};
use crate::models::{CustomerPortalCustomer, LicenseKeyValidate, ValidatedLicenseKey};
use crate::operation::{Credential, Operation, RetryClass};
use crate::request::RequestBuilder;
use crate::transport::decode;

static CUSTOMERS_GET: Operation = Operation::new(
    "customer_portal:customers:get",
    Method::GET,
    "/v1/customer-portal/customers/me",
    Credential::CustomerSession,
    RetryClass::Safe,
);

/// `customer_portal:license_keys:validate`. With `increment_usage` a repeat would count twice,
/// so it is not repeated once it may have reached Polar.
static LICENSE_KEYS_VALIDATE: Operation = Operation::new(
    "customer_portal:license_keys:validate",
    Method::POST,
    "/v1/customer-portal/license-keys/validate",
    Credential::None,
    RetryClass::Unsafe,
);

/// The customer portal, for one customer or member session. Made by
/// [`Polar::customer_portal`] (with a session token) or [`Polar::customer_portal_public`]
/// (without one: only the operations that take no credential).
///
/// It owns a clone of the client (sharing its connection pool and configuration) and is cheap
/// to clone; `Debug` hides the session token.
///
/// ```no_run
/// # async fn run(polar: polarsh::Polar, session_token: String) -> Result<(), polarsh::Error> {
/// let portal = polar.customer_portal(session_token);
/// let me = portal.customers().get().await?;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct CustomerPortal {
    polar: Polar,
    session: Option<SessionToken>,
}

impl fmt::Debug for CustomerPortal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CustomerPortal")
            .field("base_url", &self.polar.base_url().as_str())
            .field(
                "session_token",
                &self.session.as_ref().map(|_| "[REDACTED]"),
            )
            .finish()
    }
}

impl CustomerPortal {
    pub(crate) fn new(polar: &Polar, session: Option<SessionToken>) -> CustomerPortal {
        CustomerPortal {
            polar: polar.clone(),
            session,
        }
    }

    fn request<T>(&self, op: &'static Operation, decoder: decode::Decoder<T>) -> RequestBuilder<T> {
        RequestBuilder::new(&self.polar, op, &[], decoder).session(self.session.clone())
    }

    /// The signed-in customer.
    ///
    /// ```no_run
    /// # async fn run(portal: polarsh::CustomerPortal) -> Result<(), polarsh::Error> {
    /// let me = portal.customers().get().await?;
    /// # Ok(()) }
    /// ```
    pub fn customers(&self) -> CustomerPortalCustomers<'_> {
        CustomerPortalCustomers { portal: self }
    }

    /// License keys: validate (no credential needed), and the customer's own keys.
    ///
    /// ```no_run
    /// # async fn run(portal: polarsh::CustomerPortal, org: polarsh::Uuid) -> Result<(), polarsh::Error> {
    /// use polarsh::models::LicenseKeyValidate;
    ///
    /// let key = portal.license_keys().validate(LicenseKeyValidate::new("KEY", org)).await?;
    /// # Ok(()) }
    /// ```
    pub fn license_keys(&self) -> CustomerPortalLicenseKeys<'_> {
        CustomerPortalLicenseKeys { portal: self }
    }
}

/// The signed-in customer, in the portal. Get one with [`CustomerPortal::customers`].
///
/// ```no_run
/// # async fn run(portal: polarsh::CustomerPortal) -> Result<(), polarsh::Error> {
/// let me = portal.customers().get().await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct CustomerPortalCustomers<'a> {
    portal: &'a CustomerPortal,
}

impl CustomerPortalCustomers<'_> {
    /// The customer whose session this is (`customer_portal:customers:get`,
    /// `GET /v1/customer-portal/customers/me`, customer or member session token).
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
    /// let me = polar.customer_portal("polar_cst_...").customers().get().await?;
    /// println!("{:?} {:?}", me.name, me.email);
    /// # Ok(()) }
    /// ```
    pub fn get(&self) -> RequestBuilder<CustomerPortalCustomer> {
        self.portal.request(&CUSTOMERS_GET, decode::json())
    }
}

/// License keys, in the portal. Get one with [`CustomerPortal::license_keys`].
///
/// ```no_run
/// # async fn run(polar: polarsh::Polar, org: polarsh::Uuid) -> Result<(), polarsh::Error> {
/// use polarsh::models::LicenseKeyValidate;
///
/// let portal = polar.customer_portal_public();
/// let key = portal.license_keys().validate(LicenseKeyValidate::new("KEY", org)).await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct CustomerPortalLicenseKeys<'a> {
    portal: &'a CustomerPortal,
}

impl CustomerPortalLicenseKeys<'_> {
    /// Validates a license key (`customer_portal:license_keys:validate`,
    /// `POST /v1/customer-portal/license-keys/validate`). Takes no credential: no
    /// `Authorization` header is sent, so it works from a client without an access token.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar, org: polarsh::Uuid) -> Result<(), polarsh::Error> {
    /// use polarsh::models::LicenseKeyValidate;
    ///
    /// let key = polar
    ///     .customer_portal_public()
    ///     .license_keys()
    ///     .validate(LicenseKeyValidate::new("MYAPP-1234", org).with_increment_usage(1))
    ///     .await?;
    /// println!("{} ({} uses)", key.status, key.usage);
    /// # Ok(()) }
    /// ```
    pub fn validate(&self, req: LicenseKeyValidate) -> RequestBuilder<ValidatedLicenseKey> {
        self.portal
            .request(&LICENSE_KEYS_VALIDATE, decode::json())
            .json_body(&req)
    }
}
