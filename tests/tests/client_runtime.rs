//! The runtime policy of generated clients against a real HTTP server on 127.0.0.1 that fails on
//! purpose: retries with backoff and `Retry-After`, the idempotency rule, the caps on attempts and
//! total time, the request hook, token providers refreshed after a 401, the credential recipes of
//! the real specs, and secrets kept out of `Debug` and error text (DESIGN.md section 3).
//!
//! Timing assertions only use generous lower bounds (a wait that must have happened) and a loose
//! upper bound far above any real duration; the request counts are what each test pins down.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant, SystemTime};

use box_seed::apis::memberships::{CreateGroupMembershipGroup, CreateGroupMembershipUser};
use box_seed::runtime::{TokenFuture, TokenProvider};
use cvat_seed::models::MetaUser;
use cvat_seed::runtime::RetryPolicy;
use cvat_seed::{Auth, Client, Error, Secret};
use serde_json::{Value, json};
use tests::{Reply, TestServer, refused_url};

/// The longest any test here may take; far above what any of them needs.
const BOUND: Duration = Duration::from_secs(20);

/// Retries without noticeable waits, so that tests about counts stay fast.
fn quick() -> RetryPolicy {
    RetryPolicy::default().initial_backoff(Duration::from_millis(10)).max_backoff(Duration::from_millis(50))
}

fn client_with(base_url: &str, policy: RetryPolicy) -> Client {
    Client::builder(base_url).auth(Auth::token("k")).retry(policy).build().expect("a valid client configuration")
}

/// A server that answers the n-th request (counted from 0) with `reply(n)`.
async fn scripted(reply: impl Fn(usize) -> Reply + Send + Sync + 'static) -> TestServer {
    let seen = AtomicUsize::new(0);
    TestServer::start(move |_| reply(seen.fetch_add(1, Ordering::SeqCst))).await
}

fn meta_user() -> Value {
    json!({"url": "http://localhost/api/users/1", "id": 1, "username": "ann", "first_name": "Ann", "last_name": "Lee"})
}

fn username(user: &MetaUser) -> &str {
    match user {
        MetaUser::User(user) => &user.username,
        MetaUser::BasicUser(user) => &user.username,
    }
}

fn group_membership() -> Value {
    json!({
        "id": "7",
        "type": "group_membership",
        "user": {"id": "11446498", "type": "user", "name": "Aaron Levie", "login": "ceo@example.com"},
        "group": {"id": "11446498", "type": "group", "name": "Support", "group_type": "managed_group"},
        "role": "member",
        "created_at": "2012-12-12T10:53:43Z",
        "modified_at": "2012-12-12T10:53:43Z"
    })
}

/// Awaits `future`, failing the test if it outlives [`BOUND`].
async fn bounded<T>(future: impl std::future::IntoFuture<Output = T>) -> T {
    tokio::time::timeout(BOUND, future.into_future()).await.expect("the call finishes well within the bound")
}

#[tokio::test]
async fn a_503_twice_then_success_takes_three_attempts() {
    let server = scripted(|n| if n < 2 { Reply::status(503) } else { Reply::json(200, &meta_user()) }).await;
    let client = client_with(&server.url(), quick());

    let me = bounded(client.users_api().retrieve_self()).await.expect("the third attempt succeeds");

    assert_eq!(username(&me), "ann");
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    assert!(requests.iter().all(|r| r.target == "/api/users/self" && r.header("authorization") == Some("Token k")));
}

#[tokio::test]
async fn every_retryable_status_is_retried_and_others_are_not() {
    for (status, attempts) in [(429, 2), (502, 2), (503, 2), (504, 2), (500, 1), (404, 1), (401, 1)] {
        let server = scripted(move |n| if n == 0 { Reply::status(status) } else { Reply::status(204) }).await;
        let client = client_with(&server.url(), quick());

        let outcome = bounded(client.users_api().destroy(1)).await;

        assert_eq!(server.requests().len(), attempts, "HTTP {status}");
        assert_eq!(outcome.is_ok(), attempts == 2, "HTTP {status}: {outcome:?}");
    }
}

