//! The client, its builder and its configuration.

use std::fmt;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{ACCEPT, HeaderMap, HeaderName, HeaderValue, USER_AGENT};
use url::{Host, Url};

use crate::error::Error;
use crate::operation::Operation;
use crate::resources::customer_portal::CustomerPortal;
use crate::retry::RetryConfig;

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
    /// The path of `base_url`, ending in `/`: operation paths are appended to it.
    pub(crate) base_path: String,
    /// The parsed URLs of the operations without path parameters, by operation id: most calls
    /// then clone a URL instead of parsing one.
    pub(crate) urls: std::sync::RwLock<std::collections::HashMap<&'static str, Url>>,
    /// `Authorization: Bearer …`, marked sensitive; `None` for a client without a token.
    pub(crate) token: Option<HeaderValue>,
    /// The headers every request carries: user agent, accept, API version.
    pub(crate) headers: HeaderMap,
    pub(crate) retry: RetryConfig,
    pub(crate) timeout: Duration,
    pub(crate) custom_client: bool,
}

impl Inner {
    /// The URL of a call to `op` at `path` (relative to the base URL), without its query.
    /// `fixed`: the path is the operation's own (no parameters), so its URL is cached.
    pub(crate) fn url_for(&self, op: &Operation, path: &str, fixed: bool) -> Url {
        let cacheable = fixed;
        if cacheable
            && let Some(url) = self
                .urls
                .read()
                .ok()
                .and_then(|urls| urls.get(op.id).cloned())
        {
            return url;
        }
        let mut url = self.base_url.clone();
        let mut full = String::with_capacity(self.base_path.len() + path.len());
        full.push_str(&self.base_path);
        full.push_str(path);
        url.set_path(&full);
        if cacheable && let Ok(mut urls) = self.urls.write() {
            urls.insert(op.id, url.clone());
        }
        url
    }
}

/// `Bearer {token}` as a sensitive header value, or why the token cannot be one.
pub(crate) fn bearer(token: &str) -> Result<HeaderValue, String> {
    let token = token.trim();
    if token.is_empty() {
        return Err("the access token is empty".to_owned());
    }
    let mut value = HeaderValue::from_str(&format!("Bearer {token}")).map_err(|_| {
        "the access token is not a valid header value (control characters?)".to_owned()
    })?;
    value.set_sensitive(true);
    Ok(value)
}

/// A customer or member session token, as a portal client holds it.
#[derive(Clone)]
pub(crate) struct SessionToken(Result<HeaderValue, String>);

impl SessionToken {
    pub(crate) fn new(token: &str) -> SessionToken {
        SessionToken(bearer(token).map_err(|e| e.replace("access token", "session token")))
    }

