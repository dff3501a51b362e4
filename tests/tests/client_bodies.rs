//! Request body kinds, downloads, typed error bodies and pagination, against a real local HTTP
//! server: the seed crates and the full CVAT and Box crates generated from the real specs.

use serde_json::json;
use tests::{Recorded, Reply, TestServer};

fn cvat_seed(url: &str) -> cvat_seed::Client {
    cvat_seed::Client::builder(url).auth(cvat_seed::Auth::token("k")).build().expect("client")
}

fn cvat(url: &str) -> cvat::Client {
    cvat::Client::builder(url).auth(cvat::Auth::token("k")).build().expect("client")
}

fn box_client(url: &str) -> box_sdk::Client {
    box_sdk::Client::builder(url).auth(box_sdk::Auth::bearer("t")).build().expect("client")
}

fn invitation() -> cvat_seed::models::InvitationWriteRequest {
    cvat_seed::models::InvitationWriteRequest {
        role: cvat_seed::models::RoleEnum::Worker,
        email: "ann@example.com".into(),
    }
}

fn user_id(user: &cvat_seed::models::MetaUser) -> Option<i64> {
    match user {
        cvat_seed::models::MetaUser::User(user) => user.id,
        cvat_seed::models::MetaUser::BasicUser(user) => user.id,
    }
}

