//! Per-call options: they override the client's defaults for one call.

use std::time::Duration;

use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderName, HeaderValue};

use crate::{Error, RetryConfig};

/// Options for one call, overriding the client's: retries, the per-attempt timeout, extra headers.
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
/// let session = polar.member_sessions().create_with(req, options).await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Default)]
pub struct RequestOptions {
    pub(crate) retry: Option<RetryConfig>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) headers: HeaderMap,
    /// The first invalid header given, reported as [`Error::Config`] when the call is made.
    pub(crate) invalid: Option<String>,
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
    /// `Polar-Version`). `Authorization` cannot be replaced. An invalid name or value, or
    /// `Authorization`, makes the call fail with [`Error::Config`] before anything is sent.
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
            (Ok(name), _) if name == AUTHORIZATION => {
                self.invalid = Some(
                    "a per-call header may not replace Authorization: set the token on the client"
                        .to_owned(),
                );
            }
            (Ok(name), Ok(value)) => {
                self.headers.insert(name, value);
            }
            (Err(_), _) => self.invalid = Some(format!("invalid header name {name:?}")),
            (Ok(_), Err(_)) => self.invalid = Some(format!("invalid value for header {name:?}")),
        }
        self
    }

    pub(crate) fn check(&self) -> Result<(), Error> {
        match &self.invalid {
            Some(message) => Err(Error::config(message.clone())),
            None => Ok(()),
        }
    }
}
