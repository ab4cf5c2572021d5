//! The client, its builder and its configuration.

use std::fmt;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{
    ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue, USER_AGENT,
};
use url::{Host, Url};

use crate::resources::{CustomerSessions, MemberSessions};
use crate::{Error, RetryConfig};

/// The Polar API version whose schemas this crate's models follow, sent as `Polar-Version`.
///
/// ```
/// assert_eq!(polarsh::DEFAULT_API_VERSION, "2026-10");
/// ```
pub const DEFAULT_API_VERSION: &str = "2026-10";

/// The default timeout of one attempt.
///
/// ```
/// assert_eq!(polarsh::DEFAULT_TIMEOUT, std::time::Duration::from_secs(10));
/// ```
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// The default time allowed to open a connection (with the crate's own HTTP client).
///
/// ```
/// assert_eq!(polarsh::DEFAULT_CONNECT_TIMEOUT, std::time::Duration::from_secs(5));
/// ```
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

const POLAR_VERSION: HeaderName = HeaderName::from_static("polar-version");
const JSON: HeaderValue = HeaderValue::from_static("application/json");

/// Which Polar environment to talk to.
///
/// ```
/// use polarsh::Server;
///
/// assert_eq!(Server::Production.url(), "https://api.polar.sh");
/// assert_eq!(Server::Sandbox.url(), "https://sandbox-api.polar.sh");
/// assert_eq!(Server::default(), Server::Production);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Server {
    /// `https://api.polar.sh`: real money.
    #[default]
    Production,
    /// `https://sandbox-api.polar.sh`: test mode.
    Sandbox,
}

impl Server {
    /// The base URL of this environment.
    ///
    /// ```
    /// assert_eq!(polarsh::Server::Sandbox.url(), "https://sandbox-api.polar.sh");
    /// ```
    pub fn url(self) -> &'static str {
        match self {
            Server::Production => "https://api.polar.sh",
            Server::Sandbox => "https://sandbox-api.polar.sh",
        }
    }
}

/// An endpoint the crate calls; its URL is resolved once, when the client is built.
///
/// The variants are listed in the order of [`Endpoint::ALL`], which is their index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Endpoint {
    MemberSessions,
    CustomerSessions,
}

impl Endpoint {
    const ALL: [Endpoint; 2] = [Endpoint::MemberSessions, Endpoint::CustomerSessions];

    /// The path below the server URL, with the trailing slash Polar routes on.
    pub(crate) fn path(self) -> &'static str {
        match self {
            Endpoint::MemberSessions => "v1/member-sessions/",
            Endpoint::CustomerSessions => "v1/customer-sessions/",
        }
    }

    /// What a 404 from this endpoint means, when the crate knows more than the server says.
    pub(crate) fn not_found_hint(self) -> Option<&'static str> {
        match self {
            Endpoint::MemberSessions => Some(
                "Polar retired POST /v1/member-sessions/ on 2026-03-03; use customer sessions \
                 with member_id instead: polar.customer_sessions().create(CustomerSessionCreate::\
                 for_customer(customer_id).with_member_id(member_id))",
            ),
            Endpoint::CustomerSessions => None,
        }
    }
}

/// The Polar API client.
///
/// Cheap to clone: clones share the configuration and one connection pool, so there is no need
/// to wrap it in an `Arc`. It is `Send + Sync + 'static`.
///
/// ```no_run
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// use polarsh::{Polar, Uuid};
/// use polarsh::models::MemberSessionCreate;
///
/// let polar = Polar::new("polar_oat_...");
/// let member_id = Uuid::parse_str("10c62c5a-6042-47f6-982b-8d88ff9bc7ed")?;
/// let session = polar.member_sessions().create(MemberSessionCreate::new(member_id)).await?;
/// println!("{}", session.member_portal_url);
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Polar {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    /// The HTTP client, or why the configuration is unusable (reported by every call).
    pub(crate) http: Result<reqwest::Client, String>,
    pub(crate) base_url: Url,
    /// One URL per [`Endpoint`], in the order of [`Endpoint::ALL`].
    pub(crate) endpoints: Vec<Url>,
    /// The headers every request carries; the token is marked sensitive.
    pub(crate) headers: HeaderMap,
    pub(crate) retry: RetryConfig,
    pub(crate) timeout: Duration,
    pub(crate) custom_client: bool,
}

