//! OAuth2 from the spec: the generated `oauth2` modules (the spec's URLs and scopes, providers
//! preset with them) and the runtime's token providers against a token server on 127.0.0.1 — the
//! forms each grant sends, refresh-token rotation, PKCE and `state`, renewal before expiry and after
//! 401s (one renewal for concurrent calls), and token endpoints that refuse, hang or answer
//! nonsense, with every secret kept out of errors and `Debug` output.

use std::future::IntoFuture;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use box_seed::oauth2::{
    AuthorizationCode, ClientAuth, ClientCredentials, RefreshToken, TokenError, oauth2_security, pkce_challenge,
};
use box_seed::{Auth, Client, Error};
use serde_json::json;
use tests::{Recorded, Reply, TestServer};

/// The longest any test here may take; far above what any of them needs.
const BOUND: Duration = Duration::from_secs(20);

/// Awaits `future`, failing the test if it outlives [`BOUND`].
async fn bounded<T>(future: impl IntoFuture<Output = T>) -> T {
    tokio::time::timeout(BOUND, future.into_future()).await.expect("the call finishes well within the bound")
}

/// The form fields of a token request, in order.
fn form(request: &Recorded) -> Vec<(String, String)> {
    url::form_urlencoded::parse(&request.body).into_owned().collect()
}

fn field<'a>(form: &'a [(String, String)], name: &str) -> Option<&'a str> {
    form.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected.iter().map(|(n, v)| ((*n).to_owned(), (*v).to_owned())).collect()
}

/// A token endpoint that answers its n-th request (counted from 0) with `reply(n, request)`.
async fn token_server(reply: impl Fn(usize, &Recorded) -> Reply + Send + Sync + 'static) -> TestServer {
    let seen = AtomicUsize::new(0);
    TestServer::start(move |request| reply(seen.fetch_add(1, Ordering::SeqCst), request)).await
}

/// A token response (RFC 6749 section 5.1).
fn granted(access_token: &str, expires_in: u64) -> Reply {
    Reply::json(200, &json!({"access_token": access_token, "token_type": "bearer", "expires_in": expires_in}))
}

/// An API that answers 204 to a bearer token `accepts` takes, and 401 to any other.
async fn api_server(accepts: impl Fn(&str) -> bool + Send + Sync + 'static) -> TestServer {
    TestServer::start(move |request| {
        match request.header("authorization").and_then(|value| value.strip_prefix("Bearer ")) {
            Some(token) if accepts(token) => Reply::status(204),
            _ => Reply::status(401),
        }
    })
    .await
}

fn client(api: &TestServer, auth: Auth) -> Client {
    Client::builder(api.url()).auth(auth).build().expect("a valid client configuration")
}

/// One call that needs a bearer token (box-seed's operations all use `OAuth2Security`).
async fn call(client: &Client) -> Result<(), Error> {
    client.memberships().delete_group_membership_by_id("7").await
}

/// The bearer tokens the API received, in order.
fn bearers(api: &TestServer) -> Vec<String> {
    api.requests()
        .iter()
        .filter_map(|r| r.header("authorization")?.strip_prefix("Bearer ").map(str::to_owned))
        .collect()
}

fn assert_hidden(text: &str, secrets: &[&str]) {
    for secret in secrets {
        assert!(!text.contains(secret), "`{secret}` shows in:\n{text}");
    }
}

