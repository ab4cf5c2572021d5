//! The bodies that create and update customers.

use serde::Serialize;
use uuid::Uuid;

use super::{Address, CustomerType, Metadata, MetadataValue, Patch};

/// The body of `customers:create`: an individual customer with an email address, or a team.
///
/// ```
/// use polarsh::models::CustomerCreate;
///
/// let req = CustomerCreate::new("alice@example.com")
///     .with_name("Alice")
///     .with_external_id("usr_1337")
///     .with_metadata("plan", "pro");
/// assert_eq!(
///     serde_json::to_value(&req).unwrap(),
///     serde_json::json!({
///         "email": "alice@example.com", "name": "Alice", "external_id": "usr_1337",
///         "metadata": {"plan": "pro"}
///     })
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CustomerCreate {
    /// The email address (required for an individual customer).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Your id for the customer: unique in the organization.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// `individual` (the default) or `team`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub customer_type: Option<CustomerType>,
    /// The billing address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<Address>,
    /// The organization (needed with a personal token).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<Uuid>,
    /// Your metadata.
    #[serde(skip_serializing_if = "Metadata::is_empty")]
    pub metadata: Metadata,
}

impl CustomerCreate {
    /// An individual customer with this email address.
    ///
    /// ```
    /// let req = polarsh::models::CustomerCreate::new("alice@example.com");
    /// assert_eq!(req.email.as_deref(), Some("alice@example.com"));
    /// ```
    pub fn new(email: impl Into<String>) -> Self {
        CustomerCreate {
            email: Some(email.into()),
            name: None,
            external_id: None,
            customer_type: None,
            billing_address: None,
            organization_id: None,
            metadata: Metadata::new(),
        }
    }

    /// A team customer (its email address is optional).
    ///
    /// ```
    /// let req = polarsh::models::CustomerCreate::team("Acme").with_external_id("org_1");
    /// assert_eq!(req.name.as_deref(), Some("Acme"));
    /// ```
    pub fn team(name: impl Into<String>) -> Self {
        CustomerCreate {
            email: None,
            name: Some(name.into()),
            customer_type: Some(CustomerType::Team),
            ..CustomerCreate::new("")
        }
    }

    /// The name.
    ///
    /// ```
    /// let req = polarsh::models::CustomerCreate::new("a@example.com").with_name("Alice");
    /// # let _ = req;
    /// ```
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// The email address.
    ///
    /// ```
    /// let req = polarsh::models::CustomerCreate::team("Acme").with_email("billing@acme.test");
    /// # let _ = req;
    /// ```
    pub fn with_email(mut self, email: impl Into<String>) -> Self {
        self.email = Some(email.into());
        self
    }

    /// Your id for the customer.
    ///
    /// ```
    /// let req = polarsh::models::CustomerCreate::new("a@example.com").with_external_id("usr_1");
    /// # let _ = req;
    /// ```
    pub fn with_external_id(mut self, external_id: impl Into<String>) -> Self {
        self.external_id = Some(external_id.into());
        self
    }

    /// The billing address.
    ///
    /// ```
    /// let address: polarsh::models::Address = serde_json::from_str(r#"{"country":"FR"}"#).unwrap();
    /// let req = polarsh::models::CustomerCreate::new("a@example.com").with_billing_address(address);
    /// # let _ = req;
    /// ```
    pub fn with_billing_address(mut self, address: Address) -> Self {
        self.billing_address = Some(address);
        self
    }

    /// The organization (needed with a personal token).
    ///
    /// ```
    /// let req = polarsh::models::CustomerCreate::new("a@example.com")
    ///     .with_organization_id(polarsh::Uuid::nil());
    /// # let _ = req;
    /// ```
    pub fn with_organization_id(mut self, id: Uuid) -> Self {
        self.organization_id = Some(id);
        self
    }

    /// One metadata value.
    ///
    /// ```
    /// let req = polarsh::models::CustomerCreate::new("a@example.com")
    ///     .with_metadata("plan", "pro")
    ///     .with_metadata("seats", 3);
    /// # let _ = req;
    /// ```
    pub fn with_metadata(
        mut self,
        key: impl Into<String>,
        value: impl Into<MetadataValue>,
    ) -> Self {
        self.metadata.insert(key.into(), value.into());
        self
    }
}

