//! Lists: one page, and `.stream()` over many, against a local server that serves pages.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use crate::common::{Reply, TestServer, customer_json, page_json, query_values};

use futures_util::StreamExt;
use polarsh::{Error, Polar, RequestOptions, RetryConfig};

/// `n` customers whose ids differ, as JSON texts.
fn customers(first: u32, n: u32) -> Vec<String> {
    (first..first + n)
        .map(|i| {
            customer_json().replacen(
                r#""id":""#,
                &format!(r#""id":"00000000-0000-4000-8000-{i:012}","old_id":""#),
                1,
            )
        })
        .collect()
}

fn page_of(target: &str) -> u32 {
    query_values(target, "page")
        .first()
        .map_or(1, |p| p.parse().unwrap())
}

async fn collect<T>(
    stream: impl futures_util::Stream<Item = Result<T, Error>>,
) -> Vec<Result<T, Error>> {
    stream.collect().await
}

#[tokio::test]
async fn a_stream_fetches_every_page_once_and_stops_at_max_page() {
    let server = TestServer::with_handler(|request| {
        let page = page_of(&request.path);
        // Three pages of 2, 2 and 1 items.
        let items = match page {
            1 => customers(1, 2),
            2 => customers(3, 2),
            3 => customers(5, 1),
            _ => Vec::new(),
        };
        Reply::json(200, &page_json(&items, 5, 3))
    })
    .await;
    let polar = server.client(RetryConfig::none());
    let results = collect(
        polar
            .customers()
            .list()
            .email("bob@example.com")
            .limit(2)
            .with_options(RequestOptions::new().header("x-trace", "1"))
            .stream(),
    )
    .await;
    let ids: Vec<String> = results
        .into_iter()
        .map(|r| r.unwrap().id.to_string())
        .collect();
    assert_eq!(
        ids,
        (1..=5)
            .map(|i| format!("00000000-0000-4000-8000-{i:012}"))
            .collect::<Vec<_>>()
    );
    let requests = server.requests();
    let pages: Vec<u32> = requests.iter().map(|r| page_of(&r.path)).collect();
    assert_eq!(pages, [1, 2, 3], "no page past max_page, none twice");
    for request in &requests {
        // The caller's filters, limit and options go with every page.
        assert_eq!(query_values(&request.path, "email"), ["bob%40example.com"]);
        assert_eq!(query_values(&request.path, "limit"), ["2"]);
        assert_eq!(request.header("x-trace"), Some("1"));
    }
}

#[tokio::test]
async fn a_stream_stops_when_max_page_shrinks_under_it() {
    let server = TestServer::with_handler(|request| match page_of(&request.path) {
        1 => Reply::json(200, &page_json(&customers(1, 2), 6, 3)),
        // Items were deleted meanwhile: the list now has two pages.
        2 => Reply::json(200, &page_json(&customers(3, 2), 4, 2)),
        _ => Reply::json(200, &page_json(&customers(9, 2), 4, 2)),
    })
    .await;
    let polar = server.client(RetryConfig::none());
    let results = collect(polar.customers().list().limit(2).stream()).await;
    assert_eq!(results.len(), 4);
    assert!(results.iter().all(Result::is_ok));
    let pages: Vec<u32> = server.requests().iter().map(|r| page_of(&r.path)).collect();
    assert_eq!(pages, [1, 2]);
}

#[tokio::test]
async fn an_empty_list_is_one_request_and_no_items() {
    let server = TestServer::with_handler(|_| Reply::json(200, &page_json(&[], 0, 0))).await;
    let polar = server.client(RetryConfig::none());
    let results = collect(polar.customers().list().stream()).await;
    assert!(results.is_empty());
    assert_eq!(server.requests().len(), 1);
    // One page awaited directly says which page it is.
    let page = polar.customers().list().page(4).await.unwrap();
    assert_eq!(
        (page.page, page.total_count, page.max_page),
        (4, Some(0), Some(0))
    );
    assert!(!page.has_next());
}

#[tokio::test]
async fn a_stream_ends_after_the_error_of_a_page_and_resumes_from_it() {
    let failures = Arc::new(AtomicU32::new(1));
    let left = failures.clone();
    let server = TestServer::with_handler(move |request| {
        let page = page_of(&request.path);
        if page == 2 && left.fetch_sub(1, Ordering::SeqCst) > 0 {
            // Polar's rate limiter: an empty 429 with a one-minute window.
            return Reply::new(429, &[("retry-after", "60")], "");
        }
        Reply::json(200, &page_json(&customers(page * 10, 2), 6, 3))
    })
    .await;
    // The default budget (30 s) does not fit a 60 s Retry-After: the error comes at once.
    let polar = server.client(RetryConfig::default());
    let results = collect(polar.customers().list().limit(2).stream()).await;
    assert_eq!(results.len(), 3, "two items, then the error, then the end");
    assert!(results[0].is_ok() && results[1].is_ok());
    let Err(error) = &results[2] else {
        panic!("expected the error of page 2");
    };
    assert_eq!(error.status(), Some(429));
    assert_eq!(error.page(), Some(2));
    assert_eq!(
        error.retry_after(),
        Some(std::time::Duration::from_secs(60))
    );
    // Resume at the page that failed.
    let page = error.page().unwrap();
    let rest = collect(polar.customers().list().limit(2).page(page).stream()).await;
    let ids: Vec<String> = rest
        .into_iter()
        .map(|r| r.unwrap().id.to_string())
        .collect();
    assert_eq!(ids.len(), 4);
    assert!(ids[0].ends_with("000000000020"), "{ids:?}");
    let pages: Vec<u32> = server.requests().iter().map(|r| page_of(&r.path)).collect();
    assert_eq!(pages, [1, 2, 2, 3]);
}

#[tokio::test]
async fn a_cursor_page_stream_follows_has_next_page() {
    let event = |i: u32| {
        format!(
            r#"{{"id":"00000000-0000-4000-8000-{i:012}","timestamp":"2026-01-01T00:00:00Z",
            "organization_id":"1dbfc517-0bbf-4301-9ba8-555ca42b9737","customer_id":null,
            "customer":null,"external_customer_id":"usr_1","label":"API call","name":"api_call",
            "source":"user","metadata":{{"tokens":12,"_cost":{{"amount":"50","currency":"usd"}}}}}}"#
        )
    };
    let server = TestServer::with_handler(move |request| {
        let page = page_of(&request.path);
        let more = page < 2;
        Reply::json(
            200,
            &format!(
                r#"{{"items":[{},{}],"pagination":{{"has_next_page":{more}}}}}"#,
                event(page * 2),
                event(page * 2 + 1)
            ),
        )
    })
    .await;
    let polar = server.client(RetryConfig::none());
    let first = polar.events().list().await.unwrap();
    assert_eq!(first.has_next_page, Some(true));
    assert_eq!(first.total_count, None);
    let events: Vec<_> = collect(polar.events().list().name("api_call").stream())
        .await
        .into_iter()
        .map(|r| r.unwrap())
        .collect();
    assert_eq!(events.len(), 4);
    let polarsh::models::Event::User(event) = &events[0] else {
        panic!("expected a user event, got {:?}", events[0]);
    };
    assert_eq!(event.name, "api_call");
    let pages: Vec<u32> = server.requests()[1..]
        .iter()
        .map(|r| page_of(&r.path))
        .collect();
    assert_eq!(pages, [1, 2]);
}

#[tokio::test]
async fn a_stream_outlives_the_client_handle_it_came_from() {
    let server =
        TestServer::with_handler(|_| Reply::json(200, &page_json(&customers(1, 1), 1, 1))).await;
    let stream = {
        let polar: Polar = server.client(RetryConfig::none());
        polar.customers().list().stream()
    };
    let handle = tokio::spawn(collect(stream));
    let results = handle.await.unwrap();
    assert_eq!(results.len(), 1);
}
