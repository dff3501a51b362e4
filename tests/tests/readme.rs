//! The client example of README.md, line for line, against a local server standing in for CVAT
//! and Box: if the README's six lines stop compiling or working, this fails.

use serde_json::json;
use tests::{Reply, TestServer};

fn cvat_user(id: i64) -> serde_json::Value {
    json!({"url": format!("http://x/api/users/{id}"), "id": id, "username": "ann", "first_name": "Ann",
           "last_name": "Lee", "email": "ann@example.com", "groups": ["user"], "is_staff": false,
           "is_superuser": false, "is_active": true, "last_login": null, "date_joined": "2024-01-02T03:04:05Z",
           "has_analytics_access": false})
}

#[tokio::test]
async fn readme_example() -> Result<(), Box<dyn std::error::Error>> {
    let cvat_server = TestServer::start(|request| match request.path() {
        "/api/users" => {
            Reply::json(200, &json!({"count": 1, "next": null, "previous": null, "results": [cvat_user(1)]}))
        }
        "/api/users/self" => Reply::json(200, &cvat_user(7)).header("X-Request-Id", "r-1"),
        _ => Reply::status(404),
    })
    .await;
    let box_server = TestServer::start(|_| {
        Reply::json(
            200,
            &json!({"total_count": 1, "limit": 10, "offset": 0, "entries": [
            {"id": "11446498", "type": "group_membership", "role": "member"}]}),
        )
    })
    .await;

    // The README's lines, with the local servers' URLs for the real ones.
    let client = cvat::Client::builder(cvat_server.url()).auth(cvat::Auth::token("…")).build()?;
    let page = client.users_api().list().page(2).page_size(50).await?;
    let (me, raw) = client.users_api().retrieve_self().send_with_response().await?;
    let everyone = client.users_api().list().into_stream().collect_all().await?;
    let box_client = box_sdk::Client::builder(box_server.url()).auth(box_sdk::Auth::bearer("…")).build()?;
    let groups = box_client.memberships().get_user_memberships("12345").limit(10).header("X-Trace", "1").await?;

    assert_eq!(page.count, 1);
    assert_eq!(page.results.len(), 1);
    assert!(matches!(me, cvat::models::MetaUser::User(ref user) if user.id == Some(7)), "{me:?}");
    assert_eq!(raw.status, 200);
    assert_eq!(raw.headers.get("x-request-id").and_then(|v| v.to_str().ok()), Some("r-1"));
    assert_eq!(everyone.len(), 1, "one page of one user, whose `next` is null");
    assert_eq!(groups.entries.as_ref().map(Vec::len), Some(1));

    let cvat_requests = cvat_server.requests();
    assert_eq!(cvat_requests[0].target, "/api/users?page=2&page_size=50");
    assert_eq!(cvat_requests[0].header("authorization"), Some("Token …"));
    let box_request = box_server.only_request();
    assert_eq!(box_request.target, "/users/12345/memberships?limit=10");
    assert_eq!(box_request.header("authorization"), Some("Bearer …"));
    assert_eq!(box_request.header("x-trace"), Some("1"));
    Ok(())
}

/// The example of README.md's "Models: round trips and new variants", line for line.
#[tokio::test]
async fn readme_models_example() -> Result<(), Box<dyn std::error::Error>> {
    let hub = json!({"type": "hub", "id": "77", "title": "Q3 plans"});
    let box_server = TestServer::replying(Reply::json(
        200,
        &json!({"id": "12", "type": "folder", "item_collection": {"entries": [{"id": "6", "type": "file"}, hub.clone()]}}),
    ))
    .await;
    let box_client = box_sdk::Client::builder(box_server.url()).auth(box_sdk::Auth::bearer("…")).build()?;
    let mut seen = Vec::new();

    // The README's lines, recording instead of printing, and checking the round trip.
    let folder = box_client.folders().get_folder_by_id("12").await?;
    let cached = serde_json::to_string(&folder)?;
    let again: box_sdk::models::FolderFull = serde_json::from_str(&cached)?;
    assert_eq!(again, folder);
    for entry in folder.item_collection.and_then(|c| c.entries).unwrap_or_default() {
        match entry {
            box_sdk::models::Item::FileFull(file) => seen.push(format!("file {}", file.id)),
            box_sdk::models::Item::Unknown(json) => seen.push(format!("a kind newer than this SDK: {json}")),
            _ => {}
        }
    }

    assert_eq!(seen, ["file 6".to_owned(), format!("a kind newer than this SDK: {hub}")]);
    Ok(())
}
