//! Test-only crate: see `tests/`. This library holds [`TestServer`], a real HTTP/1.1 server on
//! `127.0.0.1` that the client-behaviour tests point generated SDKs at. It records every request
//! and answers from a closure; it is not a general-purpose server (no keep-alive, no chunked replies).

use std::fmt;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::{JoinHandle, JoinSet};

/// The repository root (the folder of `generator.toml`), canonical, so that paths under it print
/// the same on every machine once the root is stripped.
pub fn repository_root() -> std::path::PathBuf {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    root.canonicalize().unwrap_or(root)
}

/// The largest request head (request line and headers) the server reads before giving up.
const MAX_HEAD_BYTES: usize = 64 * 1024;

/// One request as it arrived on the wire.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recorded {
    /// The method token, such as `GET`.
    pub method: String,
    /// The raw request target: the path and the query string exactly as sent.
    pub target: String,
    /// Every header in arrival order, names as sent.
    pub headers: Vec<(String, String)>,
    /// The body, read by `Content-Length`.
    pub body: Vec<u8>,
}

impl Recorded {
    /// The target without its query string.
    pub fn path(&self) -> &str {
        self.target.split_once('?').map_or(self.target.as_str(), |(path, _)| path)
    }

    /// The raw query string (without `?`), if the target has one.
    pub fn query(&self) -> Option<&str> {
        self.target.split_once('?').map(|(_, query)| query)
    }

    /// The first value of a query parameter, as sent (not percent-decoded).
    pub fn query_param(&self, name: &str) -> Option<&str> {
        self.query()?.split('&').find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
    }

    /// The first value of a header, by case-insensitive name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.header_values(name).into_iter().next()
    }

    /// Every value of a header, by case-insensitive name, in arrival order.
    pub fn header_values(&self, name: &str) -> Vec<&str> {
        self.headers.iter().filter(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str()).collect()
    }

    /// The `name=value` pairs of every `Cookie` header, in order.
    pub fn cookies(&self) -> Vec<(String, String)> {
        self.header_values("cookie")
            .into_iter()
            .flat_map(|line| line.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .map(|(name, value)| (name.to_owned(), value.to_owned()))
            .collect()
    }

    /// The body parsed as JSON.
    pub fn body_json(&self) -> Result<serde_json::Value, serde_json::Error> {
        serde_json::from_slice(&self.body)
    }
}

/// What the handler answers: status, headers and body. `Content-Length` and `Connection: close`
/// are added by the server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    /// A reply with no headers and an empty body.
    pub fn status(status: u16) -> Self {
        Reply { status, headers: Vec::new(), body: Vec::new() }
    }

    /// A reply whose body is `body` with `Content-Type: application/json`.
    pub fn json(status: u16, body: &serde_json::Value) -> Self {
        Reply::text(status, "application/json", &body.to_string())
    }

    /// A reply with the given media type and text body (which need not be valid for that type).
    pub fn text(status: u16, content_type: &str, body: &str) -> Self {
        Reply::status(status).header("Content-Type", content_type).body(body.as_bytes().to_vec())
    }

    /// Adds a response header.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Replaces the body.
    pub fn body(mut self, body: Vec<u8>) -> Self {
        self.body = body;
        self
    }
}

impl From<(u16, Vec<(String, String)>, Vec<u8>)> for Reply {
    fn from((status, headers, body): (u16, Vec<(String, String)>, Vec<u8>)) -> Self {
        Reply { status, headers, body }
    }
}

type Handler = Arc<dyn Fn(&Recorded) -> Reply + Send + Sync>;

/// A real HTTP/1.1 server on `127.0.0.1` with an ephemeral port. Dropping it stops the accept
/// loop and every connection it still holds.
pub struct TestServer {
    addr: SocketAddr,
    requests: Arc<Mutex<Vec<Recorded>>>,
    task: JoinHandle<()>,
}

impl fmt::Debug for TestServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TestServer").field("addr", &self.addr).finish_non_exhaustive()
    }
}

impl TestServer {
    /// Starts a server that records each request and answers it with `handler`.
    pub async fn start(handler: impl Fn(&Recorded) -> Reply + Send + Sync + 'static) -> Self {
        Self::spawn(Some(Arc::new(handler))).await
    }

    /// Starts a server that answers every request with `reply`.
    pub async fn replying(reply: Reply) -> Self {
        Self::start(move |_| reply.clone()).await
    }

    /// Starts a server that records each request and never answers (for timeouts).
    pub async fn hanging() -> Self {
        Self::spawn(None).await
    }

