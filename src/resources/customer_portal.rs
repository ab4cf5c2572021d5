//! The customer portal: `/v1/customer-portal/`, as a customer or member.

use std::fmt;

use crate::client::{Polar, SessionToken};
use crate::operation::Operation;
use crate::request::RequestBuilder;
use crate::transport::decode;

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

    /// A call of a portal operation, with this client's session token.
    pub(crate) fn request<T, O>(
        &self,
        op: &'static Operation,
        path_params: &[&str],
        decoder: decode::Decoder<T>,
    ) -> RequestBuilder<T, O> {
        RequestBuilder::new(&self.polar, op, path_params, decoder).session(self.session.clone())
    }
}
