//! Client behaviour of the `tagged` CVAT seed SDK (`generated/cvat-seed`) against a real HTTP
//! server on 127.0.0.1: URLs, parameters, credentials, bodies, responses and errors as
//! DESIGN.md section 3 describes them. Every assertion is on the wire request or the returned value.

use std::time::{Duration, Instant};

use cvat_seed::apis::memberships::MembershipsListRole;
use cvat_seed::models::{MembershipRead, MetaUser, PatchedMembershipWriteRequest, PatchedUserRequest, RoleEnum};
use cvat_seed::{Auth, Client, Error};
use serde_json::{Value, json};
use tests::{Recorded, Reply, TestServer, refused_url};

/// How long a test may wait for a call that should fail fast; far above what any call needs.
const BOUND: Duration = Duration::from_secs(5);

fn client(base_url: &str, auth: Auth) -> Client {
    Client::builder(base_url).auth(auth).build().expect("a valid client configuration")
}

/// A client without credentials or custom settings.
fn plain_client(base_url: &str) -> Client {
    Client::builder(base_url).build().expect("a valid client configuration")
}

fn full_user(id: i64) -> Value {
    json!({
        "url": format!("http://localhost/api/users/{id}"),
        "id": id,
        "username": "ann",
        "first_name": "Ann",
        "last_name": "Lee",
        "email": "ann@example.com",
        "groups": ["admin", "user"],
        "is_staff": true,
        "is_superuser": false,
        "is_active": true,
        "last_login": "2024-01-02T03:04:05Z",
        "date_joined": "2023-05-06T07:08:09Z",
        "has_analytics_access": false
    })
}

fn basic_user(id: i64) -> Value {
    json!({"url": format!("http://localhost/api/users/{id}"), "id": id, "username": "bob", "first_name": "Bob", "last_name": ""})
}

fn invitation(key: &str, role: &str) -> Value {
    json!({
        "key": key,
        "created_date": "2024-01-02T03:04:05Z",
        "owner": null,
        "role": role,
        "user": basic_user(2),
        "organization": 1,
        "expired": false,
        "accepted": false,
        "organization_info": {"id": 1, "slug": "org"}
    })
}

fn membership(role: &str) -> Value {
    json!({
        "id": 5,
        "user": basic_user(2),
        "organization": 1,
        "is_active": true,
        "joined_date": "2024-01-02T03:04:05Z",
        "role": role,
        "invitation": "inv-1"
    })
}

/// The single `Authorization` header of a request, failing the test if there are several.
fn authorization(request: &Recorded) -> Option<&str> {
    let values = request.header_values("authorization");
    assert!(values.len() <= 1, "several Authorization headers: {values:?}");
    values.first().copied()
}

#[tokio::test]
async fn list_sends_page_query_and_vendor_accept_and_decodes_the_union_page() {
    let page_json = json!({
        "count": 2,
        "next": "http://localhost/api/users?page=3&page_size=50",
        "previous": "http://localhost/api/users?page=1&page_size=50",
        "results": [full_user(1), basic_user(2)]
    });
    let server = TestServer::replying(Reply::text(200, "application/vnd.cvat+json", &page_json.to_string())).await;
    let client = client(&server.url(), Auth::token("k"));

    let page = client.users_api().list().page(2).page_size(50).await.expect("the page decodes");

    let request = server.only_request();
    assert_eq!(request.method, "GET");
    assert_eq!(request.target, "/api/users?page=2&page_size=50");
    assert_eq!(request.header("accept"), Some("application/vnd.cvat+json"));
    assert_eq!(request.header("content-type"), None);
    assert!(request.body.is_empty());

    assert_eq!(page.count, 2);
    assert_eq!(page.next.as_deref(), Some("http://localhost/api/users?page=3&page_size=50"));
    assert_eq!(page.previous.as_deref(), Some("http://localhost/api/users?page=1&page_size=50"));
    assert_eq!(page.results.len(), 2);
    let MetaUser::User(user) = &page.results[0] else { panic!("a full user: {:?}", page.results[0]) };
    assert_eq!(user.id, Some(1));
    assert_eq!(user.groups, ["admin", "user"]);
    assert_eq!(user.is_staff, Some(true));
    assert_eq!(user.last_login.map(|t| t.to_rfc3339()).as_deref(), Some("2024-01-02T03:04:05+00:00"));
    let MetaUser::BasicUser(basic) = &page.results[1] else { panic!("a basic user: {:?}", page.results[1]) };
    assert_eq!((basic.id, basic.username.as_str(), basic.last_name.as_deref()), (Some(2), "bob", Some("")));
}