#[test]
fn the_generated_module_carries_the_specs_urls_and_scopes() {
    assert_eq!(oauth2_security::TOKEN_URL, "https://api.box.com/oauth2/token");
    assert_eq!(oauth2_security::AUTHORIZATION_URL, "https://account.box.com/api/oauth2/authorize");
    assert_eq!(oauth2_security::SCOPES.len(), 3);
    assert!(
        oauth2_security::SCOPES.contains(&("root_readwrite", "Read and write all files and folders stored in Box"))
    );
    let provider = format!("{:?}", oauth2_security::client_credentials("id", "cs-1"));
    assert!(provider.contains(oauth2_security::TOKEN_URL), "{provider}");

    // Two flows with a refresh URL: the refresh-token provider and the one the code exchange
    // makes refresh there; the spec's URLs are the defaults.
    use feature_auth::oauth2::oauth2_scheme;
    assert_eq!(oauth2_scheme::TOKEN_URL, "https://auth.example.com/token");
    assert_eq!(oauth2_scheme::REFRESH_URL, "https://auth.example.com/refresh");
    assert_eq!(oauth2_scheme::SCOPES, [("things:read", "Read things."), ("things:write", "Change things.")]);
    let provider = format!("{:?}", oauth2_scheme::refresh_token("id", "rt-1"));
    assert!(provider.contains(oauth2_scheme::REFRESH_URL), "{provider}");
    let flow = oauth2_scheme::authorization_code("id", "https://app.example/callback");
    assert!(format!("{flow:?}").contains(oauth2_scheme::REFRESH_URL), "{flow:?}");
    let pending = flow.authorize().expect("an authorization URL");
    assert!(pending.url.starts_with(&format!("{}?", oauth2_scheme::AUTHORIZATION_URL)), "{}", pending.url);
}

#[tokio::test]
async fn client_credentials_send_extra_fields_and_scopes_and_the_token_is_cached() {
    let tokens = token_server(|n, _| granted(&format!("cc-{}", n + 1), 3600)).await;
    let api = api_server(|token| token == "cc-1").await;
    // Box's client credentials grant for a service account, from the spec's constructor with the
    // token URL pointed at the local server.
    let provider = oauth2_security::client_credentials("app-id", "app-secret")
        .token_url(format!("{}/oauth2/token", tokens.url()))
        .scope("root_readwrite")
        .scope("manage_groups")
        .extra_field("box_subject_type", "enterprise")
        .extra_field("box_subject_id", "12345");
    let client = client(&api, Auth::token_provider(provider));

    bounded(call(&client)).await.expect("the first call fetches a token");
    bounded(call(&client)).await.expect("the second reuses it");

    let request = tokens.only_request();
    assert_eq!((request.method.as_str(), request.path()), ("POST", "/oauth2/token"));
    assert_eq!(request.header("content-type"), Some("application/x-www-form-urlencoded"));
    assert_eq!(request.header("accept"), Some("application/json"));
    assert_eq!(
        form(&request),
        pairs(&[
            ("grant_type", "client_credentials"),
            ("scope", "root_readwrite manage_groups"),
            ("box_subject_type", "enterprise"),
            ("box_subject_id", "12345"),
            ("client_id", "app-id"),
            ("client_secret", "app-secret"),
        ])
    );
    assert_eq!(bearers(&api), ["cc-1", "cc-1"]);
}

#[tokio::test]
async fn a_spec_without_oauth2_schemes_has_the_runtimes_providers_behind_its_feature() {
    // CVAT declares no `oauth2` scheme; its `oauth2` feature (off by default, on here through
    // tests/Cargo.toml) still gives the runtime's providers, for a token endpoint of one's own.
    let tokens = token_server(|n, _| granted(&format!("cv-{}", n + 1), 3600)).await;
    let api = api_server(|token| token == "cv-1").await;
    let provider =
        cvat_seed::runtime::oauth2::ClientCredentials::new(format!("{}/token", tokens.url()), "app-id", "app-secret");
    let client = cvat_seed::Client::builder(api.url())
        .auth(cvat_seed::Auth::token_provider(provider))
        .build()
        .expect("a valid client configuration");

    bounded(client.users_api().destroy(7)).await.expect("a call with the provider's token");

    assert_eq!(tokens.only_request().path(), "/token");
    assert_eq!(bearers(&api), ["cv-1"]);
}

#[tokio::test]
async fn client_secret_basic_sends_the_encoded_client_in_the_authorization_header() {
    let tokens = token_server(|_, _| granted("cc-1", 3600)).await;
    let api = api_server(|_| true).await;
    let provider = ClientCredentials::new(tokens.url(), "app id", "s3cr:t/").client_auth(ClientAuth::Basic);
    let client = client(&api, Auth::token_provider(provider));

    bounded(call(&client)).await.expect("a token");

    let request = tokens.only_request();
    // base64 of `app+id:s3cr%3At%2F`: both halves form-encoded first (RFC 6749 section 2.3.1).
    assert_eq!(request.header("authorization"), Some("Basic YXBwK2lkOnMzY3IlM0F0JTJG"));
    assert_eq!(form(&request), pairs(&[("grant_type", "client_credentials")]));
}