impl Inner {
    pub(crate) fn url(&self, endpoint: Endpoint) -> &Url {
        &self.endpoints[endpoint as usize]
    }
}

impl Polar {
    /// A client for the production server with default options.
    ///
    /// Never panics: if the token is not a valid header value, every call fails with
    /// [`Error::Config`]. Use [`Polar::builder`] to learn about a bad token at once.
    ///
    /// ```
    /// let polar = polarsh::Polar::new("polar_oat_...");
    /// # let _ = polar;
    /// ```
    pub fn new(access_token: impl Into<String>) -> Polar {
        let token = access_token.into();
        match Polar::builder().access_token(&*token).build() {
            Ok(polar) => polar,
            Err(error) => Polar::unusable(error.to_string()),
        }
    }

    /// A client configured from the environment: `POLAR_ACCESS_TOKEN` (required),
    /// `POLAR_SERVER` (`production` or `sandbox`) and `POLAR_SERVER_URL` (wins over
    /// `POLAR_SERVER`). Empty variables count as unset.
    ///
    /// # Errors
    ///
    /// [`Error::Config`] when the token is missing or invalid, `POLAR_SERVER` is neither
    /// `production` nor `sandbox`, or `POLAR_SERVER_URL` is not a usable URL.
    ///
    /// ```no_run
    /// let polar = polarsh::Polar::from_env()?;
    /// # Ok::<(), polarsh::Error>(())
    /// ```
    pub fn from_env() -> Result<Polar, Error> {
        Polar::from_env_with(|name| std::env::var(name).ok())
    }

    /// Like [`Polar::from_env`], reading the variables through `lookup` (a config system, or a
    /// test).
    ///
    /// # Errors
    ///
    /// As [`Polar::from_env`].
    ///
    /// ```
    /// let polar = polarsh::Polar::from_env_with(|name| match name {
    ///     "POLAR_ACCESS_TOKEN" => Some("polar_oat_example".to_owned()),
    ///     "POLAR_SERVER" => Some("sandbox".to_owned()),
    ///     _ => None,
    /// })?;
    /// # Ok::<(), polarsh::Error>(())
    /// ```
    pub fn from_env_with(lookup: impl Fn(&str) -> Option<String>) -> Result<Polar, Error> {
        let var = |name: &str| lookup(name).filter(|value| !value.trim().is_empty());
        let token = var("POLAR_ACCESS_TOKEN")
            .ok_or_else(|| Error::config("POLAR_ACCESS_TOKEN is not set"))?;
        let mut builder = Polar::builder().access_token(token);
        if let Some(server) = var("POLAR_SERVER") {
            builder = builder.server(match server.trim().to_ascii_lowercase().as_str() {
                "production" => Server::Production,
                "sandbox" => Server::Sandbox,
                _ => {
                    return Err(Error::config(format!(
                        "POLAR_SERVER must be `production` or `sandbox`, not {server:?}"
                    )));
                }
            });
        }
        if let Some(url) = var("POLAR_SERVER_URL") {
            builder = builder.server_url(url.trim());
        }
        builder.build()
    }

    /// A builder for every option.
    ///
    /// ```
    /// use std::time::Duration;
    /// use polarsh::{Polar, RetryConfig, Server};
    ///
    /// let polar = Polar::builder()
    ///     .access_token("polar_oat_...")
    ///     .server(Server::Sandbox)
    ///     .retry_config(RetryConfig::default())
    ///     .timeout(Duration::from_secs(10))
    ///     .connect_timeout(Duration::from_secs(5))
    ///     .user_agent_suffix("myapp/1.2")
    ///     .build()?;
    /// # Ok::<(), polarsh::Error>(())
    /// ```
    pub fn builder() -> PolarBuilder {
        PolarBuilder::default()
    }