/// The body of `customers:update`: every field is [`Patch::Unchanged`] unless set or cleared.
///
/// ```
/// use polarsh::models::CustomerUpdate;
///
/// let req = CustomerUpdate::new().with_name("Alice B.").clear_external_id();
/// assert_eq!(
///     serde_json::to_string(&req).unwrap(),
///     r#"{"name":"Alice B.","external_id":null}"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CustomerUpdate {
    /// The email address.
    #[serde(skip_serializing_if = "Patch::is_unchanged")]
    pub email: Patch<String>,
    /// The name.
    #[serde(skip_serializing_if = "Patch::is_unchanged")]
    pub name: Patch<String>,
    /// The name on invoices.
    #[serde(skip_serializing_if = "Patch::is_unchanged")]
    pub billing_name: Patch<String>,
    /// Your id for the customer.
    #[serde(skip_serializing_if = "Patch::is_unchanged")]
    pub external_id: Patch<String>,
    /// The billing address.
    #[serde(skip_serializing_if = "Patch::is_unchanged")]
    pub billing_address: Patch<Address>,
    /// The locale, e.g. `fr`.
    #[serde(skip_serializing_if = "Patch::is_unchanged")]
    pub locale: Patch<String>,
    /// The metadata, replacing all of it.
    #[serde(skip_serializing_if = "Patch::is_unchanged")]
    pub metadata: Patch<Metadata>,
}

macro_rules! patch_setters {
    ($($field:ident: $ty:ty => $with:ident, $clear:ident;)*) => {
        impl CustomerUpdate {
            $(
                #[doc = concat!("Sets `", stringify!($field), "`.")]
                ///
                /// ```
                /// # #[allow(unused_imports)] use polarsh::models::Metadata;
                #[doc = concat!("let req = polarsh::models::CustomerUpdate::new().", stringify!($with), "(<", stringify!($ty), ">::default());")]
                #[doc = concat!("assert!(!req.", stringify!($field), ".is_unchanged());")]
                /// ```
                pub fn $with(mut self, value: impl Into<$ty>) -> Self {
                    self.$field = Patch::Set(value.into());
                    self
                }

                #[doc = concat!("Clears `", stringify!($field), "` (sends `null`).")]
                ///
                /// ```
                #[doc = concat!("let req = polarsh::models::CustomerUpdate::new().", stringify!($clear), "();")]
                #[doc = concat!("assert_eq!(req.", stringify!($field), ", polarsh::models::Patch::Clear);")]
                /// ```
                pub fn $clear(mut self) -> Self {
                    self.$field = Patch::Clear;
                    self
                }
            )*
        }
    };
}

patch_setters! {
    email: String => with_email, clear_email;
    name: String => with_name, clear_name;
    billing_name: String => with_billing_name, clear_billing_name;
    external_id: String => with_external_id, clear_external_id;
    locale: String => with_locale, clear_locale;
    metadata: Metadata => with_metadata, clear_metadata;
}

impl CustomerUpdate {
    /// An update that changes nothing yet.
    ///
    /// ```
    /// let req = polarsh::models::CustomerUpdate::new();
    /// assert_eq!(serde_json::to_string(&req).unwrap(), "{}");
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the billing address.
    ///
    /// ```
    /// let address: polarsh::models::Address = serde_json::from_str(r#"{"country":"FR"}"#).unwrap();
    /// let req = polarsh::models::CustomerUpdate::new().with_billing_address(address);
    /// # let _ = req;
    /// ```
    pub fn with_billing_address(mut self, address: Address) -> Self {
        self.billing_address = Patch::Set(address);
        self
    }

    /// Clears the billing address.
    ///
    /// ```
    /// let req = polarsh::models::CustomerUpdate::new().clear_billing_address();
    /// assert_eq!(serde_json::to_string(&req).unwrap(), r#"{"billing_address":null}"#);
    /// ```
    pub fn clear_billing_address(mut self) -> Self {
        self.billing_address = Patch::Clear;
        self
    }
}
