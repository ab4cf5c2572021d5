//! Benchmark of the mock server: throughput on loopback with keep-alive, against a bare hyper handler that
//! returns the mock's own answer as canned bytes (a GET by id, a list of 100 items, a member session), and
//! start-up time, in process and of the `polar-mock` binary.
//!
//! ```sh
//! cargo bench -p polarsh-mock --bench mock
//! ```
//!
//! Both servers run in this process on the same runtime and are driven by the same minimal HTTP/1.1 client
//! (pre-built request bytes, responses framed by `content-length`), so the ratio measures the server side.
//! Rounds alternate between the two servers; the figure is the median of the per-round ratios (each round's
//! two measurements are taken back to back, so load from other processes affects both alike).

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use http_body_util::Full;
use hyper::body::Bytes;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Response, StatusCode};
use hyper_util::rt::TokioIo;
use polarsh_mock::MockServer;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const CONNECTIONS: usize = 4;
const ROUND: Duration = Duration::from_millis(1500);
const ROUNDS: usize = 5;
const STARTS: usize = 200;
const BINARY_STARTS: usize = 20;

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(run());
}

/// One request the benchmark sends, with the answer it expects.
struct Scenario {
    name: &'static str,
    request: Vec<u8>,
    status: u16,
}

fn get(address: SocketAddr, path: &str, token: &str) -> Vec<u8> {
    format!("GET {path} HTTP/1.1\r\nhost: {address}\r\nauthorization: Bearer {token}\r\n\r\n")
        .into_bytes()
}