#[tokio::test]
async fn query_parameters_of_every_type_are_form_encoded_in_call_order() {
    let empty_page = json!({"count": 0, "next": null, "previous": null, "results": []});
    let server = TestServer::replying(Reply::json(200, &empty_page)).await;
    let client = client(&server.url(), Auth::token("k"));

    let page = client
        .users_api()
        .list()
        .is_active(true)
        .search("a b&c=d")
        .org_id(-3)
        .page(1)
        .page(4)
        .await
        .expect("an empty page decodes");
    client.memberships_api().list().role(MembershipsListRole::Owner).user("ann").await.expect("decodes");
    client
        .memberships_api()
        .list()
        .role(MembershipsListRole::Unknown("guest".into()))
        .await
        .expect("an empty page decodes");

    assert_eq!((page.count, page.next, page.results.len()), (0, None, 0));
    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        [
            "/api/users?is_active=true&search=a+b%26c%3Dd&org_id=-3&page=4",
            "/api/memberships?role=owner&user=ann",
            "/api/memberships?role=guest",
        ]
    );
}

#[tokio::test]
async fn send_with_response_returns_the_body_with_status_and_headers() {
    let server = TestServer::replying(Reply::json(200, &full_user(7)).header("X-Request-Id", "req-42")).await;
    let client = client(&server.url(), Auth::token("k"));

    let (me, raw) = client.users_api().retrieve_self().send_with_response().await.expect("the user decodes");

    assert_eq!(server.only_request().target, "/api/users/self");
    let MetaUser::User(user) = me else { panic!("a full user: {me:?}") };
    assert_eq!((user.id, user.username.as_str()), (Some(7), "ann"));
    assert_eq!(raw.status.as_u16(), 200);
    assert_eq!(raw.operation, "users_retrieve_self");
    assert_eq!(raw.headers.get("x-request-id").and_then(|v| v.to_str().ok()), Some("req-42"));
    assert_eq!(raw.headers.get("content-type").and_then(|v| v.to_str().ok()), Some("application/json"));
    assert_eq!(raw.json::<Value>().expect("the raw body is kept"), full_user(7));
}

#[tokio::test]
async fn string_path_parameters_are_percent_encoded_within_their_segment() {
    let server = TestServer::start(|request| {
        let key = request.path().trim_start_matches("/api/invitations/").to_owned();
        Reply::json(200, &invitation(&key, "worker"))
    })
    .await;
    let client = client(&server.url(), Auth::token("k"));
    let cases = [
        ("a/b", "a%2Fb"),
        ("../admin", "..%2Fadmin"),
        ("x y?z#", "x%20y%3Fz%23"),
        ("é", "%C3%A9"),
        ("%2e%2e", "%252e%252e"),
        ("...", "..."),
        ("k-1_2.3~", "k-1_2.3~"),
    ];

    for (key, _) in cases {
        let invitation = client.invitations_api().retrieve(key).await.expect("the invitation decodes");
        assert_eq!(invitation.role, RoleEnum::Worker);
    }

    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    let expected: Vec<String> = cases.iter().map(|(_, encoded)| format!("/api/invitations/{encoded}")).collect();
    assert_eq!(targets, expected);
}

#[tokio::test]
async fn dot_segment_path_values_are_refused_before_sending() {
    let server = TestServer::replying(Reply::json(200, &invitation("x", "worker"))).await;
    let client = client(&server.url(), Auth::token("k"));

    for key in ["..", "."] {
        let err = client.invitations_api().retrieve(key).await.expect_err("a dot segment is refused");
        let Error::InvalidRequest(message) = &err else { panic!("expected InvalidRequest, got {err:?}") };
        assert!(message.contains("`key`"), "{message}");
        assert_eq!(err.to_string(), format!("invalid request: path parameter `key` may not be `{key}`"));
        assert_eq!((err.status(), err.body().is_some(), err.headers().is_some()), (None, false, false));
    }
    let err = client.invitations_api().destroy("..").await.expect_err("a dot segment is refused");
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");

    assert_eq!(server.requests(), []);
}

