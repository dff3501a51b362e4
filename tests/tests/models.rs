//! Models that round-trip and unions that survive new variants: with the `serde-both-ways`
//! feature (this crate turns it on for the SDKs it tests) a fetched model serializes and reads
//! back equal to itself, and a request model reads back what it would send; a union dispatched on
//! a tag keeps a tag it does not know, whole, in its catch-all variant and serializes it back
//! unchanged. Models are fetched from a local server through the full Box and CVAT clients.

use std::fmt::Debug;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use tests::{Reply, TestServer};

/// Serializes `value` and reads the JSON back: equal to `value`, as a user who cached or logged a
/// model gets it back. Returns the JSON.
fn round_trip<T: Serialize + DeserializeOwned + PartialEq + Debug>(value: &T) -> Value {
    let json = serde_json::to_value(value).expect("a model serializes");
    let back: T = serde_json::from_value(json.clone()).unwrap_or_else(|e| panic!("{e}: {json}"));
    assert_eq!(&back, value, "read back from {json}");
    json
}

fn box_client(url: &str) -> box_sdk::Client {
    box_sdk::Client::builder(url).auth(box_sdk::Auth::bearer("t")).build().expect("client")
}

fn cvat(url: &str) -> cvat::Client {
    cvat::Client::builder(url).auth(cvat::Auth::token("k")).build().expect("client")
}

/// A Box item of a kind newer than the spec (Box hubs are not in the spec's `Item` union).
fn hub() -> Value {
    json!({"type": "hub", "id": "77", "title": "Q3 plans", "owners": [{"id": "1"}], "archived": null})
}

#[tokio::test]
async fn a_fetched_box_folder_reads_back_equal_with_nulls_new_values_and_new_item_kinds() {
    use box_sdk::models::{FolderItemStatusField, Item};
    let folder = json!({
        "id": "12",
        "type": "folder",
        "etag": "3",
        "name": "Plans",
        "item_status": "archived",
        "created_at": "2024-03-01T10:00:00Z",
        // `FolderMini` is sent as well as received, so its `etag` tells null from absent.
        "parent": {"id": "0", "type": "folder", "etag": null},
        "item_collection": {
            "total_count": 4,
            "entries": [
                {"id": "5", "type": "folder", "name": "Old"},
                {"id": "6", "type": "file", "name": "a.txt", "size": 3},
                {"id": "8", "type": "web_link", "url": "https://example.com"},
                hub(),
            ],
        },
    });
    let server = TestServer::replying(Reply::json(200, &folder)).await;
    let fetched = box_client(&server.url()).folders().get_folder_by_id("12").await.expect("a folder");
    assert_eq!(fetched.item_status, Some(FolderItemStatusField::Unknown("archived".into())));
    assert_eq!(fetched.parent.as_ref().map(|p| p.etag.clone()), Some(Some(None)), "null, not absent");
    let entries = fetched.item_collection.as_ref().and_then(|c| c.entries.clone()).expect("entries");
    assert!(matches!(&entries[0], Item::FolderMini(f) if f.etag.is_none()), "absent, not null");
    assert!(matches!(&entries[1], Item::FileFull(f) if f.size == Some(3)));
    assert!(matches!(&entries[2], Item::WebLink(_)));
    assert!(matches!(&entries[3], Item::Unknown(value) if *value == hub()));

    let json = round_trip(&fetched);
    assert_eq!(json["parent"], json!({"id": "0", "type": "folder", "etag": null}));
    assert_eq!(json["item_status"], "archived");
    assert_eq!(json["item_collection"]["entries"][0], json!({"id": "5", "type": "folder", "name": "Old"}));
    assert_eq!(json["item_collection"]["entries"][3], hub());
}

#[tokio::test]
async fn a_box_recent_item_of_a_kind_the_sdk_does_not_know_is_kept_whole_and_sent_back_unchanged() {
    use box_sdk::models::RecentItemResource;
    let page = json!({
        "limit": 2,
        "entries": [
            {"type": "recent_item", "interaction_type": "item_open", "interacted_at": "2024-03-01T10:00:00Z", "item": hub()},
            {"type": "recent_item", "interaction_type": "item_preview", "item": {"id": "6", "type": "file"}},
        ],
    });
    let server = TestServer::replying(Reply::json(200, &page)).await;
    let recent = box_client(&server.url()).recent_items().get_recent_items().await.expect("decodes despite the hub");
    let entries = recent.entries.clone().expect("entries");
    let kinds: Vec<&str> = entries
        .iter()
        .map(|entry| match &entry.item {
            Some(RecentItemResource::FileFull(_)) => "file",
            Some(RecentItemResource::FolderFull(_)) => "folder",
            Some(RecentItemResource::WebLink(_)) => "web link",
            Some(RecentItemResource::Unknown(value)) => {
                assert_eq!(*value, hub(), "the raw JSON, every property kept");
                "unknown"
            }
            None => "none",
        })
        .collect();
    assert_eq!(kinds, ["unknown", "file"]);
    // Forwarding what was fetched sends the hub exactly as it came.
    let json = round_trip(&recent);
    assert_eq!(json["entries"][0]["item"], hub());
    assert_eq!(serde_json::to_value(&entries[0].item).expect("serializes"), hub());
}