#[tokio::test]
async fn the_attempt_cap_returns_the_last_error_unchanged() {
    let server = scripted(|n| {
        Reply::text(503, "text/plain", &format!("busy, attempt {}", n + 1))
            .header("X-Request-Id", &format!("r{}", n + 1))
    })
    .await;
    let client = client_with(&server.url(), quick().max_attempts(4));

    let err = bounded(client.users_api().retrieve_self()).await.expect_err("the server stays busy");

    assert_eq!(server.requests().len(), 4);
    let Error::Status(last) = &err else { panic!("expected Status, got {err:?}") };
    assert_eq!(last.status.as_u16(), 503);
    assert_eq!(last.text(), "busy, attempt 4");
    assert_eq!(last.headers.get("x-request-id").and_then(|v| v.to_str().ok()), Some("r4"));
    assert!(err.to_string().starts_with("`users_retrieve_self` failed with HTTP 503"), "{err}");
}

#[tokio::test]
async fn retry_none_sends_once() {
    let server = TestServer::replying(Reply::status(503)).await;
    let client = client_with(&server.url(), RetryPolicy::none());

    let err = bounded(client.users_api().retrieve_self()).await.expect_err("503");

    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn retry_after_in_seconds_is_waited_for() {
    let server =
        scripted(|n| if n == 0 { Reply::status(429).header("Retry-After", "1") } else { Reply::status(204) }).await;
    // The computed backoff is 10 ms: only the header can make the client wait a second.
    let client = client_with(&server.url(), quick());
    let started = Instant::now();

    bounded(client.users_api().destroy(1)).await.expect("the second attempt succeeds");

    let elapsed = started.elapsed();
    assert_eq!(server.requests().len(), 2);
    assert!(elapsed >= Duration::from_millis(900), "waited only {elapsed:?}");
}

#[tokio::test]
async fn retry_after_as_an_http_date_is_waited_for() {
    let server = scripted(|n| {
        if n > 0 {
            return Reply::status(204);
        }
        // Two seconds from the reply, truncated to whole seconds as the format requires: at
        // least one second away.
        let at = chrono::DateTime::<chrono::Utc>::from(SystemTime::now() + Duration::from_secs(2));
        Reply::status(503).header("Retry-After", &at.format("%a, %d %b %Y %H:%M:%S GMT").to_string())
    })
    .await;
    let client = client_with(&server.url(), quick());
    let started = Instant::now();

    bounded(client.users_api().destroy(1)).await.expect("the second attempt succeeds");

    let elapsed = started.elapsed();
    assert_eq!(server.requests().len(), 2);
    assert!(elapsed >= Duration::from_millis(800), "waited only {elapsed:?}");
}

#[tokio::test]
async fn a_retry_after_beyond_the_total_time_gives_up_at_once() {
    let server = TestServer::replying(Reply::status(503).header("Retry-After", "3600")).await;
    let client = client_with(&server.url(), quick().max_elapsed(Duration::from_secs(30)));
    let started = Instant::now();

    let err = bounded(client.users_api().retrieve_self()).await.expect_err("the server asks for an hour");

    assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
    assert_eq!(server.requests().len(), 1);
    assert_eq!(err.headers().and_then(|h| h.get("retry-after")).and_then(|v| v.to_str().ok()), Some("3600"));
}

#[tokio::test]
async fn the_total_time_cap_stops_retrying() {
    let server = TestServer::replying(Reply::status(503)).await;
    let policy = RetryPolicy::default()
        .max_attempts(1000)
        .initial_backoff(Duration::from_millis(100))
        .max_backoff(Duration::from_millis(100))
        .jitter(false)
        .max_elapsed(Duration::from_secs(1));
    let client = client_with(&server.url(), policy);
    let started = Instant::now();

    let err = bounded(client.users_api().retrieve_self()).await.expect_err("the server stays busy");

    // At most one attempt starts per 100 ms wait within the one-second budget.
    let attempts = server.requests().len();
    assert!((2..=11).contains(&attempts), "{attempts} attempts");
    assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
}

fn create(client: &box_seed::Client) -> box_seed::apis::memberships::CreateGroupMembership<'_> {
    client.memberships().create_group_membership(
        CreateGroupMembershipUser { id: "1".into() },
        CreateGroupMembershipGroup { id: "2".into() },
    )
}

