//! Operations as data: everything the transport needs to know to run one Polar operation.
//!
//! Each operation of the API is one `static` [`Operation`]; the typed methods of the resources
//! fill in its parameters and hand it to the transport, which runs every operation the same way.

use reqwest::Method;

/// The credential an operation takes, as the spec declares it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Credential {
    /// An organization access token, a personal access token or an OAuth2 token.
    Organization,
    /// A user's token only: a personal access token or an OAuth2 user token.
    User,
    /// A customer or member session token (`polar_cst_…`, `polar_mst_…`). The four operations
    /// that take member sessions only are of this kind too: the client cannot tell the two
    /// tokens apart, and Polar answers 401 for the wrong one.
    CustomerSession,
    /// None: no `Authorization` header is sent, even by a client that has a token.
    None,
}

impl Credential {
    /// Whether the token comes from a customer portal client rather than from [`crate::Polar`].
    pub(crate) fn is_session(self) -> bool {
        matches!(self, Credential::CustomerSession)
    }
}

/// Whether a retry may repeat an operation that may have reached Polar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RetryClass {
    /// Repeating it is harmless: reads, `PUT`, `DELETE`, updates that only set fields, and the
    /// creates whose duplicates are harmless or deduplicated by Polar.
    Safe,
    /// It creates or charges: retried only when the request provably never reached Polar (the
    /// connection could not be opened) or Polar's rate limiter refused it (429, empty body).
    Unsafe,
}

/// One operation of the Polar API.
#[derive(Debug)]
pub(crate) struct Operation {
    /// The spec's operation id, e.g. `customers:get`.
    pub(crate) id: &'static str,
    /// The HTTP method.
    pub(crate) method: Method,
    /// The path template exactly as in the spec, e.g. `/v1/customers/{id}`.
    pub(crate) path: &'static str,
    /// The credential it takes.
    pub(crate) credential: Credential,
    /// Whether a retry may repeat it.
    pub(crate) retry: RetryClass,
    /// What a 404 from it means, when the crate knows more than the server says.
    pub(crate) not_found_hint: Option<&'static str>,
}

impl Operation {
    /// An operation with no special 404 hint.
    pub(crate) const fn new(
        id: &'static str,
        method: Method,
        path: &'static str,
        credential: Credential,
        retry: RetryClass,
    ) -> Operation {
        Operation {
            id,
            method,
            path,
            credential,
            retry,
            not_found_hint: None,
        }
    }

    /// The same operation with a hint for its 404 answers.
    pub(crate) const fn with_not_found_hint(mut self, hint: &'static str) -> Operation {
        self.not_found_hint = Some(hint);
        self
    }
}
