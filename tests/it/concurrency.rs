//! One client, cloned across a thousand concurrent calls against a server that fails at random
//! (with a fixed seed): every call ends in its budget, every session the server created is
//! accounted for, and the client keeps working, also after calls dropped mid-flight.

use crate::common;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{Recorded, Reply, TestServer, fixture};
use polarsh::models::{CustomerSession, CustomerSessionCreate};
use polarsh::{ApiError, DecodeError, Error, HttpValidationError, Polar, RetryConfig, Uuid};

/// The seed of the server's failures.
const SEED: u64 = 0x0DD_BA11;

/// How many callers run at once.
const CALLERS: u128 = 1_000;

/// Customers from this id on are always served at once (for the checks after the storm).
const CALM: u128 = 1_000_000;

/// The time budget of each call, and the timeout of each attempt.
const BUDGET: Duration = Duration::from_secs(30);
const TIMEOUT: Duration = Duration::from_secs(10);

/// What a loaded machine may add to a deadline before a call counts as hung.
const SLACK: Duration = Duration::from_secs(2);

/// What the server does with one attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fate {
    /// Answers 503 and creates nothing (10%).
    Unavailable,
    /// Creates the session, then drops the connection without answering (5%).
    Lost,
    /// Creates the session and answers 201 (85%).
    Created,
}

