//! Rewrites OpenAPI 3.1 documents, and the schemas of Swagger 2.0 documents, into the OpenAPI 3.0
//! shape that the typed view (`openapiv3`) and lowering read, recording in [`Origins`] every node
//! that moves. What 3.0 cannot say is kept under `x-generator-*` keys that lowering reads:
//! `prefixItems` (tuples) become `x-generator-prefix-items`.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

use super::origins::Origins;
use crate::media;
use crate::pointer::JsonPointer;

/// Where tuple item schemas (`prefixItems`) are kept in the normalised document.
pub const PREFIX_ITEMS_KEY: &str = "x-generator-prefix-items";

/// Marks a tuple that allows no items beyond its `prefixItems` (`items: false`).
pub const CLOSED_TUPLE_KEY: &str = "x-generator-closed-tuple";

/// The JSON Schema dialect the schemas of a document are written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    /// Swagger 2.0 schemas: `x-nullable`, `type: file`, a `discriminator` that is a property name.
    Swagger2,
    /// OpenAPI 3.1 schemas (JSON Schema 2020-12): `type` arrays, `const`, numeric exclusive bounds,
    /// `prefixItems`, `$ref` with siblings, `$defs`.
    OpenApi31,
}

/// What a node of an OpenAPI document is, for the walk that finds its schemas.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Schema,
    PathItem,
    Parameter,
    RequestBody,
    Response,
    Header,
    Callback,
}

/// The rewriting state: the origins of moved nodes, warnings (at pointers into the normalised
/// document), and the `$ref` targets still to rewrite.
pub struct Normaliser {
    pub dialect: Dialect,
    pub origins: Origins,
    pub warnings: Vec<(JsonPointer, String)>,
    /// `$ref` targets outside the places the walk covers (other files' contents, nested
    /// definitions), rewritten in place once the walk is done.
    pending: BTreeSet<(JsonPointer, Kind)>,
    /// Subtrees the walk rewrites anyway; references into them need no second pass.
    walked: Vec<JsonPointer>,
}

/// Keywords that only describe a value; a `$ref` beside nothing else keeps its plain form.
const INERT_BESIDE_REF: &[&str] = &["$comment", "$id", "$schema", "$anchor", "summary"];

/// Keywords whose value is one schema.
const ONE_SCHEMA: &[&str] = &[
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "additionalItems",
];

