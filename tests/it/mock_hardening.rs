//! What a misbehaving client can cost the mock: abandoned bodies, huge bodies, half-sent requests and
//! idle connections are all bounded, and the request log does not keep large bodies.

use std::time::{Duration, Instant};

use polarsh_mock::{MockServer, defaults};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Waits until the server has no open connection, or fails after `within`.
async fn all_closed(mock: &MockServer, within: Duration) {
    let start = Instant::now();
    while mock.open_connections() > 0 {
        assert!(
            start.elapsed() < within,
            "{} connections still open",
            mock.open_connections()
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Reads until the server closes the connection; the bytes it sent.
async fn read_to_close(stream: &mut TcpStream, within: Duration) -> Vec<u8> {
    let mut out = Vec::new();
    tokio::time::timeout(within, stream.read_to_end(&mut out))
        .await
        .expect("the server closes the connection")
        .expect("read");
    out
}

#[tokio::test]
async fn clients_that_leave_mid_body_do_not_keep_their_connection() {
    let mock = MockServer::start().await;
    for _ in 0..200 {
        let mut stream = TcpStream::connect(mock.address()).await.unwrap();
        let head = format!(
            "POST /v1/customers/ HTTP/1.1\r\nhost: x\r\nauthorization: Bearer {}\r\n\
             content-type: application/json\r\ncontent-length: 1000\r\n\r\n{{\"email\":",
            defaults::TOKEN
        );
        stream.write_all(head.as_bytes()).await.unwrap();
        drop(stream);
    }
    all_closed(&mock, Duration::from_secs(5)).await;
    // And the server still answers.
    let answer = reqwest::get(format!("{}/v1/nothing", mock.url()))
        .await
        .unwrap();
    assert_eq!(answer.status(), 404);
}

#[tokio::test]
async fn bodies_over_the_limit_are_refused_unread() {
    let mock = MockServer::builder()
        .body_limit(1024)
        .start()
        .await
        .unwrap();
    // Declared too large: answered at once, nothing read.
    let mut stream = TcpStream::connect(mock.address()).await.unwrap();
    stream
        .write_all(b"POST /v1/customers/ HTTP/1.1\r\nhost: x\r\ncontent-length: 268435456\r\n\r\n")
        .await
        .unwrap();
    let answer =
        String::from_utf8(read_to_close(&mut stream, Duration::from_secs(5)).await).unwrap();
    assert!(answer.starts_with("HTTP/1.1 413 "), "{answer}");
    assert!(
        answer.ends_with(r#"{"detail":"Request body too large"}"#),
        "{answer}"
    );

    // Chunked, without a length: read up to the limit, then refused.
    let mut stream = TcpStream::connect(mock.address()).await.unwrap();
    stream
        .write_all(b"POST /v1/customers/ HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\n")
        .await
        .unwrap();
    for _ in 0..4 {
        let chunk = format!("200\r\n{}\r\n", " ".repeat(512));
        if stream.write_all(chunk.as_bytes()).await.is_err() {
            break;
        }
    }
    let answer =
        String::from_utf8(read_to_close(&mut stream, Duration::from_secs(5)).await).unwrap();
    assert!(answer.starts_with("HTTP/1.1 413 "), "{answer}");
    let logged = mock.requests();
    assert_eq!(logged.len(), 2);
    assert!(
        logged
            .iter()
            .all(|r| r.status == Some(413) && r.body.is_empty()),
        "{logged:?}"
    );
}

#[tokio::test]
async fn half_sent_requests_and_idle_connections_time_out() {
    let timeout = Duration::from_millis(300);
    let mock = MockServer::builder()
        .request_timeout(timeout)
        .start()
        .await
        .unwrap();

    // Headers never finished.
    let mut half = TcpStream::connect(mock.address()).await.unwrap();
    half.write_all(b"GET /v1/customers/ HTTP/1.1\r\nhost: x\r\n")
        .await
        .unwrap();
    // A body that stalls.
    let mut stalled = TcpStream::connect(mock.address()).await.unwrap();
    stalled
        .write_all(b"POST /v1/customers/ HTTP/1.1\r\nhost: x\r\ncontent-length: 100\r\n\r\n{")
        .await
        .unwrap();
    // A keep-alive connection that stays silent after its answer.
    let mut idle = TcpStream::connect(mock.address()).await.unwrap();
    idle.write_all(b"GET /v1/nothing HTTP/1.1\r\nhost: x\r\n\r\n")
        .await
        .unwrap();

    let started = Instant::now();
    for stream in [&mut half, &mut stalled] {
        let sent = read_to_close(stream, Duration::from_secs(5)).await;
        // Closed without an answer, or with hyper's 408 for the headers that never came.
        let text = String::from_utf8_lossy(&sent);
        assert!(
            sent.is_empty() || text.starts_with("HTTP/1.1 408"),
            "{text}"
        );
    }
    let answered = read_to_close(&mut idle, Duration::from_secs(5)).await;
    assert!(String::from_utf8_lossy(&answered).starts_with("HTTP/1.1 404"));
    assert!(started.elapsed() >= timeout / 2);
    all_closed(&mock, Duration::from_secs(5)).await;
}

#[tokio::test]
async fn the_log_keeps_at_most_64_kib_of_a_body() {
    let mock = MockServer::start().await;
    let body = format!(
        r#"{{"email":"a@example.com","name":"{}"}}"#,
        "x".repeat(100_000)
    );
    let response = reqwest::Client::new()
        .post(format!("{}/v1/customers/", mock.url()))
        .bearer_auth(defaults::TOKEN)
        .header("content-type", "application/json")
        .body(body.clone())
        .send()
        .await
        .unwrap();
    // Refused (the name is too long), and logged.
    assert_eq!(response.status(), 422);
    let logged = &mock.requests()[0];
    assert_eq!(logged.status, Some(422));
    assert_eq!(logged.body.len(), 64 * 1024);
    assert_eq!(logged.body_len, body.len());
    assert_eq!(logged.body[..], body.as_bytes()[..64 * 1024]);
}

#[tokio::test]
async fn an_unknown_token_is_refused_before_the_body_is_read() {
    let mock = MockServer::builder()
        .body_limit(1024)
        .start()
        .await
        .unwrap();
    let mut stream = TcpStream::connect(mock.address()).await.unwrap();
    // A huge declared body, never sent: the token middleware answers first.
    stream
        .write_all(
            b"POST /v1/customers/ HTTP/1.1\r\nhost: x\r\nauthorization: Bearer polar_oat_unknown\r\n\
              content-type: application/json\r\ncontent-length: 1000000000\r\n\r\n",
        )
        .await
        .unwrap();
    let mut head = vec![0u8; 64];
    let read = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut head))
        .await
        .expect("an answer without the body")
        .unwrap();
    let head = String::from_utf8_lossy(&head[..read]).into_owned();
    assert!(head.starts_with("HTTP/1.1 401 "), "{head}");
    assert_eq!(mock.requests()[0].status, Some(401));
}
