//! What the SDK costs over the HTTP client it wraps.
//!
//! `member_sessions().create` is measured against the same POST made with a bare
//! `reqwest::Client` (same headers, same JSON body, the answer decoded into the same model), both
//! against a local hyper server in this process that answers the recorded 201 body. The client
//! side runs on this thread's single-threaded runtime and the server on a thread of its own, so
//! the CPU time and the allocations of this thread are the client's alone.
//!
//! Rounds alternate (bare then SDK, then SDK then bare, …) so that drift of a shared machine hits
//! both; the table gives the median over rounds of each figure and the ratio SDK / bare. Then
//! the one-off costs (building a client, cloning it) and the decoding of two bodies.
//!
//! `cargo bench --bench sdk` runs the full measurement. Without `--bench` (as under
//! `cargo test --benches`) it runs a few calls of each kind as a smoke test. `SDK_BENCH_ROUNDS`,
//! `SDK_BENCH_CALLS_C1` and `SDK_BENCH_CALLS_C64` override the number of rounds and of calls per
//! round.

mod sdk_support;

use std::hint::black_box;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant};

use bytes::Bytes;
use polarsh::models::{MemberSession, MemberSessionCreate};
use polarsh::reqwest::header::{
    ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue, USER_AGENT,
};
use polarsh::{Polar, RetryConfig, Url, Uuid};
use sdk_support::measure::{self, Allocations, CountingAllocator};
use sdk_support::server::Server;
use sdk_support::stats::{median, nanos, quantile};

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

const TOKEN: &str = "polar_oat_bench0000000000000000000000000000000000000";
const MEMBER_ID: &str = "10c62c5a-6042-47f6-982b-8d88ff9bc7ed";
const CONCURRENCY: usize = 64;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

fn main() {
    let full = std::env::args().any(|arg| arg == "--bench");
    let config = Config::from_env(full);
    print_machine(&config);

    let member_body = fixture_body("201-member-session");
    let team_body = team_customer_body(&member_body);
    let server = Server::start(Bytes::from(member_body.clone()));
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

    runtime.block_on(same_request(&clients, &server));
    if std::env::var_os("SDK_BENCH_ALLOCATIONS").is_some() {
        allocation_sizes(&runtime, &clients);
    }
    let rounds = runtime.block_on(overhead(&clients, &config));
    print_overhead(&rounds, config.full);
    let served = server.served();
    drop(server);
    println!("(the local server answered {served} requests)\n");

    print_setup_costs(&config, &base);
    print_decode_costs(&config, &member_body, &team_body);
}

/// How much to measure.
#[derive(Debug)]
struct Config {
    full: bool,
    rounds: usize,
    calls_c1: usize,
    calls_c64: usize,
    warmup: usize,
    /// Scales the repetitions of the one-off measurements.
    scale: usize,
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
        if full {
            Config {
                full,
                rounds: var("SDK_BENCH_ROUNDS", 20),
                calls_c1: var("SDK_BENCH_CALLS_C1", 2_500),
                calls_c64: var("SDK_BENCH_CALLS_C64", 15_000),
                warmup: 500,
                scale: 10,
            }
        } else {
            Config {
                full,
                rounds: 3,
                calls_c1: 50,
                calls_c64: 2 * CONCURRENCY,
                warmup: 10,
                scale: 1,
            }
        }
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
        "{}: {} alternating rounds per client; per round {} sequential calls (concurrency 1) \
         and {} calls by {CONCURRENCY} tasks (concurrency {CONCURRENCY})\n",
        if config.full {
            "full run"
        } else {
            "smoke run (pass --bench for the full run)"
        },
        config.rounds,
        config.calls_c1,
        config.calls_c64,
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

/// The same POST as the SDK makes, written directly against `reqwest`, with everything that can
/// be prepared once prepared once: the client, the URL and the header values.
#[derive(Debug)]
struct Bare {
    client: polarsh::reqwest::Client,
    url: Url,
    headers: HeaderMap,
}

impl Bare {
    fn new(base: &str) -> Bare {
        // The same client configuration as the SDK's own.
        let client = polarsh::reqwest::Client::builder()
            .redirect(polarsh::reqwest::redirect::Policy::none())
            .connect_timeout(polarsh::DEFAULT_CONNECT_TIMEOUT)
            .build()
            .expect("reqwest client");
        let url = Url::parse(base)
            .and_then(|base| base.join("v1/member-sessions/"))
            .expect("URL");
        let json = HeaderValue::from_static("application/json");
        let mut authorization =
            HeaderValue::from_str(&format!("Bearer {TOKEN}")).expect("header value");
        authorization.set_sensitive(true);
        let user_agent = format!("polarsh/{}", env!("CARGO_PKG_VERSION"));
        let mut headers = HeaderMap::with_capacity(5);
        headers.insert(AUTHORIZATION, authorization);
        headers.insert(USER_AGENT, HeaderValue::from_str(&user_agent).expect("UA"));
        headers.insert(ACCEPT, json.clone());
        headers.insert(CONTENT_TYPE, json);
        headers.insert(
            HeaderName::from_static("polar-version"),
            HeaderValue::from_static(polarsh::DEFAULT_API_VERSION),
        );
        Bare {
            client,
            url,
            headers,
        }
    }

