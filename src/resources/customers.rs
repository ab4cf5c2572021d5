//! Customers: `/v1/customers/`.

use reqwest::Method;
use uuid::Uuid;

use crate::client::Polar;
use crate::models::{Customer, CustomerCreate, CustomerUpdate};
use crate::operation::{Credential, Operation, RetryClass};
use crate::pages::Page;
use crate::request::RequestBuilder;
use crate::transport::decode;

const fn op(id: &'static str, method: Method, path: &'static str, retry: RetryClass) -> Operation {
    Operation::new(id, method, path, Credential::Organization, retry)
}

static LIST: Operation = op(
    "customers:list",
    Method::GET,
    "/v1/customers/",
    RetryClass::Safe,
);
static CREATE: Operation = op(
    "customers:create",
    Method::POST,
    "/v1/customers/",
    RetryClass::Unsafe,
);
static EXPORT: Operation = op(
    "customers:export",
    Method::GET,
    "/v1/customers/export",
    RetryClass::Safe,
);
static GET: Operation = op(
    "customers:get",
    Method::GET,
    "/v1/customers/{id}",
    RetryClass::Safe,
);
static UPDATE: Operation = op(
    "customers:update",
    Method::PATCH,
    "/v1/customers/{id}",
    RetryClass::Safe,
);
static DELETE: Operation = op(
    "customers:delete",
    Method::DELETE,
    "/v1/customers/{id}",
    RetryClass::Safe,
);
static GET_EXTERNAL: Operation = op(
    "customers:get_external",
    Method::GET,
    "/v1/customers/external/{external_id}",
    RetryClass::Safe,
);

/// Customers. Get one with [`Polar::customers`]. Every operation takes an organization token
/// with the `customers:read` or `customers:write` scope.
///
/// ```no_run
/// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
/// use polarsh::models::{CustomerCreate, CustomerUpdate};
///
/// let customer = polar
///     .customers()
///     .create(CustomerCreate::new("alice@example.com").with_external_id("usr_1337"))
///     .await?;
/// let customer = polar
///     .customers()
///     .update(customer.id, CustomerUpdate::new().clear_name())
///     .await?;
/// polar.customers().delete(customer.id).await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Customers<'a> {
    polar: &'a Polar,
}

/// Marks the [`RequestBuilder`] of `customers:list`, which has the list's filters as setters.
///
/// ```no_run
/// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
/// let request: polarsh::RequestBuilder<polarsh::Page<polarsh::models::Customer>, polarsh::ListCustomers> =
///     polar.customers().list().email("alice@example.com");
/// let page = request.await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct ListCustomers;

impl<'a> Customers<'a> {
    pub(crate) fn new(polar: &'a Polar) -> Self {
        Customers { polar }
    }

    /// Lists customers (`customers:list`, `GET /v1/customers/`), a page at a time or as a
    /// stream; filter with the setters of [`ListCustomers`]'s builder.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
    /// let page = polar
    ///     .customers()
    ///     .list()
    ///     .email("alice@example.com")
    ///     .metadata("plan", "pro")
    ///     .limit(50)
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn list(&self) -> RequestBuilder<Page<Customer>, ListCustomers> {
        RequestBuilder::new(self.polar, &LIST, &[], decode::page())
    }

    /// Creates a customer (`customers:create`, `POST /v1/customers/`). Not repeated by a retry
    /// once it may have reached Polar.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
    /// use polarsh::models::CustomerCreate;
    ///
    /// let customer = polar.customers().create(CustomerCreate::new("alice@example.com")).await?;
    /// # Ok(()) }
    /// ```
    pub fn create(&self, req: CustomerCreate) -> RequestBuilder<Customer> {
        RequestBuilder::new(self.polar, &CREATE, &[], decode::json()).json_body(&req)
    }

    /// Exports the customers as CSV (`customers:export`, `GET /v1/customers/export`). The text
    /// may be up to 256 MiB.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar, org: polarsh::Uuid) -> Result<(), polarsh::Error> {
    /// let csv: String = polar.customers().export().organization_id(org).await?;
    /// # Ok(()) }
    /// ```
    pub fn export(&self) -> RequestBuilder<String, ExportCustomers> {
        RequestBuilder::new(self.polar, &EXPORT, &[], decode::text())
    }

