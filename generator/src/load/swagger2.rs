//! Swagger 2.0 to the OpenAPI 3.0 shape: `definitions`, shared `parameters` and `responses` and
//! `securityDefinitions` become `components`; body and `formData` parameters become request bodies
//! in the media types of `consumes`; response schemas go under the media types of `produces`;
//! `host`, `basePath` and `schemes` become `servers`. Every node that moves is recorded in the
//! normaliser's origins, so errors point into the 2.0 document.

use serde_json::{Map, Value, json};

use super::normalise::{Dialect, Normaliser};
use crate::media::{self, is_json};
use crate::pointer::JsonPointer;

/// Where a list parameter's delimiter is kept when 3.0 has no style for it (`collectionFormat: tsv`).
pub const DELIMITER_KEY: &str = "x-generator-delimiter";

const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// The keywords of a non-body parameter (or header, or `items`) that describe its value.
const VALUE_KEYWORDS: &[&str] = &[
    "type",
    "format",
    "items",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "enum",
    "multipleOf",
    "x-nullable",
];

/// Converts the (bundled) Swagger 2.0 document `input`.
pub fn convert(input: &Value) -> (Value, Normaliser) {
    let mut c = Converter { input, n: Normaliser::new(Dialect::Swagger2), consumes: Vec::new(), produces: Vec::new() };
    c.consumes = strings(input.get("consumes"));
    c.produces = strings(input.get("produces"));
    let mut out = c.document();
    c.n.finish(&mut out);
    (out, c.n)
}

struct Converter<'a> {
    input: &'a Value,
    n: Normaliser,
    /// The document's default request media types.
    consumes: Vec<String>,
    /// The document's default response media types.
    produces: Vec<String>,
}

/// One parameter as the 2.0 document declares it, `$ref` followed.
struct Param2<'a> {
    node: &'a Map<String, Value>,
    /// Where the parameter object itself stands (the target of a `$ref`).
    from: JsonPointer,
    /// `X` when it is `$ref: '#/parameters/X'`.
    shared: Option<String>,
}

impl Param2<'_> {
    fn location(&self) -> &str {
        self.node.get("in").and_then(Value::as_str).unwrap_or("")
    }

    fn name(&self) -> &str {
        self.node.get("name").and_then(Value::as_str).unwrap_or("")
    }

    fn is_body(&self) -> bool {
        matches!(self.location(), "body" | "formData")
    }
}

fn strings(value: Option<&Value>) -> Vec<String> {
    value
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).map(str::to_owned).collect())
        .unwrap_or_default()
}

fn is_form(media_type: &str) -> bool {
    media::is_url_encoded_form(media_type) || media::is_multipart(media_type)
}

impl<'a> Converter<'a> {
    fn document(&mut self) -> Value {
        let input = self.input;
        let mut out = Map::new();
        out.insert("openapi".to_owned(), json!("3.0.3"));
        if let Some(info) = input.get("info") {
            out.insert("info".to_owned(), info.clone());
        }
        let servers = self.servers();
        if !servers.is_empty() {
            out.insert("servers".to_owned(), Value::Array(servers));
        }
        out.insert("paths".to_owned(), self.paths());
        out.insert("components".to_owned(), self.components());
        for key in ["security", "tags", "externalDocs"] {
            if let Some(value) = input.get(key) {
                out.insert(key.to_owned(), value.clone());
            }
        }
        if let Some(map) = input.as_object() {
            for (key, value) in map.iter().filter(|(k, _)| k.starts_with("x-")) {
                out.insert(key.clone(), value.clone());
            }
        }
        Value::Object(out)
    }

    /// `host` + `basePath` under each of `schemes` (https first); `basePath` alone without a host.
    fn servers(&self) -> Vec<Value> {
        let base_path = self.input.get("basePath").and_then(Value::as_str).unwrap_or("").trim_end_matches('/');
        let Some(host) = self.input.get("host").and_then(Value::as_str) else {
            return if base_path.is_empty() { Vec::new() } else { vec![json!({ "url": base_path })] };
        };
        let mut schemes = strings(self.input.get("schemes"));
        if schemes.is_empty() {
            schemes.push("https".to_owned());
        }
        schemes.sort_by_key(|s| s != "https");
        schemes.iter().map(|scheme| json!({ "url": format!("{scheme}://{host}{base_path}") })).collect()
    }