    /// The header, or the configuration error a call reports.
    pub(crate) fn header(&self) -> Result<HeaderValue, Error> {
        self.0.clone().map_err(Error::config)
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

    /// A client configured from the environment: `POLAR_ACCESS_TOKEN` (required, surrounding
    /// whitespace such as a trailing newline ignored),
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
        let var = |name: &str| {
            lookup(name)
                .map(|value| value.trim().to_owned())
                .filter(|value| !value.is_empty())
        };
        let token = var("POLAR_ACCESS_TOKEN")
            .ok_or_else(|| Error::config("POLAR_ACCESS_TOKEN is not set"))?;
        let mut builder = Polar::builder().access_token(token);
        if let Some(server) = var("POLAR_SERVER") {
            builder = builder.server(match server.to_ascii_lowercase().as_str() {
                "production" => Server::Production,
                "sandbox" => Server::Sandbox,
                // The value is not repeated: a secret pasted into the wrong variable would
                // end up in logs.
                _ => {
                    return Err(Error::config(
                        "POLAR_SERVER must be `production` or `sandbox`",
                    ));
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

    /// The customer portal, as the customer or member whose session token this is
    /// (`polar_cst_…` or `polar_mst_…`, from [`customer_sessions`](Polar::customer_sessions)).
    /// The portal client shares this client's connection pool and configuration, and hides the
    /// token in `Debug`. Its operations that take no credential (license-key validation, …)
    /// send no token at all.
    ///
    /// ```no_run
    /// # async fn run(polar: polarsh::Polar, session_token: String) -> Result<(), polarsh::Error> {
    /// let portal = polar.customer_portal(session_token);
    /// let me = portal.customers().get().await?;
    /// println!("{:?}", me.email);
    /// # Ok(()) }
    /// ```
    pub fn customer_portal(&self, session_token: impl AsRef<str>) -> CustomerPortal {
        CustomerPortal::new(self, Some(SessionToken::new(session_token.as_ref())))
    }

    /// The customer portal without a session: only its operations that take no credential
    /// (license-key validate, activate and deactivate, the organization's portal settings, the
    /// email-update check and verification) can be called, from a client with or without an
    /// access token, e.g. in a desktop app checking its license.
    ///
    /// ```no_run
    /// # async fn run(organization_id: polarsh::Uuid) -> Result<(), polarsh::Error> {
    /// use polarsh::Polar;
    /// use polarsh::models::LicenseKeyValidate;
    ///
    /// let polar = Polar::builder().build()?; // no access token
    /// let key = polar
    ///     .customer_portal_public()
    ///     .license_keys()
    ///     .validate(LicenseKeyValidate::new("MYAPP-1234-ABCD", organization_id))
    ///     .await?;
    /// println!("{}", key.status);
    /// # Ok(()) }
    /// ```
    pub fn customer_portal_public(&self) -> CustomerPortal {
        CustomerPortal::new(self, None)
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
                base_path: base_url.path().to_owned(),
                urls: Default::default(),
                token: None,
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
            .field("access_token", &inner.token.as_ref().map(|_| "[REDACTED]"))
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
    /// The access token: an organization access token (`polar_oat_…`), a personal one, or an
    /// OAuth2 token. Surrounding whitespace is ignored. Without one, the client can call only
    /// the operations that take no credential (and others given
    /// [`RequestOptions::access_token`](crate::RequestOptions::access_token)).
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

    /// Appended to the `User-Agent` header: `polarsh/0.2.0 myapp/1.2`.
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
    /// [`Error::Config`] for an invalid token, an unusable server URL, plain `http://`
    /// to a host that is not loopback, an invalid user agent suffix or API version, or an HTTP
    /// client that could not be built. No error message repeats the server URL or the token.
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
        let token = match &self.access_token {
            Some(token) => Some(bearer(token).map_err(Error::config)?),
            None => None,
        };
        let headers = default_headers(
            self.user_agent_suffix.as_deref(),
            self.api_version.as_deref().unwrap_or(DEFAULT_API_VERSION),
        )?;
        let base_url = match &self.server_url {
            Some(url) => parse_server_url(url, self.allow_insecure_http)?,
            None => Url::parse(&format!("{}/", self.server.url()))
                .map_err(|_| Error::config("invalid server URL"))?,
        };
        let custom_client = self.http_client.is_some();
        let http = match self.http_client {
            Some(client) => client,
            None => {
                let mut builder = reqwest::Client::builder()
                    .redirect(reqwest::redirect::Policy::none())
                    .connect_timeout(self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT));
                // Loopback traffic stays on loopback, and no proxy ever sees a token over
                // plain http: HTTP_PROXY and ALL_PROXY are ignored for such servers.
                if base_url.scheme() == "http" || is_loopback(&base_url) {
                    builder = builder.no_proxy();
                }
                builder.build().map_err(|e| {
                    Error::config(format!("the HTTP client could not be built: {e}"))
                })?
            }
        };
        Ok(Polar {
            inner: Arc::new(Inner {
                http: Ok(http),
                base_path: base_url.path().to_owned(),
                urls: Default::default(),
                base_url,
                token,
                headers,
                retry: self.retry.unwrap_or_default(),
                timeout: self.timeout.unwrap_or(DEFAULT_TIMEOUT),
                custom_client,
            }),
        })
    }
}

fn default_headers(user_agent_suffix: Option<&str>, api_version: &str) -> Result<HeaderMap, Error> {
    let user_agent = match user_agent_suffix {
        Some(suffix) => format!("polarsh/{} {suffix}", env!("CARGO_PKG_VERSION")),
        None => format!("polarsh/{}", env!("CARGO_PKG_VERSION")),
    };
    let user_agent = HeaderValue::from_str(&user_agent)
        .map_err(|_| Error::config("the user agent suffix is not a valid header value"))?;
    let api_version = HeaderValue::from_str(api_version)
        .map_err(|_| Error::config("the API version is not a valid header value"))?;

    let mut headers = HeaderMap::with_capacity(6);
    headers.insert(USER_AGENT, user_agent);
    headers.insert(ACCEPT, JSON);
    headers.insert(POLAR_VERSION, api_version);
    Ok(headers)
}

/// Checks a server URL. No message repeats it: it may carry a password, a key in its query or
/// a token in its fragment.
fn parse_server_url(raw: &str, allow_insecure_http: bool) -> Result<Url, Error> {
    let mut url = Url::parse(raw.trim())
        .map_err(|e| Error::config(format!("the server URL is not a valid URL ({e})")))?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::config(
            "the server URL may not carry credentials: they would be shown in logs and errors",
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::config(
            "the server URL may not have a query or a fragment",
        ));
    }
    match url.scheme() {
        "https" => {}
        "http" if allow_insecure_http || is_loopback(&url) => {}
        "http" => {
            return Err(Error::config(
                "refusing a plain http:// server URL to a host that is not loopback: the token \
                 would cross the network unencrypted; use https, a loopback host, or \
                 .allow_insecure_http(true)",
            ));
        }
        _ => {
            return Err(Error::config(
                "the server URL must use https (or http to a loopback host)",
            ));
        }
    }
    if url.cannot_be_a_base() || url.host().is_none() {
        return Err(Error::config("the server URL has no host"));
    }
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    Ok(url)
}

pub(crate) fn is_loopback(url: &Url) -> bool {
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
        assert_eq!(url.as_str(), "https://gw.example/polar/");
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
