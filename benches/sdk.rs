//! What the SDK costs over the HTTP client it wraps.
//!
//! Three calls are measured against the same request made with a bare `reqwest::Client` (same
//! method, path, query, headers and body; the answer decoded into the same models):
//!
//! - `member_sessions().create(..)`: a POST with a JSON body, answered with the recorded 201;
//! - `customers().list().email(..).active(true).limit(10)`: a GET with three query parameters,
//!   answered with a page of one customer;
//! - `customers().list().limit(100)`: a GET answered with a page of 100 customers.
//!
//! Both clients talk to a local hyper server in this process that answers from bodies prepared
//! before the bench starts. The client side runs on this thread's single-threaded runtime and
//! the server on a thread of its own, so the CPU time and the allocations of this thread are the
//! client's alone.
//!
//! Rounds alternate (bare then SDK, then SDK then bare, …) so that drift of a shared machine hits
//! both; each table gives the median over rounds of each figure and the ratio SDK / bare. Then
//! a list walked with `.stream()` against the same ten pages fetched one by one with `.page(n)`,
//! the one-off costs (building a client, cloning it) and the decoding of the bodies.
//!
//! `cargo bench --bench sdk` runs the full measurement. Without `--bench` (as under
//! `cargo test --benches`), or with `--test` (`cargo bench --bench sdk -- --test`), it runs a
//! few calls of each kind as a smoke test. `SDK_BENCH_ROUNDS`,
//! `SDK_BENCH_CALLS_C1`, `SDK_BENCH_CALLS_C64` and `SDK_BENCH_WALKS` override the number of
//! rounds and of calls (or walks of ten pages) per round; `SDK_BENCH_ONLY=create,filtered,page,stream`
//! (any of them) makes only those measurements.

mod sdk_support;

use std::hint::black_box;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures_util::StreamExt;
use polarsh::models::{Customer, MemberSession, MemberSessionCreate};
use polarsh::reqwest::header::{
    ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue, USER_AGENT,
};
use polarsh::reqwest::{Method, StatusCode};
use polarsh::{Polar, RetryConfig, Url, Uuid};
use sdk_support::measure::{self, Allocations, CountingAllocator};
use sdk_support::server::Server;
use sdk_support::stats::{median, nanos, quantile};
use serde::Deserialize;
use serde::de::DeserializeOwned;

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

const TOKEN: &str = "polar_oat_bench0000000000000000000000000000000000000";
const MEMBER_ID: &str = "10c62c5a-6042-47f6-982b-8d88ff9bc7ed";
const CONCURRENCY: usize = 64;
/// The email the filtered list asks for: the fixture customer's.
const EMAIL: &str = "bob@example.com";
/// The long list: this many pages of `PAGE_SIZE` customers.
const PAGES: u32 = 10;
const PAGE_SIZE: usize = 100;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

fn main() {
    // `cargo bench` passes `--bench`; `cargo bench -- --test` asks for the smoke run, as libtest
    // benches take it.
    let args: Vec<String> = std::env::args().collect();
    let full = args.iter().any(|arg| arg == "--bench") && !args.iter().any(|arg| arg == "--test");
    let config = Config::from_env(full);
    print_machine(&config);

    let member_body = fixture_body("201-member-session");
    let team_body = team_customer_body(&member_body);
    let bodies = Arc::new(Bodies::new(&member_body));
    let answers = Arc::clone(&bodies);
    let server = Server::start(move |method, path, query| answers.route(method, path, query));
    let base = format!("http://{}", server.addr);

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("client runtime");
    let clients = Arc::new(Clients {
        sdk: Polar::builder()
            .access_token(TOKEN)
            .server_url(&base)
            .retry_config(RetryConfig::none())
            .build()
            .expect("SDK client"),
        bare: Bare::new(&base),
        member_id: Uuid::parse_str(MEMBER_ID).expect("member id"),
    });

    for case in Case::ALL {
        runtime.block_on(same_request(&clients, &server, case));
    }
    runtime.block_on(same_walk(&clients.sdk, &server));
    println!();
    if std::env::var_os("SDK_BENCH_ALLOCATIONS").is_some() {
        allocation_sizes(&runtime, &clients);
    }
    let mut summary = Vec::with_capacity(Case::ALL.len());
    for case in Case::ALL.into_iter().filter(|case| config.runs(case.key())) {
        let rounds = runtime.block_on(overhead(&clients, &config, case));
        summary.push((case, print_overhead(&rounds, config.full, case)));
    }
    let walk_summary = config.runs("stream").then(|| {
        let walks = runtime.block_on(walk_rounds(&clients.sdk, &config));
        print_walks(&walks, config.full)
    });
    print_summary(&summary, walk_summary.as_ref(), config.full);
    let served = server.served();
    drop(server);
    println!("(the local server answered {served} requests)\n");

    print_setup_costs(&config, &base);
    print_decode_costs(&config, &member_body, &team_body, &bodies);
}

/// How much to measure.
#[derive(Debug)]
struct Config {
    full: bool,
    rounds: usize,
    calls_c1: usize,
    calls_c64: usize,
    /// Walks of the ten pages per round, for each way of walking them.
    walks: usize,
    warmup: usize,
    /// Scales the repetitions of the one-off measurements.
    scale: usize,
    /// The measurements to make (`create`, `filtered`, `page`, `stream`); `None`: all.
    only: Option<Vec<String>>,
}