#[tokio::test]
async fn a_base_url_path_prefix_is_kept() {
    let server = TestServer::replying(Reply::json(200, &full_user(1))).await;
    let bases =
        [format!("{}/prefix/", server.url()), format!("{}/prefix", server.url()), format!("{}/a/b/", server.url())];

    for base in &bases {
        let client = client(base, Auth::token("k"));
        assert_eq!(client.base_url(), base.trim_end_matches('/'));
        client.users_api().retrieve_self().await.expect("the user decodes");
    }

    let paths: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(paths, ["/prefix/api/users/self", "/prefix/api/users/self", "/a/b/api/users/self"]);
}

#[tokio::test]
async fn invalid_base_urls_are_refused_by_build() {
    for base in ["not a url", "http://127.0.0.1:1/api?x=1", "http://127.0.0.1:1/#frag", "mailto:ann@example.com"] {
        let err = Client::builder(base).build().expect_err("an invalid base URL is refused");
        let Error::InvalidRequest(message) = &err else { panic!("expected InvalidRequest, got {err:?}") };
        assert!(message.starts_with(&format!("invalid base URL `{base}`")), "{message}");
    }
}

#[tokio::test]
async fn token_auth_sends_the_authorization_token_header() {
    let server = TestServer::replying(Reply::json(200, &full_user(1))).await;

    client(&server.url(), Auth::token("k")).users_api().retrieve_self().await.expect("decodes");
    client(&server.url(), Auth::api_key("tokenAuth", "named")).users_api().retrieve_self().await.expect("decodes");

    let requests = server.requests();
    assert_eq!(authorization(&requests[0]), Some("Token k"));
    assert_eq!(authorization(&requests[1]), Some("Token named"));
    for request in &requests {
        assert_eq!(request.query(), None);
        assert_eq!(request.cookies(), []);
        assert_eq!(request.header("x-csrftoken"), None);
    }
}

#[tokio::test]
async fn bearer_auth_sends_the_authorization_bearer_header() {
    let server = TestServer::replying(Reply::json(200, &full_user(1))).await;

    client(&server.url(), Auth::bearer("b")).users_api().retrieve_self().await.expect("decodes");

    assert_eq!(authorization(&server.only_request()), Some("Bearer b"));
}

#[tokio::test]
async fn basic_auth_sends_base64_credentials() {
    let server = TestServer::replying(Reply::json(200, &full_user(1))).await;

    client(&server.url(), Auth::basic("u", "p")).users_api().retrieve_self().await.expect("decodes");
    client(&server.url(), Auth::basic("ann", "pw-123")).users_api().retrieve_self().await.expect("decodes");

    let requests = server.requests();
    assert_eq!(authorization(&requests[0]), Some("Basic dTpw"));
    assert_eq!(authorization(&requests[1]), Some("Basic YW5uOnB3LTEyMw=="));
}

#[tokio::test]
async fn session_auth_sends_the_cookies_and_the_csrf_header() {
    let server = TestServer::replying(Reply::json(200, &full_user(1))).await;
    let client = Client::builder(server.url())
        .auth(Auth::api_key("sessionAuth", "s"))
        .auth(Auth::api_key("csrfHeaderAuth", "c"))
        .auth(Auth::api_key("csrfAuth", "c-cookie"))
        .build()
        .expect("a valid client configuration");

    client.users_api().partial_update(3).patched_user_request(PatchedUserRequest::default()).await.expect("decodes");

    let request = server.only_request();
    let mut cookies = request.cookies();
    cookies.sort();
    assert_eq!(cookies, [("csrftoken".to_owned(), "c-cookie".to_owned()), ("sessionid".to_owned(), "s".to_owned())]);
    assert_eq!(request.header_values("x-csrftoken"), ["c"]);
    assert_eq!(authorization(&request), None);
    assert_eq!(request.query(), None);
}

