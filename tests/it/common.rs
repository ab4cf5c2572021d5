//! A scripted HTTP/1.1 server on 127.0.0.1 for the tests: it answers each request with the next
//! scripted reply, byte for byte, and records what it received.

#![allow(dead_code, unreachable_pub)]

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// A recorded response of Polar's real server, from `tests/fixtures/`.
#[derive(Debug, Clone)]
pub struct Fixture {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

/// Loads `tests/fixtures/{name}.json`.
pub fn fixture(name: &str) -> Fixture {
    let path = format!("{}/tests/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let status_line = value["status_line"].as_str().unwrap();
    let status = status_line.split(' ').nth(1).unwrap().parse().unwrap();
    let headers = value["headers"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_owned()))
        .collect();
    Fixture {
        status,
        headers,
        body: value["body_raw"].as_str().unwrap().to_owned(),
    }
}

/// What the server does with one request.
#[derive(Debug, Clone)]
pub enum Reply {
    /// Writes these bytes as they are, then keeps the connection open for the next request.
    Raw(Vec<u8>),
    /// Waits, then does the inner reply.
    Delay(Duration, Box<Reply>),
    /// Closes the connection without answering.
    Close,
    /// Never answers (until the client gives up).
    Hang,
    /// Resets the connection: closes it with an RST instead of a FIN.
    Reset,
    /// Carries out these replies in turn on the same connection, stopping after one that ends
    /// it (`Close`, `Reset`, `Hang`, a failed write).
    Seq(Vec<Reply>),
    /// Writes `chunk` `times` times, as fast as the client reads, without ever holding more than
    /// one chunk: a body of any size, streamed. Stops when the client goes away.
    Repeat { chunk: Vec<u8>, times: u64 },
}

impl Reply {
    /// A response with the given status, headers and body; `content-length` is added unless a
    /// `content-length` or `transfer-encoding` header is given.
    pub fn new(status: u16, headers: &[(&str, &str)], body: &str) -> Reply {
        let mut raw = format!("HTTP/1.1 {status} {}\r\n", reason(status));
        let framed = headers.iter().any(|(k, _)| {
            k.eq_ignore_ascii_case("content-length") || k.eq_ignore_ascii_case("transfer-encoding")
        });
        for (name, value) in headers {
            raw.push_str(&format!("{name}: {value}\r\n"));
        }
        if !framed {
            raw.push_str(&format!("content-length: {}\r\n", body.len()));
        }
        raw.push_str("\r\n");
        let chunked = headers.iter().any(|(k, v)| {
            k.eq_ignore_ascii_case("transfer-encoding") && v.eq_ignore_ascii_case("chunked")
        });
        if chunked {
            if !body.is_empty() {
                raw.push_str(&format!("{:x}\r\n{body}\r\n", body.len()));
            }
            raw.push_str("0\r\n\r\n");
        } else {
            raw.push_str(body);
        }
        Reply::Raw(raw.into_bytes())
    }

    /// A JSON response.
    pub fn json(status: u16, body: &str) -> Reply {
        Reply::new(status, &[("content-type", "application/json")], body)
    }

    /// The recorded response `tests/fixtures/{name}.json`, with its headers as recorded.
    pub fn fixture(name: &str) -> Reply {
        let fixture = fixture(name);
        let headers: Vec<(&str, &str)> = fixture
            .headers
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        Reply::new(fixture.status, &headers, &fixture.body)
    }

    /// This reply after a delay.
    pub fn after(self, delay: Duration) -> Reply {
        Reply::Delay(delay, Box::new(self))
    }

    /// These bytes as they are (the connection stays open).
    pub fn raw(bytes: impl AsRef<[u8]>) -> Reply {
        Reply::Raw(bytes.as_ref().to_vec())
    }

    /// This reply, then `next` on the same connection (unless this one ended it).
    pub fn then(self, next: Reply) -> Reply {
        match self {
            Reply::Seq(mut replies) => {
                replies.push(next);
                Reply::Seq(replies)
            }
            first => Reply::Seq(vec![first, next]),
        }
    }

    /// `bytes` one at a time, `interval` before each.
    pub fn drip(bytes: impl AsRef<[u8]>, interval: Duration) -> Reply {
        Reply::Seq(
            bytes
                .as_ref()
                .iter()
                .map(|&b| Reply::Raw(vec![b]).after(interval))
                .collect(),
        )
    }
}

fn reason(status: u16) -> &'static str {
    polarsh::reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("Whatever")
}

/// A request as the server received it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    /// Names in lower case, in the order received.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Recorded {
    /// The value of the header `name` (any case), if it was sent once or more.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The body as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("a JSON request body")
    }
}

/// Chooses the reply to a request (see [`TestServer::with_handler`]).
pub type Handler = Arc<dyn Fn(&Recorded) -> Reply + Send + Sync>;