impl Config {
    fn from_env(full: bool) -> Config {
        let var = |name: &str, default: usize| {
            std::env::var(name)
                .ok()
                .and_then(|v| v.trim().parse().ok())
                .filter(|&n: &usize| n > 0)
                .unwrap_or(default)
        };
        let only = std::env::var("SDK_BENCH_ONLY").ok().map(|list| {
            list.split(',')
                .map(|key| key.trim().to_owned())
                .filter(|key| !key.is_empty())
                .collect()
        });
        if full {
            Config {
                full,
                rounds: var("SDK_BENCH_ROUNDS", 20),
                calls_c1: var("SDK_BENCH_CALLS_C1", 2_500),
                calls_c64: var("SDK_BENCH_CALLS_C64", 15_000),
                walks: var("SDK_BENCH_WALKS", 30),
                warmup: 500,
                scale: 10,
                only,
            }
        } else {
            Config {
                full,
                rounds: 3,
                calls_c1: 50,
                calls_c64: 2 * CONCURRENCY,
                walks: 2,
                warmup: 10,
                scale: 1,
                only,
            }
        }
    }

    /// Whether the measurement named `key` is to be made.
    fn runs(&self, key: &str) -> bool {
        self.only
            .as_ref()
            .is_none_or(|keys| keys.iter().any(|k| k == key))
    }

    /// Sequential calls per round for `case`: fewer for the long page.
    fn calls_c1(&self, case: Case) -> usize {
        (self.calls_c1 / case.divisor()).max(5)
    }

    /// Concurrent calls per round for `case`: at least one per task.
    fn calls_c64(&self, case: Case) -> usize {
        (self.calls_c64 / case.divisor()).max(CONCURRENCY)
    }

    fn warmup(&self, case: Case) -> usize {
        (self.warmup / case.divisor()).max(5)
    }
}

fn print_machine(config: &Config) {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|line| line.starts_with("model name"))
                .and_then(|line| line.split(':').nth(1))
                .map(|model| model.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown".to_owned());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let load = std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    println!("polarsh SDK overhead bench");
    println!("machine: {cores} cores, {cpu}; load average {load}");
    println!(
        "{}: {} alternating rounds per client and call; per round {} sequential calls \
         (concurrency 1) and {} calls by {CONCURRENCY} tasks (concurrency {CONCURRENCY}), a \
         tenth of those for the page of {PAGE_SIZE}; {} walks of {PAGES} pages each way\n",
        if config.full {
            "full run"
        } else {
            "smoke run (pass --bench for the full run)"
        },
        config.rounds,
        config.calls_c1,
        config.calls_c64,
        config.walks,
    );
}

/// The recorded 201 body of `tests/fixtures/{name}.json`.
fn fixture_body(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let fixture: serde_json::Value = serde_json::from_str(&text).expect("fixture JSON");
    fixture["body_raw"]
        .as_str()
        .expect("the fixture's body_raw")
        .to_owned()
}

/// The member-session body with everything a customer can carry: a team customer with a full
/// billing address, a tax id and metadata values of each of the four types.
fn team_customer_body(member_body: &str) -> String {
    let mut body: serde_json::Value = serde_json::from_str(member_body).expect("fixture body");
    let customer = body["customer"]
        .as_object_mut()
        .expect("the fixture's customer");
    let fields = serde_json::json!({
        "type": "team",
        "name": "Acme Corporation",
        "billing_name": "Acme Corporation Inc.",
        "external_id": "acme_4711",
        "locale": "en",
        "email_verified": true,
        "billing_address": {
            "line1": "548 Market St",
            "line2": "Suite 83045",
            "postal_code": "94104",
            "city": "San Francisco",
            "state": "US-CA",
            "country": "US"
        },
        "tax_id": ["911144442", "us_ein"],
        "metadata": {
            "plan": "enterprise",
            "region": "us-west-2",
            "account_manager": "dana@example.com",
            "seats": 250,
            "crm_id": 9_021_047_110_i64,
            "credit_balance": -1200,
            "discount": 0.15,
            "arr_usd": 125_000.5,
            "nps": 8.7,
            "sso": true,
            "trial": false,
            "invoiced": true
        }
    });
    for (key, value) in fields.as_object().expect("an object") {
        customer.insert(key.clone(), value.clone());
    }
    let text = serde_json::to_string(&body).expect("JSON");
    let decoded: MemberSession = serde_json::from_str(&text).expect("the team body decodes");
    assert!(decoded.customer.is_team());
    assert!(decoded.customer.billing_address.is_some() && decoded.customer.tax_id.is_some());
    assert_eq!(decoded.customer.metadata.len(), 12);
    text
}

/// The customer object of the recorded customer session: the item of every list answer.
fn fixture_customer() -> serde_json::Value {
    let body = fixture_body("201-customer-session");
    let mut session: serde_json::Value = serde_json::from_str(&body).expect("fixture body");
    session["customer"].take()
}

/// The answers of the local server, prepared once.
#[derive(Debug)]
struct Bodies {
    /// The recorded 201 of `POST /v1/member-sessions/`.
    member: Bytes,
    /// `GET /v1/customers/?…&limit=10`: the one customer with the fixture's email.
    small_page: Bytes,
    /// `GET /v1/customers/?limit=100&page=n`: page n of 1 000 customers, 100 a page.
    pages: Vec<Bytes>,
}

