//! The clients that build.rs generated, called against a real HTTP server on 127.0.0.1: the
//! included code is a working SDK, not only code that compiles.

use downstream_build_rs::{box_api, cvat, cvat_users};
use serde_json::json;
use tests::{Reply, TestServer};

#[tokio::test]
async fn cvat_client_from_build_rs_calls_the_server() -> Result<(), Box<dyn std::error::Error>> {
    let server = TestServer::start(|request| match request.path() {
        "/api/users/self" => Reply::json(
            200,
            &json!({"url": "http://x/api/users/7", "id": 7, "username": "ann", "first_name": "Ann",
                    "last_name": "Lee", "email": "ann@example.com", "groups": ["user"], "is_staff": false,
                    "is_superuser": false, "is_active": true, "last_login": null,
                    "date_joined": "2024-01-02T03:04:05Z", "has_analytics_access": false}),
        ),
        _ => Reply::status(404),
    })
    .await;
    let client = cvat::Client::builder(server.url()).auth(cvat::Auth::token("k")).build()?;
    let users_only = cvat_users::Client::builder(server.url()).auth(cvat_users::Auth::token("k")).build()?;

    let me = client.users_api().retrieve_self().await?;
    let again = users_only.users_api().retrieve_self().await?;

    assert!(matches!(me, cvat::models::MetaUser::User(ref user) if user.id == Some(7)), "{me:?}");
    assert!(matches!(again, cvat_users::models::MetaUser::User(ref user) if user.id == Some(7)), "{again:?}");
    let requests = server.requests();
    for request in &requests {
        assert_eq!((request.method.as_str(), request.target.as_str()), ("GET", "/api/users/self"));
        assert_eq!(request.header("authorization"), Some("Token k"));
    }
    assert_eq!(requests.len(), 2);
    Ok(())
}

#[tokio::test]
async fn box_client_from_build_rs_calls_the_server_and_keeps_errors() -> Result<(), Box<dyn std::error::Error>> {
    let server = TestServer::start(|request| match request.path() {
        "/users/12345/memberships" => Reply::json(
            200,
            &json!({"total_count": 1, "limit": 10, "offset": 0,
                    "entries": [{"id": "11446498", "type": "group_membership", "role": "member"}]}),
        ),
        _ => Reply::json(404, &json!({"type": "error", "status": 404, "code": "not_found"})),
    })
    .await;
    let client = box_api::Client::builder(server.url()).auth(box_api::Auth::bearer("t")).build()?;

    let memberships = client.memberships().get_user_memberships("12345").limit(10).header("X-Trace", "1").await?;
    let missing = client.memberships().get_group_membership_by_id("404").await;

    assert_eq!(memberships.entries.as_ref().map(Vec::len), Some(1));
    let requests = server.requests();
    assert_eq!(requests[0].target, "/users/12345/memberships?limit=10");
    assert_eq!(requests[0].header("authorization"), Some("Bearer t"));
    assert_eq!(requests[0].header("x-trace"), Some("1"));
    let Err(error) = missing else { panic!("a 404 is an error: {missing:?}") };
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404), "{error}");
    Ok(())
}