/// Keywords whose value maps names to schemas.
const SCHEMAS_BY_NAME: &[&str] = &["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];

/// Keywords that belong to one JSON type, for splitting `type: [..]` into alternatives.
const TYPE_KEYWORDS: &[(&str, &[&str])] = &[
    ("string", &["format", "pattern", "minLength", "maxLength", "contentMediaType", "contentEncoding"]),
    ("number", &["format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"]),
    ("integer", &["format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"]),
    ("array", &["items", "prefixItems", "minItems", "maxItems", "uniqueItems", "contains"]),
    (
        "object",
        &["properties", "required", "additionalProperties", "minProperties", "maxProperties", "patternProperties"],
    ),
    ("boolean", &[]),
];

impl Normaliser {
    pub fn new(dialect: Dialect) -> Self {
        Normaliser {
            dialect,
            origins: Origins::default(),
            warnings: Vec::new(),
            pending: BTreeSet::new(),
            walked: vec![JsonPointer::root().join("components")],
        }
    }

    pub fn warn(&mut self, at: &JsonPointer, message: impl Into<String>) {
        self.warnings.push((at.clone(), message.into()));
    }

    /// Rewrites an OpenAPI 3.1 document in place.
    pub fn document(&mut self, doc: &mut Value) {
        let root = JsonPointer::root();
        let Value::Object(map) = doc else { return };
        map.insert("openapi".to_owned(), json!("3.0.3"));
        // `paths` is optional in 3.1 (a document of webhooks or components only).
        map.entry("paths").or_insert_with(|| json!({}));
        if let Some(Value::Object(info)) = map.get_mut("info")
            && let Some(Value::String(summary)) = info.remove("summary")
        {
            // 3.0 has no summary: it becomes the first paragraph of the description.
            let text = match info.get("description").and_then(Value::as_str) {
                Some(description) if !description.trim().is_empty() => format!("{summary}\n\n{description}"),
                _ => summary,
            };
            info.insert("description".to_owned(), Value::String(text));
        }
        if let Some(dialect) = map.get("jsonSchemaDialect").and_then(Value::as_str)
            && !dialect.starts_with("https://spec.openapis.org/oas/3.1/dialect/")
        {
            let message = format!("schemas are read as the OpenAPI 3.1 dialect, not `{dialect}`");
            self.warn(&root.join("jsonSchemaDialect"), message);
        }
        for (key, kind) in [("paths", Kind::PathItem), ("webhooks", Kind::PathItem)] {
            if let Some(Value::Object(items)) = map.get_mut(key) {
                for (name, item) in items.iter_mut().filter(|(name, _)| !name.starts_with("x-")) {
                    self.node(item, &root.join(key).join(name), kind);
                }
            }
        }
        if let Some(Value::Object(components)) = map.get_mut("components") {
            let at = root.join("components");
            for (section, kind) in [
                ("schemas", Kind::Schema),
                ("responses", Kind::Response),
                ("parameters", Kind::Parameter),
                ("requestBodies", Kind::RequestBody),
                ("headers", Kind::Header),
                ("pathItems", Kind::PathItem),
                ("callbacks", Kind::Callback),
            ] {
                if let Some(Value::Object(entries)) = components.get_mut(section) {
                    for (name, entry) in entries.iter_mut() {
                        self.node(entry, &at.join(section).join(name), kind);
                    }
                }
            }
            // 3.1's client certificates have no 3.0 type: an HTTP scheme of that name keeps the
            // requirements that name it valid, and lowering leaves it out with a warning.
            if let Some(Value::Object(schemes)) = components.get_mut("securitySchemes") {
                for (name, scheme) in schemes.iter_mut() {
                    let Value::Object(scheme) = scheme else { continue };
                    if scheme.get("type").and_then(Value::as_str) == Some("mutualTLS") {
                        scheme.insert("type".to_owned(), json!("http"));
                        scheme.insert("scheme".to_owned(), json!("mutualTLS"));
                        let scheme_at = at.join("securitySchemes").join(name);
                        self.origins.record(scheme_at.join("scheme"), scheme_at.join("type"));
                    }
                }
            }
        }
        self.finish(doc);
    }

    /// Rewrites the `$ref` targets the walk did not reach, each once.
    pub fn finish(&mut self, doc: &mut Value) {
        let mut done = BTreeSet::new();
        while let Some((target, kind)) = self.pending.pop_first() {
            if !done.insert((target.clone(), kind)) {
                continue;
            }
            // Take the node out, so that its own references can be queued while it is rewritten.
            let Some(slot) = target.resolve_mut(doc) else { continue };
            let mut node = std::mem::take(slot);
            self.node(&mut node, &target, kind);
            if let Some(slot) = target.resolve_mut(doc) {
                *slot = node;
            }
        }
    }

    /// Rewrites one node of the given kind (and everything below it) in place.
    pub fn node(&mut self, node: &mut Value, at: &JsonPointer, kind: Kind) {
        if kind == Kind::Schema {
            return self.schema(node, at, false);
        }
        let Value::Object(map) = node else { return };
        if let Some(reference) = map.get("$ref").and_then(Value::as_str) {
            self.follow(reference, kind);
            return;
        }
        match kind {
            Kind::Schema => {}
            Kind::PathItem => {
                for (key, value) in map.iter_mut() {
                    let at = at.join(key);
                    match key.as_str() {
                        "parameters" => self.each(value, &at, Kind::Parameter),
                        "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace" => {
                            self.operation(value, &at)
                        }
                        _ => {}
                    }
                }
            }
            Kind::Parameter | Kind::Header => {
                if let Some(schema) = map.get_mut("schema") {
                    self.schema(schema, &at.join("schema"), false);
                }
                self.content(map, at);
            }
            Kind::RequestBody => self.content(map, at),
            Kind::Response => {
                self.content(map, at);
                if let Some(Value::Object(headers)) = map.get_mut("headers") {
                    for (name, header) in headers.iter_mut() {
                        self.node(header, &at.join("headers").join(name), Kind::Header);
                    }
                }
            }
            Kind::Callback => {
                for (expression, item) in map.iter_mut().filter(|(k, _)| !k.starts_with("x-")) {
                    self.node(item, &at.join(expression), Kind::PathItem);
                }
            }
        }
    }

    fn operation(&mut self, op: &mut Value, at: &JsonPointer) {
        let Value::Object(map) = op else { return };
        for (key, value) in map.iter_mut() {
            let at = at.join(key);
            match key.as_str() {
                "parameters" => self.each(value, &at, Kind::Parameter),
                "requestBody" => self.node(value, &at, Kind::RequestBody),
                "responses" => {
                    if let Value::Object(responses) = value {
                        for (code, response) in responses.iter_mut().filter(|(k, _)| !k.starts_with("x-")) {
                            self.node(response, &at.join(code), Kind::Response);
                        }
                    }
                }
                "callbacks" => {
                    if let Value::Object(callbacks) = value {
                        for (name, callback) in callbacks.iter_mut() {
                            self.node(callback, &at.join(name), Kind::Callback);
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn each(&mut self, list: &mut Value, at: &JsonPointer, kind: Kind) {
        if let Value::Array(items) = list {
            for (i, item) in items.iter_mut().enumerate() {
                self.node(item, &at.join(i.to_string()), kind);
            }
        }
    }

    /// The schemas of `content` (and of `encoding` headers) of a parameter, body or response.
    fn content(&mut self, map: &mut Map<String, Value>, at: &JsonPointer) {
        let Some(Value::Object(content)) = map.get_mut("content") else { return };
        for (media, media_type) in content.iter_mut() {
            let media_at = at.join("content").join(media);
            let Value::Object(media_type) = media_type else { continue };
            if let Some(schema) = media_type.get_mut("schema") {
                self.schema(schema, &media_at.join("schema"), false);
            }
            if let Some(Value::Object(encodings)) = media_type.get_mut("encoding") {
                for (property, encoding) in encodings.iter_mut() {
                    if let Some(Value::Object(headers)) = encoding.get_mut("headers") {
                        for (name, header) in headers.iter_mut() {
                            let header_at = media_at.join("encoding").join(property).join("headers").join(name);
                            self.node(header, &header_at, Kind::Header);
                        }
                    }
                }
            }
        }
    }

    /// Queues the target of a local `$ref` when the walk does not cover it.
    fn follow(&mut self, reference: &str, kind: Kind) {
        let Some(target) = JsonPointer::from_ref(reference) else { return };
        if !self.walked.iter().any(|w| target.is_within(w)) {
            self.pending.insert((target, kind));
        }
    }

    /// Rewrites one schema and its subschemas in place. `branch` is set for the alternatives of a
    /// `oneOf`/`anyOf`, whose `$ref`s stay plain (the variant is named after the target).
    pub fn schema(&mut self, node: &mut Value, at: &JsonPointer, branch: bool) {
        match node {
            // JSON Schema's boolean schemas: `true` allows anything, `false` nothing.
            Value::Bool(true) => *node = json!({}),
            Value::Bool(false) => *node = json!({ "not": {} }),
            _ => {}
        }
        let Value::Object(map) = node else { return };
        if self.dialect == Dialect::Swagger2 {
            swagger2_keywords(map);
        } else {
            self.openapi31_keywords(map, at);
        }
        if let Some(reference) = map.get("$ref").and_then(Value::as_str) {
            let reference = reference.to_owned();
            self.follow(&reference, Kind::Schema);
            map.retain(|k, _| k == "$ref" || !INERT_BESIDE_REF.contains(&k.as_str()));
            if map.len() > 1 {
                if branch {
                    // A variant's own docs have nowhere to go; its type is the target's.
                    map.retain(|k, _| k == "$ref");
                } else {
                    // `$ref` with siblings: the target's type, with the siblings' docs and flags.
                    map.remove("$ref");
                    map.insert("allOf".to_owned(), json!([{ "$ref": reference }]));
                    self.origins.record_move(at.join("allOf").join("0"), at);
                }
            }
            return;
        }
        self.subschemas(map, at);
    }

    /// Recurses into every keyword that holds schemas.
    fn subschemas(&mut self, map: &mut Map<String, Value>, at: &JsonPointer) {
        for (key, value) in map.iter_mut() {
            let at = at.join(key);
            let key = key.as_str();
            // `additionalProperties: true|false` is 3.0 too; a boolean elsewhere is a schema.
            let schema = value.is_object() || (value.is_boolean() && key != "additionalProperties");
            if ONE_SCHEMA.contains(&key) && schema {
                self.schema(value, &at, false);
            } else if key == "allOf" || key == PREFIX_ITEMS_KEY {
                self.schema_list(value, &at, false);
            } else if key == "oneOf" || key == "anyOf" {
                self.schema_list(value, &at, true);
            } else if SCHEMAS_BY_NAME.contains(&key)
                && let Value::Object(entries) = value
            {
                for (name, schema) in entries.iter_mut() {
                    self.schema(schema, &at.join(name), false);
                }
            }
        }
    }

    fn schema_list(&mut self, list: &mut Value, at: &JsonPointer, branch: bool) {
        if let Value::Array(items) = list {
            for (i, item) in items.iter_mut().enumerate() {
                self.schema(item, &at.join(i.to_string()), branch);
            }
        }
    }

    /// The 3.1 keywords of one schema object, rewritten into their 3.0 forms.
    fn openapi31_keywords(&mut self, map: &mut Map<String, Value>, at: &JsonPointer) {
        if let Some(value) = map.remove("const")
            && !map.contains_key("enum")
        {
            map.insert("enum".to_owned(), Value::Array(vec![value]));
        }
        if let Some(Value::Array(mut examples)) = map.remove("examples")
            && !examples.is_empty()
        {
            map.entry("example").or_insert_with(|| examples.swap_remove(0));
        }
        for (exclusive, bound) in [("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")] {
            if let Some(limit) = map.get(exclusive).filter(|v| v.is_number()).cloned() {
                map.insert(bound.to_owned(), limit);
                map.insert(exclusive.to_owned(), Value::Bool(true));
            }
        }
        // Content carried in a string: base64 text, or (with only a media type) the raw bytes of
        // a file, which 3.0 spells `format: binary`.
        if !map.contains_key("format") && map.get("type").and_then(Value::as_str) == Some("string") {
            let format = match map.get("contentEncoding").and_then(Value::as_str) {
                Some("base64" | "base64url") => Some("byte"),
                Some(_) => None,
                None => {
                    map.get("contentMediaType").and_then(Value::as_str).filter(|m| !media::is_text(m)).map(|_| "binary")
                }
            };
            if let Some(format) = format {
                map.insert("format".to_owned(), json!(format));
            }
        }
        // A tuple: `prefixItems`, or `items` as a list (the draft-4 spelling).
        let key = if map.get("items").is_some_and(Value::is_array) { "items" } else { "prefixItems" };
        if let Some(items) = map.remove(key) {
            map.insert(PREFIX_ITEMS_KEY.to_owned(), items);
            self.origins.record_move(at.join(PREFIX_ITEMS_KEY), &at.join(key));
        }
        // `items: false` after a tuple's items (no more items) has no 3.0 spelling.
        if map.get("items") == Some(&Value::Bool(false)) {
            map.remove("items");
            map.insert(CLOSED_TUPLE_KEY.to_owned(), Value::Bool(true));
        }
        match map.get("type").cloned() {
            Some(Value::Array(types)) => self.type_list(map, at, &types),
            Some(Value::String(_)) | None => {}
            // Codat writes a definition `{"type": {..a schema..}}`, a properties map without
            // `properties`; any value is all that can be said of it.
            Some(_) => {
                map.remove("type");
                self.warn(&at.join("type"), "`type` is neither a type name nor a list of them; ignored");
            }
        }
    }

    /// `type: [..]`: `null` among the types becomes `nullable`, one other type stays `type`, and
    /// several become `oneOf` alternatives, each with the keywords of its type.
    fn type_list(&mut self, map: &mut Map<String, Value>, at: &JsonPointer, types: &[Value]) {
        map.remove("type");
        let names: Vec<&str> = types.iter().filter_map(Value::as_str).collect();
        let nullable = names.contains(&"null");
        let mut others: Vec<&str> = names.iter().copied().filter(|t| *t != "null").collect();
        others.dedup();
        if nullable && !others.is_empty() {
            map.insert("nullable".to_owned(), Value::Bool(true));
        }
        match others.as_slice() {
            [] if nullable => {
                map.insert("type".to_owned(), json!("null"));
            }
            [] => {}
            [one] => {
                map.insert("type".to_owned(), json!(one));
            }
            several => {
                let slot = ["oneOf", "anyOf"].into_iter().find(|k| !map.contains_key(*k));
                let Some(slot) = slot else {
                    self.warn(at, "`type` lists several types beside both oneOf and anyOf; the first type is used");
                    map.insert("type".to_owned(), json!(several[0]));
                    return;
                };
                let enumeration = map.remove("enum");
                let mut branches = Vec::new();
                for (i, name) in several.iter().enumerate() {
                    let mut branch = Map::new();
                    branch.insert("type".to_owned(), json!(name));
                    let keywords = TYPE_KEYWORDS.iter().find(|(t, _)| t == name).map_or(&[][..], |(_, k)| *k);
                    for keyword in keywords {
                        if let Some(value) = map.get(*keyword) {
                            branch.insert((*keyword).to_owned(), value.clone());
                        }
                    }
                    if let Some(Value::Array(values)) = &enumeration {
                        let kept: Vec<Value> = values.iter().filter(|v| is_of_type(v, name)).cloned().collect();
                        if !kept.is_empty() {
                            branch.insert("enum".to_owned(), Value::Array(kept));
                        }
                    }
                    self.origins.record_move(at.join(slot).join(i.to_string()), at);
                    branches.push(Value::Object(branch));
                }
                for (_, keywords) in TYPE_KEYWORDS {
                    for keyword in *keywords {
                        map.remove(*keyword);
                    }
                }
                map.insert(slot.to_owned(), Value::Array(branches));
            }
        }
    }
}

/// The Swagger 2.0 keywords of one schema object, in their 3.0 forms.
fn swagger2_keywords(map: &mut Map<String, Value>) {
    if let Some(Value::String(reference)) = map.get_mut("$ref")
        && let Some(name) = reference.strip_prefix("#/definitions/")
    {
        *reference = format!("#/components/schemas/{name}");
    }
    if let Some(nullable) = map.remove("x-nullable") {
        map.insert("nullable".to_owned(), nullable);
    }
    if map.get("type").and_then(Value::as_str) == Some("file") {
        map.insert("type".to_owned(), json!("string"));
        map.insert("format".to_owned(), json!("binary"));
    }
    if let Some(Value::String(property)) = map.get("discriminator").cloned() {
        map.insert("discriminator".to_owned(), json!({ "propertyName": property }));
    }
}

/// Whether a value is of the JSON Schema type `name` (whole numbers are integers and numbers).
fn is_of_type(value: &Value, name: &str) -> bool {
    match value {
        Value::Null => name == "null",
        Value::Bool(_) => name == "boolean",
        Value::Number(n) => name == "number" || (name == "integer" && (n.is_i64() || n.is_u64())),
        Value::String(_) => name == "string",
        Value::Array(_) => name == "array",
        Value::Object(_) => name == "object",
    }
}
