//! The HTTP/1.1 server: a hyper connection per client, keep-alive, stopped when the handle is dropped.

use std::convert::Infallible;
use std::fmt;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, SystemTime};

use http_body_util::{BodyExt, LengthLimitError, Limited};
use hyper::body::{Body, Bytes, Frame, Incoming, SizeHint};
use hyper::ext::ReasonPhrase;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;
use tokio::task::{JoinHandle, JoinSet};
use uuid::Uuid;

use crate::pipeline::reply::Reply;
use crate::pipeline::route::VERSIONS;
use crate::pipeline::{self, Config, RequestView, lock};
use crate::script::{Action, LogEntry, LoggedRequest, Scripted};
use crate::seed::{
    AccessToken, Customer, Member, Organization, RateLimit, Seed, SeedError, defaults, now,
};
use crate::state::{DEFAULT_LOG_LIMIT, State};
use crate::webhooks::WebhookDelivery;

/// The version of requests without `Polar-Version`, unless the builder says otherwise.
const DEFAULT_VERSION: &str = "2026-10";
/// The largest request body read by default; a larger one is answered 413 without being read.
const DEFAULT_BODY_LIMIT: usize = 10 * 1024 * 1024;
/// How long a client may take to send a request's headers (or, idle, the next request's), and then its
/// body, by default.
const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// A running mock Polar API server on a local port.
///
/// It serves every operation of Polar's API (see the crate docs), from an in-memory store you can add to
/// while it runs. Dropping it stops the server and closes its connections. It must be started inside a Tokio
/// runtime.
///
/// ```
/// use polarsh_mock::MockServer;
///
/// # #[tokio::main] async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let mock = MockServer::start().await;
/// let client = reqwest::Client::new();
/// let response = client
///     .post(format!("{}/v1/member-sessions/", mock.url()))
///     .bearer_auth(mock.default_token())
///     .header("content-type", "application/json")
///     .body(format!(r#"{{"member_id":"{}"}}"#, mock.default_member_id()))
///     .send()
///     .await?;
/// assert_eq!(response.status(), 201);
/// assert_eq!(mock.requests().len(), 1);
/// # Ok(()) }
/// ```
pub struct MockServer {
    shared: Arc<Shared>,
    address: SocketAddr,
    accept: JoinHandle<()>,
}

struct Shared {
    state: Mutex<State>,
    config: Config,
    limits: Limits,
    /// Connections being served.
    connections: AtomicUsize,
    /// `host:port` for redirects of requests without a `Host` header.
    local_host: String,
}

impl fmt::Debug for MockServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockServer")
            .field("url", &self.url())
            .finish_non_exhaustive()
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        // Cancelling the accept task drops its `JoinSet`, which aborts every connection task.
        self.accept.abort();
    }
}

/// Why a mock server could not start.
///
/// ```
/// # #[tokio::main] async fn main() {
/// use polarsh_mock::{MockError, MockServer, Seed};
///
/// let seed = Seed::from_json(r#"{"organizations":[{"slug":"a","customers":[{"email":"x@y.z","metadata":{"k":1.5}}]}]}"#).unwrap();
/// match MockServer::builder().seed(seed).start().await {
///     Ok(mock) => println!("serving {}", mock.url()),
///     Err(MockError::Bind(e)) => eprintln!("no port: {e}"),
///     Err(e) => eprintln!("{e}"),
/// }
/// # }
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum MockError {
    /// The address could not be bound (e.g. the port is taken).
    Bind(std::io::Error),
    /// The seed was refused.
    Seed(SeedError),
    /// [`MockServerBuilder::default_version`] names a version the mock does not serve.
    UnknownVersion(String),
}

impl fmt::Display for MockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MockError::Bind(e) => write!(f, "cannot listen: {e}"),
            MockError::Seed(e) => write!(f, "invalid seed: {e}"),
            MockError::UnknownVersion(v) => {
                write!(
                    f,
                    "unknown API version {v:?} (the mock serves 2026-04 and 2026-10)"
                )
            }
        }
    }
}

impl std::error::Error for MockError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            MockError::Bind(e) => Some(e),
            MockError::Seed(e) => Some(e),
            MockError::UnknownVersion(_) => None,
        }
    }
}