    /// Gets a customer by id (`customers:get`, `GET /v1/customers/{id}`).
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar, id: polarsh::Uuid) -> Result<(), polarsh::Error> {
    /// let customer = polar.customers().get(id).await?;
    /// # Ok(()) }
    /// ```
    pub fn get(&self, id: Uuid) -> RequestBuilder<Customer> {
        RequestBuilder::new(self.polar, &GET, &[&id.to_string()], decode::json())
    }

    /// Updates a customer (`customers:update`, `PATCH /v1/customers/{id}`): fields left unset
    /// are unchanged, cleared fields become `null`.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar, id: polarsh::Uuid) -> Result<(), polarsh::Error> {
    /// use polarsh::models::CustomerUpdate;
    ///
    /// let update = CustomerUpdate::new().with_email("new@example.com").clear_name();
    /// let customer = polar.customers().update(id, update).await?;
    /// # Ok(()) }
    /// ```
    pub fn update(&self, id: Uuid, req: CustomerUpdate) -> RequestBuilder<Customer> {
        RequestBuilder::new(self.polar, &UPDATE, &[&id.to_string()], decode::json()).json_body(&req)
    }

    /// Deletes a customer (`customers:delete`, `DELETE /v1/customers/{id}`, answered `204`).
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar, id: polarsh::Uuid) -> Result<(), polarsh::Error> {
    /// polar.customers().delete(id).anonymize(true).await?;
    /// # Ok(()) }
    /// ```
    pub fn delete(&self, id: Uuid) -> RequestBuilder<(), DeleteCustomer> {
        RequestBuilder::new(self.polar, &DELETE, &[&id.to_string()], decode::empty())
    }

    /// Gets a customer by your own id for it (`customers:get_external`,
    /// `GET /v1/customers/external/{external_id}`). The id is sent as one path segment,
    /// whatever characters it has; an empty id, `.` or `..` is [`Error::Config`](crate::Error::Config).
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
    /// let customer = polar.customers().get_external("usr_1337").await?;
    /// # Ok(()) }
    /// ```
    pub fn get_external(&self, external_id: impl AsRef<str>) -> RequestBuilder<Customer> {
        RequestBuilder::new(
            self.polar,
            &GET_EXTERNAL,
            &[external_id.as_ref()],
            decode::json(),
        )
    }
}

impl RequestBuilder<Page<Customer>, ListCustomers> {
    /// Only the customers of this organization (needed with a personal token).
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar, org: polarsh::Uuid) -> Result<(), polarsh::Error> {
    /// let page = polar.customers().list().organization_id(org).await?;
    /// # Ok(()) }
    /// ```
    pub fn organization_id(self, id: Uuid) -> Self {
        self.append_query("organization_id", &id)
    }

    /// Only the customer with this email address.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
    /// let page = polar.customers().list().email("alice@example.com").await?;
    /// # Ok(()) }
    /// ```
    pub fn email(self, email: impl AsRef<str>) -> Self {
        self.set_query("email", email.as_ref())
    }

    /// Customers whose name, email or external id matches this text.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
    /// let page = polar.customers().list().query("alice").await?;
    /// # Ok(()) }
    /// ```
    pub fn query(self, text: impl AsRef<str>) -> Self {
        self.set_query("query", text.as_ref())
    }

    /// Only customers with (`true`) or without (`false`) an active subscription.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
    /// let page = polar.customers().list().active(true).await?;
    /// # Ok(()) }
    /// ```
    pub fn active(self, active: bool) -> Self {
        self.set_query("active", &active)
    }

    /// The order: field names such as `created_at`, `-created_at` for descending, `email`,
    /// `name`.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
    /// let page = polar.customers().list().sorting(["-created_at", "email"]).await?;
    /// # Ok(()) }
    /// ```
    pub fn sorting<S: AsRef<str>>(self, fields: impl IntoIterator<Item = S>) -> Self {
        self.set_query_all("sorting", fields.into_iter().map(|f| f.as_ref().to_owned()))
    }

    /// Only customers whose metadata `key` has this value (`metadata[key]=value`); repeat for
    /// several keys or values.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
    /// let page = polar.customers().list().metadata("plan", "pro").await?;
    /// # Ok(()) }
    /// ```
    pub fn metadata(self, key: impl AsRef<str>, value: impl AsRef<str>) -> Self {
        self.add_metadata_filter(key.as_ref(), value.as_ref())
    }
}

/// Marks the [`RequestBuilder`] of `customers:export`.
///
/// ```no_run
/// # async fn run(polar: polarsh::Polar) -> Result<(), polarsh::Error> {
/// let csv = polar.customers().export().await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct ExportCustomers;

impl RequestBuilder<String, ExportCustomers> {
    /// Only the customers of this organization.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar, org: polarsh::Uuid) -> Result<(), polarsh::Error> {
    /// let csv = polar.customers().export().organization_id(org).await?;
    /// # Ok(()) }
    /// ```
    pub fn organization_id(self, id: Uuid) -> Self {
        self.set_query("organization_id", &id)
    }
}

/// Marks the [`RequestBuilder`] of `customers:delete`.
///
/// ```no_run
/// # async fn run(polar: polarsh::Polar, id: polarsh::Uuid) -> Result<(), polarsh::Error> {
/// polar.customers().delete(id).await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct DeleteCustomer;

impl RequestBuilder<(), DeleteCustomer> {
    /// Also anonymize the customer's personal data (for GDPR erasure requests).
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar, id: polarsh::Uuid) -> Result<(), polarsh::Error> {
    /// polar.customers().delete(id).anonymize(true).await?;
    /// # Ok(()) }
    /// ```
    pub fn anonymize(self, anonymize: bool) -> Self {
        self.set_query("anonymize", &anonymize)
    }
}
