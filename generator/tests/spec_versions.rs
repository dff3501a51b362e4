//! Swagger 2.0, OpenAPI 3.0 and OpenAPI 3.1 land in one IR: the same API written in each makes the
//! same crate, and what the generator says about a 2.0 or 3.1 spec points into that document.

// A test whose setup fails should stop right there, with the reason.
#![allow(clippy::expect_used)]

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

/// The generator's own doc line for an item the spec leaves undocumented ends with the item's
/// JSON pointer in the spec: that pointer differs between versions. Returns the text without those
/// lines, after checking that each pointer names a node of `spec`.
fn without_pointer_docs(text: &str, spec: &serde_json::Value, file: &str) -> String {
    let marker = "which the spec does not describe (`";
    let mut kept = Vec::new();
    for line in text.lines() {
        match line.split_once(marker) {
            Some((_, rest)) => {
                let pointer = rest.split('`').next().unwrap_or_default();
                let found = generator::pointer::JsonPointer::from_ref(pointer).and_then(|p| p.resolve(spec).cloned());
                assert!(found.is_some(), "{file}: the doc line `{line}` names a node the spec does not have");
            }
            None => kept.push(line),
        }
    }
    kept.join("\n")
}

/// The generator's docs for what a spec leaves undocumented name nodes of the document the user
/// wrote, whatever version it is in and wherever the node moved on the way.
#[test]
fn undocumented_items_point_into_their_own_spec() {
    for spec in [
        "specs/features/swagger2.yaml",
        "specs/features/openapi31.yaml",
        "specs/live/drf-yasg.json",
        "specs/live/fastapi.json",
        "specs/live/drf-spectacular.yaml",
    ] {
        let path = root().join(spec);
        let document = read_yaml(&path);
        let generated = generate(&path);
        let mut checked = 0;
        for text in generated.files.values() {
            checked += text.matches("which the spec does not describe (`").count();
            without_pointer_docs(text, &document, spec);
        }
        assert!(checked > 0, "{spec}: no undocumented item to check");
    }
}

fn read_yaml(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).expect("the spec reads");
    serde_yaml::from_str(&text).expect("the spec is YAML")
}

#[test]
fn one_api_in_three_versions_makes_one_crate() {
    let versions = root().join("specs/versions");
    let reference = generate(&versions.join("pets-3.0.yaml"));
    let reference_spec = read_yaml(&versions.join("pets-3.0.yaml"));
    for (file, format) in [("pets-2.0.yaml", "Swagger 2.0"), ("pets-3.1.yaml", "OpenAPI 3.1")] {
        let other = generate(&versions.join(file));
        let spec = read_yaml(&versions.join(file));
        assert_eq!(
            other.files.keys().collect::<Vec<_>>(),
            reference.files.keys().collect::<Vec<_>>(),
            "{file}: the same files"
        );
        for (path, text) in &other.files {
            // The crate docs name the format the spec is written in, and the docs of what the spec
            // leaves undocumented point into it; nothing else differs.
            let text = without_pointer_docs(&text.replace(&format!("({format}, "), "(OpenAPI 3.0, "), &spec, file);
            let expected = without_pointer_docs(&reference.files[path], &reference_spec, "pets-3.0.yaml");
            assert_eq!(text, expected, "{file}: {} differs from pets-3.0.yaml's", path.display());
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
            // The operation has no tag: its group is `default`, which is Cargo's name of the
            // features a crate builds with unless told otherwise.
            ("#/paths/~1a~1{ids}/post".to_owned(), "Cargo feature `default` is reserved; named `default_group`"),
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
            "#/paths/~1a/get: Cargo feature `default` is reserved; named `default_group`",
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
    // Both ways in every build: both of the runtime's serde macros, ungated.
    let both_ways = payload.contains("}\n\nserialize_struct!(")
        && payload.contains(");\n\ndeserialize_struct!(")
        && !payload.contains("serde-both-ways");
    assert!(both_ways, "a payload goes both ways:\n{payload}");
    assert!(payload.contains("pub order_id: uuid::Uuid"), "{payload}");
    let lib = &generated.files[Path::new("src/lib.rs")];
    assert!(
        lib.contains("//! - `orderShipped` (`POST`): [`models::OrderShippedPayload`]. An order left the warehouse."),
        "{lib}"
    );
}