impl Bodies {
    fn new(member_body: &str) -> Bodies {
        let customer = fixture_customer();
        assert_eq!(customer["email"], EMAIL, "the fixture customer's email");
        let small_page = serde_json::json!({
            "items": [customer.clone()],
            "pagination": { "total_count": 1, "max_page": 1 },
        });
        let pages = (1..=PAGES)
            .map(|number| {
                let items: Vec<serde_json::Value> = (0..PAGE_SIZE)
                    .map(|i| {
                        let n = (number as usize - 1) * PAGE_SIZE + i;
                        let mut item = customer.clone();
                        item["id"] = format!("f3a71a7a-fd04-4dc9-aff9-{n:012x}").into();
                        item
                    })
                    .collect();
                let page = serde_json::json!({
                    "items": items,
                    "pagination": {
                        "total_count": u64::from(PAGES) * PAGE_SIZE as u64,
                        "max_page": PAGES,
                    },
                });
                Bytes::from(serde_json::to_vec(&page).expect("JSON"))
            })
            .collect();
        Bodies {
            member: Bytes::from(member_body.to_owned()),
            small_page: Bytes::from(serde_json::to_vec(&small_page).expect("JSON")),
            pages,
        }
    }

    /// The server's routes: a match on method and path, and for the list a look at `limit` and
    /// `page`. Anything else is a 404, which fails the call that made it.
    fn route(
        &self,
        method: &Method,
        path: &str,
        query: Option<&str>,
    ) -> Option<(StatusCode, Bytes)> {
        match (method, path) {
            (&Method::POST, "/v1/member-sessions/") => {
                Some((StatusCode::CREATED, self.member.clone()))
            }
            (&Method::GET, "/v1/customers/") => {
                let (mut limit, mut page) = ("10", "1");
                for pair in query.unwrap_or_default().split('&') {
                    if let Some(value) = pair.strip_prefix("limit=") {
                        limit = value;
                    } else if let Some(value) = pair.strip_prefix("page=") {
                        page = value;
                    }
                }
                let body = match (limit, page) {
                    ("10", "1") => self.small_page.clone(),
                    ("100", page) => {
                        let index = page.parse::<usize>().ok()?.checked_sub(1)?;
                        self.pages.get(index)?.clone()
                    }
                    _ => return None,
                };
                Some((StatusCode::OK, body))
            }
            _ => None,
        }
    }
}

/// A list answer as the bare client decodes it: the same items, into the same model.
#[derive(Debug, Deserialize)]
struct BarePage {
    items: Vec<Customer>,
    // Decoded as the SDK decodes it, though the bench reads only the items.
    #[allow(dead_code)]
    pagination: BarePagination,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct BarePagination {
    total_count: u64,
    max_page: u64,
}

/// The same requests as the SDK makes, written directly against `reqwest`, with everything that
/// can be prepared once prepared once: the client, the endpoint URLs and the header values.
#[derive(Debug)]
struct Bare {
    client: polarsh::reqwest::Client,
    member_sessions: Url,
    customers: Url,
    /// The headers of a request with a JSON body, and of one without a body.
    post_headers: HeaderMap,
    get_headers: HeaderMap,
}

impl Bare {
    fn new(base: &str) -> Bare {
        // The same client configuration as the SDK's own.
        let client = polarsh::reqwest::Client::builder()
            .redirect(polarsh::reqwest::redirect::Policy::none())
            .connect_timeout(polarsh::DEFAULT_CONNECT_TIMEOUT)
            .build()
            .expect("reqwest client");
        let base = Url::parse(base).expect("URL");
        let json = HeaderValue::from_static("application/json");
        let mut authorization =
            HeaderValue::from_str(&format!("Bearer {TOKEN}")).expect("header value");
        authorization.set_sensitive(true);
        let user_agent = format!("polarsh/{}", env!("CARGO_PKG_VERSION"));
        let mut get_headers = HeaderMap::with_capacity(5);
        get_headers.insert(AUTHORIZATION, authorization);
        get_headers.insert(USER_AGENT, HeaderValue::from_str(&user_agent).expect("UA"));
        get_headers.insert(ACCEPT, json.clone());
        get_headers.insert(
            HeaderName::from_static("polar-version"),
            HeaderValue::from_static(polarsh::DEFAULT_API_VERSION),
        );
        let mut post_headers = get_headers.clone();
        post_headers.insert(CONTENT_TYPE, json);
        Bare {
            client,
            member_sessions: base.join("v1/member-sessions/").expect("URL"),
            customers: base.join("v1/customers/").expect("URL"),
            post_headers,
            get_headers,
        }
    }

    async fn create(&self, request: &MemberSessionCreate) -> Result<MemberSession, BoxError> {
        let response = self
            .client
            .post(self.member_sessions.clone())
            .headers(self.post_headers.clone())
            .body(serde_json::to_vec(request)?)
            .send()
            .await?;
        decode(response).await
    }

    /// `GET /v1/customers/` with these query parameters, encoded as reqwest's own `query` does
    /// (`application/x-www-form-urlencoded`, through the URL's query serializer).
    async fn customers(&self, query: &[(&str, &str)]) -> Result<BarePage, BoxError> {
        let mut url = self.customers.clone();
        url.query_pairs_mut().extend_pairs(query);
        let response = self
            .client
            .get(url)
            .headers(self.get_headers.clone())
            .send()
            .await?;
        decode(response).await
    }

    async fn filtered(&self, email: &str, active: bool, limit: u32) -> Result<BarePage, BoxError> {
        let active = if active { "true" } else { "false" };
        let limit = limit.to_string();
        self.customers(&[("email", email), ("active", active), ("limit", &limit)])
            .await
    }

    async fn page(&self, limit: u32) -> Result<BarePage, BoxError> {
        let limit = limit.to_string();
        self.customers(&[("limit", &limit)]).await
    }
}

/// The status checked, the body read whole and decoded.
async fn decode<T: DeserializeOwned>(response: polarsh::reqwest::Response) -> Result<T, BoxError> {
    let status = response.status();
    let body = response.bytes().await?;
    if !status.is_success() {
        return Err(format!("status {status}").into());
    }
    Ok(serde_json::from_slice(&body)?)
}

#[derive(Debug)]
struct Clients {
    sdk: Polar,
    bare: Bare,
    member_id: Uuid,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Bare,
    Sdk,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Bare => "bare",
            Kind::Sdk => "SDK",
        }
    }
}