#[tokio::test]
async fn refresh_token_rotation_hands_every_new_refresh_token_to_the_callback() {
    // Box rotates: every refresh answers with a new refresh token and retires the one used.
    let tokens = token_server(|n, _| {
        Reply::json(
            200,
            &json!({"access_token": format!("a{}", n + 1), "refresh_token": format!("r{}", n + 1), "expires_in": 3600}),
        )
    })
    .await;
    // Every other request is refused, so that each call needs a refresh after a 401.
    let answered = AtomicUsize::new(0);
    let api = TestServer::start(move |_| {
        if answered.fetch_add(1, Ordering::SeqCst) % 2 == 0 { Reply::status(401) } else { Reply::status(204) }
    })
    .await;
    let stored = Arc::new(Mutex::new(Vec::new()));
    let store = Arc::clone(&stored);
    let provider = oauth2_security::refresh_token("app-id", "r0")
        .token_url(tokens.url())
        .client_secret("app-secret")
        .on_refresh_token(move |token| {
            store.lock().unwrap_or_else(PoisonError::into_inner).push(token.expose().to_owned())
        });
    let client = client(&api, Auth::token_provider(provider));

    bounded(call(&client)).await.expect("refreshed twice: before the call and after its 401");
    bounded(call(&client)).await.expect("refreshed once more after a 401");

    assert_eq!(*stored.lock().unwrap_or_else(PoisonError::into_inner), ["r1", "r2", "r3"]);
    let forms: Vec<_> = tokens.requests().iter().map(form).collect();
    let used: Vec<_> = forms.iter().map(|f| field(f, "refresh_token").unwrap_or_default()).collect();
    assert_eq!(used, ["r0", "r1", "r2"], "each refresh uses the newest refresh token");
    for form in &forms {
        assert_eq!(field(form, "grant_type"), Some("refresh_token"));
        assert_eq!((field(form, "client_id"), field(form, "client_secret")), (Some("app-id"), Some("app-secret")));
    }
    assert_eq!(bearers(&api), ["a1", "a2", "a2", "a3"]);
}

#[tokio::test]
async fn authorization_code_with_pkce_round_trips_the_state_and_exchanges_the_code() {
    // The token endpoint exchanges codes at /token and refreshes at /refresh (the spec's refreshUrl).
    let tokens = token_server(|_, request| match request.path() {
        "/token" => Reply::json(
            200,
            &json!({"access_token": "ac-1", "token_type": "Bearer", "expires_in": 3600, "refresh_token": "rt-1"}),
        ),
        _ => Reply::json(200, &json!({"access_token": "ac-2", "expires_in": 3600, "refresh_token": "rt-2"})),
    })
    .await;
    let api = api_server(|token| token == "ac-1" || token == "ac-2").await;
    let stored = Arc::new(Mutex::new(Vec::new()));
    let store = Arc::clone(&stored);
    let flow = oauth2_security::authorization_code("app-id", "https://app.example/callback")
        .token_url(format!("{}/token", tokens.url()))
        .refresh_url(format!("{}/refresh", tokens.url()))
        .client_secret("app-secret")
        .scope("root_readonly")
        .on_refresh_token(move |token| {
            store.lock().unwrap_or_else(PoisonError::into_inner).push(token.expose().to_owned())
        });

    let pending = flow.authorize().expect("an authorization URL");
    let url = url::Url::parse(&pending.url).expect("the authorization URL parses");
    assert_eq!(format!("{}{}", url.origin().ascii_serialization(), url.path()), oauth2_security::AUTHORIZATION_URL);
    let query: Vec<(String, String)> = url.query_pairs().into_owned().collect();
    let challenge = field(&query, "code_challenge").unwrap_or_default().to_owned();
    assert_eq!(
        query,
        pairs(&[
            ("response_type", "code"),
            ("client_id", "app-id"),
            ("redirect_uri", "https://app.example/callback"),
            ("scope", "root_readonly"),
            ("state", &pending.state),
            ("code_challenge", &challenge),
            ("code_challenge_method", "S256"),
        ])
    );
    let verifier = pending.verifier.expose();
    assert!((43..=128).contains(&verifier.len()), "{verifier}");
    assert!(verifier.chars().all(|c| c.is_ascii_alphanumeric() || "-._~".contains(c)), "{verifier}");
    assert!(!pending.url.contains(verifier), "the verifier never travels in the URL");
    let another = flow.authorize().expect("a second authorization URL");
    assert!(another.state != pending.state && another.verifier != pending.verifier);

    // The browser comes back with the code and the state.
    let redirect = format!("https://app.example/callback?code=c-123&state={}", pending.state);
    let provider = bounded(flow.exchange_redirect(&pending, &redirect)).await.expect("the code is exchanged");

    let exchange = tokens.only_request();
    assert_eq!(exchange.path(), "/token");
    let sent = form(&exchange);
    assert_eq!(
        sent,
        pairs(&[
            ("grant_type", "authorization_code"),
            ("code", "c-123"),
            ("redirect_uri", "https://app.example/callback"),
            ("code_verifier", verifier),
            ("client_id", "app-id"),
            ("client_secret", "app-secret"),
        ])
    );
    // What the authorization server checks: the verifier of the exchange hashes to the challenge.
    assert_eq!(pkce_challenge(field(&sent, "code_verifier").unwrap_or_default()), challenge);
    assert_eq!(*stored.lock().unwrap_or_else(PoisonError::into_inner), ["rt-1"]);

    // The provider starts with the exchanged access token and refreshes at the refresh URL.
    let client = client(&api, Auth::token_provider(provider));
    bounded(call(&client)).await.expect("the exchanged token is accepted");
    assert_eq!(tokens.requests().len(), 1, "no refresh while the token is fresh");
    assert_eq!(bearers(&api), ["ac-1"]);
}