    fn components(&mut self) -> Value {
        let root = JsonPointer::root();
        let input = self.input;
        let out_at = root.join("components");
        let mut components = Map::new();
        if let Some(Value::Object(definitions)) = input.get("definitions") {
            let at = out_at.join("schemas");
            self.n.origins.record(at.clone(), root.join("definitions"));
            let mut schemas = Map::new();
            for (name, schema) in definitions {
                let mut schema = schema.clone();
                self.n.schema(&mut schema, &at.join(name), false);
                schemas.insert(name.clone(), schema);
            }
            components.insert("schemas".to_owned(), Value::Object(schemas));
        }
        if let Some(Value::Object(parameters)) = input.get("parameters") {
            let mut out = Map::new();
            for (name, parameter) in parameters {
                let from = root.join("parameters").join(name);
                let Some(node) = parameter.as_object() else { continue };
                let param = Param2 { node, from: from.clone(), shared: None };
                // Body and form parameters have no 3.0 component: they are inlined where used.
                if !param.is_body() {
                    let to = out_at.join("parameters").join(name);
                    out.insert(name.clone(), self.parameter(&param, &to));
                }
            }
            if !out.is_empty() {
                components.insert("parameters".to_owned(), Value::Object(out));
            }
        }
        if let Some(Value::Object(responses)) = input.get("responses") {
            let mut out = Map::new();
            let produces = self.produces.clone();
            for (name, response) in responses {
                let from = root.join("responses").join(name);
                let to = out_at.join("responses").join(name);
                out.insert(name.clone(), self.response(response, &from, &to, &produces));
            }
            components.insert("responses".to_owned(), Value::Object(out));
        }
        if let Some(Value::Object(definitions)) = input.get("securityDefinitions") {
            let at = out_at.join("securitySchemes");
            self.n.origins.record(at.clone(), root.join("securityDefinitions"));
            let mut schemes = Map::new();
            for (name, definition) in definitions {
                if let Some(scheme) = self.security_scheme(definition, &at.join(name)) {
                    schemes.insert(name.clone(), scheme);
                }
            }
            components.insert("securitySchemes".to_owned(), Value::Object(schemes));
        }
        Value::Object(components)
    }

    fn security_scheme(&mut self, definition: &Value, at: &JsonPointer) -> Option<Value> {
        let Value::Object(map) = definition else { return Some(definition.clone()) };
        let mut out = Map::new();
        let kind = map.get("type").and_then(Value::as_str).unwrap_or("");
        match kind {
            "basic" => {
                out.insert("type".to_owned(), json!("http"));
                out.insert("scheme".to_owned(), json!("basic"));
            }
            "apiKey" => {
                for key in ["type", "name", "in"] {
                    if let Some(value) = map.get(key) {
                        out.insert(key.to_owned(), value.clone());
                    }
                }
            }
            "oauth2" => {
                let flow = match map.get("flow").and_then(Value::as_str) {
                    Some("implicit") => "implicit",
                    Some("password") => "password",
                    Some("application") => "clientCredentials",
                    Some("accessCode") => "authorizationCode",
                    other => {
                        let message = format!("unknown OAuth2 flow {other:?}; the scheme is left out");
                        self.n.warn(&at.join("flow"), message);
                        return None;
                    }
                };
                let mut flow_object = Map::new();
                for key in ["authorizationUrl", "tokenUrl"] {
                    if let Some(url) = map.get(key) {
                        flow_object.insert(key.to_owned(), url.clone());
                    }
                }
                flow_object.insert("scopes".to_owned(), map.get("scopes").cloned().unwrap_or_else(|| json!({})));
                out.insert("type".to_owned(), json!("oauth2"));
                out.insert("flows".to_owned(), json!({ flow: flow_object }));
            }
            // Left for the typed view to report with this pointer.
            _ => return Some(definition.clone()),
        }
        for (key, value) in map.iter().filter(|(k, _)| *k == "description" || k.starts_with("x-")) {
            out.insert(key.clone(), value.clone());
        }
        Some(Value::Object(out))
    }

    /// Follows a `$ref` to the node it names in the 2.0 document.
    fn resolve(&self, node: &'a Value, at: &JsonPointer) -> (&'a Value, JsonPointer) {
        let (mut node, mut at) = (node, at.clone());
        for _ in 0..32 {
            let Some(target) = node.get("$ref").and_then(Value::as_str).and_then(JsonPointer::from_ref) else { break };
            let Some(found) = target.resolve(self.input) else { break };
            (node, at) = (found, target);
        }
        (node, at)
    }