/// The calls measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    /// `member_sessions().create(..)`: a POST with a JSON body.
    Create,
    /// `customers().list().email(..).active(true).limit(10)`: a GET with three query parameters
    /// answered with a page of one customer.
    Filtered,
    /// `customers().list().limit(100)`: a page of 100 customers.
    LongPage,
}

impl Case {
    const ALL: [Case; 3] = [Case::Create, Case::Filtered, Case::LongPage];

    /// The name `SDK_BENCH_ONLY` knows it by.
    fn key(self) -> &'static str {
        match self {
            Case::Create => "create",
            Case::Filtered => "filtered",
            Case::LongPage => "page",
        }
    }

    fn name(self) -> &'static str {
        match self {
            Case::Create => "session create",
            Case::Filtered => "GET, 3 query parameters",
            Case::LongPage => "page of 100 customers",
        }
    }

    fn call(self) -> &'static str {
        match self {
            Case::Create => "polar.member_sessions().create(MemberSessionCreate::new(id))",
            Case::Filtered => "polar.customers().list().email(..).active(true).limit(10)",
            Case::LongPage => "polar.customers().list().limit(100)",
        }
    }

    /// How many times fewer calls than the others this one makes per round.
    fn divisor(self) -> usize {
        match self {
            Case::Create | Case::Filtered => 1,
            Case::LongPage => 10,
        }
    }

    /// The items one answer holds.
    fn items(self) -> usize {
        match self {
            Case::Create | Case::Filtered => 1,
            Case::LongPage => PAGE_SIZE,
        }
    }
}

impl Clients {
    /// One call; returns the number of models it decoded (customers for lists).
    async fn call(&self, kind: Kind, case: Case) -> usize {
        match (case, kind) {
            (Case::Create, Kind::Bare) => {
                let request = MemberSessionCreate::new(self.member_id);
                let session = self.bare.create(&request).await.expect("bare call");
                black_box(session);
                1
            }
            (Case::Create, Kind::Sdk) => {
                let request = MemberSessionCreate::new(self.member_id);
                let session = self
                    .sdk
                    .member_sessions()
                    .create(request)
                    .await
                    .expect("SDK call");
                black_box(session);
                1
            }
            (Case::Filtered, Kind::Bare) => {
                let page = self
                    .bare
                    .filtered(EMAIL, true, 10)
                    .await
                    .expect("bare call");
                black_box(page).items.len()
            }
            (Case::Filtered, Kind::Sdk) => {
                let page = self
                    .sdk
                    .customers()
                    .list()
                    .email(EMAIL)
                    .active(true)
                    .limit(10)
                    .await
                    .expect("SDK call");
                black_box(page).items.len()
            }
            (Case::LongPage, Kind::Bare) => {
                let page = self.bare.page(100).await.expect("bare call");
                black_box(page).items.len()
            }
            (Case::LongPage, Kind::Sdk) => {
                let page = self
                    .sdk
                    .customers()
                    .list()
                    .limit(100)
                    .await
                    .expect("SDK call");
                black_box(page).items.len()
            }
        }
    }
}

/// Checks that both clients put the same request on the wire and decode the same number of
/// models from the answer.
async fn same_request(clients: &Clients, server: &Server, case: Case) {
    let mut seen = Vec::new();
    for kind in [Kind::Bare, Kind::Sdk] {
        server.record_next();
        let items = clients.call(kind, case).await;
        assert_eq!(
            items,
            case.items(),
            "{} decoded from the answer",
            kind.name()
        );
        seen.push(server.take_seen().expect("the server recorded the request"));
    }
    assert_eq!(
        seen[0],
        seen[1],
        "the bare client and the SDK sent different requests for {}",
        case.name()
    );
    let names: Vec<&str> = seen[0].headers.iter().map(|(n, _)| n.as_str()).collect();
    println!(
        "{}: both clients send {} {} with headers [{}] and a {}-byte body",
        case.name(),
        seen[0].method,
        seen[0].path_and_query,
        names.join(", "),
        seen[0].body.len()
    );
}

/// Prints the size of every allocation one call of each client makes, to see where they differ.
fn allocation_sizes(runtime: &tokio::runtime::Runtime, clients: &Clients) {
    for case in Case::ALL {
        println!("{}:", case.name());
        for kind in [Kind::Bare, Kind::Sdk] {
            for _ in 0..100 {
                black_box(runtime.block_on(clients.call(kind, case)));
            }
            let (_, sizes) =
                measure::record_sizes(|| black_box(runtime.block_on(clients.call(kind, case))));
            let total: usize = sizes.iter().sum();
            println!(
                "{:>4}: {} allocations (the first 512 recorded), {total} bytes: {sizes:?}",
                kind.name(),
                sizes.len()
            );
        }
    }
    println!();
}

/// The figures of one round of one client.
#[derive(Debug, Clone, Copy)]
struct Round {
    kind: Kind,
    median_ns: f64,
    p99_ns: f64,
    /// Calls per second at concurrency 64.
    throughput: f64,
    /// This thread's CPU time per call at concurrency 1 and 64.
    cpu_c1_ns: f64,
    cpu_c64_ns: f64,
    /// The whole process's CPU time per call at concurrency 64 (the server's included).
    process_cpu_c64_ns: f64,
    allocs_c1: f64,
    bytes_c1: f64,
    allocs_c64: f64,
}