    async fn create(&self, request: &MemberSessionCreate) -> Result<MemberSession, BoxError> {
        let response = self
            .client
            .post(self.url.clone())
            .headers(self.headers.clone())
            .body(serde_json::to_vec(request)?)
            .send()
            .await?;
        let status = response.status();
        let body = response.bytes().await?;
        if !status.is_success() {
            return Err(format!("status {status}").into());
        }
        Ok(serde_json::from_slice(&body)?)
    }
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

impl Clients {
    async fn call(&self, kind: Kind) -> MemberSession {
        let request = MemberSessionCreate::new(self.member_id);
        match kind {
            Kind::Bare => self.bare.create(&request).await.expect("bare call"),
            Kind::Sdk => self
                .sdk
                .member_sessions()
                .create(request)
                .await
                .expect("SDK call"),
        }
    }
}

/// Checks that both clients put the same request on the wire.
async fn same_request(clients: &Clients, server: &Server) {
    let mut seen = Vec::new();
    for kind in [Kind::Bare, Kind::Sdk] {
        server.record_next();
        black_box(clients.call(kind).await);
        seen.push(server.take_seen().expect("the server recorded the request"));
    }
    assert_eq!(
        seen[0], seen[1],
        "the bare client and the SDK sent different requests"
    );
    let names: Vec<&str> = seen[0].headers.iter().map(|(n, _)| n.as_str()).collect();
    println!(
        "both clients send: {} {} with headers [{}] and a {}-byte JSON body\n",
        seen[0].method,
        seen[0].path,
        names.join(", "),
        seen[0].body.len()
    );
}

/// Prints the size of every allocation one call of each client makes, to see where they differ.
fn allocation_sizes(runtime: &tokio::runtime::Runtime, clients: &Clients) {
    for kind in [Kind::Bare, Kind::Sdk] {
        for _ in 0..100 {
            black_box(runtime.block_on(clients.call(kind)));
        }
        let (_, sizes) = measure::record_sizes(|| black_box(runtime.block_on(clients.call(kind))));
        let total: usize = sizes.iter().sum();
        println!(
            "{:>4}: {} allocations, {total} bytes: {sizes:?}",
            kind.name(),
            sizes.len()
        );
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

async fn overhead(clients: &Arc<Clients>, config: &Config) -> Vec<Round> {
    // Warm up both: connections for every task, caches, the allocator's pools.
    for kind in [Kind::Bare, Kind::Sdk] {
        for _ in 0..config.warmup {
            black_box(clients.call(kind).await);
        }
        concurrent(clients, kind, CONCURRENCY * 4).await;
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
            sequential.push(measure_sequential(clients, kind, config).await);
        }
        for (kind, sequential) in order.into_iter().zip(sequential) {
            let figures = measure_concurrent(clients, kind, config, sequential).await;
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
async fn measure_sequential(clients: &Arc<Clients>, kind: Kind, config: &Config) -> Round {
    for _ in 0..config.warmup / 5 {
        black_box(clients.call(kind).await);
    }
    let mut latencies = Vec::with_capacity(config.calls_c1);
    let allocations = Allocations::now();
    let cpu = measure::thread_cpu();
    for _ in 0..config.calls_c1 {
        let start = Instant::now();
        black_box(clients.call(kind).await);
        latencies.push(start.elapsed().as_nanos() as f64);
    }
    let cpu = measure::thread_cpu() - cpu;
    let allocations = Allocations::now().since(allocations);
    latencies.sort_by(f64::total_cmp);
    let calls = config.calls_c1 as f64;
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
    config: &Config,
    round: Round,
) -> Round {
    let allocations = Allocations::now();
    let cpu = measure::thread_cpu();
    let process = measure::process_cpu();
    let elapsed = concurrent(clients, kind, config.calls_c64).await;
    let process = measure::process_cpu() - process;
    let cpu = measure::thread_cpu() - cpu;
    let allocations = Allocations::now().since(allocations);
    let calls = config.calls_c64 as f64;
    Round {
        throughput: calls / elapsed.as_secs_f64(),
        cpu_c64_ns: cpu.as_nanos() as f64 / calls,
        process_cpu_c64_ns: process.as_nanos() as f64 / calls,
        allocs_c64: allocations.count as f64 / calls,
        ..round
    }
}

/// Makes `calls` calls from [`CONCURRENCY`] tasks; returns the time they took.
async fn concurrent(clients: &Arc<Clients>, kind: Kind, calls: usize) -> Duration {
    let left = Arc::new(AtomicI64::new(i64::try_from(calls).expect("calls")));
    let start = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..CONCURRENCY {
        let clients = Arc::clone(clients);
        let left = Arc::clone(&left);
        tasks.spawn(async move {
            while left.fetch_sub(1, Ordering::Relaxed) > 0 {
                black_box(clients.call(kind).await);
            }
        });
    }
    while let Some(done) = tasks.join_next().await {
        done.expect("a bench task panicked");
    }
    start.elapsed()
}

/// One line of the table: a figure of both clients and their ratio, against a target.
struct Line {
    label: &'static str,
    bare: f64,
    sdk: f64,
    /// The median over rounds of SDK / bare within each round, and its quartiles.
    paired: (f64, f64, f64),
    show: fn(f64) -> String,
    /// The target, and whether lower is better.
    target: Option<Target>,
}

enum Target {
    /// SDK / bare at most this.
    RatioAtMost(f64),
    /// SDK / bare at least this.
    RatioAtLeast(f64),
    /// SDK − bare at most this.
    ExtraAtMost(f64),
}

fn print_overhead(rounds: &[Round], full: bool) {
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
        let mut ratios: Vec<f64> = rounds
            .chunks(2)
            .map(|pair| {
                let (bare, sdk) = match pair[0].kind {
                    Kind::Bare => (&pair[0], &pair[1]),
                    Kind::Sdk => (&pair[1], &pair[0]),
                };
                figure(sdk) / figure(bare)
            })
            .collect();
        ratios.sort_by(f64::total_cmp);
        (
            median(&ratios),
            quantile(&ratios, 0.25),
            quantile(&ratios, 0.75),
        )
    };
    let line = |label, figure: fn(&Round) -> f64, show, target| Line {
        label,
        bare: of(Kind::Bare, figure),
        sdk: of(Kind::Sdk, figure),
        paired: paired(figure),
        show,
        target,
    };
    let count = |n: f64| format!("{n:.1}");
    let rate = |n: f64| format!("{n:.0}/s");
    let bytes = |n: f64| format!("{n:.0} B");
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
            Some(Target::RatioAtMost(1.10)),
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
    println!(
        "SDK overhead: medians over rounds; SDK/bare = ratio of those medians; paired = median \
         of the ratios within each round, IQR = their quartiles (client CPU and allocations: the \
         client's thread only)"
    );
    println!(
        "{:<26} {:>12} {:>12} {:>9} {:>9} {:>13}   target (on the paired ratio)",
        "figure", "bare", "SDK", "SDK/bare", "paired", "paired IQR"
    );
    for line in lines {
        let (ratio, low, high) = line.paired;
        let verdict = match line.target {
            None => String::new(),
            Some(_) if !full => "(judged on full runs only)".to_owned(),
            Some(Target::RatioAtMost(max)) => {
                format!(
                    "≤ {max:.2}: {}",
                    if ratio <= max { "met" } else { "MISSED" }
                )
            }
            Some(Target::RatioAtLeast(min)) => {
                format!(
                    "≥ {min:.2}: {}",
                    if ratio >= min { "met" } else { "MISSED" }
                )
            }
            Some(Target::ExtraAtMost(max)) => {
                let extra = line.sdk - line.bare;
                format!(
                    "≤ {max:.0} extra: {extra:+.1}, {}",
                    if extra <= max { "met" } else { "MISSED" }
                )
            }
        };
        println!(
            "{:<26} {:>12} {:>12} {:>9.3} {:>9.3} {:>13}   {verdict}",
            line.label,
            (line.show)(line.bare),
            (line.show)(line.sdk),
            line.sdk / line.bare,
            ratio,
            format!("{low:.3}–{high:.3}"),
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

fn print_decode_costs(config: &Config, member_body: &str, team_body: &str) {
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
    println!();
}