    fn param(&self, node: &'a Value, at: &JsonPointer) -> Option<Param2<'a>> {
        let shared = node
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/parameters/"))
            .filter(|name| !name.contains('/'))
            .map(|name| name.replace("~1", "/").replace("~0", "~"));
        let (node, from) = self.resolve(node, at);
        Some(Param2 { node: node.as_object()?, from, shared })
    }

    fn paths(&mut self) -> Value {
        let root = JsonPointer::root();
        let input = self.input;
        let mut paths = Map::new();
        let Some(Value::Object(items)) = input.get("paths") else { return Value::Object(paths) };
        for (path, item) in items {
            let to = root.join("paths").join(path);
            if path.starts_with("x-") {
                paths.insert(path.clone(), item.clone());
                continue;
            }
            let (item, from) = self.resolve(item, &to);
            self.n.origins.record(to.clone(), from.clone());
            paths.insert(path.clone(), self.path_item(item, &from, &to));
        }
        Value::Object(paths)
    }

    fn path_item(&mut self, item: &'a Value, from: &JsonPointer, to: &JsonPointer) -> Value {
        let Value::Object(map) = item else { return item.clone() };
        let mut out = Map::new();
        let mut shared_params = Vec::new();
        let mut body_params = Vec::new();
        if let Some(Value::Array(list)) = map.get("parameters") {
            for (i, p) in list.iter().enumerate() {
                let Some(param) = self.param(p, &from.join("parameters").join(i.to_string())) else { continue };
                if param.is_body() {
                    body_params.push(param);
                } else {
                    let at = to.join("parameters").join(shared_params.len().to_string());
                    self.n.origins.record(at.clone(), from.join("parameters").join(i.to_string()));
                    shared_params.push(self.parameter_or_ref(&param, &at));
                }
            }
        }
        for (key, value) in map {
            if METHODS.contains(&key.as_str()) {
                let op = self.operation(value, &from.join(key), &to.join(key), &body_params);
                out.insert(key.clone(), op);
            } else if key.starts_with("x-") || key == "summary" || key == "description" {
                out.insert(key.clone(), value.clone());
            }
        }
        if !shared_params.is_empty() {
            out.insert("parameters".to_owned(), Value::Array(shared_params));
        }
        Value::Object(out)
    }

    /// `$ref: '#/parameters/X'` stays a reference to the 3.0 component; anything else is converted.
    fn parameter_or_ref(&mut self, param: &Param2<'_>, to: &JsonPointer) -> Value {
        match &param.shared {
            Some(name) => {
                json!({ "$ref": JsonPointer::root().join("components").join("parameters").join(name).as_str() })
            }
            None => self.parameter(param, to),
        }
    }

    fn operation(&mut self, op: &'a Value, from: &JsonPointer, to: &JsonPointer, path_bodies: &[Param2<'a>]) -> Value {
        let Value::Object(map) = op else { return op.clone() };
        let mut out = Map::new();
        for (key, value) in map {
            if matches!(
                key.as_str(),
                "tags" | "summary" | "description" | "externalDocs" | "operationId" | "deprecated" | "security"
            ) || key.starts_with("x-")
            {
                out.insert(key.clone(), value.clone());
            }
        }
        let consumes = map.get("consumes").map_or_else(|| self.consumes.clone(), |c| strings(Some(c)));
        let produces = map.get("produces").map_or_else(|| self.produces.clone(), |p| strings(Some(p)));
        let mut params = Vec::new();
        let mut bodies: Vec<Param2<'a>> = Vec::new();
        if let Some(Value::Array(list)) = map.get("parameters") {
            for (i, p) in list.iter().enumerate() {
                let at = from.join("parameters").join(i.to_string());
                let Some(param) = self.param(p, &at) else { continue };
                if param.is_body() {
                    bodies.push(param);
                } else {
                    let out_at = to.join("parameters").join(params.len().to_string());
                    self.n.origins.record(out_at.clone(), at);
                    params.push(self.parameter_or_ref(&param, &out_at));
                }
            }
        }
        // Path-level body and form parameters apply unless the operation declares its own.
        for inherited in path_bodies {
            if !bodies.iter().any(|b| b.name() == inherited.name() && b.location() == inherited.location()) {
                bodies.push(Param2 { node: inherited.node, from: inherited.from.clone(), shared: None });
            }
        }
        if !params.is_empty() {
            out.insert("parameters".to_owned(), Value::Array(params));
        }
        if let Some(body) = self.request_body(&bodies, &consumes, from, &to.join("requestBody")) {
            out.insert("requestBody".to_owned(), body);
        }
        let mut responses = Map::new();
        if let Some(Value::Object(list)) = map.get("responses") {
            for (code, response) in list {
                let response = if code.starts_with("x-") {
                    response.clone()
                } else {
                    let at = from.join("responses").join(code);
                    self.response(response, &at, &to.join("responses").join(code), &produces)
                };
                responses.insert(code.clone(), response);
            }
        }
        out.insert("responses".to_owned(), Value::Object(responses));
        Value::Object(out)
    }