#[tokio::test]
async fn a_redirect_with_a_foreign_state_or_an_error_is_not_exchanged() {
    let tokens = token_server(|_, _| granted("never", 3600)).await;
    let flow = AuthorizationCode::new("https://auth.example/authorize", tokens.url(), "app-id", "https://app/cb");
    let pending = flow.authorize().expect("an authorization URL");

    let forged = bounded(flow.exchange_redirect(&pending, "https://app/cb?code=c-9&state=forged")).await;
    assert!(matches!(forged, Err(TokenError::StateMismatch)), "{forged:?}");
    let forged = bounded(flow.exchange(&pending, "c-9", &format!("{}x", pending.state))).await;
    assert!(matches!(forged, Err(TokenError::StateMismatch)), "{forged:?}");

    let denied =
        format!("https://app/cb?error=access_denied&error_description=The+user+said+no&state={}", pending.state);
    let err = bounded(flow.exchange_redirect(&pending, &denied)).await.expect_err("the user denied access");
    assert_eq!(err.oauth2_error(), Some("access_denied"));
    assert_eq!(err.to_string(), "the authorization server refused: access_denied: The user said no");

    let neither = format!("https://app/cb?state={}", pending.state);
    let err = bounded(flow.exchange_redirect(&pending, &neither)).await.expect_err("no code");
    assert!(matches!(err, TokenError::Redirect(_)), "{err:?}");
    assert!(tokens.requests().is_empty(), "nothing is exchanged");
}

#[tokio::test]
async fn tokens_are_renewed_before_they_expire() {
    // A two-second token is renewed halfway through its life (the margin is capped at half).
    let tokens = token_server(|n, _| granted(&format!("cc-{}", n + 1), 2)).await;
    let api = api_server(|_| true).await;
    let client = client(&api, Auth::token_provider(ClientCredentials::new(tokens.url(), "app-id", "app-secret")));

    bounded(call(&client)).await.expect("a token");
    bounded(call(&client)).await.expect("the same token");
    assert_eq!(tokens.requests().len(), 1);
    tokio::time::sleep(Duration::from_millis(1200)).await;
    bounded(call(&client)).await.expect("a renewed token");

    assert_eq!(tokens.requests().len(), 2);
    assert_eq!(bearers(&api), ["cc-1", "cc-1", "cc-2"], "renewed before expiry, so never refused");
}

