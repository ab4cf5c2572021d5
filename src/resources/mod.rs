//! One handle per API group; each borrows the client and turns typed arguments into a
//! [`RequestBuilder`](crate::RequestBuilder) for one [`Operation`](crate::operation::Operation).

pub(crate) mod customer_portal;
mod customer_sessions;
mod customers;
mod events;
mod member_sessions;
mod oauth2;
mod orders;

pub use customer_portal::{CustomerPortal, CustomerPortalCustomers, CustomerPortalLicenseKeys};
pub use customer_sessions::CustomerSessions;
pub use customers::{Customers, DeleteCustomer, ExportCustomers, ListCustomers};
pub use events::{Events, ListEvents};
pub use member_sessions::MemberSessions;
pub use oauth2::OAuth2;
pub use orders::Orders;
