//! Swagger 2.0, OpenAPI 3.0 and OpenAPI 3.1 land in one IR: the same API written in each makes the
//! same crate, and what the generator says about a 2.0 or 3.1 spec points into that document.

mod common;

use std::path::Path;

use common::{Scratch, root};
use generator::{Naming, Options};

fn generate(spec: &Path) -> generator::Generated {
    let mut options = Options::new(Naming::Tagged, "pets");
    // One label for all three, so that only what differs between the versions can differ.
    options.source_label = Some("pets.yaml".to_owned());
    generator::generate(spec, &options).unwrap_or_else(|e| panic!("{}: {e}", spec.display()))
}

#[test]
fn one_api_in_three_versions_makes_one_crate() {
    let versions = root().join("specs/versions");
    let reference = generate(&versions.join("pets-3.0.yaml"));
    for (file, format) in [("pets-2.0.yaml", "Swagger 2.0"), ("pets-3.1.yaml", "OpenAPI 3.1")] {
        let other = generate(&versions.join(file));
        assert_eq!(
            other.files.keys().collect::<Vec<_>>(),
            reference.files.keys().collect::<Vec<_>>(),
            "{file}: the same files"
        );
        for (path, text) in &other.files {
            // The crate docs name the format the spec is written in; nothing else differs.
            let text = text.replace(&format!("({format}, "), "(OpenAPI 3.0, ");
            assert_eq!(&text, &reference.files[path], "{file}: {} differs from pets-3.0.yaml's", path.display());
        }
        assert!(other.files[Path::new("src/lib.rs")].contains(&format!("`pets.yaml` ({format}, API version 1)")));
        assert_eq!(other.warnings, reference.warnings, "{file}: the same warnings");
    }
}

#[test]
fn warnings_point_into_the_document_the_user_wrote() {
    let swagger = generate(&root().join("specs/features/swagger2.yaml"));
    let pointers: Vec<String> = swagger.warnings.iter().map(|w| w.at.to_string()).collect();
    assert_eq!(pointers, ["#/definitions/Error"], "{:?}", swagger.warnings);

    let scratch = Scratch::new("versions", "warnings");
    let spec = scratch.0.join("moved.yaml");
    std::fs::write(
        &spec,
        r#"
swagger: "2.0"
info: {title: t, version: "1"}
paths:
  /a/{ids}:
    post:
      operationId: a_create
      parameters:
        - {name: ids, in: path, required: true, type: array, items: {type: string}, collectionFormat: pipes}
        - name: body
          in: body
          schema:
            type: object
            required: [missing]
            properties: {x: {type: string}}
      responses: {"204": {description: done}}
"#,
    )
    .expect("the spec is written");
    let generated = generate(&spec);
    let found: Vec<(String, &str)> =
        generated.warnings.iter().map(|w| (w.at.to_string(), w.message.as_str())).collect();
    assert_eq!(
        found,
        [
            (
                "#/paths/~1a~1{ids}/post/parameters/0/collectionFormat".to_owned(),
                "collectionFormat `pipes` is not possible here; sent comma-separated"
            ),
            (
                "#/paths/~1a~1{ids}/post/parameters/1/schema/required".to_owned(),
                "`required` lists `missing`, which is not a property; ignored"
            ),
        ]
    );

    let spec = scratch.0.join("moved.json");
    std::fs::write(
        &spec,
        r#"{"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
            "components": {"schemas": {"A": {"type": ["object", "string"], "required": ["gone"],
                "properties": {"x": {"type": "string"}}},
                "B": {"type": {"kind": {"type": "string"}}}},
                "securitySchemes": {"certificate": {"type": "mutualTLS"}}},
            "paths": {"/a": {"get": {"security": [{"certificate": []}], "responses": {"204": {"description": "done"}}}}}}"#,
    )
    .expect("the spec is written");
    let generated = generate(&spec);
    let found: Vec<String> = generated.warnings.iter().map(|w| format!("{}: {}", w.at, w.message)).collect();
    assert_eq!(
        found,
        [
            "#/components/schemas/A/required: `required` lists `gone`, which is not a property; ignored",
            "#/components/schemas/B/type: `type` is neither a type name nor a list of them; ignored",
            "#/components/securitySchemes/certificate/type: authentication scheme `mutualtls` is not supported yet; \
             operations are sent without it",
        ]
    );
}

#[test]
fn openapi31_without_paths_makes_the_webhook_payloads() {
    let scratch = Scratch::new("versions", "webhooks");
    let spec = scratch.0.join("hooks.yaml");
    std::fs::write(
        &spec,
        r#"
openapi: 3.1.1
info: {title: hooks only, version: "1"}
webhooks:
  orderShipped:
    post:
      summary: An order left the warehouse.
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [order_id]
              properties:
                order_id: {type: string, format: uuid}
                carrier: {type: [string, "null"]}
      responses: {"200": {description: Received.}}
"#,
    )
    .expect("the spec is written");
    let generated = generate(&spec);
    assert_eq!(generated.operation_count, 0);
    let payload = &generated.files[Path::new("src/models/order_shipped_payload.rs")];
    assert!(payload.contains("pub struct OrderShippedPayload"), "{payload}");
    assert!(payload.contains("serde::Serialize, serde::Deserialize"), "a payload goes both ways:\n{payload}");
    assert!(payload.contains("pub order_id: uuid::Uuid"), "{payload}");
    let lib = &generated.files[Path::new("src/lib.rs")];
    assert!(
        lib.contains("//! - `orderShipped` (`POST`): [`models::OrderShippedPayload`]. An order left the warehouse."),
        "{lib}"
    );
}