impl From<SeedError> for MockError {
    fn from(e: SeedError) -> Self {
        MockError::Seed(e)
    }
}

/// Configures a [`MockServer`]: seed, address, front-end URL, rate limit.
///
/// ```
/// use std::time::Duration;
/// use polarsh_mock::{MockServer, RateLimit, Seed};
///
/// # #[tokio::main] async fn main() -> Result<(), polarsh_mock::MockError> {
/// let mock = MockServer::builder()
///     .seed(Seed::default())
///     .frontend_url("https://sandbox.polar.sh")
///     .rate_limit(RateLimit::new(100, Duration::from_secs(60)))
///     .start()
///     .await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct MockServerBuilder {
    seed: Seed,
    ip: IpAddr,
    port: u16,
    member_sessions_retired: bool,
    log_limit: usize,
    default_version: String,
    limits: Limits,
}

/// What one client may cost the server.
#[derive(Debug, Clone, Copy)]
struct Limits {
    body: usize,
    request_timeout: Duration,
}

impl MockServerBuilder {
    /// Starts from `seed` instead of the default seed ([`Seed::empty()`] for none).
    ///
    /// ```
    /// let builder = polarsh_mock::MockServer::builder().seed(polarsh_mock::Seed::empty());
    /// ```
    pub fn seed(mut self, seed: Seed) -> Self {
        self.seed = seed;
        self
    }

    /// Listens on `port` (default 0: any free port).
    ///
    /// ```
    /// let builder = polarsh_mock::MockServer::builder().port(8000);
    /// ```
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// Listens on `ip` (default `127.0.0.1`).
    ///
    /// ```
    /// let builder = polarsh_mock::MockServer::builder().ip(std::net::Ipv4Addr::UNSPECIFIED.into());
    /// ```
    pub fn ip(mut self, ip: IpAddr) -> Self {
        self.ip = ip;
        self
    }

    /// Sets the front-end base URL of portal links (default `https://polar.sh`, or the seed's).
    ///
    /// ```
    /// let builder = polarsh_mock::MockServer::builder().frontend_url("http://127.0.0.1:3000");
    /// ```
    pub fn frontend_url(mut self, url: impl Into<String>) -> Self {
        self.seed.frontend_url = Some(url.into());
        self
    }

    /// Enables a rate limit per organization (default: the seed's, usually none).
    ///
    /// ```
    /// use std::time::Duration;
    /// let builder = polarsh_mock::MockServer::builder().rate_limit(polarsh_mock::RateLimit::new(10, Duration::from_secs(1)));
    /// ```
    pub fn rate_limit(mut self, rate_limit: RateLimit) -> Self {
        self.seed.rate_limit = Some(rate_limit);
        self
    }

    /// Answers `POST /v1/member-sessions/` like today's servers: 404, since Polar retired the endpoint on
    /// 2026-03-03 (default false: served as it was while it existed).
    ///
    /// ```
    /// let builder = polarsh_mock::MockServer::builder().member_sessions_retired(true);
    /// ```
    pub fn member_sessions_retired(mut self, retired: bool) -> Self {
        self.member_sessions_retired = retired;
        self
    }

    /// The API version of requests without a `Polar-Version` header (default `2026-10`; the mock knows
    /// `2026-04` and `2026-10`, and serves the 2026-10 document for both). Answers name it in their
    /// `polar-version` header.
    ///
    /// ```
    /// let builder = polarsh_mock::MockServer::builder().default_version("2026-04");
    /// ```
    pub fn default_version(mut self, version: impl Into<String>) -> Self {
        self.default_version = version.into();
        self
    }