    /// Member sessions: `POST /v1/member-sessions/` (retired by Polar on 2026-03-03).
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar, id: polarsh::Uuid) -> Result<(), polarsh::Error> {
    /// let session = polar
    ///     .member_sessions()
    ///     .create(polarsh::models::MemberSessionCreate::new(id))
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn member_sessions(&self) -> MemberSessions<'_> {
        MemberSessions::new(self)
    }

    /// Customer sessions: `POST /v1/customer-sessions/`, today's route to the customer and
    /// member portal.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar, id: polarsh::Uuid) -> Result<(), polarsh::Error> {
    /// use polarsh::models::CustomerSessionCreate;
    ///
    /// let session = polar
    ///     .customer_sessions()
    ///     .create(CustomerSessionCreate::for_customer(id))
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn customer_sessions(&self) -> CustomerSessions<'_> {
        CustomerSessions::new(self)
    }

    /// The base URL requests go to, e.g. `https://api.polar.sh/`.
    ///
    /// ```
    /// let polar = polarsh::Polar::new("polar_oat_...");
    /// assert_eq!(polar.base_url().as_str(), "https://api.polar.sh/");
    /// ```
    pub fn base_url(&self) -> &Url {
        &self.inner.base_url
    }

    fn unusable(message: String) -> Polar {
        let base_url = Url::parse(Server::Production.url()).expect("a valid constant URL");
        Polar {
            inner: Arc::new(Inner {
                http: Err(message),
                endpoints: Endpoint::ALL.iter().map(|_| base_url.clone()).collect(),
                base_url,
                headers: HeaderMap::new(),
                retry: RetryConfig::none(),
                timeout: DEFAULT_TIMEOUT,
                custom_client: false,
            }),
        }
    }
}

impl fmt::Debug for Polar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.inner;
        f.debug_struct("Polar")
            .field("base_url", &inner.base_url.as_str())
            .field("access_token", &"[REDACTED]")
            .field("api_version", &inner.headers.get(POLAR_VERSION))
            .field("user_agent", &inner.headers.get(USER_AGENT))
            .field("retry", &inner.retry)
            .field("timeout", &inner.timeout)
            .field("custom_http_client", &inner.custom_client)
            .field("config_error", &inner.http.as_ref().err())
            .finish()
    }
}

/// Builds a [`Polar`] client. Every method chains by value; [`build`](PolarBuilder::build)
/// checks everything at once.
///
/// ```
/// use std::time::Duration;
///
/// let polar = polarsh::Polar::builder()
///     .access_token("polar_oat_...")
///     .server_url("http://127.0.0.1:8080")
///     .timeout(Duration::from_secs(2))
///     .build()?;
/// # Ok::<(), polarsh::Error>(())
/// ```
#[derive(Default)]
pub struct PolarBuilder {
    access_token: Option<String>,
    server: Server,
    server_url: Option<String>,
    retry: Option<RetryConfig>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    user_agent_suffix: Option<String>,
    http_client: Option<reqwest::Client>,
    allow_insecure_http: bool,
    api_version: Option<String>,
}

impl fmt::Debug for PolarBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PolarBuilder")
            .field(
                "access_token",
                &self.access_token.as_ref().map(|_| "[REDACTED]"),
            )
            .field("server", &self.server)
            .field("server_url", &self.server_url)
            .field("retry", &self.retry)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("user_agent_suffix", &self.user_agent_suffix)
            .field("http_client", &self.http_client.is_some())
            .field("allow_insecure_http", &self.allow_insecure_http)
            .field("api_version", &self.api_version)
            .finish()
    }
}

impl PolarBuilder {
    /// The access token: an organization access token (`polar_oat_…`) or a personal one.
    ///
    /// ```
    /// let builder = polarsh::Polar::builder().access_token("polar_oat_...");
    /// # let _ = builder;
    /// ```
    pub fn access_token(mut self, token: impl Into<String>) -> Self {
        self.access_token = Some(token.into());
        self
    }

    /// The Polar environment ([`Server::Production`] by default). [`server_url`] wins over it.
    ///
    /// [`server_url`]: PolarBuilder::server_url
    ///
    /// ```
    /// let builder = polarsh::Polar::builder().server(polarsh::Server::Sandbox);
    /// # let _ = builder;
    /// ```
    pub fn server(mut self, server: Server) -> Self {
        self.server = server;
        self
    }

    /// A base URL of your own (a proxy, a local mock), overriding [`server`]. A path prefix is
    /// kept: `https://gw.example/polar` sends to `https://gw.example/polar/v1/…`. Plain `http://`
    /// is accepted for loopback hosts only, unless [`allow_insecure_http`] is set.
    ///
    /// [`server`]: PolarBuilder::server
    /// [`allow_insecure_http`]: PolarBuilder::allow_insecure_http
    ///
    /// ```
    /// let builder = polarsh::Polar::builder().server_url("https://gw.example/polar");
    /// # let _ = builder;
    /// ```
    pub fn server_url(mut self, url: impl Into<String>) -> Self {
        self.server_url = Some(url.into());
        self
    }