async fn overhead(clients: &Arc<Clients>, config: &Config, case: Case) -> Vec<Round> {
    println!("{}: {}", case.name(), case.call());
    // Warm up both: connections for every task, caches, the allocator's pools.
    for kind in [Kind::Bare, Kind::Sdk] {
        for _ in 0..config.warmup(case) {
            black_box(clients.call(kind, case).await);
        }
        let calls = (CONCURRENCY * 4 / case.divisor()).max(CONCURRENCY);
        concurrent(clients, kind, case, calls).await;
    }
    let mut rounds = Vec::with_capacity(config.rounds * 2);
    for round in 0..config.rounds {
        let order = if round % 2 == 0 {
            [Kind::Bare, Kind::Sdk]
        } else {
            [Kind::Sdk, Kind::Bare]
        };
        // Each figure of both clients is taken back to back: concurrency 1 for both, then
        // concurrency 64 for both, so that the two halves of a pair see the same machine.
        let mut sequential = Vec::with_capacity(2);
        for kind in order {
            sequential.push(measure_sequential(clients, kind, case, config).await);
        }
        for (kind, sequential) in order.into_iter().zip(sequential) {
            let figures = measure_concurrent(clients, kind, case, config, sequential).await;
            println!(
                "round {:>2} {:>4}: median {:>9}  p99 {:>9}  {:>6.0} calls/s  CPU/call {:>9} (c=1) {:>9} (c=64)  {:.1} allocs/call",
                round + 1,
                kind.name(),
                nanos(figures.median_ns),
                nanos(figures.p99_ns),
                figures.throughput,
                nanos(figures.cpu_c1_ns),
                nanos(figures.cpu_c64_ns),
                figures.allocs_c1,
            );
            rounds.push(figures);
        }
    }
    println!();
    rounds
}

/// Concurrency 1: one call after the other, each timed. Fills the sequential figures of a round.
async fn measure_sequential(
    clients: &Arc<Clients>,
    kind: Kind,
    case: Case,
    config: &Config,
) -> Round {
    for _ in 0..config.warmup(case) / 5 {
        black_box(clients.call(kind, case).await);
    }
    let calls = config.calls_c1(case);
    let mut latencies = Vec::with_capacity(calls);
    let allocations = Allocations::now();
    let cpu = measure::thread_cpu();
    for _ in 0..calls {
        let start = Instant::now();
        black_box(clients.call(kind, case).await);
        latencies.push(start.elapsed().as_nanos() as f64);
    }
    let cpu = measure::thread_cpu() - cpu;
    let allocations = Allocations::now().since(allocations);
    latencies.sort_by(f64::total_cmp);
    let calls = calls as f64;
    Round {
        kind,
        median_ns: quantile(&latencies, 0.5),
        p99_ns: quantile(&latencies, 0.99),
        cpu_c1_ns: cpu.as_nanos() as f64 / calls,
        allocs_c1: allocations.count as f64 / calls,
        bytes_c1: allocations.bytes as f64 / calls,
        throughput: f64::NAN,
        cpu_c64_ns: f64::NAN,
        process_cpu_c64_ns: f64::NAN,
        allocs_c64: f64::NAN,
    }
}

/// Concurrency 64: 64 tasks share the calls. Adds the concurrent figures to `round`.
async fn measure_concurrent(
    clients: &Arc<Clients>,
    kind: Kind,
    case: Case,
    config: &Config,
    round: Round,
) -> Round {
    let calls = config.calls_c64(case);
    let allocations = Allocations::now();
    let cpu = measure::thread_cpu();
    let process = measure::process_cpu();
    let elapsed = concurrent(clients, kind, case, calls).await;
    let process = measure::process_cpu() - process;
    let cpu = measure::thread_cpu() - cpu;
    let allocations = Allocations::now().since(allocations);
    let calls = calls as f64;
    Round {
        throughput: calls / elapsed.as_secs_f64(),
        cpu_c64_ns: cpu.as_nanos() as f64 / calls,
        process_cpu_c64_ns: process.as_nanos() as f64 / calls,
        allocs_c64: allocations.count as f64 / calls,
        ..round
    }
}

/// Makes `calls` calls from [`CONCURRENCY`] tasks; returns the time they took.
async fn concurrent(clients: &Arc<Clients>, kind: Kind, case: Case, calls: usize) -> Duration {
    let left = Arc::new(AtomicI64::new(i64::try_from(calls).expect("calls")));
    let start = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..CONCURRENCY {
        let clients = Arc::clone(clients);
        let left = Arc::clone(&left);
        tasks.spawn(async move {
            while left.fetch_sub(1, Ordering::Relaxed) > 0 {
                black_box(clients.call(kind, case).await);
            }
        });
    }
    while let Some(done) = tasks.join_next().await {
        done.expect("a bench task panicked");
    }
    start.elapsed()
}

/// One line of a table: a figure of two contenders (bare and SDK, or pages and stream) and their
/// ratio, against a target.
struct Line {
    label: &'static str,
    /// The medians over rounds of the reference (bare, or page by page) and of the one measured.
    reference: f64,
    measured: f64,
    /// The median over rounds of measured / reference within each round, and its quartiles.
    paired: (f64, f64, f64),
    show: fn(f64) -> String,
    target: Option<Target>,
}

#[derive(Debug, Clone, Copy)]
enum Target {
    /// The paired ratio at most this.
    RatioAtMost(f64),
    /// The paired ratio at least this.
    RatioAtLeast(f64),
    /// Measured − reference at most this.
    ExtraAtMost(f64),
}