    async fn spawn(handler: Option<Handler>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind a test server on 127.0.0.1:0");
        let addr = listener.local_addr().expect("the test server's address");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let recorded = Arc::clone(&requests);
        let task = tokio::spawn(async move {
            // Connections live in this set, so aborting the accept loop drops (and aborts) them too.
            let mut connections = JoinSet::new();
            while let Ok((stream, _)) = listener.accept().await {
                connections.spawn(serve(stream, handler.clone(), Arc::clone(&recorded)));
                while connections.try_join_next().is_some() {}
            }
        });
        TestServer { addr, requests, task }
    }

    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Every request received so far, in arrival order.
    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// The one request received so far; panics (failing the test) unless there is exactly one.
    pub fn only_request(&self) -> Recorded {
        let mut requests = self.requests();
        assert_eq!(requests.len(), 1, "expected exactly one request, got {requests:#?}");
        requests.remove(0)
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// A URL on `127.0.0.1` where nothing listens: the port was bound and released.
pub async fn refused_url() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1:0");
    let addr = listener.local_addr().expect("the listener's address");
    drop(listener);
    format!("http://{addr}")
}

/// Reads one request, records it, answers it (or holds the connection open without answering).
async fn serve(mut stream: TcpStream, handler: Option<Handler>, requests: Arc<Mutex<Vec<Recorded>>>) {
    let Some(request) = read_request(&mut stream).await else {
        return;
    };
    requests.lock().unwrap_or_else(PoisonError::into_inner).push(request.clone());
    let Some(handler) = handler else {
        std::future::pending::<()>().await;
        return;
    };
    let reply = handler(&request);
    // The client may have given up already (a timeout test); write failures are not the test's concern.
    let _ = stream.write_all(&encode_reply(&reply)).await;
    let _ = stream.shutdown().await;
}

/// Parses the request line, the headers and a `Content-Length` body; `None` on malformed input.
async fn read_request(stream: &mut TcpStream) -> Option<Recorded> {
    let mut buffer = Vec::new();
    let mut chunk = [0_u8; 4096];
    let head_end = loop {
        if let Some(at) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break at;
        }
        if buffer.len() > MAX_HEAD_BYTES {
            return None;
        }
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..n]);
    };
    let head = std::str::from_utf8(&buffer[..head_end]).ok()?;
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next()?.split(' ');
    let (method, target) = (request_line.next()?.to_owned(), request_line.next()?.to_owned());
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_owned(), value.trim().to_owned()))
        .collect();
    let mut body = buffer.split_off(head_end + 4);
    let chunked = headers
        .iter()
        .any(|(name, value)| name.eq_ignore_ascii_case("transfer-encoding") && value.eq_ignore_ascii_case("chunked"));
    if chunked {
        let body = read_chunked(stream, body).await?;
        return Some(Recorded { method, target, headers, body });
    }
    let length: usize = headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("content-length"))
        .map_or(Some(0), |(_, value)| value.parse().ok())?;
    while body.len() < length {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    body.truncate(length);
    Some(Recorded { method, target, headers, body })
}

/// Decodes a `Transfer-Encoding: chunked` body, `read` being what arrived after the head.
async fn read_chunked(stream: &mut TcpStream, mut read: Vec<u8>) -> Option<Vec<u8>> {
    let mut body = Vec::new();
    let mut chunk = [0_u8; 4096];
    loop {
        // Each chunk: a hex size line, the data and CRLF; a zero size (and CRLF) ends the body.
        let line_end = loop {
            if let Some(at) = read.windows(2).position(|w| w == b"\r\n") {
                break at;
            }
            let n = stream.read(&mut chunk).await.ok()?;
            if n == 0 {
                return None;
            }
            read.extend_from_slice(&chunk[..n]);
        };
        let size_text = std::str::from_utf8(&read[..line_end]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        while read.len() < line_end + 2 + size + 2 {
            let n = stream.read(&mut chunk).await.ok()?;
            if n == 0 {
                return None;
            }
            read.extend_from_slice(&chunk[..n]);
        }
        if size == 0 {
            return Some(body);
        }
        body.extend_from_slice(&read[line_end + 2..line_end + 2 + size]);
        read.drain(..line_end + 2 + size + 2);
    }
}

fn encode_reply(reply: &Reply) -> Vec<u8> {
    let mut head = format!("HTTP/1.1 {} {}\r\nConnection: close\r\n", reply.status, reason(reply.status));
    // 1xx, 204 and 304 responses have no body and must not announce one.
    if !matches!(reply.status, 100..=199 | 204 | 304) {
        head.push_str(&format!("Content-Length: {}\r\n", reply.body.len()));
    }
    for (name, value) in &reply.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(&reply.body);
    bytes
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        500 => "Internal Server Error",
        _ => "Status",
    }
}
