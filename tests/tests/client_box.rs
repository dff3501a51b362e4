//! Client behaviour of the `box` seed SDK (`generated/box-seed`) against a real HTTP server on
//! 127.0.0.1: managers, path encoding, comma lists, flattened JSON bodies with nullable
//! properties, bearer auth, errors and open enums, as DESIGN.md sections 3, 4 and 6 describe them.

use std::collections::BTreeMap;

use box_seed::apis::memberships::{
    CreateGroupMembershipGroup, CreateGroupMembershipRole, CreateGroupMembershipUser, UpdateGroupMembershipByIdRole,
};
use box_seed::models::{ClientError, ClientErrorCodeField, GroupMembership, GroupMembershipRoleField};
use box_seed::{Auth, Client, Error};
use serde_json::{Value, json};
use tests::{Reply, TestServer};

fn client(base_url: &str) -> Client {
    Client::builder(base_url).auth(Auth::bearer("box-token")).build().expect("a valid client configuration")
}

fn group_membership(id: &str, role: &str) -> Value {
    json!({
        "id": id,
        "type": "group_membership",
        "user": {"id": "11446498", "type": "user", "name": "Aaron Levie", "login": "ceo@example.com"},
        "group": {"id": "11446498", "type": "group", "name": "Support", "group_type": "managed_group"},
        "role": role,
        "created_at": "2012-12-12T10:53:43Z",
        "modified_at": "2012-12-12T10:53:43Z"
    })
}

fn memberships_page() -> Value {
    json!({
        "total_count": 2,
        "limit": 10,
        "offset": 20,
        "order": [{"by": "type", "direction": "ASC"}],
        "entries": [group_membership("1", "member"), group_membership("2", "admin")]
    })
}

fn user() -> CreateGroupMembershipUser {
    CreateGroupMembershipUser { id: "1".into() }
}

fn group() -> CreateGroupMembershipGroup {
    CreateGroupMembershipGroup { id: "2".into() }
}

#[tokio::test]
async fn get_user_memberships_sends_limit_offset_bearer_and_extra_headers() {
    let server = TestServer::replying(Reply::json(200, &memberships_page())).await;
    let client = client(&server.url());

    let page = client
        .memberships()
        .get_user_memberships("12345")
        .limit(10)
        .offset(20)
        .header("X-Trace", "1")
        .await
        .expect("the page decodes");

    let request = server.only_request();
    assert_eq!(request.method, "GET");
    assert_eq!(request.target, "/users/12345/memberships?limit=10&offset=20");
    assert_eq!(request.header_values("authorization"), ["Bearer box-token"]);
    assert_eq!(request.header("accept"), Some("application/json"));
    assert_eq!(request.header_values("x-trace"), ["1"]);
    assert_eq!((page.total_count, page.limit, page.offset), (Some(2), Some(10), Some(20)));
    let entries = page.entries.as_deref().unwrap_or_default();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[1].role, Some(GroupMembershipRoleField::Admin));
    assert_eq!(entries[0].user.as_ref().and_then(|u| u.login.as_deref()), Some("ceo@example.com"));
    let order = page.order.as_deref().unwrap_or_default();
    assert_eq!(order.first().and_then(|o| o.direction.as_ref()).map(|d| d.as_str()), Some("ASC"));
}

#[tokio::test]
async fn a_base_url_path_prefix_is_kept() {
    let server = TestServer::replying(Reply::json(200, &memberships_page())).await;
    let client = client(&format!("{}/2.0", server.url()));

    client.memberships().get_group_memberships("7").limit(1).await.expect("the page decodes");

    assert_eq!(server.only_request().target, "/2.0/groups/7/memberships?limit=1");
}

#[tokio::test]
async fn path_parameters_cannot_leave_their_segment() {
    let server = TestServer::replying(Reply::json(200, &memberships_page())).await;
    let client = client(&server.url());

    for user_id in ["a/b", "../admin", "?x=1#y"] {
        client.memberships().get_user_memberships(user_id).await.expect("the page decodes");
    }
    let dotdot = client.memberships().get_user_memberships("..").await.expect_err("`..` is refused");
    let dot = client.memberships().delete_group_membership_by_id(".").await.expect_err("`.` is refused");

    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        ["/users/a%2Fb/memberships", "/users/..%2Fadmin/memberships", "/users/%3Fx%3D1%23y/memberships"]
    );
    assert!(matches!(&dotdot, Error::InvalidRequest(m) if m.contains("`user_id`")), "{dotdot:?}");
    assert!(matches!(&dot, Error::InvalidRequest(m) if m.contains("`group_membership_id`")), "{dot:?}");
}

