//! A webhook endpoint: verifies Polar's deliveries, skips retries it already handled, matches a
//! few events and answers `202` at once, leaving the work to a background task.
//!
//! ```sh
//! cargo run --example webhook_handler                        # self-test, exits 0 when all is well
//! POLAR_WEBHOOK_SECRET=whsec_... cargo run --example webhook_handler -- serve 127.0.0.1:8080
//! ```
//!
//! Without arguments it listens on 127.0.0.1 (a free port), sends itself a few deliveries signed
//! with `Webhook::sign` (good ones, a retry, a forged one, a stale one, an unknown event type),
//! checks the answers and what the background task received, and exits.

use std::collections::{HashSet, VecDeque};
use std::convert::Infallible;
use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use polarsh::models::CustomerState;
use polarsh::webhooks::{WEBHOOK_ID, Webhook, WebhookError, WebhookEvent};
use tokio::net::TcpListener;
use tokio::sync::mpsc;

/// Polar's deliveries are small; refuse anything much larger before reading it.
const MAX_BODY: usize = 10 * 1024 * 1024;
/// How many delivery ids to remember for deduplication (use a database in production).
const REMEMBERED_IDS: usize = 10_000;
/// The secret of the self-test; a real endpoint reads `POLAR_WEBHOOK_SECRET`.
const DEMO_SECRET: &str = "whsec_ZXhhbXBsZSBzZWNyZXQgZm9yIHRoZSBkZW1v";

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// What the handler hands to the background task.
#[derive(Debug)]
enum Job {
    /// A verified event, to act on.
    Event { id: String, event: WebhookEvent },
    /// An authentic delivery whose payload this version cannot decode: keep it for later.
    Undecoded { id: String, payload: Bytes },
}

struct State {
    webhook: Webhook,
    seen: Mutex<Seen>,
    jobs: mpsc::UnboundedSender<Job>,
}

/// The ids of deliveries already accepted, oldest first.
#[derive(Default)]
struct Seen {
    ids: HashSet<String>,
    order: VecDeque<String>,
}

impl Seen {
    /// Records `id`; false when it was there already (a retry).
    fn insert(&mut self, id: &str) -> bool {
        if !self.ids.insert(id.to_owned()) {
            return false;
        }
        self.order.push_back(id.to_owned());
        if self.order.len() > REMEMBERED_IDS
            && let Some(oldest) = self.order.pop_front()
        {
            self.ids.remove(&oldest);
        }
        true
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), BoxError> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None => self_test().await,
        Some("serve") => {
            let secret = std::env::var("POLAR_WEBHOOK_SECRET")
                .map_err(|_| "set POLAR_WEBHOOK_SECRET to the endpoint's secret (whsec_...)")?;
            let addr = args.get(1).map_or("127.0.0.1:8080", String::as_str);
            let (jobs, mut receiver) = mpsc::unbounded_channel();
            tokio::spawn(async move {
                while let Some(job) = receiver.recv().await {
                    work(&job);
                }
            });
            let listener = TcpListener::bind(addr).await?;
            println!("listening on http://{}/webhooks", listener.local_addr()?);
            serve(listener, state(Webhook::new(secret), jobs)).await
        }
        Some(_) => Err("usage: webhook_handler [serve [ADDR]]".into()),
    }
}

fn state(webhook: Webhook, jobs: mpsc::UnboundedSender<Job>) -> Arc<State> {
    Arc::new(State {
        webhook,
        seen: Mutex::new(Seen::default()),
        jobs,
    })
}

/// Accepts connections until the listener fails.
async fn serve(listener: TcpListener, state: Arc<State>) -> Result<(), BoxError> {
    loop {
        let (stream, _) = listener.accept().await?;
        let state = Arc::clone(&state);
        tokio::spawn(async move {
            let service = service_fn(move |request| handle(request, Arc::clone(&state)));
            if let Err(err) = http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await
            {
                eprintln!("connection: {err}");
            }
        });
    }
}

