//! Client bugs the peer suite (`tests/peer`, the full CVAT and Box crates against Prism) found,
//! pinned here against the local test server so that they stay fixed without Prism.

use std::collections::BTreeMap;

use serde_json::json;
use tests::{Reply, TestServer};

/// CVAT's `GET /api/schema/` declares YAML first and JSON last; the client decodes JSON, so it
/// must ask for JSON first (a server honouring the order would otherwise answer YAML).
#[tokio::test]
async fn a_call_that_decodes_json_asks_for_json_first() {
    let server = TestServer::replying(Reply::json(200, &json!({"openapi": "3.0.3"}))).await;
    let client = cvat::Client::builder(server.url()).auth(cvat::Auth::token("k")).build().expect("a client");

    let schema = client.schema_api().retrieve().await.expect("the JSON schema decodes");

    assert_eq!(schema.get("openapi"), Some(&json!("3.0.3")));
    let request = server.only_request();
    assert_eq!(
        request.header("accept"),
        Some("application/vnd.oai.openapi+json, application/json, application/vnd.oai.openapi, application/yaml")
    );
}

/// Box's metadata instance values are `allOf: [{}, {example}, {description}]`: any JSON value, not
/// an empty struct (which rejected every value Box sends, such as a string).
#[test]
fn metadata_instance_values_are_any_json() {
    let instance: box_sdk::models::MetadataFull = serde_json::from_value(json!({
        "$parent": "folder_59449484661",
        "$template": "marketingCollateral",
        "$scope": "enterprise_27335",
        "$version": 1,
        "name": "Aaron Levie",
        "count": 3,
        "tags": ["a", "b"]
    }))
    .expect("a metadata instance with template values decodes");
    let values: BTreeMap<&str, &serde_json::Value> =
        instance.additional_properties.iter().map(|(k, v)| (k.as_str(), v)).collect();
    assert_eq!(values.get("name"), Some(&&json!("Aaron Levie")));
    assert_eq!(values.get("count"), Some(&&json!(3)));
    assert_eq!(values.get("tags"), Some(&&json!(["a", "b"])));
}

/// The same shape in a request: `MetadataQuery.query_params` sends its values (it could only send
/// `{}` before).
#[test]
fn metadata_query_params_send_their_values() {
    let query = box_sdk::models::MetadataQuery {
        from: "enterprise_123456.someTemplate".to_owned(),
        query: Some("amount >= :value".to_owned()),
        query_params: Some(BTreeMap::from([("value".to_owned(), json!(100))])),
        ancestor_folder_id: "0".to_owned(),
        order_by: None,
        limit: None,
        marker: None,
        fields: None,
    };
    let sent = serde_json::to_value(&query).expect("the query serialises");
    assert_eq!(sent["query_params"], json!({"value": 100}));
}