/// The fate of attempt `attempt` (1-based) for `customer`: fixed by the seed, whatever the order
/// in which the requests arrive.
fn fate(customer: u128, attempt: u32) -> Fate {
    if customer >= CALM {
        return Fate::Created;
    }
    let key = (customer as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ u64::from(attempt) << 40;
    match fastrand::Rng::with_seed(SEED ^ key).u32(0..100) {
        0..10 => Fate::Unavailable,
        10..15 => Fate::Lost,
        _ => Fate::Created,
    }
}

/// One session the server created.
#[derive(Debug, Clone)]
struct Create {
    customer: u128,
    id: Uuid,
    answered: bool,
}

#[derive(Debug, Default)]
struct Ledger {
    attempts: HashMap<u128, u32>,
    creates: Vec<Create>,
    unavailable: usize,
}

/// A customer-sessions server whose answers follow [`fate`], keeping a ledger of what it did.
/// Customers whose id is in `hang` get no answer at all.
async fn polar_server(hang: std::ops::Range<u128>) -> (TestServer, Arc<Mutex<Ledger>>) {
    let ledger = Arc::new(Mutex::new(Ledger::default()));
    let template: serde_json::Value =
        serde_json::from_str(&fixture("201-customer-session").body).unwrap();
    let book = ledger.clone();
    let server = TestServer::with_handler(move |request: &Recorded| {
        let customer = customer_of(request);
        if hang.contains(&customer) {
            return Reply::Hang;
        }
        let mut ledger = book.lock().unwrap();
        let attempt = {
            let seen = ledger.attempts.entry(customer).or_default();
            *seen += 1;
            *seen
        };
        let fate = fate(customer, attempt);
        if fate == Fate::Unavailable {
            ledger.unavailable += 1;
            return Reply::json(503, r#"{"error":"Unavailable","detail":"try again"}"#);
        }
        let id = Uuid::from_u128(customer << 32 | u128::from(attempt));
        ledger.creates.push(Create {
            customer,
            id,
            answered: fate == Fate::Created,
        });
        if fate == Fate::Lost {
            return Reply::Close;
        }
        let mut body = template.clone();
        body["id"] = serde_json::Value::String(id.to_string());
        body["customer_id"] = serde_json::Value::String(Uuid::from_u128(customer).to_string());
        Reply::json(201, &body.to_string())
    })
    .await;
    (server, ledger)
}

fn customer_of(request: &Recorded) -> u128 {
    let id = request.json()["customer_id"].as_str().unwrap().to_owned();
    Uuid::parse_str(&id).unwrap().as_u128()
}

fn client(server: &TestServer) -> Polar {
    Polar::builder()
        .access_token("polar_oat_test_token_123")
        .server_url(server.url())
        .timeout(TIMEOUT)
        .retry_config(
            RetryConfig::default()
                .initial_interval(Duration::from_millis(5))
                .max_interval(Duration::from_millis(50))
                .max_elapsed_time(BUDGET),
        )
        .build()
        .unwrap()
}

async fn create(polar: &Polar, customer: u128) -> Result<CustomerSession, Error> {
    polar
        .customer_sessions()
        .create(CustomerSessionCreate::for_customer(Uuid::from_u128(
            customer,
        )))
        .await
}

/// What the fates say should happen to one caller, given that every call ends in success:
/// the attempts it takes and the sessions created whose answer was lost.
fn foreseen(customer: u128) -> (u32, usize) {
    let mut lost = 0;
    for attempt in 1.. {
        match fate(customer, attempt) {
            Fate::Created => return (attempt, lost),
            Fate::Lost => lost += 1,
            Fate::Unavailable => {}
        }
    }
    unreachable!()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_concurrent_creates_account_for_every_session() {
    let (server, ledger) = polar_server(0..0).await;
    let polar = client(&server);
    let started = Instant::now();
    let mut calls = tokio::task::JoinSet::new();
    for customer in 1..=CALLERS {
        let polar = polar.clone();
        calls.spawn(async move {
            let started = Instant::now();
            let result = create(&polar, customer).await;
            (customer, result, started.elapsed())
        });
    }
    let mut results = HashMap::new();
    let mut slowest = Duration::ZERO;
    // A watchdog: a call that outlives its budget fails the test rather than hanging it.
    let watchdog = BUDGET + SLACK;
    while let Some(joined) = tokio::time::timeout(watchdog, calls.join_next())
        .await
        .expect("a call outlived its budget")
    {
        let (customer, result, elapsed) = joined.expect("no call panics");
        assert!(
            elapsed <= BUDGET + SLACK,
            "customer {customer}: {elapsed:?}"
        );
        slowest = slowest.max(elapsed);
        match &result {
            Ok(_) => {}
            Err(Error::Api(e)) if e.status == 503 => {}
            Err(Error::Connection { .. } | Error::Timeout { .. }) => {}
            Err(other) => panic!("customer {customer}: an untyped outcome {other:?}"),
        }
        results.insert(customer, result);
    }
    let storm = started.elapsed();

    // A copy of the ledger: the server's handler takes the lock, so it is not held across the
    // calls below.
    let (ledger_creates, unavailable) = {
        let ledger = ledger.lock().unwrap();
        (ledger.creates.clone(), ledger.unavailable)
    };
    let oks = results.values().filter(|r| r.is_ok()).count();
    // Each caller's sessions, from the server's ledger.
    let mut created: HashMap<u128, Vec<&Create>> = HashMap::new();
    for create in &ledger_creates {
        created.entry(create.customer).or_default().push(create);
    }
    let mut duplicates = 0;
    let mut orphans = 0;
    for (customer, result) in &results {
        let mine = created.get(customer).map(Vec::as_slice).unwrap_or_default();
        let lost = mine.iter().filter(|c| !c.answered).count();
        let answered: Vec<_> = mine.iter().filter(|c| c.answered).collect();
        match result {
            Ok(session) => {
                // The caller got the one session whose answer the server sent, and every other
                // session made for it was made by an attempt whose answer was lost: a retry
                // repeated the create.
                assert_eq!(answered.len(), 1, "customer {customer}: {mine:?}");
                assert_eq!(session.id, answered[0].id, "customer {customer}");
                assert_eq!(session.customer_id, Uuid::from_u128(*customer));
                duplicates += lost;
            }
            Err(_) => {
                // A failed call got no session; whatever the server made for it is orphaned.
                assert!(answered.is_empty(), "customer {customer}: {mine:?}");
                orphans += lost;
            }
        }
    }
    let creates = ledger_creates.len();
    eprintln!(
        "{CALLERS} callers in {} ms (slowest call {} ms): {} requests, {} answered 503, \
         {creates} sessions created, {oks} Ok, {duplicates} duplicates, {orphans} orphans",
        storm.as_millis(),
        slowest.as_millis(),
        server.requests().len(),
        unavailable,
    );
    // The server's creates are the callers' successes plus the creates a retry repeated.
    assert_eq!(creates, oks + duplicates + orphans);
    // With the seed, every call succeeds within its budget, and the counts are those the
    // fates foretell: nothing was retried that the fates did not fail, nothing created twice
    // by the HTTP stack.
    let (mut attempts, mut foretold) = (0, 0);
    for customer in 1..=CALLERS {
        let (a, lost) = foreseen(customer);
        attempts += a as usize;
        foretold += lost;
    }
    assert_eq!(oks, CALLERS as usize);
    assert_eq!(orphans, 0);
    assert_eq!(duplicates, foretold);
    assert_eq!(duplicates, 54, "the count the README states for this seed");
    assert_eq!(server.requests().len(), attempts);

    // The client still works, at once.
    for customer in CALM..CALM + 20 {
        let started = Instant::now();
        let session = create(&polar, customer).await.unwrap();
        assert_eq!(session.customer_id, Uuid::from_u128(customer));
        assert!(started.elapsed() < Duration::from_secs(2));
    }
}

/// Calls cut off at every stage (before connecting, mid-request, awaiting the answer, mid-body,
/// during a backoff) leave the client as good as new.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn calls_dropped_mid_flight_leave_the_client_usable() {
    // Customers 1 to 99 never get an answer: their calls can only end by being dropped.
    let (server, _ledger) = polar_server(1..100).await;
    let polar = client(&server);
    let mut rng = fastrand::Rng::with_seed(SEED);

    // Dropped by a timeout around the call, at random points of the storm's calls.
    let mut calls = tokio::task::JoinSet::new();
    for customer in 100..400 {
        let polar = polar.clone();
        let cut = Duration::from_micros(rng.u64(0..30_000));
        calls.spawn(async move {
            tokio::time::timeout(cut, create(&polar, customer))
                .await
                .is_err()
        });
    }
    // Dropped by select!, while waiting on a server that never answers.
    for customer in 1..50 {
        let polar = polar.clone();
        calls.spawn(async move {
            tokio::select! {
                _ = create(&polar, customer) => false,
                () = tokio::time::sleep(Duration::from_millis(50)) => true,
            }
        });
    }
    let mut cut = 0;
    while let Some(joined) = calls.join_next().await {
        if joined.expect("no call panics") {
            cut += 1;
        }
    }
    // Spawned calls aborted outright.
    let hung: Vec<_> = (50..100)
        .map(|customer| {
            let polar = polar.clone();
            tokio::spawn(async move { create(&polar, customer).await })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(100)).await;
    for call in &hung {
        call.abort();
    }
    for call in hung {
        assert!(call.await.unwrap_err().is_cancelled());
    }
    eprintln!("{cut} of 349 calls dropped mid-flight, 50 aborted");
    assert!(
        cut >= 49,
        "the calls to the silent customers must all be cut: {cut}"
    );

    // Afterwards, the same client serves calls at once and in full.
    let started = Instant::now();
    let mut after = tokio::task::JoinSet::new();
    for customer in CALM..CALM + 100 {
        let polar = polar.clone();
        after.spawn(async move { (customer, create(&polar, customer).await) });
    }
    while let Some(joined) = after.join_next().await {
        let (customer, result) = joined.unwrap();
        let session = result.unwrap_or_else(|e| panic!("customer {customer}: {e}"));
        assert_eq!(session.customer_id, Uuid::from_u128(customer));
    }
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}

/// A call dropped in the middle of a body: its connection is not reused, so the rest of that
/// body never reaches the next call.
#[tokio::test]
async fn a_call_dropped_mid_body_leaks_nothing_into_the_next() {
    let body = fixture("201-customer-session").body;
    let (first, rest) = body.split_at(body.len() / 2);
    let head = format!(
        "HTTP/1.1 201 Created\r\ncontent-length: {}\r\n\r\n",
        body.len()
    );
    let second = body.replace("212f9baf", "cccccccc");
    let server = TestServer::start(vec![
        Reply::raw(head + first).then(Reply::raw(rest).after(Duration::from_millis(300))),
        Reply::json(201, &second),
    ])
    .await;
    let polar = server.client(RetryConfig::none());
    let cut = tokio::time::timeout(Duration::from_millis(100), create(&polar, 1)).await;
    assert!(cut.is_err(), "{cut:?}");
    tokio::time::sleep(Duration::from_millis(300)).await;
    let session = create(&polar, 2).await.unwrap();
    assert!(
        session.id.to_string().starts_with("cccccccc"),
        "{session:?}"
    );
    assert_eq!(server.requests().len(), 2);
}

/// A call dropped while it waits to retry stops there: no retry is sent later.
#[tokio::test]
async fn a_call_dropped_during_its_backoff_sends_nothing_more() {
    let server = TestServer::start(vec![
        Reply::new(503, &[("retry-after", "1")], ""),
        Reply::fixture("201-customer-session"),
    ])
    .await;
    let polar = server.client(RetryConfig::default());
    let cut = tokio::time::timeout(Duration::from_millis(200), create(&polar, 1)).await;
    assert!(cut.is_err(), "{cut:?}");
    tokio::time::sleep(Duration::from_millis(1200)).await;
    assert_eq!(server.requests().len(), 1, "the dropped call retried");
    let started = Instant::now();
    create(&polar, 2).await.unwrap();
    assert!(started.elapsed() < Duration::from_millis(500));
}

/// The client, its errors and its calls cross threads and outlive the scope that made them.
#[test]
fn the_client_errors_and_calls_are_send_sync_and_static() {
    fn send_sync_static<T: Send + Sync + 'static>() {}
    fn spawnable<F: Future<Output = Result<CustomerSession, Error>> + Send + 'static>(_: F) {}
    send_sync_static::<Polar>();
    send_sync_static::<Error>();
    send_sync_static::<ApiError>();
    send_sync_static::<DecodeError>();
    send_sync_static::<HttpValidationError>();
    send_sync_static::<polarsh::RequestOptions>();
    let polar = Polar::builder()
        .access_token("polar_oat_test_token_123")
        .build()
        .unwrap();
    // Built, never run: the point is that it compiles.
    spawnable(async move { create(&polar, 1).await });
}
