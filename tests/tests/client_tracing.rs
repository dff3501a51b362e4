//! The `tracing` feature of generated clients (`cvat-seed`, built with it by this crate's
//! dev-dependency) against a real HTTP server on 127.0.0.1: one span per call with the
//! operation, method, path template, attempts, status and duration; one event per retry with
//! its reason and wait; and nothing secret or call-specific (credentials, parameter and header
//! values, the filled-in path) in any span, field, event or message.
//!
//! Each test captures what the client reports with a layer of its own, installed as the default
//! subscriber of the test's thread (tokio's test runtime polls the call and the server there).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use cvat_seed::runtime::{RetryPolicy, TokenFuture, TokenProvider};
use cvat_seed::{Auth, Client, Secret};
use serde_json::{Value, json};
use tests::{Reply, TestServer, refused_url};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Subscriber};
use tracing_subscriber::fmt::format::FmtSpan;
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;

/// A span as the capture saw it: name, target and every field, those recorded later included.
#[derive(Clone, Debug)]
struct CapturedSpan {
    name: &'static str,
    target: String,
    fields: BTreeMap<String, String>,
}

/// An event: its target, the name of the span it belongs to, and its fields (`message` too).
#[derive(Clone, Debug)]
struct CapturedEvent {
    target: String,
    span: Option<&'static str>,
    fields: BTreeMap<String, String>,
}

#[derive(Debug, Default)]
struct Captured {
    spans: Vec<CapturedSpan>,
    events: Vec<CapturedEvent>,
}

impl Captured {
    /// The SDK's call spans, in the order they were opened.
    fn calls(&self) -> Vec<&CapturedSpan> {
        self.spans.iter().filter(|s| s.name == "call" && s.target.starts_with("cvat_seed::")).collect()
    }

    /// The SDK's events inside its call spans (the HTTP stack's own debug events, such as
    /// hyper-util's `connecting to 127.0.0.1:PORT`, are in the spans too).
    fn call_events(&self) -> Vec<&CapturedEvent> {
        self.events.iter().filter(|e| e.span == Some("call") && e.target.starts_with("cvat_seed::")).collect()
    }

    /// Every name, target, field name and value of every span and event, as one text.
    fn everything(&self) -> String {
        let mut text = String::new();
        for span in &self.spans {
            let _ = writeln!(text, "span {} {} {:?}", span.name, span.target, span.fields);
        }
        for event in &self.events {
            let _ = writeln!(text, "event {:?} {} {:?}", event.span, event.target, event.fields);
        }
        text
    }
}

/// The layer that fills [`Captured`]; spans are indexed by their id's position in `spans`.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Captured>>);

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl Visit for Fields<'_> {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }

    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }
}

/// Where a span's record lives in [`Captured::spans`], kept in the registry's span extensions.
struct Index(usize);

impl<S: Subscriber + for<'a> LookupSpan<'a>> Layer<S> for Capture {
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        let mut fields = BTreeMap::new();
        attrs.record(&mut Fields(&mut fields));
        let metadata = attrs.metadata();
        let mut captured = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        captured.spans.push(CapturedSpan { name: metadata.name(), target: metadata.target().to_owned(), fields });
        if let Some(span) = ctx.span(id) {
            span.extensions_mut().insert(Index(captured.spans.len() - 1));
        }
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(id) else { return };
        let extensions = span.extensions();
        let Some(Index(index)) = extensions.get::<Index>() else { return };
        let mut captured = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        values.record(&mut Fields(&mut captured.spans[*index].fields));
    }

    fn on_event(&self, event: &Event<'_>, ctx: Context<'_, S>) {
        let mut fields = BTreeMap::new();
        event.record(&mut Fields(&mut fields));
        let span = ctx.event_span(event).map(|span| span.name());
        let target = event.metadata().target().to_owned();
        self.0.lock().unwrap_or_else(PoisonError::into_inner).events.push(CapturedEvent { target, span, fields });
    }
}