/// The parts of a multipart body: (headers of the part, content), in order.
fn multipart_parts(request: &Recorded) -> Vec<(String, Vec<u8>)> {
    let content_type = request.header("content-type").expect("a content type");
    let boundary = content_type.split("boundary=").nth(1).expect("a boundary").trim_matches('"');
    let delimiter = format!("--{boundary}");
    let body = &request.body;
    let mut parts = Vec::new();
    let mut rest: &[u8] = body;
    while let Some(start) = find(rest, delimiter.as_bytes()) {
        rest = &rest[start + delimiter.len()..];
        if rest.starts_with(b"--") {
            break;
        }
        let end = find(rest, delimiter.as_bytes()).expect("a closing delimiter");
        let part = &rest[2..end - 2]; // CRLF after the delimiter, CRLF before the next
        let split = find(part, b"\r\n\r\n").expect("part headers");
        parts.push((String::from_utf8_lossy(&part[..split]).into_owned(), part[split + 4..].to_vec()));
        rest = &rest[end..];
    }
    parts
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn created_invitation() -> Reply {
    Reply::json(
        201,
        &json!({"key": "k1", "created_date": "2024-01-01T00:00:00Z", "owner": null, "role": "worker", "user": {"id": 1, "username": "ann"}, "organization": 1, "expired": false, "organization_info": {"id": 1, "slug": "org", "name": "Org"}}),
    )
}

#[tokio::test]
async fn an_operation_with_several_body_types_sends_json_by_default() {
    let server = TestServer::replying(created_invitation()).await;
    let _ = cvat_seed(&server.url()).invitations_api().create(invitation()).await;
    let request = server.only_request();
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(request.body_json().expect("JSON"), json!({"role": "worker", "email": "ann@example.com"}));
}

#[tokio::test]
async fn the_caller_can_pick_a_form_body() {
    let server = TestServer::replying(created_invitation()).await;
    let _ = cvat_seed(&server.url()).invitations_api().create(invitation()).form().await;
    let request = server.only_request();
    assert_eq!(request.header("content-type"), Some("application/x-www-form-urlencoded"));
    assert_eq!(String::from_utf8_lossy(&request.body), "role=worker&email=ann%40example.com");
}

#[tokio::test]
async fn the_caller_can_pick_a_multipart_body() {
    let server = TestServer::replying(created_invitation()).await;
    let _ = cvat_seed(&server.url()).invitations_api().create(invitation()).multipart().await;
    let request = server.only_request();
    assert!(request.header("content-type").is_some_and(|c| c.starts_with("multipart/form-data; boundary=")));
    let parts = multipart_parts(&request);
    assert_eq!(parts.len(), 2, "{parts:?}");
    assert!(parts[0].0.contains("name=\"role\"") && parts[0].1 == b"worker");
    assert!(parts[1].0.contains("name=\"email\"") && parts[1].1 == b"ann@example.com");
}

#[tokio::test]
async fn the_caller_can_send_raw_content_of_a_declared_binary_type() {
    let server = TestServer::replying(created_invitation()).await;
    let content = cvat_seed::FilePart::from_bytes(&b"\x00\x01raw"[..]);
    let _ = cvat_seed(&server.url()).invitations_api().create(invitation()).file_body(content).await;
    let request = server.only_request();
    assert_eq!(request.header("content-type"), Some("application/offset+octet-stream"));
    assert_eq!(request.body, b"\x00\x01raw");
}

#[tokio::test]
async fn a_json_body_with_files_goes_as_multipart_with_every_file() {
    let server = TestServer::replying(Reply::json(202, &json!({"rq_id": "r1"}))).await;
    let data = cvat::models::DataRequest {
        image_quality: Some(70),
        client_files: Some(vec![
            cvat::FilePart::from_bytes("one").file_name("1.jpg").content_type("image/jpeg"),
            cvat::FilePart::from_bytes("two").file_name("2.jpg").content_type("image/jpeg"),
        ]),
        ..Default::default()
    };
    let _ = cvat(&server.url()).tasks_api().create_data(7).data_request(data).await;
    let request = server.only_request();
    assert_eq!(request.path(), "/api/tasks/7/data/");
    let parts = multipart_parts(&request);
    let names: Vec<&str> = parts.iter().map(|(h, _)| h.as_str()).collect();
    assert_eq!(parts.len(), 3, "{names:?}");
    assert!(parts[0].0.contains("name=\"image_quality\"") && parts[0].1 == b"70", "{names:?}");
    assert!(parts[1].0.contains("name=\"client_files\"") && parts[1].0.contains("filename=\"1.jpg\""));
    assert!(parts[1].0.to_ascii_lowercase().contains("content-type: image/jpeg") && parts[1].1 == b"one");
    assert!(parts[2].0.contains("filename=\"2.jpg\"") && parts[2].1 == b"two");
}

#[tokio::test]
async fn json_patch_bodies_go_with_their_media_type() {
    use box_sdk::apis::file_metadata::{
        UpdateFileMetadataByIdRequestBody, UpdateFileMetadataByIdRequestBodyOp, UpdateFileMetadataByIdScope,
    };
    let server = TestServer::replying(Reply::json(200, &json!({"$parent": "file_1"}))).await;
    let patch = vec![UpdateFileMetadataByIdRequestBody {
        op: Some(UpdateFileMetadataByIdRequestBodyOp::Replace),
        path: Some("/x".into()),
        value: Some(box_sdk::models::MetadataInstanceValue::String("y".into())),
        from: None,
    }];
    let _ = box_client(&server.url())
        .file_metadata()
        .update_file_metadata_by_id("1", UpdateFileMetadataByIdScope::Global, "properties")
        .body(patch)
        .await;
    let request = server.only_request();
    assert_eq!(request.header("content-type"), Some("application/json-patch+json"));
    assert_eq!(request.body_json().expect("JSON"), json!([{"op": "replace", "path": "/x", "value": "y"}]));
}

#[tokio::test]
async fn box_uploads_send_attributes_before_the_file_from_a_path() {
    let dir = std::env::temp_dir().join(format!("sdk-upload-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let path = dir.join("report.pdf");
    std::fs::write(&path, b"%PDF-1.7 content").expect("a file to upload");
    let server = TestServer::replying(Reply::json(201, &json!({"total_count": 1, "entries": []}))).await;

    use box_sdk::apis::uploads::{UploadFileAttributes, UploadFileAttributesParentField};
    let attributes = UploadFileAttributes {
        name: "report.pdf".into(),
        parent: UploadFileAttributesParentField { id: "0".into() },
        content_created_at: None,
        content_modified_at: None,
    };
    let file = box_sdk::FilePart::from_path(&path).content_type("application/pdf");
    let result = box_client(&server.url()).uploads().upload_file(attributes, file).await;
    std::fs::remove_dir_all(&dir).ok();
    result.expect("the upload succeeds");

    let request = server.only_request();
    assert_eq!(request.path(), "/files/content");
    let parts = multipart_parts(&request);
    assert_eq!(parts.len(), 2);
    assert!(parts[0].0.contains("name=\"attributes\""), "{:?}", parts[0].0);
    assert!(parts[0].0.to_ascii_lowercase().contains("content-type: application/json"));
    let attributes: serde_json::Value = serde_json::from_slice(&parts[0].1).expect("JSON attributes");
    assert_eq!(attributes, json!({"name": "report.pdf", "parent": {"id": "0"}}));
    assert!(parts[1].0.contains("name=\"file\"") && parts[1].0.contains("filename=\"report.pdf\""));
    assert_eq!(parts[1].1, b"%PDF-1.7 content");
}

#[tokio::test]
async fn an_upload_from_a_missing_file_fails_before_anything_is_sent() {
    let path = std::env::temp_dir().join(format!("sdk-upload-missing-{}/report.pdf", std::process::id()));
    let server = TestServer::replying(Reply::json(201, &json!({"total_count": 1, "entries": []}))).await;

    use box_sdk::apis::uploads::{UploadFileAttributes, UploadFileAttributesParentField};
    let attributes = UploadFileAttributes {
        name: "report.pdf".into(),
        parent: UploadFileAttributesParentField { id: "0".into() },
        content_created_at: None,
        content_modified_at: None,
    };
    let file = box_sdk::FilePart::from_path(&path);
    let error = box_client(&server.url()).uploads().upload_file(attributes, file).await.expect_err("no such file");
    let box_sdk::Error::InvalidRequest(message) = &error else { panic!("not an invalid request: {error:?}") };
    assert!(message.starts_with(&format!("cannot open `{}`: ", path.display())), "{message}");
    assert!(server.requests().is_empty(), "nothing is sent");
}

#[tokio::test]
async fn a_streamed_binary_body_is_sent_chunked_not_buffered() {
    let server =
        TestServer::replying(Reply::json(200, &json!({"part": {"part_id": "p", "offset": 0, "size": 6}}))).await;
    let chunks: Vec<Result<bytes::Bytes, std::io::Error>> =
        vec![Ok(bytes::Bytes::from_static(b"abc")), Ok(bytes::Bytes::from_static(b"def"))];
    let stream = futures_util::stream::iter(chunks);
    let result = box_client(&server.url())
        .chunked_uploads()
        .upload_file_part("s1", "sha=abc", "bytes 0-5/6")
        .content(box_sdk::FilePart::from_stream(stream))
        .await;
    result.expect("the part upload succeeds");
    let request = server.only_request();
    assert_eq!(request.method, "PUT");
    assert_eq!(request.header("content-type"), Some("application/octet-stream"));
    assert_eq!(request.header("transfer-encoding"), Some("chunked"));
    assert_eq!(request.header("content-length"), None);
    assert_eq!(request.body, b"abcdef");
}

#[tokio::test]
async fn a_form_only_operation_sends_its_typed_body_as_a_form() {
    let server = TestServer::replying(Reply::json(200, &json!({"access_token": "a"}))).await;
    let token = box_sdk::models::PostOAuth2Token {
        grant_type: box_sdk::models::PostOAuth2TokenGrantTypeField::ClientCredentials,
        client_id: Some("id".into()),
        client_secret: Some("s".into()),
        code: None,
        refresh_token: None,
        assertion: None,
        subject_token: None,
        subject_token_type: None,
        actor_token: None,
        actor_token_type: None,
        scope: None,
        resource: None,
        box_subject_type: None,
        box_subject_id: None,
        box_shared_link: None,
    };
    let _ = box_client(&server.url()).authorization().request_access_token().post_o_auth2_token(token).await;
    let request = server.only_request();
    assert_eq!(request.header("content-type"), Some("application/x-www-form-urlencoded"));
    assert_eq!(String::from_utf8_lossy(&request.body), "grant_type=client_credentials&client_id=id&client_secret=s");
}

#[tokio::test]
async fn downloads_come_whole_or_as_a_stream() {
    let content = vec![7_u8; 100_000];
    let server = TestServer::replying(
        Reply::status(200).header("Content-Type", "application/octet-stream").body(content.clone()),
    )
    .await;
    let client = box_client(&server.url());

    let whole = client.downloads().download_file("12").await.expect("a download");
    let box_sdk::apis::downloads::DownloadFileResponse::Ok(whole) = whole else { panic!("expected 200: {whole:?}") };
    assert_eq!(whole.as_ref(), content.as_slice());

    let mut download = client.downloads().download_file("12").send_streaming().await.expect("a streamed download");
    assert_eq!(download.status().as_u16(), 200);
    assert_eq!(download.headers().get("content-type").and_then(|v| v.to_str().ok()), Some("application/octet-stream"));
    let mut received = Vec::new();
    let mut chunks = 0;
    while let Some(chunk) = download.chunk().await.expect("a chunk") {
        let chunk: bytes::Bytes = chunk;
        received.extend_from_slice(&chunk);
        chunks += 1;
    }
    assert_eq!(received, content);
    assert!(chunks >= 1);
}

#[tokio::test]
async fn a_streamed_download_of_an_error_status_is_an_error() {
    let server = TestServer::replying(Reply::json(404, &json!({"type": "error", "code": "not_found"}))).await;
    let err = box_client(&server.url()).downloads().download_file("12").send_streaming().await.expect_err("404");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
}

#[tokio::test]
async fn an_error_body_that_does_not_match_its_type_keeps_the_raw_body() {
    let server = TestServer::replying(Reply::text(404, "text/html", "<h1>gone</h1>")).await;
    let err = box_client(&server.url()).users().get_user_by_id("1").await.expect_err("404");
    assert!(err.error_body::<box_sdk::models::ClientError>().is_none());
    assert_eq!(err.body().map(|b| b.to_vec()), Some(b"<h1>gone</h1>".to_vec()));
}

#[tokio::test]
async fn cvat_lists_stream_every_item_across_pages() {
    let server = TestServer::start(|request| {
        let page: u32 = request.query_param("page").and_then(|p| p.parse().ok()).unwrap_or(1);
        let next = if page < 3 { json!(format!("http://elsewhere/api/users?page={}", page + 1)) } else { json!(null) };
        let results: Vec<_> =
            (0..2).map(|i| json!({"url": "u", "id": page * 10 + i, "username": format!("u{page}{i}")})).collect();
        Reply::json(200, &json!({"count": 6, "next": next, "previous": null, "results": results}))
    })
    .await;
    let client = cvat_seed(&server.url());
    let users = client.users_api().list().page_size(2).into_stream().collect_all().await.expect("every page");
    let ids: Vec<Option<i64>> = users.iter().map(user_id).collect();
    assert_eq!(ids, [10, 11, 20, 21, 30, 31].map(Some));
    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(targets, ["/api/users?page_size=2", "/api/users?page_size=2&page=2", "/api/users?page_size=2&page=3"]);
}

#[tokio::test]
async fn box_offset_lists_stop_at_the_total_count() {
    let server = TestServer::start(|request| {
        let offset: i64 = request.query_param("offset").and_then(|p| p.parse().ok()).unwrap_or(0);
        let entries: Vec<_> =
            (offset..(offset + 2).min(5)).map(|i| json!({"id": i.to_string(), "type": "user"})).collect();
        Reply::json(200, &json!({"total_count": 5, "limit": 2, "offset": offset, "entries": entries}))
    })
    .await;
    let client = box_client(&server.url());
    let mut stream = client.users().get_users().limit(2).into_stream();
    let mut ids = Vec::new();
    while let Some(user) = stream.next().await {
        ids.push(user.expect("a user").id);
    }
    assert_eq!(ids, ["0", "1", "2", "3", "4"]);
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn box_marker_lists_follow_next_marker_until_it_is_empty() {
    let server = TestServer::start(|request| {
        let marker = request.query_param("marker").unwrap_or("").to_owned();
        let (entries, next) = match marker.as_str() {
            "" => (vec!["a", "b"], json!("m1")),
            "m1" => (vec!["c"], json!("m2")),
            _ => (vec!["d"], json!(null)),
        };
        let entries: Vec<_> = entries.into_iter().map(|id| json!({"id": id, "type": "user"})).collect();
        Reply::json(200, &json!({"limit": 2, "next_marker": next, "entries": entries}))
    })
    .await;
    let client = box_client(&server.url());
    let users = client.users().get_users().usemarker(true).into_stream().collect_all().await.expect("every page");
    let ids: Vec<String> = users.into_iter().map(|u| u.id).collect();
    assert_eq!(ids, ["a", "b", "c", "d"]);
    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        ["/users?usemarker=true", "/users?usemarker=true&marker=m1", "/users?usemarker=true&marker=m2"]
    );
}

#[tokio::test]
async fn a_failing_page_ends_the_stream_with_its_error() {
    let server = TestServer::start(|request| {
        if request.target.contains("page=2") {
            return Reply::status(500);
        }
        Reply::json(
            200,
            &json!({"count": 4, "next": "n", "previous": null, "results": [{"url": "u", "id": 1, "username": "a"}]}),
        )
    })
    .await;
    let client = cvat_seed(&server.url());
    let mut stream = client.users_api().list().into_stream();
    assert_eq!(user_id(&stream.next().await.expect("an item").expect("the first page")), Some(1));
    let err = stream.next().await.expect("an error").expect_err("the second page fails");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    assert!(stream.next().await.is_none());
}

#[tokio::test]
async fn a_streamed_body_is_never_resent_but_bytes_are() {
    let server = TestServer::replying(Reply::status(503)).await;
    let client = box_client(&server.url());
    let quick = box_sdk::RetryPolicy::default().initial_backoff(std::time::Duration::from_millis(1)).max_attempts(3);
    let chunks: Vec<Result<bytes::Bytes, std::io::Error>> = vec![Ok(bytes::Bytes::from_static(b"abc"))];
    let streamed = box_sdk::FilePart::from_stream(futures_util::stream::iter(chunks));
    let err = client
        .chunked_uploads()
        .upload_file_part("s1", "sha=abc", "bytes 0-2/3")
        .content(streamed)
        .retry(quick.clone())
        .await
        .expect_err("503");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(server.requests().len(), 1, "a stream can be sent once");

    let _ = client
        .chunked_uploads()
        .upload_file_part("s1", "sha=abc", "bytes 0-2/3")
        .content(box_sdk::FilePart::from_bytes("abc"))
        .retry(quick)
        .await;
    let requests = server.requests();
    assert_eq!(requests.len(), 4, "bytes are resent on each of the 3 attempts");
    assert!(requests[1..].iter().all(|r| r.body == b"abc"));
}

#[tokio::test]
async fn a_binary_body_goes_with_the_declared_media_type() {
    let server = TestServer::replying(Reply::json(200, &json!({"part": {"part_id": "p"}}))).await;
    let part = box_sdk::FilePart::from_bytes("abc").content_type("text/plain");
    let _ = box_client(&server.url())
        .chunked_uploads()
        .upload_file_part("s1", "sha=abc", "bytes 0-2/3")
        .content(part)
        .await;
    // The spec says `application/octet-stream`, so that is what goes, whatever the part says.
    assert_eq!(server.only_request().header("content-type"), Some("application/octet-stream"));
}
