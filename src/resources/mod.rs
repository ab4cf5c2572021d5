//! Hand-written handles: the customer portal client, which holds a session token. The
//! operations themselves are generated (`crate::api`).

pub(crate) mod customer_portal;

pub use customer_portal::CustomerPortal;