#[test]
fn a_known_tag_with_a_wrong_body_or_no_tag_still_fails() {
    use box_sdk::models::Item;
    let wrong = serde_json::from_value::<Item>(json!({"type": "file"})).expect_err("a file needs an id");
    assert!(wrong.to_string().contains("missing field `id`"), "{wrong}");
    let untagged = serde_json::from_value::<Item>(json!({"id": "6"})).expect_err("no tag");
    assert_eq!(untagged.to_string(), "`Item`: missing string property `type`");
}

#[tokio::test]
async fn fetched_cvat_models_read_back_equal_with_read_only_fields_new_values_and_untagged_unions() {
    use cvat::models::{JobStage, JobType, MetaUser};
    let job = json!({
        "url": "http://cvat/api/jobs/3",
        "id": 3,
        "task_id": 1,
        "assignee": {"id": 2, "username": "ann"},
        "stage": "acceptance_review",
        "type": "consensus_merge",
        "status": "annotation",
        "frame_count": 10,
        "created_date": "2024-03-01T10:00:00Z",
        "issues": {"count": 0},
        "labels": {"url": "http://cvat/api/labels?job_id=3"},
    });
    let server = TestServer::replying(Reply::json(200, &job)).await;
    let fetched = cvat(&server.url()).jobs_api().retrieve(3).await.expect("a job");
    assert_eq!(fetched.id, Some(3), "a read-only field, set by the server");
    assert_eq!(fetched.stage, Some(JobStage::Unknown("acceptance_review".into())));
    assert_eq!(fetched.r#type, Some(JobType::Unknown("consensus_merge".into())));
    let json = round_trip(&fetched);
    assert_eq!(json["id"], 3, "read-only fields are kept when a fetched model is serialized");
    assert_eq!(json["stage"], "acceptance_review");
    assert_eq!(json["type"], "consensus_merge");

    // `MetaUser` is an untagged union (no discriminator, no common tag): each variant reads back as
    // itself.
    let users = [
        json!({"id": 2, "username": "ann", "groups": ["admin"], "last_login": "2024-03-01T10:00:00Z"}),
        json!({"id": 3, "username": "bob"}),
    ];
    for (user, want) in users.iter().zip(["User", "BasicUser"]) {
        let server = TestServer::replying(Reply::json(200, user)).await;
        let fetched = cvat(&server.url()).users_api().retrieve_self().await.expect("a user");
        let variant = match &fetched {
            MetaUser::User(_) => "User",
            MetaUser::BasicUser(_) => "BasicUser",
        };
        assert_eq!(variant, want, "{user}");
        assert_eq!(round_trip(&fetched), *user);
    }
}

#[test]
fn a_request_model_reads_back_what_it_would_send_with_null_and_absent_apart() {
    use cvat::models::PatchedJobWriteRequest;
    let cases = [
        (PatchedJobWriteRequest::default(), json!({})),
        (PatchedJobWriteRequest { assignee: Some(None), ..Default::default() }, json!({"assignee": null})),
        (PatchedJobWriteRequest { assignee: Some(Some(7)), ..Default::default() }, json!({"assignee": 7})),
    ];
    for (patch, sent) in cases {
        assert_eq!(round_trip(&patch), sent);
        assert_eq!(serde_json::from_value::<PatchedJobWriteRequest>(sent).expect("reads"), patch);
    }
}

#[test]
fn a_discriminated_union_keeps_a_tag_it_does_not_know() {
    use feature_unions::models::{Circle, Shape};
    let circle: Shape = serde_json::from_value(json!({"kind": "round", "radius": 1.5})).expect("a circle");
    assert_eq!(circle, Shape::Circle(Circle { kind: "round".into(), radius: 1.5 }));
    let triangle = json!({"kind": "triangle", "sides": [3, 4, 5]});
    let shape: Shape = serde_json::from_value(triangle.clone()).expect("a shape of a new kind");
    assert_eq!(shape, Shape::Unknown(triangle.clone()));
    assert_eq!(serde_json::to_value(&shape).expect("serializes"), triangle);
}

#[test]
fn the_catch_all_gives_way_to_a_variant_named_unknown_and_the_rename_is_reported() {
    use feature_unions::models::{Event, EventUnknown};
    let known: Event = serde_json::from_value(json!({"event": "EventUnknown", "detail": "x"})).expect("an event");
    assert_eq!(known, Event::Unknown(EventUnknown { event: "EventUnknown".into(), detail: Some("x".into()) }));
    let deleted = json!({"event": "EventDeleted", "id": "9"});
    let new: Event = serde_json::from_value(deleted.clone()).expect("an event of a new kind");
    assert_eq!(new, Event::UnknownValue(deleted));

    let spec = tests::repository_root().join("specs/features/unions.yaml");
    let options = generator::Options::new(generator::Naming::Tagged, "feature-unions");
    let generated = generator::generate(&spec, &options).expect("generates");
    let warnings: Vec<String> = generated.warnings.iter().map(ToString::to_string).collect();
    assert!(
        warnings.iter().any(|w| w.starts_with("#/components/schemas/Event: variant `Unknown` is already used")
            && w.ends_with("named `UnknownValue`")),
        "{warnings:#?}"
    );
}