/// The scripted server. Stops when dropped.
pub struct TestServer {
    pub addr: SocketAddr,
    requests: Arc<Mutex<Vec<Recorded>>>,
    written: Arc<AtomicU64>,
    task: JoinHandle<()>,
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl TestServer {
    /// Serves `replies` in order, one per request; once they run out, answers 599.
    pub async fn start(replies: Vec<Reply>) -> TestServer {
        let script = Mutex::new(VecDeque::from(replies));
        TestServer::with_handler(move |_| {
            script
                .lock()
                .unwrap()
                .pop_front()
                .unwrap_or_else(|| Reply::json(599, r#"{"detail":"no scripted reply left"}"#))
        })
        .await
    }

    /// Answers each request with what `handler` returns for it (called once per request, after
    /// the request is recorded, from any connection's task).
    pub async fn with_handler(
        handler: impl Fn(&Recorded) -> Reply + Send + Sync + 'static,
    ) -> TestServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let written = Arc::new(AtomicU64::new(0));
        let handler: Handler = Arc::new(handler);
        let (recorded, counter) = (requests.clone(), written.clone());
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                tokio::spawn(serve(
                    stream,
                    handler.clone(),
                    recorded.clone(),
                    counter.clone(),
                ));
            }
        });
        TestServer {
            addr,
            requests,
            written,
            task,
        }
    }

    /// How many bytes the server has written to its clients so far, over all connections.
    pub fn bytes_written(&self) -> u64 {
        self.written.load(Ordering::Relaxed)
    }

    /// The base URL to give `Polar::builder().server_url(..)`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// What the server received so far.
    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap().clone()
    }

    /// A client for this server: the given token, retries as given.
    pub fn client(&self, retry: polarsh::RetryConfig) -> polarsh::Polar {
        polarsh::Polar::builder()
            .access_token("polar_oat_test_token_123")
            .server_url(self.url())
            .retry_config(retry)
            .build()
            .unwrap()
    }
}

/// A loopback address with nothing listening on it.
///
/// The address is on 127.0.0.3, where no test server listens (they all bind 127.0.0.1): the
/// port, free once the probe is dropped, cannot be taken by a server of another test running
/// at the same time.
pub async fn closed_port() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.3:0").await.unwrap();
    listener.local_addr().unwrap()
}

async fn serve(
    mut stream: TcpStream,
    handler: Handler,
    recorded: Arc<Mutex<Vec<Recorded>>>,
    written: Arc<AtomicU64>,
) {
    let mut buffer = Vec::new();
    loop {
        let Some(request) = read_request(&mut stream, &mut buffer).await else {
            return;
        };
        recorded.lock().unwrap().push(request.clone());
        let reply = handler(&request);
        match answer(&mut stream, reply, &written).await {
            Outcome::KeepOpen => {}
            Outcome::Close => return,
            Outcome::Reset => {
                // An RST rather than a FIN: the client sees "connection reset by peer".
                let _ = stream.set_zero_linger();
                drop(stream);
                return;
            }
        }
    }
}

/// What to do with the connection after a reply.
enum Outcome {
    KeepOpen,
    Close,
    Reset,
}

/// Carries out one reply.
async fn answer(stream: &mut TcpStream, mut reply: Reply, written: &AtomicU64) -> Outcome {
    loop {
        match reply {
            Reply::Raw(bytes) => {
                if stream.write_all(&bytes).await.is_err() {
                    return Outcome::Close;
                }
                written.fetch_add(bytes.len() as u64, Ordering::Relaxed);
                return Outcome::KeepOpen;
            }
            Reply::Delay(delay, inner) => {
                tokio::time::sleep(delay).await;
                reply = *inner;
            }
            Reply::Close => return Outcome::Close,
            Reply::Reset => return Outcome::Reset,
            Reply::Hang => {
                tokio::time::sleep(Duration::from_secs(3600)).await;
                return Outcome::Close;
            }
            Reply::Seq(replies) => {
                for reply in replies {
                    match Box::pin(answer(stream, reply, written)).await {
                        Outcome::KeepOpen => {}
                        end => return end,
                    }
                }
                return Outcome::KeepOpen;
            }
            Reply::Repeat { chunk, times } => {
                for _ in 0..times {
                    if stream.write_all(&chunk).await.is_err() {
                        return Outcome::Close;
                    }
                    written.fetch_add(chunk.len() as u64, Ordering::Relaxed);
                }
                return Outcome::KeepOpen;
            }
        }
    }
}

async fn read_request(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> Option<Recorded> {
    let head_end = loop {
        if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break end;
        }
        let mut chunk = [0u8; 4096];
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let method = first.next()?.to_owned();
    let path = first.next()?.to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let body_start = head_end + 4;
    while buffer.len() < body_start + length {
        let mut chunk = [0u8; 4096];
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..n]);
    }
    let body = buffer[body_start..body_start + length].to_vec();
    buffer.drain(..body_start + length);
    Some(Recorded {
        method,
        path,
        headers,
        body,
    })
}

/// The customer of the recorded customer-session answer, as JSON text: a real server's
/// customer, for answers the recordings do not cover.
pub fn customer_json() -> String {
    let body: serde_json::Value =
        serde_json::from_str(&fixture("201-customer-session").body).unwrap();
    body["customer"].to_string()
}

/// A list answer: `items` (JSON texts) and Polar's page-number pagination.
pub fn page_json(items: &[String], total_count: u64, max_page: u64) -> String {
    format!(
        r#"{{"items":[{}],"pagination":{{"total_count":{total_count},"max_page":{max_page}}}}}"#,
        items.join(",")
    )
}

/// The value of `name` in a request target's query string, every occurrence, still encoded.
pub fn query_values<'a>(target: &'a str, name: &str) -> Vec<&'a str> {
    let query = target.split_once('?').map_or("", |(_, q)| q);
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .filter(|(n, _)| *n == name)
        .map(|(_, v)| v)
        .collect()
}