#[tokio::test]
async fn signature_auth_sends_the_sign_query_parameter() {
    let server = TestServer::replying(Reply::json(200, &json!({"count": 0, "results": []}))).await;
    let client = client(&server.url(), Auth::api_key("signatureAuth", "sig"));

    client.users_api().retrieve_self().await.expect_err("the body is not a user");
    client.users_api().list().page(2).await.expect("an empty page decodes");

    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(targets, ["/api/users/self?sign=sig", "/api/users?page=2&sign=sig"]);
    assert_eq!(authorization(&server.requests()[0]), None);
}

#[tokio::test]
async fn the_first_satisfied_security_alternative_wins() {
    let server = TestServer::replying(Reply::json(200, &full_user(1))).await;
    // CVAT lists tokenAuth, accessTokenAuth, sessionAuth+csrfAuth+csrfHeaderAuth, basicAuth,
    // signatureAuth, in that order.
    let configurations: [(Vec<Auth>, &str); 5] = [
        (vec![Auth::basic("u", "p"), Auth::bearer("b"), Auth::token("k")], "Token k"),
        (vec![Auth::api_key("signatureAuth", "sig"), Auth::basic("u", "p"), Auth::bearer("b")], "Bearer b"),
        (vec![Auth::api_key("signatureAuth", "sig"), Auth::basic("u", "p")], "Basic dTpw"),
        // Session and CSRF header without the CSRF cookie do not satisfy their alternative.
        (
            vec![Auth::api_key("sessionAuth", "s"), Auth::api_key("csrfHeaderAuth", "c"), Auth::basic("u", "p")],
            "Basic dTpw",
        ),
        // A credential named for a scheme wins over a general one.
        (vec![Auth::token("general"), Auth::api_key("tokenAuth", "named")], "Token named"),
    ];

    for (auths, _) in &configurations {
        let client = auths
            .iter()
            .cloned()
            .fold(Client::builder(server.url()), |builder, auth| builder.auth(auth))
            .build()
            .expect("a valid client configuration");
        client.users_api().retrieve_self().await.expect("decodes");
    }

    let requests = server.requests();
    assert_eq!(requests.len(), configurations.len());
    for (request, (auths, expected)) in requests.iter().zip(&configurations) {
        assert_eq!(authorization(request), Some(*expected), "with {auths:?}");
        assert_eq!(request.query(), None, "with {auths:?}");
        assert_eq!(request.cookies(), [], "with {auths:?}");
        assert_eq!(request.header("x-csrftoken"), None, "with {auths:?}");
    }
}

#[tokio::test]
async fn an_unsatisfied_requirement_sends_no_credentials() {
    let server = TestServer::replying(Reply::json(200, &full_user(1))).await;
    let client = Client::builder(server.url())
        .auth(Auth::api_key("sessionAuth", "s"))
        .build()
        .expect("a valid client configuration");

    client.users_api().retrieve_self().await.expect("decodes");

    let request = server.only_request();
    assert_eq!(authorization(&request), None);
    assert_eq!(request.cookies(), []);
    assert_eq!(request.target, "/api/users/self");
}

const SECRETS: [&str; 6] =
    ["tok-secret-1", "bearer-secret-2", "pw-secret-3", "session-secret-4", "csrf-secret-5", "sig-secret-6"];

fn client_with_every_secret(base_url: &str) -> Client {
    Client::builder(base_url)
        .auth(Auth::token(SECRETS[0]))
        .auth(Auth::bearer(SECRETS[1]))
        .auth(Auth::basic("ann", SECRETS[2]))
        .auth(Auth::api_key("sessionAuth", SECRETS[3]))
        .auth(Auth::api_key("csrfHeaderAuth", SECRETS[4]))
        .auth(Auth::api_key("signatureAuth", SECRETS[5]))
        .build()
        .expect("a valid client configuration")
}

fn assert_no_secret(text: &str) {
    for secret in SECRETS {
        assert!(!text.contains(secret), "`{secret}` leaked into: {text}");
    }
}

#[tokio::test]
async fn secrets_never_appear_in_client_debug_output() {
    let client = client_with_every_secret("http://127.0.0.1:1");

    let debug = format!("{client:?} {client:#?}");

    assert_no_secret(&debug);
    assert!(debug.contains("ann"), "the user name is not a secret: {debug}");
}

