//! The local server both clients talk to: hyper's HTTP/1.1 server on 127.0.0.1, on a thread
//! with its own single-threaded runtime, over keep-alive connections. A route function picks
//! the answer from the method, path and query: a status and a body prepared before the bench
//! starts, so that answering is a lookup and a reference-count increment. It does as little as
//! it can, so that the clients' work dominates.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::header::{CONTENT_TYPE, HeaderValue};
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::sync::oneshot;

/// One request as the server saw it: method, path with its query, headers (sorted) and body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Seen {
    pub(crate) method: String,
    pub(crate) path_and_query: String,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
}

/// Picks the answer to a request from its method, path and query (`None` when it has none): a
/// status and a JSON body, or `None` for a 404.
pub(crate) type Route =
    dyn Fn(&Method, &str, Option<&str>) -> Option<(StatusCode, Bytes)> + Send + Sync + 'static;

struct State {
    route: Box<Route>,
    served: AtomicU64,
    /// When set, the next request is recorded in `seen`.
    record: AtomicBool,
    seen: Mutex<Option<Seen>>,
}

impl std::fmt::Debug for State {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("State")
            .field("served", &self.served)
            .finish_non_exhaustive()
    }
}

/// The running server; dropping it stops it.
#[derive(Debug)]
pub(crate) struct Server {
    pub(crate) addr: SocketAddr,
    state: Arc<State>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// Starts a server that answers as `route` says.
    pub(crate) fn start(
        route: impl Fn(&Method, &str, Option<&str>) -> Option<(StatusCode, Bytes)>
        + Send
        + Sync
        + 'static,
    ) -> Server {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        listener
            .set_nonblocking(true)
            .expect("non-blocking listener");
        let addr = listener.local_addr().expect("local address");
        let state = Arc::new(State {
            route: Box::new(route),
            served: AtomicU64::new(0),
            record: AtomicBool::new(false),
            seen: Mutex::new(None),
        });
        let (stop, stopped) = oneshot::channel();
        let shared = Arc::clone(&state);
        let thread = std::thread::Builder::new()
            .name("bench-server".to_owned())
            .spawn(move || serve(listener, shared, stopped))
            .expect("spawn the server thread");
        Server {
            addr,
            state,
            stop: Some(stop),
            thread: Some(thread),
        }
    }

    /// The number of requests answered so far.
    pub(crate) fn served(&self) -> u64 {
        self.state.served.load(Ordering::Relaxed)
    }

    /// Records the next request; [`Server::take_seen`] returns it once it has been answered.
    pub(crate) fn record_next(&self) {
        *self.state.seen.lock().expect("lock") = None;
        self.state.record.store(true, Ordering::SeqCst);
    }

    pub(crate) fn take_seen(&self) -> Option<Seen> {
        self.state.seen.lock().expect("lock").take()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn serve(listener: std::net::TcpListener, state: Arc<State>, mut stopped: oneshot::Receiver<()>) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("server runtime");
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listener).expect("tokio listener");
        loop {
            let stream = tokio::select! {
                _ = &mut stopped => return,
                accepted = listener.accept() => match accepted {
                    Ok((stream, _)) => stream,
                    Err(error) => panic!("accept failed: {error}"),
                },
            };
            let _ = stream.set_nodelay(true);
            let state = Arc::clone(&state);
            tokio::spawn(async move {
                let service = service_fn(move |request| answer(request, Arc::clone(&state)));
                // A connection ends when the client closes it; errors there are not the bench's.
                let _ = hyper::server::conn::http1::Builder::new()
                    .keep_alive(true)
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
}

async fn answer(
    request: Request<Incoming>,
    state: Arc<State>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let answer = (state.route)(
        request.method(),
        request.uri().path(),
        request.uri().query(),
    );
    let record = state.record.swap(false, Ordering::SeqCst);
    let head = record.then(|| {
        let mut headers: Vec<(String, String)> = request
            .headers()
            .iter()
            .map(|(name, value)| {
                let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
                (name.as_str().to_owned(), value)
            })
            .collect();
        headers.sort();
        let uri = request.uri();
        let path_and_query = uri.path_and_query().map_or(uri.path(), |p| p.as_str());
        (
            request.method().as_str().to_owned(),
            path_and_query.to_owned(),
            headers,
        )
    });
    // Read the request body whole, as a real server would, so the connection can be reused.
    let body = match request.into_body().collect().await {
        Ok(body) => body.to_bytes(),
        Err(_) => Bytes::new(),
    };
    if let Some((method, path_and_query, headers)) = head {
        *state.seen.lock().expect("lock") = Some(Seen {
            method,
            path_and_query,
            headers,
            body: body.to_vec(),
        });
    }
    state.served.fetch_add(1, Ordering::Relaxed);
    let (status, body) = answer.unwrap_or_else(|| {
        (
            StatusCode::NOT_FOUND,
            Bytes::from_static(b"{\"detail\":\"Not Found\"}"),
        )
    });
    let mut response = Response::new(Full::new(body));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    Ok(response)
}