    /// The largest request body the server reads (default 10 MiB). A request that declares a larger
    /// `content-length`, or sends more, is answered `413` and its connection closed.
    ///
    /// ```
    /// let builder = polarsh_mock::MockServer::builder().body_limit(1024 * 1024);
    /// ```
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.limits.body = bytes;
        self
    }

    /// How long a client may take to send a request's headers, and then its body (default 30 s). A
    /// connection that stays silent this long between requests is closed too.
    ///
    /// ```
    /// let builder = polarsh_mock::MockServer::builder()
    ///     .request_timeout(std::time::Duration::from_secs(5));
    /// ```
    pub fn request_timeout(mut self, timeout: Duration) -> Self {
        self.limits.request_timeout = timeout;
        self
    }

    /// Keeps at most `limit` requests in the log, dropping the oldest (default 10 000; 0 turns the log off).
    ///
    /// ```
    /// let builder = polarsh_mock::MockServer::builder().request_log_limit(100);
    /// ```
    pub fn request_log_limit(mut self, limit: usize) -> Self {
        self.log_limit = limit;
        self
    }

    /// Loads the seed, binds the address and starts serving.
    ///
    /// ```
    /// # #[tokio::main] async fn main() -> Result<(), polarsh_mock::MockError> {
    /// let mock = polarsh_mock::MockServer::builder().start().await?;
    /// # Ok(()) }
    /// ```
    pub async fn start(self) -> Result<MockServer, MockError> {
        if !VERSIONS.contains(&self.default_version.as_str()) {
            return Err(MockError::UnknownVersion(self.default_version));
        }
        let frontend_url = self.seed.frontend_url().to_owned();
        let mut state = State::new(&frontend_url, self.member_sessions_retired);
        state.log_limit = self.log_limit;
        state.load(self.seed)?;
        let listener = TcpListener::bind((self.ip, self.port))
            .await
            .map_err(MockError::Bind)?;
        let address = listener.local_addr().map_err(MockError::Bind)?;
        let shared = Arc::new(Shared {
            state: Mutex::new(state),
            config: Config {
                default_version: self.default_version,
            },
            limits: self.limits,
            connections: AtomicUsize::new(0),
            local_host: address.to_string(),
        });
        let accept = tokio::spawn(accept_loop(listener, Arc::clone(&shared)));
        Ok(MockServer {
            shared,
            address,
            accept,
        })
    }
}

impl MockServer {
    /// Starts a server with the default seed on a free port of 127.0.0.1.
    ///
    /// # Panics
    /// If no local port can be bound, or outside a Tokio runtime.
    ///
    /// ```
    /// # #[tokio::main] async fn main() {
    /// let mock = polarsh_mock::MockServer::start().await;
    /// assert!(mock.url().starts_with("http://127.0.0.1:"));
    /// # }
    /// ```
    pub async fn start() -> MockServer {
        match Self::builder().start().await {
            Ok(server) => server,
            Err(e) => panic!("cannot start the Polar mock server: {e}"),
        }
    }

    /// A builder for a custom seed, port, front-end URL or rate limit.
    ///
    /// ```
    /// let builder = polarsh_mock::MockServer::builder();
    /// ```
    pub fn builder() -> MockServerBuilder {
        MockServerBuilder {
            seed: Seed::default(),
            ip: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 0,
            member_sessions_retired: false,
            log_limit: DEFAULT_LOG_LIMIT,
            default_version: DEFAULT_VERSION.to_owned(),
            limits: Limits {
                body: DEFAULT_BODY_LIMIT,
                request_timeout: DEFAULT_REQUEST_TIMEOUT,
            },
        }
    }

    /// The base URL to give a client as its server URL, e.g. `http://127.0.0.1:49152` (no trailing slash).
    ///
    /// ```
    /// # #[tokio::main] async fn main() {
    /// let mock = polarsh_mock::MockServer::start().await;
    /// let endpoint = format!("{}/v1/customer-sessions/", mock.url());
    /// # }
    /// ```
    pub fn url(&self) -> String {
        format!("http://{}", self.address)
    }