/// Runs `calls` with [`Capture`] as the thread's subscriber and returns what it captured.
async fn captured<F: Future<Output = ()>>(calls: F) -> Captured {
    let capture = Capture::default();
    let guard = tracing::subscriber::set_default(tracing_subscriber::registry().with(capture.clone()));
    tokio::time::timeout(Duration::from_secs(20), calls).await.expect("the calls finish well within 20 s");
    drop(guard);
    std::mem::take(&mut *capture.0.lock().unwrap_or_else(PoisonError::into_inner))
}

/// Retries without noticeable waits.
fn quick() -> RetryPolicy {
    RetryPolicy::default().initial_backoff(Duration::from_millis(10)).max_backoff(Duration::from_millis(50))
}

fn user(id: i64) -> Value {
    json!({"url": format!("http://localhost/api/users/{id}"), "id": id, "username": "ann", "first_name": "Ann", "last_name": "Lee"})
}

/// A server that answers the n-th request (counted from 0) with `reply(n)`.
async fn scripted(reply: impl Fn(usize) -> Reply + Send + Sync + 'static) -> TestServer {
    let seen = AtomicUsize::new(0);
    TestServer::start(move |_| reply(seen.fetch_add(1, Ordering::SeqCst))).await
}

fn field<'a>(fields: &'a BTreeMap<String, String>, name: &str) -> Option<&'a str> {
    fields.get(name).map(String::as_str)
}

#[tokio::test]
async fn a_successful_call_is_one_span_with_the_operation_method_path_template_status_and_duration() {
    let server = TestServer::replying(Reply::json(200, &user(424242))).await;
    let client = Client::builder(server.url()).auth(Auth::token("k")).build().expect("a valid client configuration");

    let captured = captured(async {
        client.users_api().retrieve(424242).await.expect("200");
    })
    .await;

    let calls = captured.calls();
    assert_eq!(calls.len(), 1, "{captured:#?}");
    let call = &calls[0];
    assert_eq!(call.target, "cvat_seed::runtime::trace");
    let fields: Vec<(&str, &str)> = call.fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let duration = field(&call.fields, "duration_ms").expect("a duration");
    assert!(duration.parse::<u64>().is_ok_and(|ms| ms < 20_000), "{duration}");
    assert_eq!(
        fields,
        [
            ("attempts", "1"),
            ("duration_ms", duration),
            ("method", "GET"),
            ("operation", "users_retrieve"),
            ("path_template", "/api/users/{id}"),
            ("status", "200"),
        ]
    );
    assert!(captured.call_events().is_empty(), "no retry: {captured:#?}");
    // The path template, never the path with the id in it.
    assert_eq!(server.only_request().target, "/api/users/424242");
    assert!(!captured.everything().contains("424242"), "{}", captured.everything());
}

#[tokio::test]
async fn a_retried_call_records_each_retry_with_its_reason_and_wait() {
    let server = scripted(|n| match n {
        0 => Reply::status(503).header("Retry-After", "1"),
        1 => Reply::status(429),
        _ => Reply::status(204),
    })
    .await;
    let client = Client::builder(server.url())
        .auth(Auth::token("k"))
        .retry(quick().jitter(false))
        .build()
        .expect("a valid client configuration");

    let captured = captured(async {
        client.users_api().destroy(7).await.expect("the third attempt succeeds");
    })
    .await;

    assert_eq!(server.requests().len(), 3);
    let calls = captured.calls();
    assert_eq!(calls.len(), 1, "{captured:#?}");
    assert_eq!(field(&calls[0].fields, "operation"), Some("users_destroy"));
    assert_eq!(field(&calls[0].fields, "method"), Some("DELETE"));
    assert_eq!(field(&calls[0].fields, "attempts"), Some("3"));
    assert_eq!(field(&calls[0].fields, "status"), Some("204"));
    assert_eq!(field(&calls[0].fields, "error"), None);
    let duration: u64 = field(&calls[0].fields, "duration_ms").and_then(|d| d.parse().ok()).expect("a duration");
    assert!(duration >= 1000, "the call waited the second that Retry-After asked for: {duration} ms");

    let retries: Vec<Vec<(&str, &str)>> = captured
        .call_events()
        .iter()
        .map(|event| event.fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect())
        .collect();
    assert_eq!(
        retries,
        [
            // `Retry-After: 1` sets the wait; then the computed backoff (10 ms, no jitter).
            vec![
                ("attempt", "1"),
                ("message", "retrying"),
                ("reason", "status"),
                ("status", "503"),
                ("wait_ms", "1000")
            ],
            vec![("attempt", "2"), ("message", "retrying"), ("reason", "status"), ("status", "429"), ("wait_ms", "20")],
        ]
    );
}

