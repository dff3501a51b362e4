//! Parameter encodings and security choices of the feature specs' crates
//! (`generated/feature-parameters`, `generated/feature-auth`), on the wire of a local server.

use feature_parameters::apis::files::{GetThumbnailExtension, GetThumbnailFileId};
use feature_parameters::models::Filter;
use tests::{Recorded, Reply, TestServer};

/// The decoded query pairs of a request, in order.
fn pairs(request: &Recorded) -> Vec<(String, String)> {
    url::form_urlencoded::parse(request.query().unwrap_or("").as_bytes()).into_owned().collect()
}

fn filter(field: &str, value: &str) -> Filter {
    Filter { field: Some(field.to_owned()), value: Some(value.to_owned()) }
}

#[tokio::test]
async fn path_parameters_of_a_union_type_and_inside_a_segment() {
    let server = TestServer::replying(Reply::text(200, "image/png", "png")).await;
    let client = feature_parameters::Client::builder(format!("{}/v1", server.url())).build().expect("a client");
    let files = client.files_api();
    let image = files.get_thumbnail(42, GetThumbnailExtension::Png, [1, 2]).await;
    assert_eq!(image.expect("a png").as_ref(), b"png");
    files.get_thumbnail("a/b".to_owned(), GetThumbnailExtension::Jpg, []).await.expect("a png");
    let requests = server.requests();
    assert_eq!(requests[0].target, "/v1/files/42/thumbnail.png?ids=1&ids=2");
    assert_eq!(requests[0].header("accept"), Some("image/png"));
    assert_eq!(requests[1].path(), "/v1/files/a%2Fb/thumbnail.jpg");
}

#[tokio::test]
async fn every_query_encoding() {
    let server = TestServer::replying(Reply::text(200, "image/png", "")).await;
    let client = feature_parameters::Client::builder(server.url()).build().expect("a client");
    client
        .files_api()
        .get_thumbnail(GetThumbnailFileId::Integer(1), GetThumbnailExtension::Png, [7])
        .fields(["id", "name"])
        .filter(filter("name", "ann"))
        .tags(["a", "b c"])
        .r#where(filter("age", "3"))
        .filters(vec![filter("x", "y")])
        .min_width(200)
        .await
        .expect("sent");
    let got = pairs(&server.only_request());
    let want = [
        ("ids", "7"),
        ("fields", "id,name"),
        ("filter[field]", "name"),
        ("filter[value]", "ann"),
        ("tags", "a|b c"),
        ("where", r#"{"field":"age","value":"3"}"#),
        ("filters", r#"[{"field":"x","value":"y"}]"#),
        ("min_width", "200"),
    ];
    let want: Vec<(String, String)> = want.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
    assert_eq!(got, want);
}

#[tokio::test]
async fn header_and_cookie_parameters() {
    let server = TestServer::replying(Reply::text(200, "image/png", "")).await;
    let client = feature_parameters::Client::builder(server.url()).build().expect("a client");
    let id = uuid::Uuid::from_u128(0x1234);
    let since = chrono::DateTime::from_timestamp(1_700_000_000, 0).expect("a time");
    client
        .files_api()
        .get_thumbnail(GetThumbnailFileId::Integer(1), GetThumbnailExtension::Png, [])
        .x_options(filter("f", "v"))
        .x_request_id(id)
        .since(since)
        .session("s-1")
        .await
        .expect("sent");
    let request = server.only_request();
    assert_eq!(request.header("x-options"), Some(r#"{"field":"f","value":"v"}"#));
    assert_eq!(request.header("x-request-id"), Some("00000000-0000-0000-0000-000000001234"));
    assert_eq!(request.header("since"), Some("2023-11-14T22:13:20Z"));
    assert_eq!(request.cookies(), vec![("session".to_owned(), "s-1".to_owned())]);
}

#[tokio::test]
async fn an_operation_without_security_sends_no_credentials() {
    let server = TestServer::replying(Reply::status(204)).await;
    let client = feature_auth::Client::builder(server.url())
        .auth(feature_auth::Auth::bearer("b"))
        .auth(feature_auth::Auth::token("t"))
        .build()
        .expect("a client");
    client.things_api().public_get().await.expect("204");
    let request = server.only_request();
    assert_eq!(request.header("authorization"), None);
    assert!(request.cookies().is_empty());
}

#[tokio::test]
async fn the_operation_requirement_is_used_not_the_global_one() {
    let server = TestServer::replying(Reply::status(204)).await;
    let client = feature_auth::Client::builder(server.url())
        .auth(feature_auth::Auth::bearer("b"))
        .auth(feature_auth::Auth::api_key("session", "s"))
        .auth(feature_auth::Auth::api_key("csrf", "c"))
        .build()
        .expect("a client");
    // `list` accepts token or session+csrf, not the global bearer.
    client.things_api().list().await.expect("204");
    // `signed_get` accepts the global bearer first.
    client.things_api().signed_get().await.expect("204");
    let requests = server.requests();
    assert_eq!(requests[0].header("authorization"), None);
    assert_eq!(requests[0].cookies(), vec![("sessionid".to_owned(), "s".to_owned())]);
    assert_eq!(requests[0].header("x-csrftoken"), Some("c"));
    assert_eq!(requests[1].header("authorization"), Some("Bearer b"));
    assert_eq!(requests[1].query(), None);
}

#[tokio::test]
async fn a_query_signature_is_sent_when_it_is_the_only_credential() {
    let server = TestServer::replying(Reply::status(204)).await;
    let client = feature_auth::Client::builder(server.url())
        .auth(feature_auth::Auth::api_key("sign", "sig"))
        .build()
        .expect("a client");
    client.things_api().signed_get().await.expect("204");
    assert_eq!(server.only_request().target, "/signed?sign=sig");
}