    /// The address the server listens on.
    ///
    /// ```
    /// # #[tokio::main] async fn main() {
    /// let mock = polarsh_mock::MockServer::start().await;
    /// assert!(mock.address().ip().is_loopback());
    /// # }
    /// ```
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The default seed's access token (every scope): [`defaults::TOKEN`].
    ///
    /// ```
    /// # #[tokio::main] async fn main() {
    /// let mock = polarsh_mock::MockServer::start().await;
    /// assert!(mock.default_token().starts_with("polar_oat_"));
    /// # }
    /// ```
    pub fn default_token(&self) -> &'static str {
        defaults::TOKEN
    }

    /// The default seed's organization: [`defaults::ORGANIZATION_ID`].
    ///
    /// ```
    /// # #[tokio::main] async fn main() {
    /// let mock = polarsh_mock::MockServer::start().await;
    /// let org = mock.default_organization_id();
    /// # }
    /// ```
    pub fn default_organization_id(&self) -> Uuid {
        defaults::ORGANIZATION_ID
    }

    /// The default seed's customer: [`defaults::CUSTOMER_ID`].
    ///
    /// ```
    /// # #[tokio::main] async fn main() {
    /// let mock = polarsh_mock::MockServer::start().await;
    /// let customer = mock.default_customer_id();
    /// # }
    /// ```
    pub fn default_customer_id(&self) -> Uuid {
        defaults::CUSTOMER_ID
    }

    /// The default seed's owner member: [`defaults::MEMBER_ID`].
    ///
    /// ```
    /// # #[tokio::main] async fn main() {
    /// let mock = polarsh_mock::MockServer::start().await;
    /// let member = mock.default_member_id();
    /// # }
    /// ```
    pub fn default_member_id(&self) -> Uuid {
        defaults::MEMBER_ID
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        lock(&self.shared.state)
    }

    /// Adds an organization and returns its id.
    ///
    /// ```
    /// # #[tokio::main] async fn main() -> Result<(), polarsh_mock::SeedError> {
    /// use polarsh_mock::{MockServer, Organization};
    /// let mock = MockServer::start().await;
    /// let org_id = mock.add_organization(Organization::new("plainorg"))?;
    /// # Ok(()) }
    /// ```
    pub fn add_organization(&self, organization: Organization) -> Result<Uuid, SeedError> {
        self.state().add_organization(organization)
    }

    /// Adds a customer of a known organization and returns its id.
    ///
    /// ```
    /// # #[tokio::main] async fn main() -> Result<(), polarsh_mock::SeedError> {
    /// use polarsh_mock::{Customer, MockServer};
    /// let mock = MockServer::start().await;
    /// let id = mock.add_customer(Customer::new(mock.default_organization_id(), "bob@example.com"))?;
    /// # Ok(()) }
    /// ```
    pub fn add_customer(&self, customer: Customer) -> Result<Uuid, SeedError> {
        self.state().add_customer(customer)
    }

    /// Adds a member of a known customer and returns its id.
    ///
    /// ```
    /// # #[tokio::main] async fn main() -> Result<(), polarsh_mock::SeedError> {
    /// use polarsh_mock::{Member, MockServer};
    /// let mock = MockServer::start().await;
    /// let id = mock.add_member(Member::new(mock.default_customer_id(), "bob@example.com"))?;
    /// # Ok(()) }
    /// ```
    pub fn add_member(&self, member: Member) -> Result<Uuid, SeedError> {
        self.state().add_member(member)
    }

    /// Adds an access token of a known organization and returns the token string.
    ///
    /// ```
    /// # #[tokio::main] async fn main() -> Result<(), polarsh_mock::SeedError> {
    /// use polarsh_mock::{AccessToken, MockServer};
    /// let mock = MockServer::start().await;
    /// let no_scope = mock.add_token(AccessToken::new(mock.default_organization_id()).with_scopes(["customers:read"]))?;
    /// # Ok(()) }
    /// ```
    pub fn add_token(&self, token: AccessToken) -> Result<String, SeedError> {
        self.state().add_token(token)
    }

    /// Soft-deletes a customer (it then does not exist for the API); false if unknown or already deleted.
    ///
    /// ```
    /// # #[tokio::main] async fn main() {
    /// let mock = polarsh_mock::MockServer::start().await;
    /// assert!(mock.delete_customer(mock.default_customer_id()));
    /// # }
    /// ```
    pub fn delete_customer(&self, id: Uuid) -> bool {
        self.state().delete_customer(id, now())
    }

    /// Soft-deletes a member (it then does not exist for the API); false if unknown or already deleted.
    ///
    /// ```
    /// # #[tokio::main] async fn main() {
    /// let mock = polarsh_mock::MockServer::start().await;
    /// assert!(mock.delete_member(mock.default_member_id()));
    /// # }
    /// ```
    pub fn delete_member(&self, id: Uuid) -> bool {
        self.state().delete_member(id, now())
    }

    /// Everything the server holds now, as a seed (including owner members it created itself, the
    /// stored records and license keys' activations): a server started from it lists the same records.
    ///
    /// ```
    /// # #[tokio::main] async fn main() {
    /// let mock = polarsh_mock::MockServer::start().await;
    /// for token in mock.snapshot().tokens() {
    ///     println!("{} -> {}", token.organization_id(), token.token());
    /// }
    /// # }
    /// ```
    pub fn snapshot(&self) -> Seed {
        self.state().snapshot()
    }

    /// Sets or removes the per-organization rate limit; counting restarts.
    ///
    /// ```
    /// # #[tokio::main] async fn main() {
    /// use std::time::Duration;
    /// let mock = polarsh_mock::MockServer::start().await;
    /// mock.set_rate_limit(Some(polarsh_mock::RateLimit::new(2, Duration::from_secs(60))));
    /// # }
    /// ```
    pub fn set_rate_limit(&self, rate_limit: Option<RateLimit>) {
        let mut state = self.state();
        state.rate_limit = rate_limit;
        state.reset_rate_limit_windows();
    }

    /// Queues a scripted answer or fault for the next request that has none yet.
    ///
    /// ```
    /// # #[tokio::main] async fn main() {
    /// use polarsh_mock::Scripted;
    /// let mock = polarsh_mock::MockServer::start().await;
    /// mock.enqueue(Scripted::status(503));
    /// mock.enqueue(Scripted::status(503));
    /// // the third request gets the real answer
    /// # }
    /// ```
    pub fn enqueue(&self, scripted: Scripted) {
        self.state().script.push_back(scripted);
    }

    /// Removes the scripted entries not used yet.
    ///
    /// ```
    /// # #[tokio::main] async fn main() {
    /// let mock = polarsh_mock::MockServer::start().await;
    /// mock.enqueue(polarsh_mock::Scripted::status(503));
    /// mock.clear_scripts();
    /// assert_eq!(mock.pending_scripts(), 0);
    /// # }
    /// ```
    pub fn clear_scripts(&self) {
        self.state().script.clear();
    }

    /// How many scripted entries are still queued.
    ///
    /// ```
    /// # #[tokio::main] async fn main() {
    /// let mock = polarsh_mock::MockServer::start().await;
    /// assert_eq!(mock.pending_scripts(), 0);
    /// # }
    /// ```
    pub fn pending_scripts(&self) -> usize {
        self.state().script.len()
    }

    /// The requests received so far, oldest first (credentials redacted).
    ///
    /// ```
    /// # #[tokio::main] async fn main() {
    /// let mock = polarsh_mock::MockServer::start().await;
    /// assert!(mock.requests().is_empty());
    /// # }
    /// ```
    pub fn requests(&self) -> Vec<LoggedRequest> {
        self.state().requests()
    }

    /// Adds a record of a stored collection to an organization while the server runs (see
    /// [`Seed::with_record`]).
    ///
    /// ```
    /// # #[tokio::main] async fn main() {
    /// use polarsh_mock::{MockServer, SeedError, defaults};
    /// let mock = MockServer::start().await;
    /// let err = mock.add_record(defaults::ORGANIZATION_ID, "products", serde_json::json!({})).unwrap_err();
    /// assert!(matches!(err, SeedError::InvalidRecord(_)));
    /// # }
    /// ```
    pub fn add_record(
        &self,
        organization_id: Uuid,
        collection: &str,
        record: serde_json::Value,
    ) -> Result<Uuid, SeedError> {
        self.state()
            .add_record(organization_id, collection, &record)
    }

    /// The webhook deliveries so far (see the crate docs), oldest first, each with its attempts.
    ///
    /// ```
    /// # #[tokio::main] async fn main() {
    /// let mock = polarsh_mock::MockServer::start().await;
    /// assert!(mock.webhook_deliveries().is_empty());
    /// # }
    /// ```
    pub fn webhook_deliveries(&self) -> Vec<WebhookDelivery> {
        let log = std::sync::Arc::clone(&self.state().webhook_log);
        log.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// How many client connections are open now (each keep-alive connection counts once).
    ///
    /// ```
    /// # #[tokio::main] async fn main() {
    /// let mock = polarsh_mock::MockServer::start().await;
    /// assert_eq!(mock.open_connections(), 0);
    /// # }
    /// ```
    pub fn open_connections(&self) -> usize {
        self.shared.connections.load(Ordering::Relaxed)
    }

    /// Empties the request log.
    ///
    /// ```
    /// # #[tokio::main] async fn main() {
    /// let mock = polarsh_mock::MockServer::start().await;
    /// mock.clear_requests();
    /// # }
    /// ```
    pub fn clear_requests(&self) {
        self.state().clear_requests();
    }
}