#[tokio::test]
async fn a_refused_connection_is_retried_as_a_connect_error_and_the_call_records_it() {
    let url = refused_url().await;
    let client = Client::builder(&url)
        .auth(Auth::token("k"))
        .retry(quick().jitter(false))
        .build()
        .expect("a valid client configuration");

    let captured = captured(async {
        client.users_api().retrieve(7).await.expect_err("nothing listens");
    })
    .await;

    let calls = captured.calls();
    assert_eq!(calls.len(), 1, "{captured:#?}");
    assert_eq!(field(&calls[0].fields, "attempts"), Some("3"));
    assert_eq!(field(&calls[0].fields, "error"), Some("connect"));
    assert_eq!(field(&calls[0].fields, "status"), None);
    let retries: Vec<(Option<&str>, Option<&str>, Option<&str>)> = captured
        .call_events()
        .iter()
        .map(|e| (field(&e.fields, "reason"), field(&e.fields, "status"), field(&e.fields, "wait_ms")))
        .collect();
    assert_eq!(retries, [(Some("connect"), None, Some("10")), (Some("connect"), None, Some("20"))]);
}

/// A provider that hands out `rotating-secret-1`, then `rotating-secret-2` once the first is
/// rejected.
#[derive(Default)]
struct Rotating(AtomicUsize);

impl TokenProvider for Rotating {
    fn token(&self) -> TokenFuture<'_> {
        let token = Secret::new(format!("rotating-secret-{}", self.0.load(Ordering::SeqCst) + 1));
        Box::pin(async move { Ok(token) })
    }

    fn invalidate(&self, _rejected: &Secret) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

#[tokio::test]
async fn a_401_repeated_with_a_refreshed_token_is_an_event_too() {
    let server = TestServer::start(|request| match request.header("authorization") {
        Some("Bearer rotating-secret-2") => Reply::json(200, &user(1)),
        _ => Reply::status(401),
    })
    .await;
    let client = Client::builder(server.url())
        .auth(Auth::token_provider(Rotating::default()))
        .build()
        .expect("a valid client configuration");

    let captured = captured(async {
        client.users_api().retrieve_self().await.expect("the refreshed token is accepted");
    })
    .await;

    let calls = captured.calls();
    assert_eq!(calls.len(), 1, "{captured:#?}");
    assert_eq!(field(&calls[0].fields, "attempts"), Some("2"));
    assert_eq!(field(&calls[0].fields, "status"), Some("200"));
    let events = captured.call_events();
    assert_eq!(events.len(), 1, "{captured:#?}");
    assert_eq!(field(&events[0].fields, "message"), Some("retrying with a refreshed token"));
    assert_eq!(field(&events[0].fields, "reason"), Some("unauthorized"));
    assert_eq!(field(&events[0].fields, "status"), Some("401"));
    assert!(!captured.everything().contains("rotating-secret"), "{}", captured.everything());
}

/// Values that must never reach a subscriber: credentials of every kind, a default header, a
/// per-call header, a query parameter's value and a path parameter's value.
const SECRETS: [&str; 11] = [
    "token-secret-1",
    "bearer-secret-2",
    "password-secret-3",
    "session-secret-4",
    "csrf-secret-5",
    "sign-secret-6",
    "provider-secret-7",
    "default-header-secret-8",
    "call-header-secret-9",
    "search-secret-10",
    "31415926",
];