/// Verifies one delivery and queues it: no slow work before the answer.
async fn handle(
    request: Request<Incoming>,
    state: Arc<State>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    if request.method() != Method::POST || request.uri().path() != "/webhooks" {
        return Ok(answer(StatusCode::NOT_FOUND, "not found"));
    }
    let (parts, body) = request.into_parts();
    // The raw bytes, exactly as sent: the signature covers them, not a parsed form.
    let body = match Limited::new(body, MAX_BODY).collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(_) => return Ok(answer(StatusCode::PAYLOAD_TOO_LARGE, "body too large")),
    };
    let verified = state.webhook.verify(&parts.headers, &body);
    // Once verified, the id is Polar's: it names the event across retries.
    let id = || {
        let value = parts.headers.get(WEBHOOK_ID);
        value
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let job = match verified {
        Ok(event) => Job::Event { id: id(), event },
        Err(WebhookError::Decode { payload, path, .. }) => {
            eprintln!("authentic delivery {} does not decode at {path}", id());
            Job::Undecoded { id: id(), payload }
        }
        Err(err) => {
            eprintln!("refused a delivery: {err}");
            return Ok(answer(StatusCode::BAD_REQUEST, "invalid webhook"));
        }
    };
    let id = match &job {
        Job::Event { id, .. } | Job::Undecoded { id, .. } => id.clone(),
    };
    let fresh = state
        .seen
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .insert(&id);
    if fresh && state.jobs.send(job).is_err() {
        return Ok(answer(StatusCode::SERVICE_UNAVAILABLE, "shutting down"));
    }
    Ok(answer(
        StatusCode::ACCEPTED,
        if fresh { "accepted" } else { "duplicate" },
    ))
}

fn answer(status: StatusCode, text: &'static str) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from_static(text.as_bytes())));
    *response.status_mut() = status;
    response
}

/// The work behind the answer; returns a one-line summary.
fn work(job: &Job) -> String {
    let summary = match job {
        Job::Event { id, event } => match event {
            WebhookEvent::OrderPaid(paid) => {
                let order = &paid.data;
                format!(
                    "{id}: order {} paid, {} {} by {}",
                    order.id,
                    order.total_amount,
                    order.currency,
                    order
                        .customer
                        .email
                        .as_deref()
                        .unwrap_or("a customer without email")
                )
            }
            WebhookEvent::SubscriptionCanceled(canceled) => match canceled.data.ends_at {
                Some(ends_at) => format!(
                    "{id}: subscription {} canceled, access ends at {ends_at}",
                    canceled.data.id
                ),
                None => format!("{id}: subscription {} canceled", canceled.data.id),
            },
            WebhookEvent::CustomerCreated(created) => format!(
                "{id}: customer {} created",
                created.data.email.as_deref().unwrap_or("without email")
            ),
            WebhookEvent::CustomerStateChanged(changed) => match &changed.data {
                CustomerState::Individual(state) => format!(
                    "{id}: customer {} now has {} active subscriptions",
                    state.email,
                    state.active_subscriptions.len()
                ),
                CustomerState::Team(state) => format!(
                    "{id}: team {} now has {} active subscriptions",
                    state.id,
                    state.active_subscriptions.len()
                ),
                _ => format!("{id}: a customer of a new kind changed"),
            },
            WebhookEvent::Unknown { event_type, .. } => {
                format!("{id}: new event type {event_type}")
            }
            other => format!("{id}: {} (not handled here)", other.event_type()),
        },
        Job::Undecoded { id, payload } => format!("{id}: stored {} bytes", payload.len()),
    };
    println!("{summary}");
    summary
}