    /// A non-body parameter: its value keywords become its `schema`; `collectionFormat` its
    /// `style` and `explode`.
    fn parameter(&mut self, param: &Param2<'_>, to: &JsonPointer) -> Value {
        self.n.origins.record(to.clone(), param.from.clone());
        let mut out = Map::new();
        for (key, value) in param.node {
            if matches!(key.as_str(), "name" | "in" | "description" | "required" | "allowEmptyValue")
                || (key.starts_with("x-") && key != "x-nullable")
            {
                out.insert(key.clone(), value.clone());
            }
        }
        out.insert("schema".to_owned(), self.value_schema(param.node, &param.from, &to.join("schema")));
        let is_list = param.node.get("type").and_then(Value::as_str) == Some("array");
        let format = param.node.get("collectionFormat").and_then(Value::as_str).unwrap_or("csv");
        if is_list {
            let in_query = param.location() == "query";
            let (style, explode) = match format {
                "multi" if in_query => ("form", true),
                "ssv" if in_query => ("spaceDelimited", false),
                "pipes" if in_query => ("pipeDelimited", false),
                "tsv" if in_query => {
                    out.insert(DELIMITER_KEY.to_owned(), json!("\t"));
                    ("form", false)
                }
                "csv" => (if in_query { "form" } else { "simple" }, false),
                other => {
                    let message = format!("collectionFormat `{other}` is not possible here; sent comma-separated");
                    self.n.warn(&to.join("collectionFormat"), message);
                    (if in_query { "form" } else { "simple" }, false)
                }
            };
            out.insert("style".to_owned(), json!(style));
            out.insert("explode".to_owned(), json!(explode));
        }
        Value::Object(out)
    }

    /// The schema that the value keywords of a parameter, header or form field describe.
    fn value_schema(&mut self, node: &Map<String, Value>, from: &JsonPointer, to: &JsonPointer) -> Value {
        self.n.origins.record(to.clone(), from.clone());
        let mut schema = Map::new();
        for key in VALUE_KEYWORDS {
            if let Some(value) = node.get(*key) {
                schema.insert((*key).to_owned(), value.clone());
            }
        }
        let mut schema = Value::Object(schema);
        self.n.schema(&mut schema, to, false);
        schema
    }