#[tokio::test]
async fn no_credential_header_query_value_or_filled_path_is_ever_recorded() {
    // Every call fails once with 503 (a retry event), then gets a user.
    let server = scripted(|n| if n % 2 == 0 { Reply::status(503) } else { Reply::json(200, &user(31415926)) }).await;
    let [token, bearer, password, session, csrf, sign, provider, default_header, call_header, search, id] = SECRETS;
    let id: i64 = id.parse().expect("a number");
    let url = server.url();
    let build = |auth: Vec<Auth>| {
        let mut builder = Client::builder(&url).default_header("X-Api-Secret", default_header).retry(quick());
        for auth in auth {
            builder = builder.auth(auth);
        }
        builder.build().expect("a valid client configuration")
    };
    // One client per way a credential travels: the API key in the `Authorization` header, a
    // bearer token, basic auth, the session cookie with the CSRF cookie and header, the API key
    // in the query (`sign`), and a token provider's token.
    let clients = [
        build(vec![Auth::token(token)]),
        build(vec![Auth::bearer(bearer)]),
        build(vec![Auth::basic("ann", password)]),
        build(vec![
            Auth::api_key("sessionAuth", session),
            Auth::api_key("csrfAuth", csrf),
            Auth::api_key("csrfHeaderAuth", csrf),
        ]),
        build(vec![Auth::api_key("signatureAuth", sign)]),
        build(vec![Auth::token_provider(Secret::new(provider))]),
    ];

    let captured = captured(async {
        for client in &clients {
            client.users_api().retrieve(id).header("X-Call-Secret", call_header).await.expect("the retry succeeds");
        }
        // A query parameter's value, on a call whose answer does not decode (a user is not a
        // page), so that the error's kind is recorded too.
        let listed = clients[4].users_api().list().search(search).await;
        assert!(matches!(listed, Err(cvat_seed::Error::Decode(_))), "{listed:?}");
        // A transport error, whose message quotes the URL with the path and the query.
        let refused = Client::builder(refused_url().await)
            .auth(Auth::api_key("signatureAuth", sign))
            .retry(quick())
            .build()
            .expect("a valid client configuration");
        refused.users_api().retrieve(id).await.expect_err("nothing listens");
    })
    .await;

    // The wire carried every secret, so their absence below means something.
    let sent: String = server.requests().iter().map(|r| format!("{} {:?}\n", r.target, r.headers)).collect();
    for secret in SECRETS.iter().filter(|s| **s != password) {
        assert!(sent.contains(secret), "`{secret}` was not sent: {sent}");
    }

    let text = captured.everything();
    assert_eq!(captured.calls().len(), clients.len() + 2, "{text}");
    assert_eq!(captured.call_events().len(), clients.len() + 1 + 2, "a retry per call, two refused: {text}");
    for secret in SECRETS {
        assert!(!text.contains(secret), "`{secret}` was recorded: {text}");
    }
    assert!(!text.contains("/api/users/3"), "a filled-in path was recorded: {text}");
    assert!(text.contains("/api/users/{id}"), "{text}");
    let errors: Vec<Option<&str>> = captured.calls().iter().map(|call| field(&call.fields, "error")).collect();
    let mut want = vec![None; clients.len()];
    want.extend([Some("decode"), Some("connect")]);
    assert_eq!(errors, want, "{text}");
}

/// A `Write` into a shared buffer, for the `fmt` subscriber's output.
#[derive(Clone, Default)]
struct Output(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Output {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn the_readme_subscriber_prints_a_line_per_call_with_its_fields() {
    let server = TestServer::replying(Reply::json(200, &user(7))).await;
    let client = Client::builder(server.url()).auth(Auth::token("k")).build().expect("a valid client configuration");
    let output = Output::default();
    let writer = output.clone();

    // README's subscriber, writing into a buffer instead of stdout.
    let subscriber =
        tracing_subscriber::fmt().with_span_events(FmtSpan::CLOSE).with_writer(move || writer.clone()).finish();
    let guard = tracing::subscriber::set_default(subscriber);
    client.users_api().retrieve(7).await.expect("200");
    drop(guard);

    let text = String::from_utf8_lossy(&output.0.lock().unwrap_or_else(PoisonError::into_inner)).into_owned();
    let line = text.lines().find(|l| l.contains("call{")).unwrap_or_else(|| panic!("no call span closed: {text}"));
    assert!(line.contains(" INFO "), "{line}");
    assert!(
        line.contains(
            r#"call{operation="users_retrieve" method="GET" path_template="/api/users/{id}" attempts=1 status=200 duration_ms="#
        ),
        "{line}"
    );
    assert!(line.contains(": cvat_seed::runtime::trace: close time.busy="), "{line}");
}
