//! Helpers shared by the mock server's tests: a raw HTTP/1.1 client (to see the exact status line, header
//! order and transfer encoding), the recorded examples, and JSON that keeps key order.

#![allow(dead_code, unreachable_pub)]

use std::net::SocketAddr;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// A response exactly as it came over the wire.
#[derive(Debug, Clone)]
pub struct RawResponse {
    pub status_line: String,
    pub status: u16,
    /// Names lower-cased, in the order received.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl RawResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8(self.body.clone()).expect("utf-8 body")
    }

    pub fn json(&self) -> Ordered {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("JSON body ({e}): {}", self.text()))
    }
}

/// A request to send.
#[derive(Debug, Clone)]
pub struct RawRequest {
    pub method: String,
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl RawRequest {
    pub fn new(method: &str, target: &str) -> Self {
        Self {
            method: method.into(),
            target: target.into(),
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    /// A POST of `body` as `application/json`, authorised with `token`.
    pub fn post_json(target: &str, token: &str, body: &str) -> Self {
        Self::new("POST", target)
            .header("authorization", &format!("Bearer {token}"))
            .header("content-type", "application/json")
            .body(body)
    }

    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    pub fn body(mut self, body: impl Into<Vec<u8>>) -> Self {
        self.body = body.into();
        self
    }

    fn bytes(&self, address: SocketAddr) -> Vec<u8> {
        let mut out = format!(
            "{} {} HTTP/1.1\r\nhost: {address}\r\n",
            self.method, self.target
        )
        .into_bytes();
        for (name, value) in &self.headers {
            out.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
        }
        if !self.body.is_empty() || self.method == "POST" {
            out.extend_from_slice(format!("content-length: {}\r\n", self.body.len()).as_bytes());
        }
        out.extend_from_slice(b"\r\n");
        out.extend_from_slice(&self.body);
        out
    }

    /// Sends the request on a fresh connection and reads one response.
    pub async fn send(&self, address: SocketAddr) -> RawResponse {
        let mut stream = TcpStream::connect(address)
            .await
            .expect("connect to the mock");
        stream
            .write_all(&self.bytes(address))
            .await
            .expect("write request");
        read_response(&mut stream, &self.method)
            .await
            .expect("a response")
    }
}

/// Reads one response from `stream`; `None` if the connection closed before a full one arrived.
pub async fn read_response(stream: &mut TcpStream, method: &str) -> Option<RawResponse> {
    let mut buffer = Vec::new();
    let head_end = loop {
        if let Some(i) = find(&buffer, b"\r\n\r\n") {
            break i;
        }
        let mut chunk = [0u8; 4096];
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8(buffer[..head_end].to_vec()).expect("ASCII head");
    let mut rest = buffer[head_end + 4..].to_vec();
    let mut lines = head.split("\r\n");
    let status_line = lines.next()?.to_owned();
    let status = status_line.split(' ').nth(1)?.parse().ok()?;
    let headers: Vec<(String, String)> = lines
        .map(|line| {
            let (name, value) = line.split_once(':').expect("header line");
            (name.to_ascii_lowercase(), value.trim().to_owned())
        })
        .collect();
    let get = |name: &str| {
        headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    let body = if method == "HEAD" {
        Vec::new()
    } else if get("transfer-encoding").as_deref() == Some("chunked") {
        let mut body = Vec::new();
        loop {
            let line_end = loop {
                if let Some(i) = find(&rest, b"\r\n") {
                    break i;
                }
                read_more(stream, &mut rest).await?;
            };
            let size =
                usize::from_str_radix(std::str::from_utf8(&rest[..line_end]).ok()?.trim(), 16)
                    .ok()?;
            while rest.len() < line_end + 2 + size + 2 {
                read_more(stream, &mut rest).await?;
            }
            body.extend_from_slice(&rest[line_end + 2..line_end + 2 + size]);
            rest.drain(..line_end + 2 + size + 2);
            if size == 0 {
                break body;
            }
        }
    } else {
        let length: usize = get("content-length").map_or(0, |v| v.parse().expect("content-length"));
        while rest.len() < length {
            read_more(stream, &mut rest).await?;
        }
        rest.truncate(length);
        rest
    };
    Some(RawResponse {
        status_line,
        status,
        headers,
        body,
    })
}

async fn read_more(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> Option<()> {
    let mut chunk = [0u8; 4096];
    let n = stream.read(&mut chunk).await.ok()?;
    (n > 0).then(|| buffer.extend_from_slice(&chunk[..n]))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// A recorded response of the real server (`tests/fixtures/*.json`).
#[derive(Debug, Clone)]
pub struct Fixture {
    pub name: String,
    pub status_line: String,
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Fixture {
    pub fn load(name: &str) -> Fixture {
        let path = format!("{}/tests/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let raw: Ordered = serde_json::from_str(&text).expect("fixture JSON");
        let status_line = raw
            .get("status_line")
            .and_then(Ordered::as_str)
            .expect("status_line")
            .to_owned();
        let status = status_line
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .expect("status");
        let headers = match raw.get("headers") {
            Some(Ordered::Object(entries)) => entries
                .iter()
                .map(|(k, v)| {
                    (
                        k.to_ascii_lowercase(),
                        v.as_str().expect("header value").to_owned(),
                    )
                })
                .collect(),
            _ => panic!("fixture headers"),
        };
        let body = raw
            .get("body_raw")
            .and_then(Ordered::as_str)
            .expect("body_raw")
            .to_owned();
        Fixture {
            name: name.to_owned(),
            status_line,
            status,
            headers,
            body,
        }
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> Ordered {
        serde_json::from_str(&self.body).expect("fixture body JSON")
    }

    /// Every fixture name in `tests/fixtures`.
    pub fn all_names() -> Vec<String> {
        let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .expect("fixtures directory")
            .filter_map(|e| {
                e.ok()?
                    .file_name()
                    .to_str()?
                    .strip_suffix(".json")
                    .map(str::to_owned)
            })
            .collect();
        names.sort();
        names
    }
}

/// JSON that keeps object key order (serde_json's map type sorts keys).
#[derive(Debug, Clone, PartialEq)]
pub enum Ordered {
    Null,
    Bool(bool),
    Number(serde_json::Number),
    String(String),
    Array(Vec<Ordered>),
    Object(Vec<(String, Ordered)>),
}

impl Ordered {
    pub fn get(&self, key: &str) -> Option<&Ordered> {
        match self {
            Ordered::Object(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Ordered::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn keys(&self) -> Vec<&str> {
        match self {
            Ordered::Object(entries) => entries.iter().map(|(k, _)| k.as_str()).collect(),
            _ => Vec::new(),
        }
    }

    /// Replaces the value of `key` (which must exist).
    pub fn set(&mut self, key: &str, value: Ordered) {
        match self {
            Ordered::Object(entries) => {
                let slot = entries
                    .iter_mut()
                    .find(|(k, _)| k == key)
                    .unwrap_or_else(|| panic!("no key {key}"));
                slot.1 = value;
            }
            _ => panic!("not an object"),
        }
    }

    /// Removes `key` and returns its value.
    pub fn remove(&mut self, key: &str) -> Option<Ordered> {
        match self {
            Ordered::Object(entries) => {
                let i = entries.iter().position(|(k, _)| k == key)?;
                Some(entries.remove(i).1)
            }
            _ => None,
        }
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Ordered> {
        match self {
            Ordered::Object(entries) => entries.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The JSON type name, for shape comparisons.
    pub fn kind(&self) -> &'static str {
        match self {
            Ordered::Null => "null",
            Ordered::Bool(_) => "boolean",
            Ordered::Number(n) if n.is_f64() => "float",
            Ordered::Number(_) => "integer",
            Ordered::String(_) => "string",
            Ordered::Array(_) => "array",
            Ordered::Object(_) => "object",
        }
    }

    /// Compact JSON text, keys in order.
    pub fn render(&self) -> String {
        match self {
            Ordered::Null => "null".into(),
            Ordered::Bool(b) => b.to_string(),
            Ordered::Number(n) => n.to_string(),
            Ordered::String(s) => serde_json::to_string(s).expect("string"),
            Ordered::Array(items) => format!(
                "[{}]",
                items
                    .iter()
                    .map(Ordered::render)
                    .collect::<Vec<_>>()
                    .join(",")
            ),
            Ordered::Object(entries) => format!(
                "{{{}}}",
                entries
                    .iter()
                    .map(|(k, v)| format!(
                        "{}:{}",
                        serde_json::to_string(k).expect("key"),
                        v.render()
                    ))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Ordered {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Ordered;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("JSON")
            }
            fn visit_unit<E>(self) -> Result<Ordered, E> {
                Ok(Ordered::Null)
            }
            fn visit_none<E>(self) -> Result<Ordered, E> {
                Ok(Ordered::Null)
            }
            fn visit_bool<E>(self, v: bool) -> Result<Ordered, E> {
                Ok(Ordered::Bool(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Ordered, E> {
                Ok(Ordered::Number(v.into()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Ordered, E> {
                Ok(Ordered::Number(v.into()))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Ordered, E> {
                serde_json::Number::from_f64(v)
                    .map(Ordered::Number)
                    .ok_or_else(|| E::custom("non-finite"))
            }
            fn visit_str<E>(self, v: &str) -> Result<Ordered, E> {
                Ok(Ordered::String(v.to_owned()))
            }
            fn visit_string<E>(self, v: String) -> Result<Ordered, E> {
                Ok(Ordered::String(v))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Ordered, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Ordered::Array(items))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Ordered, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Ordered::Object(entries))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// Asserts `actual` has the shape of `expected`: the same keys in the same order, the same JSON types, recursively.
pub fn assert_same_shape(expected: &Ordered, actual: &Ordered, path: &str) {
    assert_eq!(expected.kind(), actual.kind(), "type at {path}");
    match (expected, actual) {
        (Ordered::Object(e), Ordered::Object(a)) => {
            let ek: Vec<&str> = e.iter().map(|(k, _)| k.as_str()).collect();
            let ak: Vec<&str> = a.iter().map(|(k, _)| k.as_str()).collect();
            assert_eq!(ek, ak, "keys at {path}");
            for ((k, ev), (_, av)) in e.iter().zip(a) {
                assert_same_shape(ev, av, &format!("{path}.{k}"));
            }
        }
        (Ordered::Array(e), Ordered::Array(a)) => {
            assert_eq!(e.len(), a.len(), "length at {path}");
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                assert_same_shape(ev, av, &format!("{path}[{i}]"));
            }
        }
        _ => {}
    }
}

/// An organization without the member model (`plainorg`), its token, and Bob: a customer with one
/// member of the same email.
pub struct PlainOrg {
    pub token: String,
    pub customer: uuid::Uuid,
    pub member: uuid::Uuid,
}

/// Adds [`PlainOrg`] to `mock`.
pub fn plain_org_with_bob(mock: &polarsh_mock::MockServer) -> PlainOrg {
    use polarsh_mock::{AccessToken, Customer, Member, Organization};
    let org = mock
        .add_organization(Organization::new("plainorg"))
        .expect("org");
    let token = mock.add_token(AccessToken::new(org)).expect("token");
    let customer = mock
        .add_customer(Customer::new(org, "bob@example.com"))
        .expect("customer");
    let member = mock
        .add_member(Member::new(customer, "bob@example.com"))
        .expect("member");
    PlainOrg {
        token,
        customer,
        member,
    }
}

/// An SDK client of `mock` with `token`, without retries: a test sees each answer as the mock gave it.
pub fn sdk(mock: &polarsh_mock::MockServer, token: &str) -> polarsh::Polar {
    polarsh::Polar::builder()
        .access_token(token)
        .server_url(mock.url())
        .retry_config(polarsh::RetryConfig::none())
        .build()
        .expect("a client of the mock")
}

/// The customer portal of `customer`, through a customer session made with `polar`.
pub async fn portal_of(polar: &polarsh::Polar, customer: polarsh::Uuid) -> polarsh::CustomerPortal {
    let session = polar
        .customer_sessions()
        .create(polarsh::models::CustomerSessionCreate::for_customer(
            customer,
        ))
        .await
        .expect("a customer session");
    polar.customer_portal(&session.token)
}