#[tokio::test]
async fn concurrent_calls_refused_together_share_one_renewal() {
    let tokens = token_server(|n, _| {
        Reply::json(
            200,
            &json!({"access_token": format!("fresh-{}", n + 1), "refresh_token": "r1", "expires_in": 3600}),
        )
    })
    .await;
    let api = api_server(|token| token == "fresh-1").await;
    // An access token at hand that the server has revoked: every call is refused with it at once.
    let provider = RefreshToken::new(tokens.url(), "app-id", "r0").access_token("revoked", None);
    let client = client(&api, Auth::token_provider(provider));

    let calls: Vec<_> = (0..5)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { call(&client).await })
        })
        .collect();
    for call in calls {
        bounded(call).await.expect("the call's task completes").expect("accepted after the renewal");
    }

    assert_eq!(tokens.requests().len(), 1, "one renewal for the five refused calls");
    let sent = bearers(&api);
    assert_eq!(sent.len(), 10, "each call: once refused, once accepted");
    assert_eq!(sent.iter().filter(|token| *token == "fresh-1").count(), 5);
}

#[tokio::test]
async fn a_token_endpoint_error_keeps_the_oauth2_error_with_secrets_redacted() {
    // A server that quotes what it was sent back in its error.
    let tokens = token_server(|_, _| {
        Reply::json(
            400,
            &json!({
                "error": "invalid_grant",
                "error_description": "refresh token rt-SECRET-1 has expired",
                "request": {"client_secret": "cs-SECRET-2", "client_id": "app-id"}
            }),
        )
    })
    .await;
    let api = api_server(|_| true).await;
    let provider = RefreshToken::new(tokens.url(), "app-id", "rt-SECRET-1").client_secret("cs-SECRET-2");
    let client = client(&api, Auth::token_provider(provider));

    let err = bounded(call(&client)).await.expect_err("the token endpoint refuses");

    let Some(TokenError::Endpoint(refused)) = TokenError::of(&err) else { panic!("a token endpoint error: {err:?}") };
    assert_eq!(refused.status.as_u16(), 400);
    assert_eq!(refused.error.as_deref(), Some("invalid_grant"));
    assert_eq!(refused.description.as_deref(), Some("refresh token *** has expired"));
    assert!(refused.body.contains("\"client_id\":\"app-id\""), "{}", refused.body);
    assert_eq!(
        err.to_string(),
        "could not obtain credentials: the token endpoint answered HTTP 400 Bad Request: invalid_grant: refresh \
         token *** has expired"
    );
    assert_hidden(&format!("{err} {err:?} {:?}", TokenError::of(&err)), &["rt-SECRET-1", "cs-SECRET-2"]);
    assert!(api.requests().is_empty(), "nothing is sent without a token");
}

#[tokio::test]
async fn concurrent_calls_share_a_failed_renewal_instead_of_repeating_it() {
    let tokens = token_server(|_, _| Reply::json(401, &json!({"error": "invalid_client"}))).await;
    let api = api_server(|_| true).await;
    let client = client(&api, Auth::token_provider(ClientCredentials::new(tokens.url(), "app-id", "wrong")));

    let calls: Vec<_> = (0..5)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { call(&client).await })
        })
        .collect();
    for call in calls {
        let err = bounded(call).await.expect("the call's task completes").expect_err("no token");
        assert_eq!(TokenError::of(&err).and_then(TokenError::oauth2_error), Some("invalid_client"), "{err:?}");
    }

    assert_eq!(tokens.requests().len(), 1, "the calls that waited share the failure");
    assert!(api.requests().is_empty());
    // A later call tries again.
    let err = bounded(call(&client)).await.expect_err("still refused");
    assert!(TokenError::of(&err).is_some(), "{err:?}");
    assert_eq!(tokens.requests().len(), 2);
}