impl Line {
    /// Whether the target is met, if there is one.
    fn met(&self) -> Option<bool> {
        let ratio = self.paired.0;
        self.target.map(|target| match target {
            Target::RatioAtMost(max) => ratio <= max,
            Target::RatioAtLeast(min) => ratio >= min,
            Target::ExtraAtMost(max) => self.measured - self.reference <= max,
        })
    }

    fn verdict(&self, full: bool) -> String {
        let met = |ok: bool| if ok { "met" } else { "MISSED" };
        match (self.target, self.met()) {
            (None, _) | (_, None) => String::new(),
            (Some(_), _) if !full => "(judged on full runs only)".to_owned(),
            (Some(Target::RatioAtMost(max)), Some(ok)) => format!("≤ {max:.2}: {}", met(ok)),
            (Some(Target::RatioAtLeast(min)), Some(ok)) => format!("≥ {min:.2}: {}", met(ok)),
            (Some(Target::ExtraAtMost(max)), Some(ok)) => format!(
                "≤ {max:.0} extra: {:+.1}, {}",
                self.measured - self.reference,
                met(ok)
            ),
        }
    }
}

/// The median of `measured / reference` over the pairs, and its quartiles.
fn paired_ratio(pairs: impl Iterator<Item = (f64, f64)>) -> (f64, f64, f64) {
    let mut ratios: Vec<f64> = pairs
        .map(|(reference, measured)| measured / reference)
        .collect();
    ratios.sort_by(f64::total_cmp);
    (
        median(&ratios),
        quantile(&ratios, 0.25),
        quantile(&ratios, 0.75),
    )
}

fn print_table(title: &str, columns: (&str, &str), lines: &[Line], full: bool) {
    println!("{title}");
    println!(
        "{:<26} {:>12} {:>12} {:>9} {:>9} {:>13}   target (on the paired ratio)",
        "figure",
        columns.0,
        columns.1,
        format!("{}/{}", columns.1, columns.0),
        "paired",
        "paired IQR"
    );
    for line in lines {
        let (ratio, low, high) = line.paired;
        println!(
            "{:<26} {:>12} {:>12} {:>9.3} {:>9.3} {:>13}   {}",
            line.label,
            (line.show)(line.reference),
            (line.show)(line.measured),
            line.measured / line.reference,
            ratio,
            format!("{low:.3}–{high:.3}"),
            line.verdict(full),
        );
    }
    println!();
}

fn count(n: f64) -> String {
    format!("{n:.1}")
}

fn rate(n: f64) -> String {
    format!("{n:.0}/s")
}

fn bytes(n: f64) -> String {
    format!("{n:.0} B")
}

/// The lines of one call's table that the summary repeats.
#[derive(Debug, Clone, Copy)]
struct Summary {
    latency: (f64, Option<bool>),
    cpu_c1: (f64, Option<bool>),
    throughput: (f64, Option<bool>),
    cpu_c64: (f64, Option<bool>),
    /// Allocations per call at concurrency 1: bare, SDK.
    allocations: (f64, f64, Option<bool>),
}

fn print_overhead(rounds: &[Round], full: bool, case: Case) -> Summary {
    let of = |kind: Kind, figure: fn(&Round) -> f64| {
        let values: Vec<f64> = rounds
            .iter()
            .filter(|r| r.kind == kind)
            .map(figure)
            .collect();
        median(&values)
    };
    // Each round measures both clients back to back: the ratio within a round is free of the
    // drift between rounds.
    let paired = |figure: fn(&Round) -> f64| {
        paired_ratio(rounds.chunks(2).map(|pair| {
            let (bare, sdk) = match pair[0].kind {
                Kind::Bare => (&pair[0], &pair[1]),
                Kind::Sdk => (&pair[1], &pair[0]),
            };
            (figure(bare), figure(sdk))
        }))
    };
    let line = |label, figure: fn(&Round) -> f64, show, target| Line {
        label,
        reference: of(Kind::Bare, figure),
        measured: of(Kind::Sdk, figure),
        paired: paired(figure),
        show,
        target,
    };
    let lines = [
        line(
            "latency c=1, median",
            |r| r.median_ns,
            nanos as fn(f64) -> String,
            Some(Target::RatioAtMost(1.05)),
        ),
        line("latency c=1, p99", |r| r.p99_ns, nanos, None),
        line(
            "throughput c=64",
            |r| r.throughput,
            rate,
            Some(Target::RatioAtLeast(0.95)),
        ),
        line(
            "client CPU/call c=1",
            |r| r.cpu_c1_ns,
            nanos,
            Some(Target::RatioAtMost(1.05)),
        ),
        line(
            "client CPU/call c=64",
            |r| r.cpu_c64_ns,
            nanos,
            Some(Target::RatioAtMost(1.10)),
        ),
        line(
            "process CPU/call c=64",
            |r| r.process_cpu_c64_ns,
            nanos,
            None,
        ),
        line(
            "allocations/call c=1",
            |r| r.allocs_c1,
            count,
            Some(Target::ExtraAtMost(10.0)),
        ),
        line("bytes allocated/call c=1", |r| r.bytes_c1, bytes, None),
        line("allocations/call c=64", |r| r.allocs_c64, count, None),
    ];
    let title = format!(
        "SDK overhead, {}: medians over rounds; SDK/bare = ratio of those medians; paired = \
         median of the ratios within each round, IQR = their quartiles (client CPU and \
         allocations: the client's thread only)",
        case.name()
    );
    print_table(&title, ("bare", "SDK"), &lines, full);
    let figure = |line: &Line| (line.paired.0, line.met());
    Summary {
        latency: figure(&lines[0]),
        throughput: figure(&lines[2]),
        cpu_c1: figure(&lines[3]),
        cpu_c64: figure(&lines[4]),
        allocations: (lines[6].reference, lines[6].measured, lines[6].met()),
    }
}