#[tokio::test]
async fn fields_is_a_comma_joined_query_list() {
    let server = TestServer::replying(Reply::json(200, &group_membership("9", "member"))).await;
    let client = client(&server.url());

    client.memberships().get_group_membership_by_id("9").fields(["id", "name"]).await.expect("decodes");
    client.memberships().get_group_membership_by_id("9").fields(vec!["role".to_owned()]).await.expect("decodes");
    client.memberships().get_group_membership_by_id("9").fields(["a"]).fields(["b", "c"]).await.expect("decodes");

    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        [
            "/group_memberships/9?fields=id%2Cname",
            "/group_memberships/9?fields=role",
            "/group_memberships/9?fields=b%2Cc",
        ]
    );
}

#[tokio::test]
async fn create_group_membership_sends_the_flattened_json_body() {
    let server = TestServer::replying(Reply::json(201, &group_membership("3", "admin"))).await;
    let client = client(&server.url());

    let created = client
        .memberships()
        .create_group_membership(user(), group())
        .role(CreateGroupMembershipRole::Admin)
        .fields(["id", "role"])
        .await
        .expect("201 decodes");

    let request = server.only_request();
    assert_eq!((request.method.as_str(), request.target.as_str()), ("POST", "/group_memberships?fields=id%2Crole"));
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(
        request.body_json().expect("a JSON body"),
        json!({"user": {"id": "1"}, "group": {"id": "2"}, "role": "admin"})
    );
    assert_eq!((created.id.as_deref(), created.role), (Some("3"), Some(GroupMembershipRoleField::Admin)));
}

