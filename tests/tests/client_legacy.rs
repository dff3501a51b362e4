//! Client behaviour of the `legacy` CVAT seed SDK (`generated/cvat-seed-legacy`) against a real
//! HTTP server on 127.0.0.1: the same wire behaviour as the `tagged` crate under
//! openapi-generator's names (`UsersApi::new(&client).users_list()`).

use cvat_seed_legacy::models::{MetaUser, PatchedUserRequest, RoleEnum};
use cvat_seed_legacy::{Auth, Client, Error, InvitationsApi, MembershipsApi, UsersApi};
use serde_json::{Value, json};
use tests::{Reply, TestServer};

fn client(base_url: &str) -> Client {
    Client::builder(base_url).auth(Auth::token("k")).build().expect("a valid client configuration")
}

fn user(id: i64) -> Value {
    json!({"id": id, "username": "ann", "groups": ["user"], "is_active": true})
}

#[tokio::test]
async fn users_list_uses_legacy_names_and_the_same_wire_format() {
    let page = json!({"count": 1, "next": null, "previous": null, "results": [user(1)]});
    let server = TestServer::replying(Reply::json(200, &page)).await;
    let client = client(&server.url());

    let list = UsersApi::new(&client).users_list().page(2).page_size(50).await.expect("the page decodes");
    let (again, raw) = UsersApi::new(&client).users_list().send_with_response().await.expect("the page decodes");

    let requests = server.requests();
    assert_eq!(requests[0].target, "/api/users?page=2&page_size=50");
    assert_eq!(requests[0].header_values("authorization"), ["Token k"]);
    assert_eq!(requests[0].header("accept"), Some("application/vnd.cvat+json"));
    assert_eq!(requests[1].target, "/api/users");
    assert_eq!(raw.operation, "users_list");
    assert_eq!(list, again);
    assert_eq!(list.count, 1);
    let MetaUser::User(first) = &list.results[0] else { panic!("a full user: {:?}", list.results[0]) };
    assert_eq!((first.id, first.groups.as_slice()), (Some(1), ["user".to_owned()].as_slice()));
}

#[tokio::test]
async fn legacy_builders_cover_every_operation_kind() {
    let server = TestServer::start(|request| match (request.method.as_str(), request.path()) {
        ("DELETE", _) => Reply::status(204),
        ("GET", "/api/memberships/5") => Reply::json(
            200,
            &json!({"id": 5, "user": {"username": "bob"}, "role": "superhero", "joined_date": "2024-01-02T03:04:05Z"}),
        ),
        _ => Reply::json(200, &user(1)),
    })
    .await;
    let client = client(&server.url());

    let me = UsersApi::new(&client).users_retrieve_self().header("X-Trace", "1").await.expect("decodes");
    let patched = UsersApi::new(&client)
        .users_partial_update(1)
        .patched_user_request(PatchedUserRequest { last_name: Some("Lee".into()), ..PatchedUserRequest::default() })
        .await
        .expect("decodes");
    let () = UsersApi::new(&client).users_destroy(1).await.expect("204 is a success");
    let membership = MembershipsApi::new(&client).memberships_retrieve(5).await.expect("an unknown role decodes");
    let () = InvitationsApi::new(&client).invitations_destroy("a/b").await.expect("204 is a success");

    assert_eq!(me, patched);
    assert_eq!(membership.role, Some(RoleEnum::Unknown("superhero".into())));
    let requests = server.requests();
    let lines: Vec<String> = requests.iter().map(|r| format!("{} {}", r.method, r.target)).collect();
    assert_eq!(
        lines,
        [
            "GET /api/users/self",
            "PATCH /api/users/1",
            "DELETE /api/users/1",
            "GET /api/memberships/5",
            "DELETE /api/invitations/a%2Fb",
        ]
    );
    assert_eq!(requests[0].header_values("x-trace"), ["1"]);
    assert_eq!(requests[1].body_json().expect("a JSON body"), json!({"last_name": "Lee"}));
    assert_eq!(requests[1].header("content-type"), Some("application/json"));
}

#[tokio::test]
async fn legacy_errors_keep_the_response() {
    let server = TestServer::replying(Reply::json(404, &json!({"detail": "Not found."}))).await;
    let client = client(&server.url());

    let missing = InvitationsApi::new(&client).invitations_retrieve("nope").await.expect_err("404 is an error");
    let refused = InvitationsApi::new(&client).invitations_retrieve("..").await.expect_err("`..` is refused");

    let Error::Status(api) = &missing else { panic!("expected Status, got {missing:?}") };
    assert_eq!((api.operation, api.status.as_u16()), ("invitations_retrieve", 404));
    assert_eq!(api.text(), r#"{"detail":"Not found."}"#);
    assert!(matches!(&refused, Error::InvalidRequest(m) if m.contains("`key`")), "{refused:?}");
    assert_eq!(server.only_request().target, "/api/invitations/nope");
}