#[tokio::test]
async fn a_slow_token_endpoint_times_out() {
    let tokens = TestServer::hanging().await;
    let api = api_server(|_| true).await;
    let provider = ClientCredentials::new(tokens.url(), "app-id", "app-secret").timeout(Duration::from_millis(300));
    let client = client(&api, Auth::token_provider(provider));

    let started = Instant::now();
    let err = bounded(call(&client)).await.expect_err("the token request times out");

    assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
    let Some(TokenError::Transport(cause)) = TokenError::of(&err) else { panic!("a transport error: {err:?}") };
    assert!(cause.is_timeout(), "{cause:?}");
    assert_eq!(tokens.requests().len(), 1);
    assert!(api.requests().is_empty());
    assert_hidden(&format!("{err} {err:?}"), &["app-secret"]);
}

#[tokio::test]
async fn a_malformed_token_response_fails_without_showing_the_token() {
    let bodies = [
        (r#"{"access_token": "at-LEAK-1", "expires_in": "soon"}"#, "`expires_in` is not a whole number of seconds"),
        (r#"{"access_token": "at-LEAK-2", "token_"#, "the body is not JSON: EOF while parsing a string"),
        ("<html>maintenance</html>", "the body is not JSON: expected value at line 1 column 1"),
        (r#"{"accessToken": "at-LEAK-3"}"#, "`access_token` is missing"),
        (r#"{"access_token": "at-LEAK-4", "token_type": "mac"}"#, "`token_type` is `mac`, not `bearer`"),
    ];
    for (body, reason) in bodies {
        let tokens = TestServer::replying(Reply::text(200, "application/json", body)).await;
        let api = api_server(|_| true).await;
        let client = client(&api, Auth::token_provider(ClientCredentials::new(tokens.url(), "app-id", "app-secret")));

        let err = bounded(call(&client)).await.expect_err("not a token response");

        let Some(TokenError::Malformed(malformed)) = TokenError::of(&err) else { panic!("malformed: {err:?}") };
        assert!(malformed.reason.starts_with(reason), "{body}: {}", malformed.reason);
        assert_hidden(&format!("{err} {err:?}"), &["at-LEAK", "app-secret"]);
        assert!(api.requests().is_empty());
    }
}

#[tokio::test]
async fn providers_keep_tokens_and_secrets_out_of_debug() {
    let tokens = token_server(|_, _| {
        Reply::json(200, &json!({"access_token": "at-HIDE-1", "refresh_token": "rt-HIDE-2", "expires_in": 3600}))
    })
    .await;
    let api = api_server(|_| true).await;
    let provider = Arc::new(
        RefreshToken::new(tokens.url(), "app-id", "rt-HIDE-0")
            .client_secret("cs-HIDE-3")
            .extra_field("assertion", "ex-HIDE-4"),
    );
    let client = client(&api, Auth::shared_token_provider(provider.clone()));
    bounded(call(&client)).await.expect("a token");

    let flow = AuthorizationCode::new("https://a.example/authorize", tokens.url(), "app-id", "https://app/cb")
        .client_secret("cs-HIDE-5");
    let pending = flow.authorize().expect("an authorization URL");
    let text = format!("{provider:?} {client:?} {flow:?} {pending:?}");
    assert_hidden(&text, &["at-HIDE-1", "rt-HIDE-2", "rt-HIDE-0", "cs-HIDE-3", "ex-HIDE-4", "cs-HIDE-5"]);
    assert_hidden(&text, &[pending.verifier.expose()]);
    assert!(text.contains("app-id") && text.contains(&tokens.url()), "{text}");
}

#[tokio::test]
async fn a_refused_token_without_a_refresh_token_asks_to_authorize_again() {
    let tokens = token_server(|_, _| granted("ac-1", 3600)).await;
    let api = api_server(|_| false).await;
    let flow = AuthorizationCode::new("https://auth.example/authorize", tokens.url(), "app-id", "https://app/cb");
    let pending = flow.authorize().expect("an authorization URL");
    let provider = bounded(flow.exchange(&pending, "c-1", &pending.state.clone())).await.expect("exchanged");
    let client = client(&api, Auth::token_provider(provider));

    let err = bounded(call(&client)).await.expect_err("refused, and nothing to refresh with");

    assert!(matches!(TokenError::of(&err), Some(TokenError::NoRefreshToken)), "{err:?}");
    assert_eq!(bearers(&api), ["ac-1"]);
    assert_eq!(tokens.requests().len(), 1, "only the exchange");
}