#[tokio::test]
async fn configurable_permissions_distinguishes_null_from_absent() {
    let server = TestServer::replying(Reply::json(200, &group_membership("3", "admin"))).await;
    let client = client(&server.url());
    let permissions = BTreeMap::from([("can_run_reports".to_owned(), true), ("can_edit_accounts".to_owned(), false)]);

    client.memberships().create_group_membership(user(), group()).await.expect("decodes");
    client
        .memberships()
        .create_group_membership(user(), group())
        .configurable_permissions(None)
        .await
        .expect("decodes");
    client
        .memberships()
        .create_group_membership(user(), group())
        .configurable_permissions(Some(permissions))
        .role(CreateGroupMembershipRole::Unknown("owner".into()))
        .await
        .expect("decodes");
    client.memberships().update_group_membership_by_id("3").configurable_permissions(None).await.expect("decodes");
    client
        .memberships()
        .update_group_membership_by_id("3")
        .role(UpdateGroupMembershipByIdRole::Member)
        .await
        .expect("decodes");
    client.memberships().update_group_membership_by_id("3").await.expect("decodes");

    let bodies: Vec<Value> =
        server.requests().iter().map(|r| r.body_json().expect("every body is JSON")).collect::<Vec<_>>();
    assert_eq!(
        bodies,
        [
            json!({"user": {"id": "1"}, "group": {"id": "2"}}),
            json!({"user": {"id": "1"}, "group": {"id": "2"}, "configurable_permissions": null}),
            json!({
                "user": {"id": "1"},
                "group": {"id": "2"},
                "role": "owner",
                "configurable_permissions": {"can_edit_accounts": false, "can_run_reports": true}
            }),
            json!({"configurable_permissions": null}),
            json!({"role": "member"}),
            json!({}),
        ]
    );
    let methods: Vec<String> = server.requests().into_iter().map(|r| format!("{} {}", r.method, r.target)).collect();
    assert_eq!(methods[3..], ["PUT /group_memberships/3", "PUT /group_memberships/3", "PUT /group_memberships/3"]);
    // The raw bytes carry an explicit `null`, not just a JSON value that compares equal.
    let raw = String::from_utf8(server.requests()[3].body.clone()).expect("UTF-8");
    assert_eq!(raw, r#"{"configurable_permissions":null}"#);
}

#[tokio::test]
async fn delete_with_204_is_ok_unit() {
    let server = TestServer::replying(Reply::status(204)).await;
    let client = client(&server.url());

    let () = client.memberships().delete_group_membership_by_id("3").await.expect("204 is a success");

    let request = server.only_request();
    assert_eq!((request.method.as_str(), request.target.as_str()), ("DELETE", "/group_memberships/3"));
    assert!(request.body.is_empty());
}

#[tokio::test]
async fn a_declared_error_body_is_kept_on_the_status_error() {
    let body = json!({
        "type": "error",
        "status": 404,
        "code": "not_found",
        "message": "Could not find the specified resource",
        "context_info": null,
        "help_url": "https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/",
        "request_id": "abcdef123456"
    });
    let server = TestServer::replying(Reply::json(404, &body).header("box-request-id", "0abc")).await;
    let client = client(&server.url());

    let err = client.memberships().get_group_membership_by_id("404").await.expect_err("404 is an error");

    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(err.body().map(|b| b.to_vec()), Some(body.to_string().into_bytes()));
    assert_eq!(err.headers().and_then(|h| h.get("box-request-id")).and_then(|v| v.to_str().ok()), Some("0abc"));
    let Error::Status(api) = &err else { panic!("expected Status, got {err:?}") };
    assert_eq!(api.operation, "get_group_memberships_id");
    // The spec declares `ClientError` for this status: the body arrives decoded.
    let typed: &ClientError = err.error_body().expect("the body is decoded as the declared ClientError");
    assert_eq!(typed.code, Some(ClientErrorCodeField::NotFound));
    assert_eq!(typed.status, Some(404));
    assert_eq!(typed.context_info, None);
    assert_eq!(api.json::<ClientError>().ok().as_ref(), Some(typed));
    assert_eq!(typed.request_id.as_deref(), Some("abcdef123456"));
    assert!(err.to_string().contains("HTTP 404"), "{err}");
}

#[tokio::test]
async fn a_malformed_success_body_is_a_decode_error() {
    let server = TestServer::replying(Reply::json(200, &json!({"entries": [{"id": 5}]}))).await;
    let client = client(&server.url());

    let err = client.memberships().get_user_memberships("1").await.expect_err("an id is a string");

    let Error::Decode(decode) = &err else { panic!("expected Decode, got {err:?}") };
    assert_eq!(decode.text(), r#"{"entries":[{"id":5}]}"#);
    assert_eq!(decode.operation, "get_users_id_memberships");
    assert!(err.to_string().contains("does not match its schema"), "{err}");
}

#[tokio::test]
async fn unknown_enum_values_decode_to_unknown_and_round_trip() {
    let mut body = group_membership("4", "superhero");
    body["type"] = json!("group_membership_v2");
    body["group"]["group_type"] = json!("secret_group");
    let server = TestServer::replying(Reply::json(200, &body)).await;
    let client = client(&server.url());

    let membership: GroupMembership =
        client.memberships().get_group_membership_by_id("4").await.expect("unknown values decode");

    assert_eq!(membership.role, Some(GroupMembershipRoleField::Unknown("superhero".into())));
    assert_eq!(membership.role.as_ref().map(GroupMembershipRoleField::as_str), Some("superhero"));
    assert_eq!(membership.r#type.as_ref().map(|t| t.as_str()), Some("group_membership_v2"));
    assert_eq!(membership.group.as_ref().and_then(|g| g.group_type.as_ref()).map(|t| t.as_str()), Some("secret_group"));
    // Unknown values serialise back exactly as they came.
    let wire = (
        serde_json::to_value(&membership.role).expect("serialises"),
        serde_json::to_value(&membership.r#type).expect("serialises"),
        serde_json::to_value(membership.group.as_ref().map(|g| &g.group_type)).expect("serialises"),
    );
    assert_eq!(wire, (json!("superhero"), json!("group_membership_v2"), json!("secret_group")));
}

#[tokio::test]
async fn only_the_declared_scheme_is_sent() {
    let server = TestServer::replying(Reply::json(200, &memberships_page())).await;
    // Box declares only OAuth2 (a bearer token); an API-key credential satisfies nothing.
    let api_key_only =
        Client::builder(server.url()).auth(Auth::token("not-for-box")).build().expect("a valid client configuration");
    let both = Client::builder(server.url())
        .auth(Auth::basic("ann", "pw"))
        .auth(Auth::bearer("b2"))
        .build()
        .expect("a valid client configuration");

    api_key_only.memberships().get_user_memberships("1").await.expect("decodes");
    both.memberships().get_user_memberships("1").await.expect("decodes");

    let requests = server.requests();
    assert_eq!(requests[0].header("authorization"), None);
    assert_eq!(requests[0].query(), None);
    assert_eq!(requests[1].header_values("authorization"), ["Bearer b2"]);
}