#[tokio::test]
async fn secrets_never_appear_in_status_or_decode_errors() {
    let server = TestServer::start(|request| match request.path() {
        "/api/users/self" => Reply::json(401, &json!({"detail": "Invalid token."})),
        _ => Reply::json(200, &json!({"count": "many"})),
    })
    .await;

    for signed in [false, true] {
        let client = if signed {
            client(&server.url(), Auth::api_key("signatureAuth", SECRETS[5]))
        } else {
            client_with_every_secret(&server.url())
        };
        let status = client.users_api().retrieve_self().await.expect_err("401 is an error");
        let decode = client.users_api().list().await.expect_err("a count is not a string");

        assert_eq!(status.status().map(|s| s.as_u16()), Some(401));
        assert!(matches!(decode, Error::Decode(_)), "{decode:?}");
        for err in [&status, &decode] {
            assert_no_secret(&format!("{err} {err:?} {err:#?}"));
        }
    }
    assert_eq!(server.requests().len(), 4);
}

#[tokio::test]
async fn secrets_never_appear_in_transport_errors() {
    let url = refused_url().await;
    let clients = [
        client_with_every_secret(&url),
        client(&url, Auth::basic("ann", SECRETS[2])),
        client(&url, Auth::api_key("sessionAuth", SECRETS[3])),
        client(&url, Auth::api_key("signatureAuth", SECRETS[5])),
    ];

    let mut leaks = Vec::new();
    for client in &clients {
        let err = tokio::time::timeout(BOUND, client.users_api().retrieve_self())
            .await
            .expect("a refused connection fails fast")
            .expect_err("nothing listens");
        assert!(matches!(err, Error::Transport(_)), "{err:?}");
        let text = format!("{err} {err:?}");
        leaks
            .extend(SECRETS.iter().filter(|secret| text.contains(*secret)).map(|secret| format!("{secret} in {text}")));
    }
    let silent = TestServer::hanging().await;
    let signed = client(&silent.url(), Auth::api_key("signatureAuth", SECRETS[5]));
    let err = tokio::time::timeout(BOUND, signed.users_api().retrieve_self().timeout(Duration::from_millis(100)))
        .await
        .expect("the call's timeout fires first")
        .expect_err("the server never answers");
    assert!(matches!(&err, Error::Transport(source) if source.is_timeout()), "{err:?}");
    let text = format!("{err} {err:?}");
    leaks.extend(SECRETS.iter().filter(|secret| text.contains(*secret)).map(|secret| format!("{secret} in {text}")));

    assert_eq!(leaks, Vec::<String>::new(), "secrets leaked into transport errors");
}

#[tokio::test]
async fn a_credential_that_is_not_a_valid_header_value_is_refused_without_quoting_it() {
    let server = TestServer::replying(Reply::json(200, &full_user(1))).await;
    let client = client(&server.url(), Auth::token("tok-secret-1\r\nX-Injected: yes"));

    let err = client.users_api().retrieve_self().await.expect_err("CR/LF in a credential is refused");

    let Error::InvalidRequest(message) = &err else { panic!("expected InvalidRequest, got {err:?}") };
    assert!(message.contains("`Authorization`"), "{message}");
    assert_no_secret(&format!("{err} {err:?}"));
    assert_eq!(server.requests(), []);
}

#[tokio::test]
async fn extra_and_declared_headers_arrive() {
    let server = TestServer::replying(Reply::json(200, &full_user(1))).await;
    let client = Client::builder(server.url())
        .auth(Auth::token("k"))
        .user_agent("my-agent/1.0")
        .default_header("X-Default", "d")
        .build()
        .expect("a valid client configuration");

    client
        .users_api()
        .retrieve_self()
        .header("X-Trace", "1")
        .header("X-Multi", "a")
        .header("X-Multi", "b")
        .x_organization("my-org")
        .await
        .expect("decodes");
    let default_client = plain_client(&server.url());
    default_client.users_api().retrieve_self().await.expect("decodes");

    let requests = server.requests();
    let request = &requests[0];
    assert_eq!(request.header_values("x-trace"), ["1"]);
    assert_eq!(request.header_values("x-multi"), ["a", "b"]);
    assert_eq!(request.header_values("x-organization"), ["my-org"]);
    assert_eq!(request.header_values("x-default"), ["d"]);
    assert_eq!(request.header_values("user-agent"), ["my-agent/1.0"]);
    assert_eq!(authorization(request), Some("Token k"));
    assert_eq!(requests[1].header_values("user-agent"), ["cvat-seed/0.1.0"]);
    assert_eq!(requests[1].header("x-trace"), None);
}