async fn accept_loop(listener: TcpListener, shared: Arc<Shared>) {
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    connections.spawn(serve_connection(stream, Arc::clone(&shared)));
                }
                // Out of file descriptors and the like: wait a little rather than spin.
                Err(_) => tokio::time::sleep(Duration::from_millis(5)).await,
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
}

/// Counts a connection while it is served.
struct Served<'a>(&'a AtomicUsize);

impl<'a> Served<'a> {
    fn new(count: &'a AtomicUsize) -> Self {
        count.fetch_add(1, Ordering::Relaxed);
        Served(count)
    }
}

impl Drop for Served<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

async fn serve_connection(stream: TcpStream, shared: Arc<Shared>) {
    let _served = Served::new(&shared.connections);
    // Small responses: send them at once.
    let _ = stream.set_nodelay(true);
    let kill = Arc::new(Notify::new());
    let timeout = shared.limits.request_timeout;
    let service = {
        let kill = Arc::clone(&kill);
        let shared = Arc::clone(&shared);
        service_fn(move |request| handle(request, Arc::clone(&shared), Arc::clone(&kill)))
    };
    // The header-read timeout also closes a keep-alive connection that stays silent between requests.
    let connection = http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(timeout)
        .serve_connection(TokioIo::new(stream), service);
    tokio::select! {
        _ = connection => {}
        // A scripted fault: drop the socket without answering.
        () = kill.notified() => {}
    }
}

