//! Per-call options: they override the client's defaults for one call.

use std::fmt;
use std::time::Duration;

use reqwest::header::{
    AUTHORIZATION, CONNECTION, CONTENT_LENGTH, EXPECT, HOST, HeaderMap, HeaderName, HeaderValue,
    PROXY_AUTHORIZATION, TE, TRANSFER_ENCODING, UPGRADE,
};

use crate::error::Error;
use crate::retry::RetryConfig;

/// Headers a call may not set: they carry credentials or change how the request is framed and
/// routed.
const RESERVED: [HeaderName; 9] = [
    AUTHORIZATION,
    PROXY_AUTHORIZATION,
    CONTENT_LENGTH,
    TRANSFER_ENCODING,
    HOST,
    CONNECTION,
    EXPECT,
    UPGRADE,
    TE,
];

/// Options for one call, overriding the client's: retries, the per-attempt timeout, extra
/// headers, the token, and whether the call may be repeated.
///
/// ```no_run
/// # async fn run(polar: polarsh::Polar, req: polarsh::models::MemberSessionCreate) -> Result<(), polarsh::Error> {
/// use std::time::Duration;
/// use polarsh::{RequestOptions, RetryConfig};
///
/// let options = RequestOptions::new()
///     .retry_config(RetryConfig::none())
///     .timeout(Duration::from_secs(5))
///     .header("x-trace", "1");
/// let session = polar.member_sessions().create(req).with_options(options).await?;
/// # Ok(()) }
/// ```
#[derive(Clone, Default)]
pub struct RequestOptions {
    pub(crate) retry: Option<RetryConfig>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) headers: HeaderMap,
    /// The token of this call (marked sensitive).
    pub(crate) token: Option<HeaderValue>,
    pub(crate) idempotent: Option<bool>,
    /// The first invalid setting given, reported as [`Error::Config`] when the call is made.
    pub(crate) invalid: Option<String>,
}

impl fmt::Debug for RequestOptions {
    /// Shows the names of the extra headers, never their values, and never the token.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequestOptions")
            .field("retry", &self.retry)
            .field("timeout", &self.timeout)
            .field(
                "headers",
                &self
                    .headers
                    .keys()
                    .map(HeaderName::as_str)
                    .collect::<Vec<_>>(),
            )
            .field("access_token", &self.token.as_ref().map(|_| "[REDACTED]"))
            .field("idempotent", &self.idempotent)
            .field("invalid", &self.invalid)
            .finish()
    }
}

impl RequestOptions {
    /// No overrides: the client's defaults apply.
    ///
    /// ```
    /// let options = polarsh::RequestOptions::new();
    /// # let _ = options;
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// The retry policy of this call.
    ///
    /// ```
    /// let options = polarsh::RequestOptions::new().retry_config(polarsh::RetryConfig::none());
    /// # let _ = options;
    /// ```
    pub fn retry_config(mut self, retry: RetryConfig) -> Self {
        self.retry = Some(retry);
        self
    }

    /// The timeout of each attempt of this call.
    ///
    /// ```
    /// let options = polarsh::RequestOptions::new().timeout(std::time::Duration::from_secs(3));
    /// # let _ = options;
    /// ```
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Adds a header to this call, replacing one of the same name the client would send (such as
    /// `Polar-Version`). An invalid name or value, or a header that carries credentials or
    /// changes how the request is framed or routed (`Authorization`, `Proxy-Authorization`,
    /// `Content-Length`, `Transfer-Encoding`, `Host`, `Connection`, `Expect`, `Upgrade`, `TE`),
    /// makes the call fail with [`Error::Config`] before anything is sent. Use
    /// [`access_token`](RequestOptions::access_token) for another token.
    ///
    /// ```
    /// let options = polarsh::RequestOptions::new().header("x-request-id", "abc-123");
    /// # let _ = options;
    /// ```
    pub fn header(mut self, name: impl AsRef<str>, value: impl AsRef<str>) -> Self {
        if self.invalid.is_some() {
            return self;
        }
        let (name, value) = (name.as_ref(), value.as_ref());
        match (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            (Ok(name), _) if RESERVED.contains(&name) => {
                self.invalid = Some(format!(
                    "a per-call header may not set {name}: it carries credentials or changes \
                     how the request is framed (use RequestOptions::access_token for a token)"
                ));
            }
            (Ok(name), Ok(value)) => {
                self.headers.insert(name, value);
            }
            (Err(_), _) => self.invalid = Some("invalid header name".to_owned()),
            (Ok(name), Err(_)) => self.invalid = Some(format!("invalid value for header {name}")),
        }
        self
    }

    /// The token for this call only, whatever credential the operation takes: an organization
    /// or personal token, or a customer or member session token. Sent as a sensitive
    /// `Authorization: Bearer` header; an operation that takes no credential sends none.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar, id: polarsh::Uuid) -> Result<(), polarsh::Error> {
    /// use polarsh::RequestOptions;
    ///
    /// let other_org = RequestOptions::new().access_token("polar_oat_other");
    /// let customer = polar.customers().get(id).with_options(other_org).await?;
    /// # Ok(()) }
    /// ```
    pub fn access_token(mut self, token: impl AsRef<str>) -> Self {
        match crate::client::bearer(token.as_ref()) {
            Ok(value) => self.token = Some(value),
            Err(message) => {
                self.invalid.get_or_insert(message);
            }
        }
        self
    }

    /// Whether this call may be repeated by a retry although it may have reached Polar,
    /// overriding the operation's retry class: `true` for a create you know to be harmless to
    /// repeat, `false` to never repeat a read.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar, req: polarsh::models::CustomerCreate) -> Result<(), polarsh::Error> {
    /// use polarsh::RequestOptions;
    ///
    /// // The customer has an external id: a duplicate create fails instead of doubling it.
    /// let customer = polar
    ///     .customers()
    ///     .create(req)
    ///     .with_options(RequestOptions::new().idempotent(true))
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn idempotent(mut self, idempotent: bool) -> Self {
        self.idempotent = Some(idempotent);
        self
    }

    pub(crate) fn check(&self) -> Result<(), Error> {
        match &self.invalid {
            Some(message) => Err(Error::config(message.clone())),
            None => Ok(()),
        }
    }
}