/// The two ways of reading every customer of the ten-page list with the SDK.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Walk {
    /// `.page(n).await` for n in 1..=10, every item of each page taken.
    Pages,
    /// `.stream()`, polled to its end.
    Stream,
}

impl Walk {
    fn name(self) -> &'static str {
        match self {
            Walk::Pages => "pages",
            Walk::Stream => "stream",
        }
    }
}

/// Reads every customer of the list; returns how many there were.
async fn walk(polar: &Polar, walk: Walk) -> usize {
    let mut customers = 0;
    match walk {
        Walk::Pages => {
            for number in 1..=PAGES {
                let page = polar
                    .customers()
                    .list()
                    .limit(100)
                    .page(number)
                    .await
                    .expect("a page");
                for customer in page.items {
                    black_box(customer);
                    customers += 1;
                }
            }
        }
        Walk::Stream => {
            let mut stream = polar.customers().list().limit(100).stream();
            while let Some(customer) = stream.next().await {
                black_box(customer.expect("a streamed customer"));
                customers += 1;
            }
        }
    }
    customers
}

/// Checks that both walks read every customer with the same requests: the same first request
/// and one request per page.
async fn same_walk(polar: &Polar, server: &Server) {
    let mut seen = Vec::new();
    for way in [Walk::Pages, Walk::Stream] {
        let served = server.served();
        server.record_next();
        let customers = walk(polar, way).await;
        assert_eq!(customers, PAGES as usize * PAGE_SIZE, "{}", way.name());
        assert_eq!(server.served() - served, u64::from(PAGES), "{}", way.name());
        seen.push(server.take_seen().expect("the server recorded the request"));
    }
    assert_eq!(
        seen[0], seen[1],
        "the stream and the pages start differently"
    );
    println!(
        "walks: both read {} customers in {PAGES} requests, the first {} {}",
        PAGES as usize * PAGE_SIZE,
        seen[0].method,
        seen[0].path_and_query
    );
}

/// The figures of one round of one way of walking the list.
#[derive(Debug, Clone, Copy)]
struct WalkRound {
    walk: Walk,
    median_ns: f64,
    cpu_ns: f64,
    allocs: f64,
    bytes: f64,
}

async fn walk_rounds(polar: &Polar, config: &Config) -> Vec<WalkRound> {
    println!(
        "{PAGES} pages of {PAGE_SIZE} customers: polar.customers().list().limit(100).stream() \
         against .page(n).await for n in 1..={PAGES}, every customer taken"
    );
    for way in [Walk::Pages, Walk::Stream] {
        for _ in 0..(config.warmup / 50).max(2) {
            black_box(walk(polar, way).await);
        }
    }
    let mut rounds = Vec::with_capacity(config.rounds * 2);
    for round in 0..config.rounds {
        let order = if round % 2 == 0 {
            [Walk::Pages, Walk::Stream]
        } else {
            [Walk::Stream, Walk::Pages]
        };
        for way in order {
            black_box(walk(polar, way).await);
            let mut times = Vec::with_capacity(config.walks);
            let allocations = Allocations::now();
            let cpu = measure::thread_cpu();
            for _ in 0..config.walks {
                let start = Instant::now();
                black_box(walk(polar, way).await);
                times.push(start.elapsed().as_nanos() as f64);
            }
            let cpu = measure::thread_cpu() - cpu;
            let allocations = Allocations::now().since(allocations);
            let walks = config.walks as f64;
            let figures = WalkRound {
                walk: way,
                median_ns: median(&times),
                cpu_ns: cpu.as_nanos() as f64 / walks,
                allocs: allocations.count as f64 / walks,
                bytes: allocations.bytes as f64 / walks,
            };
            println!(
                "round {:>2} {:>6}: median {:>9}  CPU/walk {:>9}  {:.1} allocs/walk",
                round + 1,
                way.name(),
                nanos(figures.median_ns),
                nanos(figures.cpu_ns),
                figures.allocs,
            );
            rounds.push(figures);
        }
    }
    println!();
    rounds
}

/// Prints the walks' table; returns the paired ratios of time and CPU, each with its verdict.
fn print_walks(rounds: &[WalkRound], full: bool) -> [(f64, Option<bool>); 2] {
    let of = |way: Walk, figure: fn(&WalkRound) -> f64| {
        let values: Vec<f64> = rounds
            .iter()
            .filter(|r| r.walk == way)
            .map(figure)
            .collect();
        median(&values)
    };
    let paired = |figure: fn(&WalkRound) -> f64| {
        paired_ratio(rounds.chunks(2).map(|pair| {
            let (pages, stream) = match pair[0].walk {
                Walk::Pages => (&pair[0], &pair[1]),
                Walk::Stream => (&pair[1], &pair[0]),
            };
            (figure(pages), figure(stream))
        }))
    };
    let line = |label, figure: fn(&WalkRound) -> f64, show, target| Line {
        label,
        reference: of(Walk::Pages, figure),
        measured: of(Walk::Stream, figure),
        paired: paired(figure),
        show,
        target,
    };
    let lines = [
        line(
            "time per walk, median",
            |r| r.median_ns,
            nanos as fn(f64) -> String,
            Some(Target::RatioAtMost(1.05)),
        ),
        line(
            "client CPU per walk",
            |r| r.cpu_ns,
            nanos,
            Some(Target::RatioAtMost(1.05)),
        ),
        line("allocations per walk", |r| r.allocs, count, None),
        line("bytes allocated per walk", |r| r.bytes, bytes, None),
    ];
    let title = format!(
        "Stream against pages, {PAGES} pages of {PAGE_SIZE} customers (concurrency 1): medians \
         over rounds; paired = median of the ratios within each round"
    );
    print_table(&title, ("pages", "stream"), &lines, full);
    [
        (lines[0].paired.0, lines[0].met()),
        (lines[1].paired.0, lines[1].met()),
    ]
}