/// Ends a connection whose request cannot be answered (the client left mid-body, or stalled).
#[derive(Debug)]
struct Abandoned;

impl fmt::Display for Abandoned {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the client did not send its whole body")
    }
}

impl std::error::Error for Abandoned {}

/// How much of a body the request log keeps.
const LOG_BODY_LIMIT: usize = 64 * 1024;

async fn handle(
    request: Request<Incoming>,
    shared: Arc<Shared>,
    kill: Arc<Notify>,
) -> Result<Response<MockBody>, Abandoned> {
    let (parts, body) = request.into_parts();
    // What Polar's middleware answers before the body is read (a preflight, an unknown version, an
    // unknown token), unless a scripted answer is queued for this request.
    let view = RequestView {
        method: &parts.method,
        path: parts.uri.path(),
        query: parts.uri.query(),
        headers: &parts.headers,
        body: &[],
        local_host: &shared.local_host,
    };
    if let Some(reply) = pipeline::before_body(&shared.state, &shared.config, &view) {
        let logged = LogEntry {
            method: parts.method.clone(),
            uri: parts.uri.clone(),
            headers: parts.headers.clone(),
            body: Bytes::new(),
            body_len: 0,
            status: None,
            received_at: SystemTime::UNIX_EPOCH,
        };
        let mut st = lock(&shared.state);
        let id = st.log_request(logged);
        st.log_status(id, reply.status.as_u16());
        return Ok(to_response(reply));
    }
    let limit = shared.limits.body;
    let declared = parts
        .headers
        .get(hyper::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let body = if declared.is_some_and(|len| len > limit as u64) {
        // Not read at all.
        None
    } else if body.is_end_stream() {
        Some(Bytes::new())
    } else {
        let read = Limited::new(body, limit).collect();
        match tokio::time::timeout(shared.limits.request_timeout, read).await {
            Ok(Ok(collected)) => Some(collected.to_bytes()),
            Ok(Err(e)) if e.is::<LengthLimitError>() => None,
            // The client went away mid-body, or stalled: close the connection (nobody is listening).
            Ok(Err(_)) | Err(_) => return Err(Abandoned),
        }
    };
    let logged_body = body.as_ref().map_or_else(Bytes::new, |b| {
        if b.len() > LOG_BODY_LIMIT {
            Bytes::copy_from_slice(&b[..LOG_BODY_LIMIT])
        } else {
            b.clone()
        }
    });
    let logged = LogEntry {
        method: parts.method.clone(),
        uri: parts.uri.clone(),
        headers: parts.headers.clone(),
        body: logged_body,
        body_len: body.as_ref().map_or(0, Bytes::len),
        status: None,
        received_at: SystemTime::UNIX_EPOCH,
    };
    let Some(body) = body else {
        let id = lock(&shared.state).log_request(logged);
        lock(&shared.state).log_status(id, 413);
        return Ok(too_large());
    };
    let (log_id, scripted) = {
        let mut state = lock(&shared.state);
        (state.log_request(logged), state.script.pop_front())
    };
    let action = match scripted {
        Some(Scripted { delay, action }) => {
            if !delay.is_zero() {
                tokio::time::sleep(delay).await;
            }
            action
        }
        None => Action::Normal,
    };
    let reply = match action {
        Action::Drop => {
            kill.notify_one();
            return std::future::pending().await;
        }
        Action::Respond {
            status,
            headers,
            body,
            chunked,
        } => Reply {
            status,
            headers,
            body: Bytes::from(body),
            chunked,
        },
        Action::Normal => pipeline::respond(
            &shared.state,
            &shared.config,
            &RequestView {
                method: &parts.method,
                path: parts.uri.path(),
                query: parts.uri.query(),
                headers: &parts.headers,
                body: &body,
                local_host: &shared.local_host,
            },
        ),
    };
    lock(&shared.state).log_status(log_id, reply.status.as_u16());
    Ok(to_response(reply))
}

fn to_response(reply: Reply) -> Response<MockBody> {
    let mut response = Response::new(MockBody {
        data: Some(reply.body),
        chunked: reply.chunked,
    });
    *response.status_mut() = reply.status;
    if reply.status == hyper::StatusCode::UNPROCESSABLE_ENTITY {
        // Uvicorn takes reason phrases from Python's `http.HTTPStatus`, which renamed this one (RFC 9110).
        response
            .extensions_mut()
            .insert(ReasonPhrase::from_static(b"Unprocessable Content"));
    }
    let headers = response.headers_mut();
    for (name, value) in reply.headers {
        headers.append(name, value);
    }
    response
}

/// A body over the limit: 413, and the connection closed (the rest of the body is never read).
fn too_large() -> Response<MockBody> {
    let body = Bytes::from_static(b"{\"detail\":\"Request body too large\"}");
    let length = body.len();
    let mut response = Response::new(MockBody {
        data: Some(body),
        chunked: false,
    });
    *response.status_mut() = hyper::StatusCode::PAYLOAD_TOO_LARGE;
    let headers = response.headers_mut();
    headers.insert(hyper::header::CONTENT_LENGTH, length.into());
    headers.insert(
        hyper::header::CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("application/json"),
    );
    headers.insert(
        hyper::header::CONNECTION,
        hyper::header::HeaderValue::from_static("close"),
    );
    response
}

/// A response body: sent whole with its length, or (for Polar's 429) as chunked transfer.
struct MockBody {
    data: Option<Bytes>,
    chunked: bool,
}

impl Body for MockBody {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        Poll::Ready(
            self.get_mut()
                .data
                .take()
                .filter(|d| !d.is_empty())
                .map(|d| Ok(Frame::data(d))),
        )
    }

    fn is_end_stream(&self) -> bool {
        // An empty body still reports one (empty) pending frame: hyper then keeps the `content-length: 0` header
        // where the reply put it instead of appending its own.
        !self.chunked && self.data.is_none()
    }

    fn size_hint(&self) -> SizeHint {
        if self.chunked {
            SizeHint::default()
        } else {
            SizeHint::with_exact(self.data.as_ref().map_or(0, |d| d.len() as u64))
        }
    }
}