#[tokio::test]
async fn header_values_with_cr_or_lf_are_refused_naming_the_header() {
    let server = TestServer::replying(Reply::json(200, &full_user(1))).await;
    let client = client(&server.url(), Auth::token("k"));

    let extra = client.users_api().retrieve_self().header("X-Trace", "1\r\nX-Evil: 2").await.expect_err("refused");
    let lone_lf = client.users_api().list().header("X-Trace", "1\nX-Evil: 2").await.expect_err("refused");
    let declared = client.users_api().retrieve_self().x_organization("org\r\nX-Evil: 2").await.expect_err("refused");
    let bad_name = client.users_api().retrieve_self().header("Bad Name", "1").await.expect_err("refused");

    for (err, name) in
        [(&extra, "X-Trace"), (&lone_lf, "X-Trace"), (&declared, "X-Organization"), (&bad_name, "Bad Name")]
    {
        let Error::InvalidRequest(message) = err else { panic!("expected InvalidRequest, got {err:?}") };
        assert!(message.contains(&format!("`{name}`")), "{message}");
        assert!(!message.contains("X-Evil"), "the value is not quoted: {message}");
    }
    let err = Client::builder(server.url()).default_header("X-Default", "a\r\nb").build().expect_err("refused");
    assert!(matches!(&err, Error::InvalidRequest(m) if m.contains("`X-Default`")), "{err:?}");

    assert_eq!(server.requests(), []);
}

#[tokio::test]
async fn partial_update_sends_only_the_set_fields_as_json() {
    let server = TestServer::replying(Reply::json(200, &full_user(1))).await;
    let client = client(&server.url(), Auth::token("k"));
    let patch = PatchedUserRequest {
        first_name: Some("Ann".into()),
        is_active: Some(false),
        groups: Some(vec![]),
        ..PatchedUserRequest::default()
    };

    let updated = client.users_api().partial_update(1).patched_user_request(patch).await.expect("the user decodes");

    let request = server.only_request();
    assert_eq!((request.method.as_str(), request.target.as_str()), ("PATCH", "/api/users/1"));
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(request.header("accept"), Some("application/vnd.cvat+json"));
    assert_eq!(request.header("content-length"), Some(request.body.len().to_string().as_str()));
    assert_eq!(
        request.body_json().expect("a JSON body"),
        json!({"first_name": "Ann", "is_active": false, "groups": []})
    );
    assert!(matches!(updated, MetaUser::User(user) if user.id == Some(1)));
}

#[tokio::test]
async fn partial_update_without_a_body_sends_none() {
    let server = TestServer::replying(Reply::json(200, &full_user(1))).await;
    let client = client(&server.url(), Auth::token("k"));

    client.users_api().partial_update(1).await.expect("the user decodes");

    let request = server.only_request();
    assert_eq!(request.method, "PATCH");
    assert_eq!(request.header("content-type"), None);
    assert!(request.body.is_empty());
}

#[tokio::test]
async fn a_204_response_is_ok_unit() {
    let server = TestServer::replying(Reply::status(204)).await;
    let client = client(&server.url(), Auth::token("k"));

    let () = client.users_api().destroy(1).await.expect("204 is a success");
    let ((), raw) = client.invitations_api().destroy("a/b").send_with_response().await.expect("204 is a success");

    assert_eq!(raw.status.as_u16(), 204);
    assert!(raw.body.is_empty());
    let requests: Vec<(String, String)> = server.requests().into_iter().map(|r| (r.method, r.target)).collect();
    assert_eq!(
        requests,
        [("DELETE".to_owned(), "/api/users/1".to_owned()), ("DELETE".to_owned(), "/api/invitations/a%2Fb".to_owned())]
    );
}