    /// The client's default retry policy ([`RetryConfig::default`] unless set).
    ///
    /// ```
    /// let builder = polarsh::Polar::builder().retry_config(polarsh::RetryConfig::none());
    /// # let _ = builder;
    /// ```
    pub fn retry_config(mut self, retry: RetryConfig) -> Self {
        self.retry = Some(retry);
        self
    }

    /// The timeout of each attempt, from sending the request to the end of the body (10 s by
    /// default). It applies with a client of your own too.
    ///
    /// ```
    /// let builder = polarsh::Polar::builder().timeout(std::time::Duration::from_secs(10));
    /// # let _ = builder;
    /// ```
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// The time allowed to open a connection (5 s by default). Ignored with
    /// [`http_client`](PolarBuilder::http_client): that client's own setting applies.
    ///
    /// ```
    /// let builder = polarsh::Polar::builder().connect_timeout(std::time::Duration::from_secs(5));
    /// # let _ = builder;
    /// ```
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Appended to the `User-Agent` header: `polarsh/0.1.0 myapp/1.2`.
    ///
    /// ```
    /// let builder = polarsh::Polar::builder().user_agent_suffix("myapp/1.2");
    /// # let _ = builder;
    /// ```
    pub fn user_agent_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.user_agent_suffix = Some(suffix.into());
        self
    }

    /// Brings your own `reqwest::Client` (proxies, custom TLS roots, a shared pool). That client
    /// then decides redirects, proxies and connection timeouts; the crate still applies its
    /// per-attempt timeout, its headers and its retries. The crate's own client follows no
    /// redirects; configure yours with `reqwest::redirect::Policy::none()` for the same safety.
    ///
    /// ```
    /// let builder = polarsh::Polar::builder().http_client(polarsh::reqwest::Client::new());
    /// # let _ = builder;
    /// ```
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// Allows a plain `http://` server URL on a host that is not loopback (off by default: the
    /// token would cross the network in clear text).
    ///
    /// ```
    /// let builder = polarsh::Polar::builder()
    ///     .server_url("http://polar-proxy.internal")
    ///     .allow_insecure_http(true);
    /// # let _ = builder;
    /// ```
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }

    /// The `Polar-Version` header sent with every request ([`DEFAULT_API_VERSION`], the version
    /// the models follow, unless set).
    ///
    /// ```
    /// let builder = polarsh::Polar::builder().api_version("2026-10");
    /// # let _ = builder;
    /// ```
    pub fn api_version(mut self, version: impl Into<String>) -> Self {
        self.api_version = Some(version.into());
        self
    }

    /// Checks the configuration and builds the client.
    ///
    /// # Errors
    ///
    /// [`Error::Config`] for a missing or invalid token, an unusable server URL, plain `http://`
    /// to a host that is not loopback, an invalid user agent suffix or API version, or an HTTP
    /// client that could not be built.
    ///
    /// ```
    /// let error = polarsh::Polar::builder()
    ///     .access_token("polar_oat_...")
    ///     .server_url("http://api.example.com")
    ///     .build()
    ///     .unwrap_err();
    /// assert!(matches!(error, polarsh::Error::Config { .. }));
    /// ```
    pub fn build(self) -> Result<Polar, Error> {
        let token = self
            .access_token
            .ok_or_else(|| Error::config("no access token: call .access_token(..)"))?;
        let headers = default_headers(
            &token,
            self.user_agent_suffix.as_deref(),
            self.api_version.as_deref().unwrap_or(DEFAULT_API_VERSION),
        )?;
        let base_url = match &self.server_url {
            Some(url) => parse_server_url(url, self.allow_insecure_http)?,
            None => Url::parse(&format!("{}/", self.server.url()))
                .map_err(|e| Error::config(format!("invalid server URL: {e}")))?,
        };
        let endpoints = Endpoint::ALL
            .iter()
            .map(|endpoint| {
                base_url.join(endpoint.path()).map_err(|e| {
                    Error::config(format!("server URL {base_url} cannot take a path: {e}"))
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let custom_client = self.http_client.is_some();
        let http = match self.http_client {
            Some(client) => client,
            None => reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .connect_timeout(self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT))
                .build()
                .map_err(|e| Error::config(format!("the HTTP client could not be built: {e}")))?,
        };
        Ok(Polar {
            inner: Arc::new(Inner {
                http: Ok(http),
                base_url,
                endpoints,
                headers,
                retry: self.retry.unwrap_or_default(),
                timeout: self.timeout.unwrap_or(DEFAULT_TIMEOUT),
                custom_client,
            }),
        })
    }
}

fn default_headers(
    token: &str,
    user_agent_suffix: Option<&str>,
    api_version: &str,
) -> Result<HeaderMap, Error> {
    if token.trim().is_empty() {
        return Err(Error::config("the access token is empty"));
    }
    let mut authorization = HeaderValue::from_str(&format!("Bearer {token}")).map_err(|_| {
        Error::config("the access token is not a valid header value (control characters?)")
    })?;
    authorization.set_sensitive(true);

    let user_agent = match user_agent_suffix {
        Some(suffix) => format!("polarsh/{} {suffix}", env!("CARGO_PKG_VERSION")),
        None => format!("polarsh/{}", env!("CARGO_PKG_VERSION")),
    };
    let user_agent = HeaderValue::from_str(&user_agent)
        .map_err(|_| Error::config("the user agent suffix is not a valid header value"))?;
    let api_version = HeaderValue::from_str(api_version)
        .map_err(|_| Error::config("the API version is not a valid header value"))?;

    let mut headers = HeaderMap::with_capacity(5);
    headers.insert(AUTHORIZATION, authorization);
    headers.insert(USER_AGENT, user_agent);
    headers.insert(ACCEPT, JSON);
    headers.insert(CONTENT_TYPE, JSON);
    headers.insert(POLAR_VERSION, api_version);
    Ok(headers)
}

fn parse_server_url(raw: &str, allow_insecure_http: bool) -> Result<Url, Error> {
    let mut url =
        Url::parse(raw).map_err(|e| Error::config(format!("invalid server URL {raw:?}: {e}")))?;
    match url.scheme() {
        "https" => {}
        "http" if allow_insecure_http || is_loopback(&url) => {}
        "http" => {
            return Err(Error::config(format!(
                "refusing plain http:// to {raw}: the token would cross the network unencrypted; \
                 use https, a loopback host, or .allow_insecure_http(true)"
            )));
        }
        other => {
            return Err(Error::config(format!(
                "server URL {raw:?} has scheme {other:?}; expected https or http"
            )));
        }
    }
    if url.cannot_be_a_base() || url.host().is_none() {
        return Err(Error::config(format!("server URL {raw:?} has no host")));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::config(
            "the server URL may not carry credentials: they would be shown in logs and errors",
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::config(format!(
            "server URL {raw:?} may not have a query or a fragment"
        )));
    }
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    Ok(url)
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_urls_keep_their_path_prefix() {
        let url = parse_server_url("https://gw.example/polar", false).unwrap();
        assert_eq!(
            url.join(Endpoint::MemberSessions.path()).unwrap().as_str(),
            "https://gw.example/polar/v1/member-sessions/"
        );
        let url = parse_server_url("https://gw.example/polar/", false).unwrap();
        assert_eq!(url.as_str(), "https://gw.example/polar/");
    }

    #[test]
    fn plain_http_only_for_loopback() {
        for ok in [
            "http://127.0.0.1:8080",
            "http://127.1.2.3",
            "http://[::1]:9",
            "http://localhost:3000",
            "http://LOCALHOST",
        ] {
            assert!(parse_server_url(ok, false).is_ok(), "{ok}");
        }
        for bad in [
            "http://api.polar.sh",
            "http://10.0.0.1",
            "http://localhost.evil.com",
        ] {
            assert!(parse_server_url(bad, false).is_err(), "{bad}");
            assert!(parse_server_url(bad, true).is_ok(), "{bad}");
        }
        assert!(parse_server_url("ftp://example.com", true).is_err());
        assert!(parse_server_url("https://example.com/?q=1", false).is_err());
        assert!(parse_server_url("https://user:secret@example.com", false).is_err());
        assert!(parse_server_url("not a url", false).is_err());
    }
}