#[tokio::test]
async fn a_post_is_retried_only_when_the_policy_opts_in() {
    let server = TestServer::replying(Reply::status(503)).await;
    let client = box_seed::Client::builder(server.url())
        .auth(box_seed::Auth::developer_token("dev"))
        .retry(box_seed::runtime::RetryPolicy::default().initial_backoff(Duration::from_millis(10)))
        .build()
        .expect("a valid client configuration");
    let err = bounded(create(&client)).await.expect_err("POST is not retried by default");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(server.requests().len(), 1);

    let server = scripted(|n| if n < 2 { Reply::status(503) } else { Reply::json(201, &group_membership()) }).await;
    let client = box_seed::Client::builder(server.url())
        .auth(box_seed::Auth::developer_token("dev"))
        .retry(
            box_seed::runtime::RetryPolicy::default()
                .initial_backoff(Duration::from_millis(10))
                .retry_non_idempotent(true),
        )
        .build()
        .expect("a valid client configuration");
    let created = bounded(create(&client)).await.expect("the third attempt succeeds");
    assert_eq!(created.id.as_deref(), Some("7"));
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    // Every attempt carries the same body.
    assert!(requests.iter().all(|r| r.method == "POST" && r.body == requests[0].body && !r.body.is_empty()));
}

/// A client whose request hook counts the attempts it sees.
fn counting_client(base_url: &str, policy: RetryPolicy) -> (Client, Arc<AtomicUsize>) {
    let attempts = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&attempts);
    let client = Client::builder(base_url)
        .retry(policy)
        .request_hook(move |_| {
            counter.fetch_add(1, Ordering::SeqCst);
            Ok(())
        })
        .build()
        .expect("a valid client configuration");
    (client, attempts)
}

#[tokio::test]
async fn a_refused_connection_is_retried() {
    let (client, attempts) = counting_client(&refused_url().await, quick().max_attempts(3));

    let err = bounded(client.users_api().retrieve_self()).await.expect_err("nothing listens");

    assert_eq!(attempts.load(Ordering::SeqCst), 3);
    assert!(matches!(&err, Error::Transport(source) if source.is_connect()), "{err:?}");
}