#[tokio::test]
async fn a_404_is_a_status_error_that_keeps_status_headers_and_body() {
    let body = json!({"detail": "Not found."});
    let server = TestServer::replying(Reply::json(404, &body).header("X-Request-Id", "req-404")).await;
    let client = client(&server.url(), Auth::token("k"));

    let err = client.users_api().retrieve(99).await.expect_err("404 is an error");

    assert_eq!(server.only_request().target, "/api/users/99");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(err.body().map(|b| b.to_vec()), Some(body.to_string().into_bytes()));
    let headers = err.headers().expect("the response headers are kept");
    assert_eq!(headers.get("x-request-id").and_then(|v| v.to_str().ok()), Some("req-404"));
    let Error::Status(api) = &err else { panic!("expected Status, got {err:?}") };
    assert_eq!(api.operation, "users_retrieve");
    assert_eq!(api.json::<Value>().expect("the body is JSON"), body);
    assert_eq!(api.text(), body.to_string());
    assert_eq!(err.to_string(), r#"`users_retrieve` failed with HTTP 404 Not Found: {"detail":"Not found."}"#);
}

#[tokio::test]
async fn a_5xx_with_a_text_body_is_a_status_error() {
    let server = TestServer::replying(Reply::text(500, "text/plain", "boom")).await;
    let client = client(&server.url(), Auth::token("k"));

    let err = client.users_api().destroy(1).await.expect_err("500 is an error");

    let Error::Status(api) = &err else { panic!("expected Status, got {err:?}") };
    assert_eq!((api.status.as_u16(), api.text().as_ref()), (500, "boom"));
    assert!(err.to_string().ends_with(": boom"), "{err}");
}

#[tokio::test]
async fn a_success_body_that_does_not_match_the_schema_is_a_decode_error() {
    let bodies = [r#"{"count": "many", "results": []}"#, "<html>oops</html>", "", r#"{"username": 5}"#];
    let server = TestServer::start(move |request| {
        let index: usize =
            request.query().and_then(|q| q.strip_prefix("page=")).and_then(|p| p.parse().ok()).unwrap_or(0);
        Reply::text(200, "application/vnd.cvat+json", bodies[index % bodies.len()]).header("X-Request-Id", "req-dec")
    })
    .await;
    let client = client(&server.url(), Auth::token("k"));

    for (index, body) in bodies.iter().enumerate() {
        let page = i64::try_from(index).expect("a small index");
        let err = client.users_api().list().page(page).await.expect_err("the body does not decode");
        let Error::Decode(decode) = &err else { panic!("expected Decode, got {err:?}") };
        assert_eq!(decode.text(), *body);
        assert_eq!(decode.operation, "users_list");
        assert_eq!(err.status().map(|s| s.as_u16()), Some(200));
        assert_eq!(err.body().map(|b| &b[..]), Some(body.as_bytes()));
        assert_eq!(err.headers().and_then(|h| h.get("x-request-id")).and_then(|v| v.to_str().ok()), Some("req-dec"));
        let message = err.to_string();
        assert!(
            message.starts_with("`users_list`: the HTTP 200 OK response body does not match its schema"),
            "{message}"
        );
    }
    assert_eq!(server.requests().len(), bodies.len());
}

#[tokio::test]
async fn a_refused_connection_is_a_transport_error() {
    let client = client(&refused_url().await, Auth::token("k"));
    let started = Instant::now();

    let err = tokio::time::timeout(BOUND, client.users_api().list())
        .await
        .expect("a refused connection fails fast")
        .expect_err("nothing listens");

    assert!(started.elapsed() < BOUND);
    let Error::Transport(source) = &err else { panic!("expected Transport, got {err:?}") };
    assert!(source.is_connect(), "{source:?}");
    assert_eq!((err.status(), err.body().is_some(), err.headers().is_some()), (None, false, false));
    assert!(err.to_string().starts_with("request failed: "), "{err}");
    assert!(std::error::Error::source(&err).is_some());
}

#[tokio::test]
async fn unknown_enum_values_decode_to_unknown_and_round_trip() {
    let server = TestServer::start(|request| match request.path() {
        "/api/memberships/5" => Reply::json(200, &membership("superhero")),
        "/api/memberships/6" => Reply::json(200, &membership("owner")),
        _ => Reply::json(200, &invitation("inv", "superhero")),
    })
    .await;
    let client = client(&server.url(), Auth::token("k"));

    let unknown: MembershipRead = client.memberships_api().retrieve(5).await.expect("an unknown role decodes");
    let known = client.memberships_api().retrieve(6).await.expect("a known role decodes");
    let invitation = client.invitations_api().retrieve("inv").await.expect("an unknown role decodes");

    assert_eq!(unknown.role, Some(RoleEnum::Unknown("superhero".into())));
    assert_eq!(unknown.role.as_ref().map(RoleEnum::as_str), Some("superhero"));
    // The unknown value serialises back exactly as it came.
    assert_eq!(serde_json::to_value(&unknown.role).expect("serialises"), json!("superhero"));
    assert_eq!(serde_json::to_string(&RoleEnum::Unknown("superhero".into())).expect("serialises"), r#""superhero""#);
    assert_eq!(known.role, Some(RoleEnum::Owner));
    assert_eq!(invitation.role, RoleEnum::Unknown("superhero".into()));
    assert_eq!(invitation.role.to_string(), "superhero");
    assert_eq!(serde_json::to_value(&invitation.role).expect("serialises"), json!("superhero"));

    // Sent back to the server, the decoded value travels unchanged.
    let patch = PatchedMembershipWriteRequest { role: unknown.role.clone() };
    client.memberships_api().partial_update(5).patched_membership_write_request(patch).await.expect("decodes");
    let patch_request = server.requests().pop().expect("the PATCH was recorded");
    assert_eq!((patch_request.method.as_str(), patch_request.target.as_str()), ("PATCH", "/api/memberships/5"));
    assert_eq!(String::from_utf8_lossy(&patch_request.body), r#"{"role":"superhero"}"#);
}

#[tokio::test]
async fn a_per_call_timeout_against_a_silent_server_is_a_transport_error() {
    let server = TestServer::hanging().await;
    let client = client(&server.url(), Auth::token("k"));
    let started = Instant::now();

    let err = tokio::time::timeout(BOUND, client.users_api().retrieve_self().timeout(Duration::from_millis(200)))
        .await
        .expect("the call's own timeout fires first")
        .expect_err("the server never answers");

    let elapsed = started.elapsed();
    assert!(elapsed >= Duration::from_millis(200) && elapsed < Duration::from_secs(2), "{elapsed:?}");
    let Error::Transport(source) = &err else { panic!("expected Transport, got {err:?}") };
    assert!(source.is_timeout(), "{source:?}");
    assert_eq!(server.only_request().target, "/api/users/self");
}

#[tokio::test]
async fn a_client_timeout_applies_to_every_call() {
    let server = TestServer::hanging().await;
    let client = Client::builder(server.url())
        .timeout(Duration::from_millis(200))
        .build()
        .expect("a valid client configuration");
    let started = Instant::now();

    let err = tokio::time::timeout(BOUND, client.users_api().list())
        .await
        .expect("the client's timeout fires first")
        .expect_err("the server never answers");

    assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
    assert!(matches!(&err, Error::Transport(source) if source.is_timeout()), "{err:?}");
}

#[tokio::test]
async fn an_empty_path_parameter_is_refused_before_sending() {
    let server = TestServer::replying(Reply::status(204)).await;
    let client = plain_client(&server.url());
    let err = client.invitations_api().destroy("").await.expect_err("an empty key addresses the collection");
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
    assert!(err.to_string().contains("`key` may not be empty"), "{err}");
    assert!(server.requests().is_empty(), "nothing may be sent");
}

#[tokio::test]
async fn a_password_in_the_base_url_is_redacted_in_debug_output() {
    let client = Client::builder("http://ann:pw-in-url-9@127.0.0.1:9/").build().expect("a valid base URL");
    let text = format!("{client:?}");
    assert!(!text.contains("pw-in-url-9"), "{text}");
    assert!(text.contains("ann:***@127.0.0.1"), "{text}");
}