/// One request of the self-test and the answer it must get.
struct Delivery {
    what: &'static str,
    headers: polarsh::http::HeaderMap,
    body: &'static [u8],
    answer: (u16, &'static str),
}

/// Runs the endpoint and sends it signed deliveries, checking every answer.
async fn self_test() -> Result<(), BoxError> {
    let webhook = Webhook::new(DEMO_SECRET);
    let (jobs, mut receiver) = mpsc::unbounded_channel();
    let listener = TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0))).await?;
    let url = format!("http://{}/webhooks", listener.local_addr()?);
    let server = tokio::spawn(serve(listener, state(webhook.clone(), jobs)));

    let now = SystemTime::now().duration_since(UNIX_EPOCH)?.as_secs();
    let forger = Webhook::new("whsec_bm90IHRoZSBlbmRwb2ludCdzIHNlY3JldA==");
    // An order as Polar sends it (nullable fields that are null left out, for brevity).
    let order = br#"{"type":"order.paid","timestamp":"2026-10-01T12:00:00Z","data":{
        "id":"5c7d4a10-3e2f-4b8a-9c61-2f0e8d7b6a54","created_at":"2026-10-01T11:59:58Z",
        "status":"paid","paid":true,"subtotal_amount":2000,"discount_amount":0,
        "net_amount":2000,"tax_amount":400,"total_amount":2400,"applied_balance_amount":0,
        "due_amount":0,"refunded_amount":0,"refunded_tax_amount":0,"currency":"eur",
        "billing_reason":"purchase","is_invoice_generated":false,
        "customer_id":"0eba1e16-d835-4184-94f7-1c8c5a9b1b49","metadata":{},
        "platform_fee_amount":0,"customer":{"id":"0eba1e16-d835-4184-94f7-1c8c5a9b1b49",
        "created_at":"2026-10-01T11:59:00Z","metadata":{},"email":"alice@example.com",
        "email_verified":true,"type":"individual",
        "organization_id":"f7b06e5b-2527-4c9b-9cf9-078024c05f0c"},
        "items":[],"description":"Pro plan","refundable_amount":2400,"refundable_tax_amount":400}}"#;
    let customer = br#"{"type":"customer.created","timestamp":"2026-10-01T12:00:01Z","data":{
        "id":"0eba1e16-d835-4184-94f7-1c8c5a9b1b49","created_at":"2026-10-01T12:00:00Z",
        "modified_at":null,"metadata":{},"email":"alice@example.com","email_verified":true,
        "type":"individual","organization_id":"f7b06e5b-2527-4c9b-9cf9-078024c05f0c"}}"#;
    let unknown = br#"{"type":"invoice.sent","timestamp":"2026-10-01T12:00:02Z","data":{}}"#;
    let broken = br#"{"type":"customer.created","timestamp":"2026-10-01T12:00:03Z","data":{}}"#;

    let delivery = |what, signer: &Webhook, id, timestamp, body: &'static [u8], answer| Delivery {
        what,
        headers: signer.sign(id, timestamp, body),
        body,
        answer,
    };
    let deliveries = [
        delivery(
            "order paid",
            &webhook,
            "evt_1",
            now,
            order,
            (202, "accepted"),
        ),
        delivery(
            "the same, retried",
            &webhook,
            "evt_1",
            now + 30,
            order,
            (202, "duplicate"),
        ),
        delivery(
            "customer created",
            &webhook,
            "evt_2",
            now,
            customer,
            (202, "accepted"),
        ),
        delivery(
            "forged",
            &forger,
            "evt_3",
            now,
            order,
            (400, "invalid webhook"),
        ),
        delivery(
            "replayed an hour later",
            &webhook,
            "evt_4",
            now - 3600,
            order,
            (400, "invalid webhook"),
        ),
        delivery(
            "unknown event type",
            &webhook,
            "evt_5",
            now,
            unknown,
            (202, "accepted"),
        ),
        delivery(
            "authentic, undecodable",
            &webhook,
            "evt_6",
            now,
            broken,
            (202, "accepted"),
        ),
    ];
    let client = polarsh::reqwest::Client::new();
    for Delivery {
        what,
        headers,
        body,
        answer: (status, text),
    } in deliveries
    {
        let response = client
            .post(&url)
            .headers(headers)
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await?;
        let got = (response.status().as_u16(), response.text().await?);
        if got != (status, text.to_owned()) {
            return Err(format!("{what}: expected {status} {text:?}, got {got:?}").into());
        }
        println!("{what}: {status} {text}");
    }

    let expected = [
        "evt_1: order 5c7d4a10-3e2f-4b8a-9c61-2f0e8d7b6a54 paid, 2400 eur by alice@example.com",
        "evt_2: customer alice@example.com created",
        "evt_5: new event type invoice.sent",
        "evt_6: stored",
    ];
    for expect in expected {
        let job = receiver.recv().await.ok_or("the handler stopped")?;
        let summary = work(&job);
        if !summary.starts_with(expect) {
            return Err(format!("expected {expect:?}, the worker got {summary:?}").into());
        }
    }
    if let Ok(extra) = receiver.try_recv() {
        return Err(format!("an unexpected job: {extra:?}").into());
    }
    server.abort();
    println!("webhook handler self-test: all deliveries answered as expected");
    Ok(())
}