#[tokio::test]
async fn a_timeout_after_sending_is_retried_only_on_opt_in() {
    let server = TestServer::hanging().await;
    let (client, attempts) = counting_client(&server.url(), quick());
    let err = bounded(client.users_api().retrieve_self().timeout(Duration::from_millis(100)))
        .await
        .expect_err("the server never answers");
    assert!(matches!(&err, Error::Transport(source) if source.is_timeout()), "{err:?}");
    assert_eq!((attempts.load(Ordering::SeqCst), server.requests().len()), (1, 1));

    let server = TestServer::hanging().await;
    let (client, attempts) = counting_client(&server.url(), quick().max_attempts(2).retry_timeouts(true));
    let err = bounded(client.users_api().retrieve_self().timeout(Duration::from_millis(100)))
        .await
        .expect_err("the server never answers");
    assert!(matches!(&err, Error::Transport(source) if source.is_timeout()), "{err:?}");
    assert_eq!(attempts.load(Ordering::SeqCst), 2);
    // The per-call timeout applies to each attempt: the server saw both.
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn the_request_hook_signs_every_attempt_and_sees_credentials_as_sensitive() {
    let server = TestServer::start(|request| {
        let signed = request.header("x-signature") == Some("GET /api/users/self");
        if signed && request.header("x-attempt") == Some("2") {
            Reply::json(200, &meta_user())
        } else {
            Reply::status(503)
        }
    })
    .await;
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    let client = Client::builder(server.url())
        .auth(Auth::token("tok-secret-hook"))
        .retry(quick())
        .request_hook(move |request| {
            let mut log = log.lock().unwrap_or_else(PoisonError::into_inner);
            let authorization = request.headers().get("authorization").map(|v| v.is_sensitive());
            log.push((format!("{:?}", request.headers()), authorization));
            let signature = format!("{} {}", request.method(), request.url().path());
            let attempt = log.len().to_string();
            let headers = request.headers_mut();
            headers.insert("x-signature", signature.parse().map_err(|_| Error::InvalidRequest("signature".into()))?);
            headers.insert("x-attempt", attempt.parse().map_err(|_| Error::InvalidRequest("attempt".into()))?);
            Ok(())
        })
        .build()
        .expect("a valid client configuration");

    let me = bounded(client.users_api().retrieve_self()).await.expect("the signed second attempt succeeds");

    assert_eq!(username(&me), "ann");
    assert_eq!(server.requests().len(), 2);
    let log = seen.lock().unwrap_or_else(PoisonError::into_inner).clone();
    assert_eq!(log.len(), 2);
    for (headers, authorization) in &log {
        // The hook runs after credentials are added; they are marked sensitive, so a logger that
        // prints the header map does not print them.
        assert_eq!(*authorization, Some(true));
        assert!(!headers.contains("tok-secret-hook"), "{headers}");
    }
}

#[tokio::test]
async fn an_error_from_the_request_hook_fails_the_call_before_sending() {
    let server = TestServer::replying(Reply::status(204)).await;
    let client = Client::builder(server.url())
        .request_hook(|_| Err(Error::InvalidRequest("no signing key".into())))
        .build()
        .expect("a valid client configuration");

    let err = bounded(client.users_api().destroy(1)).await.expect_err("the hook refuses");

    assert!(matches!(&err, Error::InvalidRequest(message) if message == "no signing key"), "{err:?}");
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn the_attempt_observer_reports_each_attempt_without_credentials() {
    let server = scripted(|n| if n == 0 { Reply::status(503) } else { Reply::json(200, &meta_user()) }).await;
    let reports = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&reports);
    let client = Client::builder(server.url())
        .auth(Auth::api_key("signatureAuth", "sig-secret-obs"))
        .retry(quick())
        .attempt_observer(move |attempt| {
            let status = attempt.result.map_or_else(|e| e.status(), Some).map(|s| s.as_u16());
            let line =
                format!("{} {} {} #{} {status:?}", attempt.operation, attempt.method, attempt.url, attempt.number);
            log.lock().unwrap_or_else(PoisonError::into_inner).push((
                line,
                attempt.next.is_some(),
                format!("{attempt:?}"),
            ));
        })
        .build()
        .expect("a valid client configuration");

    bounded(client.users_api().retrieve_self()).await.expect("the second attempt succeeds");

    let reports = reports.lock().unwrap_or_else(PoisonError::into_inner).clone();
    let url = format!("{}/api/users/self?sign=***", server.url());
    let lines: Vec<(String, bool)> = reports.iter().map(|(line, next, _)| (line.clone(), *next)).collect();
    assert_eq!(
        lines,
        [
            (format!("users_retrieve_self GET {url} #1 Some(503)"), true),
            (format!("users_retrieve_self GET {url} #2 Some(200)"), false),
        ]
    );
    assert!(reports.iter().all(|(_, _, debug)| !debug.contains("sig-secret-obs")), "{reports:?}");
    assert!(server.requests().iter().all(|r| r.query() == Some("sign=sig-secret-obs")));
}

/// A provider that hands out `tok-1`, `tok-2`, ... and moves on when its token is rejected.
#[derive(Default)]
struct Rotating {
    generation: AtomicUsize,
    asked: AtomicUsize,
    rejected: Mutex<Vec<String>>,
}

impl TokenProvider for Rotating {
    fn token(&self) -> TokenFuture<'_> {
        self.asked.fetch_add(1, Ordering::SeqCst);
        let token = box_seed::Secret::new(format!("tok-{}", self.generation.load(Ordering::SeqCst) + 1));
        Box::pin(async move { Ok(token) })
    }

    fn invalidate(&self, rejected: &box_seed::Secret) {
        self.rejected.lock().unwrap_or_else(PoisonError::into_inner).push(rejected.expose().to_owned());
        self.generation.fetch_add(1, Ordering::SeqCst);
    }
}

#[tokio::test]
async fn a_401_refreshes_the_provided_token_and_repeats_the_request_once() {
    let server = TestServer::start(|request| match request.header("authorization") {
        Some("Bearer tok-2") => Reply::json(201, &group_membership()),
        _ => Reply::status(401),
    })
    .await;
    let provider = Arc::new(Rotating::default());
    let client = box_seed::Client::builder(server.url())
        .auth(box_seed::Auth::shared_token_provider(provider.clone()))
        .build()
        .expect("a valid client configuration");

    // A POST: the server refused the token without acting on the request, so repeating is safe.
    let created = bounded(create(&client)).await.expect("the refreshed token is accepted");

    assert_eq!(created.id.as_deref(), Some("7"));
    assert_eq!(provider.asked.load(Ordering::SeqCst), 2);
    assert_eq!(*provider.rejected.lock().unwrap_or_else(PoisonError::into_inner), ["tok-1"]);
    let auth: Vec<Option<String>> =
        server.requests().iter().map(|r| r.header("authorization").map(str::to_owned)).collect();
    assert_eq!(auth, [Some("Bearer tok-1".to_owned()), Some("Bearer tok-2".to_owned())]);
}