/// Every target of the run on one screen.
fn print_summary(cases: &[(Case, Summary)], walks: Option<&[(f64, Option<bool>); 2]>, full: bool) {
    let verdict = |met: Option<bool>| match met {
        Some(true) if full => " met",
        Some(false) if full => " MISSED",
        _ => "",
    };
    let show = |(ratio, met): (f64, Option<bool>)| format!("{ratio:.3}{}", verdict(met));
    println!(
        "Summary: paired ratios SDK/bare{}",
        if full {
            ""
        } else {
            " (a smoke run: nothing judged)"
        }
    );
    println!(
        "{:<26} {:>16} {:>16} {:>16} {:>16} {:>22}",
        "call",
        "latency c=1",
        "CPU/call c=1",
        "throughput c=64",
        "CPU/call c=64",
        "allocs c=1 bare/SDK"
    );
    println!(
        "{:<26} {:>16} {:>16} {:>16} {:>16} {:>22}",
        "target", "≤ 1.05", "≤ 1.05", "≥ 0.95", "≤ 1.10", "≤ 10 extra"
    );
    for (case, summary) in cases {
        let (bare, sdk, met) = summary.allocations;
        println!(
            "{:<26} {:>16} {:>16} {:>16} {:>16} {:>22}",
            case.name(),
            show(summary.latency),
            show(summary.cpu_c1),
            show(summary.throughput),
            show(summary.cpu_c64),
            format!("{bare:.1}/{sdk:.1}{}", verdict(met)),
        );
    }
    if let Some(walks) = walks {
        println!(
            "stream/pages, {PAGES}×{PAGE_SIZE}: time per walk {} (≤ 1.05), client CPU per walk \
             {} (≤ 1.05)",
            show(walks[0]),
            show(walks[1]),
        );
    }
    println!();
}

/// Times `op` over `batches` batches of `per_batch` runs; returns the median time per run and
/// the allocations per run.
fn per_op<T>(batches: usize, per_batch: usize, mut op: impl FnMut() -> T) -> (f64, f64, f64) {
    black_box(op());
    let mut times = Vec::with_capacity(batches);
    let allocations = Allocations::now();
    for _ in 0..batches {
        let start = Instant::now();
        for _ in 0..per_batch {
            black_box(op());
        }
        times.push(start.elapsed().as_nanos() as f64 / per_batch as f64);
    }
    let spent = Allocations::now().since(allocations);
    let runs = (batches * per_batch) as f64;
    (
        median(&times),
        spent.count as f64 / runs,
        spent.bytes as f64 / runs,
    )
}

fn print_per_op(label: &str, (time, allocs, bytes): (f64, f64, f64)) {
    println!(
        "{label:<44} {:>10} {:>10.1} {:>10.0} B",
        nanos(time),
        allocs,
        bytes
    );
}

fn print_setup_costs(config: &Config, base: &str) {
    println!("One-off costs (median per run; allocations per run)");
    println!(
        "{:<44} {:>10} {:>10} {:>12}",
        "operation", "time", "allocs", "bytes"
    );
    let n = config.scale;
    print_per_op(
        "Polar::builder()…build() (loopback URL)",
        per_op(10 * n, 1, || {
            Polar::builder()
                .access_token(TOKEN)
                .server_url(base)
                .retry_config(RetryConfig::none())
                .build()
                .expect("client")
        }),
    );
    print_per_op("Polar::new(token)", per_op(10 * n, 1, || Polar::new(TOKEN)));
    print_per_op(
        "  of which reqwest::Client::builder().build()",
        per_op(10 * n, 1, || {
            polarsh::reqwest::Client::builder()
                .redirect(polarsh::reqwest::redirect::Policy::none())
                .connect_timeout(polarsh::DEFAULT_CONNECT_TIMEOUT)
                .build()
                .expect("client")
        }),
    );
    let polar = Polar::new(TOKEN);
    print_per_op("polar.clone()", per_op(100 * n, 1_000, || polar.clone()));
    print_per_op(
        "polar.member_sessions()",
        per_op(100 * n, 1_000, || {
            black_box(polar.member_sessions());
        }),
    );
    println!();
}

fn print_decode_costs(config: &Config, member_body: &str, team_body: &str, bodies: &Bodies) {
    println!("Decoding with serde_json::from_slice (median per decode; allocations per decode)");
    println!(
        "{:<44} {:>10} {:>10} {:>12}",
        "body", "time", "allocs", "bytes"
    );
    let n = config.scale;
    for (label, body) in [
        ("member session (fixture, individual)", member_body),
        ("member session, team customer, full", team_body),
    ] {
        let label = format!("{label}, {} B", body.len());
        let bytes = body.as_bytes();
        print_per_op(
            &label,
            per_op(30 * n, 200, || {
                serde_json::from_slice::<MemberSession>(black_box(bytes)).expect("decodes")
            }),
        );
    }
    let page = &bodies.pages[0];
    print_per_op(
        &format!("page of {PAGE_SIZE} customers, {} B", page.len()),
        per_op(3 * n, 20, || {
            serde_json::from_slice::<BarePage>(black_box(page)).expect("decodes")
        }),
    );
    println!();
}