async fn run() {
    let mock = MockServer::start().await;
    let body = format!(r#"{{"member_id":"{}"}}"#, mock.default_member_id());
    let token = mock.default_token();
    let scenarios = [
        Scenario {
            name: "GET /v1/disputes/{id} (an answer built from the schema)",
            request: get(
                mock.address(),
                "/v1/disputes/0eba1e16-d835-4184-94f7-1c8c5a9b1b49",
                token,
            ),
            status: 200,
        },
        Scenario {
            name: "GET /v1/disputes/?limit=100 (a list of 100 items built from the schema)",
            request: get(mock.address(), "/v1/disputes/?limit=100", token),
            status: 200,
        },
        Scenario {
            name: "POST /v1/member-sessions/ (faithful, from the store)",
            request: request_for(mock.address(), &body, token),
            status: 201,
        },
    ];
    println!(
        "mock server benchmark: {CONNECTIONS} keep-alive connections, {ROUNDS} rounds of {ROUND:?} each, \
         against a bare hyper handler serving the mock's own answer"
    );
    let only = std::env::var("MOCK_BENCH_ONLY").ok();
    for scenario in &scenarios {
        // The canned answer: the mock's own, byte for byte.
        let canned = {
            let mut stream = TcpStream::connect(mock.address()).await.expect("connect");
            stream.write_all(&scenario.request).await.expect("write");
            let mut buffer = Vec::new();
            let (status, body) = read_response(&mut stream, &mut buffer)
                .await
                .expect("response");
            assert_eq!(
                status,
                scenario.status,
                "{}",
                String::from_utf8_lossy(&body)
            );
            Bytes::from(body)
        };
        let bare = start_bare(canned.clone(), scenario.status).await;
        println!("{} ({} byte body)", scenario.name, canned.len());
        // For profiling one side: MOCK_BENCH_ONLY=mock or MOCK_BENCH_ONLY=bare.
        if let Some(only) = &only {
            let address = if only == "bare" { bare } else { mock.address() };
            warm_up(address, scenario).await;
            let rate = throughput(address, scenario).await;
            println!("  {only}: {rate:.0} req/s");
            continue;
        }
        let mut bare_rates = Vec::new();
        let mut mock_rates = Vec::new();
        warm_up(bare, scenario).await;
        warm_up(mock.address(), scenario).await;
        for round in 0..ROUNDS {
            let b = throughput(bare, scenario).await;
            mock.clear_requests();
            let m = throughput(mock.address(), scenario).await;
            println!(
                "  round {}: bare hyper {b:>9.0} req/s   mock {m:>9.0} req/s   ratio {:.2}",
                round + 1,
                m / b
            );
            bare_rates.push(b);
            mock_rates.push(m);
        }
        let mut ratios: Vec<f64> = mock_rates
            .iter()
            .zip(&bare_rates)
            .map(|(m, b)| m / b)
            .collect();
        let (b, m) = (median(&mut bare_rates), median(&mut mock_rates));
        let ratio = median(&mut ratios);
        let lowest = ratios[0];
        println!(
            "  throughput (median): bare hyper {b:.0} req/s, mock {m:.0} req/s; mock/bare per round: median \
             {ratio:.2}, lowest {lowest:.2}"
        );
    }
    if only.is_some() {
        return;
    }

    // A list of 100 stored records against the stateless answer of the same size.
    let discount = r#"{"name":"Launch","type":"percentage","basis_points":1000,"duration":"once"}"#;
    for _ in 0..100 {
        let mut stream = TcpStream::connect(mock.address()).await.expect("connect");
        let request = format!(
            "POST /v1/discounts/ HTTP/1.1\r\nhost: {}\r\nauthorization: Bearer {token}\r\n\
             content-type: application/json\r\ncontent-length: {}\r\n\r\n{discount}",
            mock.address(),
            discount.len()
        );
        stream.write_all(request.as_bytes()).await.expect("write");
        let mut buffer = Vec::new();
        let (status, body) = read_response(&mut stream, &mut buffer)
            .await
            .expect("response");
        assert_eq!(status, 201, "{}", String::from_utf8_lossy(&body));
    }
    let stored = Scenario {
        name: "GET /v1/discounts/?limit=100 (100 stored records)",
        request: get(mock.address(), "/v1/discounts/?limit=100", token),
        status: 200,
    };
    let stateless = Scenario {
        name: "GET /v1/disputes/?limit=100 (a stateless answer of 100 items)",
        request: get(mock.address(), "/v1/disputes/?limit=100", token),
        status: 200,
    };
    warm_up(mock.address(), &stored).await;
    warm_up(mock.address(), &stateless).await;
    let mut ratios = Vec::new();
    for round in 0..ROUNDS {
        let b = throughput(mock.address(), &stateless).await;
        mock.clear_requests();
        let m = throughput(mock.address(), &stored).await;
        println!(
            "  round {}: stateless {b:>9.0} req/s   stored {m:>9.0} req/s   ratio {:.2}",
            round + 1,
            m / b
        );
        ratios.push(m / b);
    }
    let lowest = ratios.iter().copied().fold(f64::INFINITY, f64::min);
    println!(
        "{} against {}: stored/stateless per round: median {:.2}, lowest {lowest:.2}",
        stored.name,
        stateless.name,
        median(&mut ratios)
    );

    let mut starts = Vec::with_capacity(STARTS);
    let mut firsts = Vec::with_capacity(STARTS);
    for _ in 0..STARTS {
        let started = Instant::now();
        let server = MockServer::start().await;
        starts.push(started.elapsed());
        let mut stream = TcpStream::connect(server.address()).await.expect("connect");
        let request = request_for(server.address(), &body, server.default_token());
        stream.write_all(&request).await.expect("write");
        let mut buffer = Vec::new();
        assert_eq!(
            read_response(&mut stream, &mut buffer).await.map(|r| r.0),
            Some(201)
        );
        firsts.push(started.elapsed());
    }
    let (start, p99) = (median_duration(&mut starts), percentile(&starts, 0.99));
    let first = median_duration(&mut firsts);
    println!(
        "start-up in process (median of {STARTS}): MockServer::start {start:?} (p99 {p99:?}), to the first 201 {first:?}"
    );
    let mut binary = Vec::with_capacity(BINARY_STARTS);
    for _ in 0..BINARY_STARTS {
        binary.push(binary_start_up().await);
    }
    println!(
        "start-up of the polar-mock binary (median of {BINARY_STARTS}), from spawn to its first answer: {:?}",
        median_duration(&mut binary)
    );
}

/// Spawns `polar-mock --port 0`, reads the URL it prints, and times until it answers a request.
async fn binary_start_up() -> Duration {
    use std::io::{BufRead, BufReader};
    let started = Instant::now();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_polar-mock"))
        .args(["--port", "0"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn polar-mock");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines().map_while(Result::ok);
    let url = lines
        .by_ref()
        .find_map(|line| {
            line.split_whitespace()
                .find(|w| w.starts_with("http://127.0.0.1:"))
                .map(str::to_owned)
        })
        .expect("the URL it serves");
    let address: SocketAddr = url.trim_start_matches("http://").parse().expect("address");
    let mut stream = TcpStream::connect(address).await.expect("connect");
    stream
        .write_all(&get(address, "/v1/nothing", "none"))
        .await
        .expect("write");
    let mut buffer = Vec::new();
    let answered = read_response(&mut stream, &mut buffer).await.map(|r| r.0);
    let elapsed = started.elapsed();
    assert!(answered.is_some());
    let _ = child.kill();
    let _ = child.wait();
    drop(lines);
    elapsed
}

fn request_for(address: SocketAddr, body: &str, token: &str) -> Vec<u8> {
    format!(
        "POST /v1/member-sessions/ HTTP/1.1\r\nhost: {address}\r\nauthorization: Bearer {token}\r\n\
         content-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// A hyper HTTP/1.1 server whose handler answers every request with `body` as a JSON response. It lives
/// until the process ends.
async fn start_bare(body: Bytes, status: u16) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let _ = stream.set_nodelay(true);
            let body = body.clone();
            tokio::spawn(async move {
                let service = service_fn(move |_request| {
                    let body = body.clone();
                    async move {
                        let mut response = Response::new(Full::new(body));
                        *response.status_mut() = StatusCode::from_u16(status).expect("status");
                        response.headers_mut().insert(
                            hyper::header::CONTENT_TYPE,
                            hyper::header::HeaderValue::from_static("application/json"),
                        );
                        Ok::<_, Infallible>(response)
                    }
                });
                let _ = http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    address
}

async fn warm_up(address: SocketAddr, scenario: &Scenario) {
    let request = &scenario.request;
    let mut stream = TcpStream::connect(address).await.expect("connect");
    let mut buffer = Vec::new();
    for _ in 0..2000 {
        stream.write_all(request).await.expect("write");
        read_response(&mut stream, &mut buffer)
            .await
            .expect("response");
    }
}

/// Requests per second over `ROUND`, from `CONNECTIONS` keep-alive connections sending one request at a time.
async fn throughput(address: SocketAddr, scenario: &Scenario) -> f64 {
    let (request, expected) = (&scenario.request[..], scenario.status);
    let stop = Arc::new(AtomicBool::new(false));
    let count = Arc::new(AtomicU64::new(0));
    let request: Arc<[u8]> = Arc::from(request);
    let started = Instant::now();
    let tasks: Vec<_> = (0..CONNECTIONS)
        .map(|_| {
            let (stop, count, request) =
                (Arc::clone(&stop), Arc::clone(&count), Arc::clone(&request));
            tokio::spawn(async move {
                let mut stream = TcpStream::connect(address).await.expect("connect");
                let _ = stream.set_nodelay(true);
                let mut buffer = Vec::with_capacity(8192);
                let mut done = 0u64;
                while !stop.load(Ordering::Relaxed) {
                    stream.write_all(&request).await.expect("write");
                    let (status, _) = read_response(&mut stream, &mut buffer)
                        .await
                        .expect("response");
                    assert_eq!(status, expected);
                    done += 1;
                }
                count.fetch_add(done, Ordering::Relaxed);
            })
        })
        .collect();
    tokio::time::sleep(ROUND).await;
    stop.store(true, Ordering::Relaxed);
    for task in tasks {
        task.await.expect("client task");
    }
    count.load(Ordering::Relaxed) as f64 / started.elapsed().as_secs_f64()
}

/// Reads one response framed by `content-length`; `buffer` carries bytes across calls.
async fn read_response(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> Option<(u16, Vec<u8>)> {
    loop {
        if let Some(head_end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = std::str::from_utf8(&buffer[..head_end]).ok()?;
            let status = head.get(9..12)?.parse().ok()?;
            let length = head
                .lines()
                .find_map(|l| {
                    l.strip_prefix("content-length: ")
                        .or_else(|| l.strip_prefix("Content-Length: "))
                })
                .and_then(|v| v.trim().parse::<usize>().ok())
                .unwrap_or(0);
            let total = head_end + 4 + length;
            while buffer.len() < total {
                read_more(stream, buffer).await?;
            }
            let body = buffer[head_end + 4..total].to_vec();
            buffer.drain(..total);
            return Some((status, body));
        }
        read_more(stream, buffer).await?;
    }
}

async fn read_more(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> Option<()> {
    let mut chunk = [0u8; 8192];
    let n = stream.read(&mut chunk).await.ok()?;
    (n > 0).then(|| buffer.extend_from_slice(&chunk[..n]))
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn median_duration(values: &mut [Duration]) -> Duration {
    values.sort();
    values[values.len() / 2]
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}