    /// The request body that body or `formData` parameters describe, in the media types of
    /// `consumes` that fit them.
    fn request_body(
        &mut self,
        params: &[Param2<'_>],
        consumes: &[String],
        op_from: &JsonPointer,
        to: &JsonPointer,
    ) -> Option<Value> {
        if let Some(body) = params.iter().find(|p| p.location() == "body") {
            if params.iter().any(|p| p.location() == "formData") {
                self.n.warn(to, "an operation with both a body and form parameters; the form parameters are ignored");
            }
            self.n.origins.record(to.clone(), body.from.clone());
            let mut media: Vec<String> = consumes.iter().filter(|m| !is_form(m)).cloned().collect();
            if media.is_empty() {
                media.push("application/json".to_owned());
            }
            let mut content = Map::new();
            for m in media {
                let schema_to = to.join("content").join(&m).join("schema");
                self.n.origins.record(schema_to.clone(), body.from.join("schema"));
                let mut schema = body.node.get("schema").cloned().unwrap_or_else(|| json!({}));
                self.n.schema(&mut schema, &schema_to, false);
                content.insert(m, json!({ "schema": schema }));
            }
            let mut out = Map::new();
            if let Some(description) = body.node.get("description") {
                out.insert("description".to_owned(), description.clone());
            }
            out.insert("content".to_owned(), Value::Object(content));
            out.insert(
                "required".to_owned(),
                json!(body.node.get("required").and_then(Value::as_bool).unwrap_or(false)),
            );
            return Some(Value::Object(out));
        }
        let fields: Vec<&Param2<'_>> = params.iter().filter(|p| p.location() == "formData").collect();
        if fields.is_empty() {
            return None;
        }
        self.n.origins.record(to.clone(), op_from.join("parameters"));
        let has_file = fields.iter().any(|f| f.node.get("type").and_then(Value::as_str) == Some("file"));
        let mut media: Vec<String> = consumes.iter().filter(|m| is_form(m)).cloned().collect();
        if media.is_empty() {
            media.push(if has_file { "multipart/form-data" } else { "application/x-www-form-urlencoded" }.to_owned());
        }
        let mut content = Map::new();
        for m in media {
            let schema_to = to.join("content").join(&m).join("schema");
            // The form's object schema has no node of its own in 2.0: the parameter list is it.
            self.n.origins.record(schema_to.clone(), op_from.join("parameters"));
            let mut properties = Map::new();
            let mut required = Vec::new();
            for field in &fields {
                let name = field.name();
                let mut schema = self.value_schema(field.node, &field.from, &schema_to.join("properties").join(name));
                if let (Some(description), Value::Object(map)) = (field.node.get("description"), &mut schema) {
                    map.insert("description".to_owned(), description.clone());
                }
                properties.insert(name.to_owned(), schema);
                if field.node.get("required").and_then(Value::as_bool) == Some(true) {
                    required.push(json!(name));
                }
            }
            let mut schema = json!({ "type": "object", "properties": properties });
            if !required.is_empty() {
                schema["required"] = Value::Array(required);
            }
            content.insert(m, json!({ "schema": schema }));
        }
        let required = fields.iter().any(|f| f.node.get("required").and_then(Value::as_bool) == Some(true));
        Some(json!({ "content": content, "required": required }))
    }

    fn response(&mut self, response: &'a Value, from: &JsonPointer, to: &JsonPointer, produces: &[String]) -> Value {
        if let Some(name) = response.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/responses/")) {
            self.n.origins.record(to.clone(), from.clone());
            return json!({ "$ref": format!("#/components/responses/{name}") });
        }
        let (response, from) = self.resolve(response, from);
        self.n.origins.record(to.clone(), from.clone());
        let Value::Object(map) = response else { return response.clone() };
        let mut out = Map::new();
        out.insert("description".to_owned(), map.get("description").cloned().unwrap_or_else(|| json!("")));
        if let Some(Value::Object(headers)) = map.get("headers") {
            let mut out_headers = Map::new();
            for (name, header) in headers {
                let Value::Object(header) = header else { continue };
                let header_from = from.join("headers").join(name);
                let header_to = to.join("headers").join(name);
                self.n.origins.record(header_to.clone(), header_from.clone());
                let mut converted = Map::new();
                if let Some(description) = header.get("description") {
                    converted.insert("description".to_owned(), description.clone());
                }
                converted
                    .insert("schema".to_owned(), self.value_schema(header, &header_from, &header_to.join("schema")));
                out_headers.insert(name.clone(), Value::Object(converted));
            }
            out.insert("headers".to_owned(), Value::Object(out_headers));
        }
        if let Some(schema) = map.get("schema") {
            let is_file = schema.get("type").and_then(Value::as_str) == Some("file");
            let mut media: Vec<String> = produces.iter().filter(|m| !is_file || !is_json(m)).cloned().collect();
            if media.is_empty() {
                media.push(if is_file { "application/octet-stream" } else { "application/json" }.to_owned());
            }
            let mut content = Map::new();
            for m in media {
                let schema_to = to.join("content").join(&m).join("schema");
                self.n.origins.record(schema_to.clone(), from.join("schema"));
                let mut schema = schema.clone();
                self.n.schema(&mut schema, &schema_to, false);
                content.insert(m, json!({ "schema": schema }));
            }
            out.insert("content".to_owned(), Value::Object(content));
        }
        for (key, value) in map.iter().filter(|(k, _)| k.starts_with("x-")) {
            out.insert(key.clone(), value.clone());
        }
        Value::Object(out)
    }
}