#[tokio::test]
async fn a_refreshed_token_that_is_refused_again_returns_the_401() {
    let server = TestServer::replying(Reply::text(401, "application/json", r#"{"code":"unauthorized"}"#)).await;
    let provider = Arc::new(Rotating::default());
    let client = box_seed::Client::builder(server.url())
        .auth(box_seed::Auth::shared_token_provider(provider.clone()))
        .build()
        .expect("a valid client configuration");

    let err = bounded(client.memberships().get_group_membership_by_id("7")).await.expect_err("always refused");

    assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
    assert_eq!(server.requests().len(), 2, "refreshed once, not in a loop");
    assert_eq!(provider.asked.load(Ordering::SeqCst), 2);
    let text = format!("{err} {err:?}");
    assert!(!text.contains("tok-1") && !text.contains("tok-2"), "{text}");
}

/// The caching provider of the `TokenProvider` docs, with a counter standing in for the OAuth
/// server: concurrent calls share one refresh.
struct Refreshing {
    current: Mutex<Option<box_seed::Secret>>,
    refreshing: tokio::sync::Mutex<()>,
    refreshes: AtomicUsize,
}

impl Refreshing {
    fn cached(&self) -> Option<box_seed::Secret> {
        self.current.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }
}

impl TokenProvider for Refreshing {
    fn token(&self) -> TokenFuture<'_> {
        Box::pin(async move {
            if let Some(token) = self.cached() {
                return Ok(token);
            }
            let _refreshing = self.refreshing.lock().await;
            if let Some(token) = self.cached() {
                return Ok(token);
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
            let n = self.refreshes.fetch_add(1, Ordering::SeqCst) + 1;
            let token = box_seed::Secret::new(format!("fresh-{n}"));
            *self.current.lock().unwrap_or_else(PoisonError::into_inner) = Some(token.clone());
            Ok(token)
        })
    }

    fn invalidate(&self, rejected: &box_seed::Secret) {
        let mut current = self.current.lock().unwrap_or_else(PoisonError::into_inner);
        if current.as_ref() == Some(rejected) {
            *current = None;
        }
    }
}

#[tokio::test]
async fn concurrent_calls_rejected_together_share_one_refresh() {
    let server = TestServer::start(|request| match request.header("authorization") {
        Some("Bearer fresh-1") => Reply::status(204),
        _ => Reply::status(401),
    })
    .await;
    let provider = Arc::new(Refreshing {
        current: Mutex::new(Some(box_seed::Secret::new("stale"))),
        refreshing: tokio::sync::Mutex::new(()),
        refreshes: AtomicUsize::new(0),
    });
    let client = box_seed::Client::builder(server.url())
        .auth(box_seed::Auth::shared_token_provider(provider.clone()))
        .build()
        .expect("a valid client configuration");

    let calls: Vec<_> = (0..5)
        .map(|i| {
            let client = client.clone();
            tokio::spawn(async move { client.memberships().delete_group_membership_by_id(i.to_string()).await })
        })
        .collect();
    let mut results = Vec::new();
    for call in calls {
        results.push(bounded(call).await.expect("the call's task completes"));
    }

    assert!(results.iter().all(Result::is_ok), "{results:?}");
    assert_eq!(provider.refreshes.load(Ordering::SeqCst), 1);
    let requests = server.requests();
    assert_eq!(requests.len(), 10, "each call: once stale, once fresh");
    assert_eq!(requests.iter().filter(|r| r.header("authorization") == Some("Bearer fresh-1")).count(), 5);
}

struct Failing;

impl TokenProvider for Failing {
    fn token(&self) -> TokenFuture<'_> {
        Box::pin(async { Err(box_seed::Error::Credentials("the OAuth server is down".into())) })
    }
}

#[tokio::test]
async fn a_failing_token_provider_fails_the_call_before_sending() {
    let server = TestServer::replying(Reply::status(204)).await;
    let client = box_seed::Client::builder(server.url())
        .auth(box_seed::Auth::token_provider(Failing))
        .build()
        .expect("a valid client configuration");

    let err = bounded(client.memberships().delete_group_membership_by_id("7")).await.expect_err("no token");

    assert!(matches!(err, box_seed::Error::Credentials(_)), "{err:?}");
    assert_eq!(err.to_string(), "could not obtain credentials: the OAuth server is down");
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn a_static_token_is_a_provider_and_a_developer_token_is_a_bearer_token() {
    let server = TestServer::replying(Reply::status(204)).await;
    for auth in [
        box_seed::Auth::developer_token("dev-token"),
        box_seed::Auth::token_provider(box_seed::Secret::new("dev-token")),
    ] {
        let client = box_seed::Client::builder(server.url()).auth(auth).build().expect("a valid client configuration");
        bounded(client.memberships().delete_group_membership_by_id("7")).await.expect("204");
    }
    let auth: Vec<Option<String>> =
        server.requests().iter().map(|r| r.header("authorization").map(str::to_owned)).collect();
    assert_eq!(auth, [Some("Bearer dev-token".to_owned()), Some("Bearer dev-token".to_owned())]);
}

#[tokio::test]
async fn cvat_session_login_sends_both_cookies_and_the_csrf_header() {
    let server = TestServer::replying(Reply::status(204)).await;
    let client = Client::builder(server.url())
        .auth(Auth::api_key("sessionAuth", "ses-1"))
        .auth(Auth::api_key("csrfAuth", "csrf-2"))
        .auth(Auth::api_key("csrfHeaderAuth", "csrf-2"))
        .build()
        .expect("a valid client configuration");

    bounded(client.users_api().destroy(1)).await.expect("204");

    let request = server.only_request();
    let mut cookies = request.cookies();
    cookies.sort();
    assert_eq!(cookies, [("csrftoken".to_owned(), "csrf-2".to_owned()), ("sessionid".to_owned(), "ses-1".to_owned())]);
    assert_eq!(request.header("x-csrftoken"), Some("csrf-2"));
    assert_eq!(request.header("authorization"), None);
}

const SECRETS: [&str; 8] = [
    "tok-secret-1",
    "bearer-secret-2",
    "pw-secret-3",
    "session-secret-4",
    "csrf-secret-5",
    "sig-secret-6",
    "provider-secret-7",
    "header-secret-8",
];

fn assert_no_secret(text: &str) {
    for secret in SECRETS {
        assert!(!text.contains(secret), "`{secret}` leaked into: {text}");
    }
}

fn builder_with_every_secret(base_url: &str) -> cvat_seed::ClientBuilder {
    Client::builder(base_url)
        .auth(Auth::token(SECRETS[0]))
        .auth(Auth::bearer(SECRETS[1]))
        .auth(Auth::basic("ann", SECRETS[2]))
        .auth(Auth::api_key("sessionAuth", SECRETS[3]))
        .auth(Auth::api_key("csrfHeaderAuth", SECRETS[4]))
        .auth(Auth::api_key("signatureAuth", SECRETS[5]))
        .auth(Auth::token_provider(Secret::new(SECRETS[6])))
        .default_header("X-Api-Secret", SECRETS[7])
        .request_hook(|_| Ok(()))
        .retry(quick())
}

#[tokio::test]
async fn secrets_stay_out_of_debug_output_of_builder_client_and_credentials() {
    let builder = builder_with_every_secret("http://127.0.0.1:1");
    assert_no_secret(&format!("{builder:?} {builder:#?}"));
    let client = builder.build().expect("a valid client configuration");
    let text = format!("{client:?} {client:#?}");
    assert_no_secret(&text);
    assert!(text.contains("ann") && text.contains("x-api-secret"), "names are not secrets: {text}");
    let provider = Auth::token_provider(Secret::new(SECRETS[6]));
    assert_no_secret(&format!("{provider:?} {provider:#?}"));
}

#[tokio::test]
async fn secrets_stay_out_of_errors_after_retries() {
    // Statuses, after every attempt was made.
    let server = TestServer::replying(Reply::text(503, "text/plain", "busy")).await;
    let clients = [
        builder_with_every_secret(&server.url()).build().expect("a valid client configuration"),
        Client::builder(server.url())
            .auth(Auth::api_key("signatureAuth", SECRETS[5]))
            .retry(quick())
            .build()
            .expect("valid"),
    ];
    for client in &clients {
        let err = bounded(client.users_api().retrieve_self()).await.expect_err("503");
        assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
        assert_no_secret(&format!("{err} {err:?} {err:#?}"));
    }

    // Transport errors, with the signature in the query of the URL they quote.
    let url = refused_url().await;
    let signed = Client::builder(&url)
        .auth(Auth::api_key("signatureAuth", SECRETS[5]))
        .retry(quick())
        .build()
        .expect("a valid client configuration");
    let err = bounded(signed.users_api().retrieve_self()).await.expect_err("nothing listens");
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    let text = format!("{err} {err:?} {err:#?}");
    assert_no_secret(&text);
    assert!(text.contains("sign=***"), "the redacted URL is quoted: {text}");
}
