//! For conformance tests only, not part of any SDK: Rust source that calls every operation of a
//! generated crate through its public builders, with arguments built from the spec, so that a mock
//! server which validates requests against the spec (Prism) can judge what the client sends.
//!
//! Values come in two steps. [`Sampler`] builds a JSON sample from the raw schema (it needs what
//! the IR drops: formats, lengths, ranges, `readOnly`, examples); [`Values`] then turns that JSON
//! into a Rust expression of the IR type the builder takes (struct literals, enum variants, union
//! variants, `Some`/`Box` wrapping), so that no model needs `Deserialize` to be constructed.
//!
//! The emitted file is meant to be `include!`d into a module whose parent provides
//! `Outcome::passed(status: u16, violations: Option<String>)` and
//! `Outcome::failed(status: Option<u16>, violations: Option<String>, body: String, message: String)`.
//! It defines `OPERATIONS` (the operation count) and `calls(&Client, Duration)`, which returns, per operation, one
//! call with the required inputs and, where the operation has optional inputs, one with every
//! input set: `(operation id, "required" | "all", boxed future of Outcome)`.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;
use serde_json::{Map, Value};

use super::types::ident;
use crate::ir::{Api, Input, InputKind, Operation, Place, Presence, Scalar, TypeKind, TypeRef};
use crate::pointer::JsonPointer;

/// The sample `date-time`, `date` and `uuid` values (always these, so that the emitted parse
/// cannot fail).
const DATE_TIME: &str = "2024-01-02T03:04:05Z";
const DATE: &str = "2024-01-02";
const UUID: &str = "123e4567-e89b-12d3-a456-426614174000";
/// Optional object properties are filled down to this depth in the "all" variant.
const FULL_DEPTH: usize = 3;
/// Recursion guard for samples of recursive schemas.
const MAX_DEPTH: usize = 12;

/// The conformance calls for `api` (whose crate's library name is `lib_name`), from the raw spec.
pub fn calls(api: &Api, raw: &Value, lib_name: &str) -> TokenStream {
    let values = Values { api, lib: Ident::new(lib_name, Span::call_site()), lib_name: lib_name.to_owned() };
    let sampler = Sampler { raw };
    let lib = &values.lib;
    let count = Literal::usize_unsuffixed(api.operations().count());
    let mut pushes = Vec::new();
    for (group, op) in api.operations() {
        let inputs = op.inputs(api);
        let variants: &[bool] = if inputs.iter().any(|i| !i.required) { &[false, true] } else { &[false] };
        for &full in variants {
            let body_json = body_schema(raw, op).map(|s| sampler.sample(s, full, 0)).unwrap_or(Value::Null);
            let args =
                inputs.iter().filter(|i| i.required).map(|i| input_value(&values, &sampler, op, i, &body_json, full));
            let setters = inputs.iter().filter(|i| full && !i.required).map(|i| {
                let name = ident(api, *i.name);
                let value = input_value(&values, &sampler, op, i, &body_json, full);
                quote! { .#name(#value) }
            });
            let accessor = ident(api, group.accessor);
            let method = ident(api, op.method_name);
            let id = &op.id;
            let variant = if full { "all" } else { "required" };
            pushes.push(quote! {
                {
                    let client = client.clone();
                    calls.push((#id, #variant, Box::pin(async move {
                        outcome(client.#accessor().#method(#( #args ),*) #( #setters )*
                            .timeout(timeout).send_with_response().await)
                    })));
                }
            });
        }
    }
    quote! {
        /// How many operations the crate has.
        pub const OPERATIONS: usize = #count;

        /// One call's future.
        pub type CallFuture = std::pin::Pin<Box<dyn std::future::Future<Output = super::Outcome> + Send>>;

        fn outcome<T>(result: Result<(T, #lib::RawResponse), #lib::Error>) -> super::Outcome {
            match result {
                Ok((_, response)) => super::Outcome::passed(
                    response.status.as_u16(),
                    response.headers.get("sl-violations").and_then(|v| v.to_str().ok()).map(str::to_owned),
                ),
                Err(error) => super::Outcome::failed(
                    error.status().map(|s| s.as_u16()),
                    error
                        .headers()
                        .and_then(|h| h.get("sl-violations"))
                        .and_then(|v| v.to_str().ok())
                        .map(str::to_owned),
                    error.body().map(|b| String::from_utf8_lossy(b).into_owned()).unwrap_or_default(),
                    error.to_string(),
                ),
            }
        }

        /// Every call: the operation id, the variant (`required` or `all`) and the future.
        #[allow(deprecated, clippy::too_many_lines)]
        pub fn calls(client: &#lib::Client, timeout: std::time::Duration) -> Vec<(&'static str, &'static str, CallFuture)> {
            let mut calls: Vec<(&'static str, &'static str, CallFuture)> = Vec::new();
            #( #pushes )*
            calls
        }
    }
}

/// The value passed for one input: a parameter, or the body (whole, raw, or one flattened field).
fn input_value(
    values: &Values<'_>,
    sampler: &Sampler<'_>,
    op: &Operation,
    input: &Input<'_>,
    body: &Value,
    full: bool,
) -> TokenStream {
    match &input.kind {
        InputKind::Param(p) => {
            let value = param_schema(sampler.raw, op, &p.wire, p.location)
                .map(|(param, schema)| match param.get("example") {
                    Some(example) if example.is_string() || example.is_number() || example.is_boolean() => {
                        example.clone()
                    }
                    _ => sampler.sample(schema, full, 0),
                })
                .unwrap_or(Value::Null);
            values.expr(&p.ty, &value, 0)
        }
        _ => body_value(values, input, body),
    }
}

/// The body argument of an operation, by body kind: the one place to adapt when body kinds change.
/// File content (`FilePart`) is built by [`scalar_expr`] from bytes.
fn body_value(values: &Values<'_>, input: &Input<'_>, body: &Value) -> TokenStream {
    match &input.kind {
        InputKind::Body { ty, .. } => values.expr(ty, body, 0),
        InputKind::BodyField(field) => {
            let value = body.get(&field.wire).cloned().unwrap_or(Value::Null);
            let inner = values.expr(&field.ty, &value, 0);
            match (field.presence, field.boxed) {
                (Presence::RequiredNullable | Presence::OptionalNullable, true) => quote! { Some(Box::new(#inner)) },
                (Presence::RequiredNullable | Presence::OptionalNullable, false) => quote! { Some(#inner) },
                _ => inner,
            }
        }
        InputKind::Param(_) => quote! {},
    }
}

/// A string matching a simple regular expression: literals, escapes (`\d`, `\w`, `\S`, ...),
/// classes (`[a-z0-9-]`), quantifiers and anchors; `None` for groups and alternations.
fn pattern_sample(pattern: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        // One atom: what it contributes.
        let atom = match c {
            '^' | '$' => continue,
            '(' | ')' | '|' => return None,
            '.' => 'a',
            '\\' => match chars.next()? {
                'd' => '1',
                'w' | 'S' => 'a',
                's' => ' ',
                other => other,
            },
            '[' => {
                let mut class = Vec::new();
                loop {
                    match chars.next()? {
                        ']' if !class.is_empty() => break,
                        '\\' => class.push(match chars.next()? {
                            'd' => '1',
                            'w' | 'S' => 'a',
                            other => other,
                        }),
                        other => class.push(other),
                    }
                }
                if class.first() == Some(&'^') {
                    return None;
                }
                *class.iter().find(|c| c.is_ascii_alphanumeric()).or(class.first())?
            }
            other => other,
        };
        match chars.peek() {
            Some('*' | '?') => {
                chars.next();
            }
            Some('+') => {
                chars.next();
                out.push(atom);
            }
            Some('{') => {
                let spec: String = chars.by_ref().skip(1).take_while(|c| *c != '}').collect();
                let count: usize = spec.split(',').next()?.trim().parse().ok()?;
                out.extend(std::iter::repeat_n(atom, count));
            }
            _ => out.push(atom),
        }
    }
    (!out.is_empty()).then_some(out)
}

/// The schema of the body media type the SDK sends for `op`.
fn body_schema<'v>(raw: &'v Value, op: &Operation) -> Option<&'v Value> {
    let body = op.body.as_ref()?;
    let media = body.media_type();
    let request_body = deref(raw, op.at.join("requestBody").resolve(raw)?);
    request_body.get("content")?.get(media)?.get("schema")
}

/// The raw parameter object and its schema, for the parameter of `op` with this wire name and place.
fn param_schema<'v>(
    raw: &'v Value,
    op: &Operation,
    wire: &str,
    location: crate::ir::ParamLocation,
) -> Option<(&'v Value, &'v Value)> {
    let place = match location {
        crate::ir::ParamLocation::Path => "path",
        crate::ir::ParamLocation::Query => "query",
        crate::ir::ParamLocation::Header => "header",
        crate::ir::ParamLocation::Cookie => "cookie",
    };
    let lists = [op.at.join("parameters"), op.at.parent().join("parameters")];
    lists.iter().filter_map(|at| at.resolve(raw)?.as_array()).flatten().map(|p| deref(raw, p)).find_map(|p| {
        (p.get("name")?.as_str()? == wire && p.get("in")?.as_str()? == place).then_some(())?;
        let schema = p
            .get("schema")
            .or_else(|| p.get("content")?.as_object()?.values().next()?.get("schema"))
            .unwrap_or(&Value::Null);
        Some((p, schema))
    })
}

/// Follows `$ref` chains (local pointers).
fn deref<'v>(raw: &'v Value, mut value: &'v Value) -> &'v Value {
    for _ in 0..32 {
        let Some(target) =
            value.get("$ref").and_then(Value::as_str).and_then(JsonPointer::from_ref).and_then(|p| p.resolve(raw))
        else {
            break;
        };
        value = target;
    }
    value
}

/// JSON samples from raw schemas, valid for requests: `readOnly` properties left out, formats,
/// enums, lengths and ranges respected, examples used for plain scalars.
struct Sampler<'v> {
    raw: &'v Value,
}

impl<'v> Sampler<'v> {
    fn resolve(&self, schema: &'v Value) -> &'v Value {
        deref(self.raw, schema)
    }

    /// Every property of an object schema (`allOf` parts merged), in order.
    fn properties(&self, schema: &'v Value) -> Vec<(String, &'v Value)> {
        let schema = self.resolve(schema);
        let mut out: Vec<(String, &'v Value)> = Vec::new();
        for part in schema.get("allOf").and_then(Value::as_array).into_iter().flatten() {
            for (name, prop) in self.properties(part) {
                out.retain(|(n, _)| *n != name);
                out.push((name, prop));
            }
        }
        for (name, prop) in schema.get("properties").and_then(Value::as_object).into_iter().flatten() {
            out.retain(|(n, _)| n != name);
            out.push((name.clone(), prop));
        }
        out
    }

    /// The `required` names of an object schema, `allOf` parts included.
    fn required(&self, schema: &'v Value) -> Vec<String> {
        let schema = self.resolve(schema);
        let mut out: Vec<String> = schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect();
        for part in schema.get("allOf").and_then(Value::as_array).into_iter().flatten() {
            out.extend(self.required(part));
        }
        out
    }

    fn read_only(&self, schema: &'v Value) -> bool {
        let flag = |s: &Value| s.get("readOnly").and_then(Value::as_bool) == Some(true);
        let resolved = self.resolve(schema);
        flag(schema)
            || flag(resolved)
            || resolved.get("allOf").and_then(Value::as_array).is_some_and(|parts| parts.iter().any(flag))
    }

    fn sample(&self, schema: &'v Value, full: bool, depth: usize) -> Value {
        let schema = self.resolve(schema);
        if depth > MAX_DEPTH {
            return Value::Null;
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array)
            && let Some(first) = values.iter().find(|v| !v.is_null())
        {
            return first.clone();
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(alternatives) = schema.get(key).and_then(Value::as_array) {
                let not_null = alternatives.iter().find(|a| {
                    let a = self.resolve(a);
                    a.get("type").and_then(Value::as_str) != Some("null")
                        && a.get("enum") != Some(&Value::Array(vec![Value::Null]))
                });
                if let Some(first) = not_null {
                    let mut value = self.sample(first, full, depth + 1);
                    // Properties beside `oneOf` apply to every branch.
                    if let Value::Object(map) = &mut value {
                        let own = self.object(schema, full, depth);
                        for (k, v) in own {
                            map.entry(k).or_insert(v);
                        }
                    }
                    return value;
                }
            }
        }
        let ty = schema.get("type").and_then(Value::as_str);
        let has_all_of = schema.get("allOf").is_some();
        if ty == Some("object") || schema.get("properties").is_some() || has_all_of && ty.is_none() {
            if has_all_of && self.properties(schema).is_empty() {
                // `allOf` of non-objects: the first part decides.
                if let Some(first) = schema.get("allOf").and_then(Value::as_array).and_then(|a| a.first()) {
                    return self.sample(first, full, depth + 1);
                }
            }
            return Value::Object(self.object(schema, full, depth));
        }
        let example = schema.get("example").or_else(|| schema.get("default"));
        match ty {
            Some("string") => {
                let format = schema.get("format").and_then(Value::as_str).unwrap_or("");
                let text = match format {
                    "date-time" => DATE_TIME.to_owned(),
                    "date" => DATE.to_owned(),
                    "uuid" => UUID.to_owned(),
                    _ => {
                        let fallback = match format {
                            "email" => "user@example.com",
                            "uri" | "url" | "uri-reference" => "https://example.com/item",
                            "binary" => "hello",
                            "byte" => "aGVsbG8=",
                            "ipv4" => "127.0.0.1",
                            "ipv6" => "::1",
                            "hostname" => "example.com",
                            "password" => "secret-password",
                            _ => "string",
                        };
                        let pattern = schema.get("pattern").and_then(Value::as_str);
                        match (example.and_then(Value::as_str), pattern.and_then(pattern_sample)) {
                            // An example is taken as written; a pattern without one is sampled.
                            (Some(example), _) => example.to_owned(),
                            (None, Some(sampled)) => sampled,
                            (None, None) => fallback.to_owned(),
                        }
                    }
                };
                let min = schema.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
                let max = schema.get("maxLength").and_then(Value::as_u64).map(|m| m as usize);
                let mut text = text;
                while text.chars().count() < min {
                    text.push('x');
                }
                if let Some(max) = max
                    && text.chars().count() > max
                {
                    text = text.chars().take(max).collect();
                }
                Value::String(text)
            }
            Some("integer") => {
                let min = schema.get("minimum").and_then(Value::as_i64);
                let max = schema.get("maximum").and_then(Value::as_i64);
                let exclusive = schema.get("exclusiveMinimum").and_then(Value::as_bool) == Some(true);
                let mut n = example.and_then(Value::as_i64).unwrap_or(1);
                if let Some(min) = min
                    && (n < min || exclusive && n <= min)
                {
                    n = if exclusive { min + 1 } else { min };
                }
                if let Some(max) = max
                    && n > max
                {
                    n = max;
                }
                Value::from(n)
            }
            Some("number") => {
                let min = schema.get("minimum").and_then(Value::as_f64);
                let max = schema.get("maximum").and_then(Value::as_f64);
                let mut n = example.and_then(Value::as_f64).unwrap_or(1.0);
                if let Some(min) = min
                    && n < min
                {
                    n = min;
                }
                if let Some(max) = max
                    && n > max
                {
                    n = max;
                }
                Value::from(n)
            }
            Some("boolean") => example.and_then(Value::as_bool).map_or(Value::Bool(true), Value::Bool),
            Some("array") => {
                let items = schema.get("items").unwrap_or(&Value::Null);
                let count = schema.get("minItems").and_then(Value::as_u64).unwrap_or(1).max(1) as usize;
                Value::Array((0..count).map(|_| self.sample(items, full, depth + 1)).collect())
            }
            _ => match example {
                Some(v) => v.clone(),
                None => Value::Object(Map::new()),
            },
        }
    }

    /// The properties of an object sample: required ones, and (for `full`, near the top) every
    /// other writable one.
    fn object(&self, schema: &'v Value, full: bool, depth: usize) -> Map<String, Value> {
        let required = self.required(schema);
        let mut out = Map::new();
        for (name, prop) in self.properties(schema) {
            if self.read_only(prop) {
                continue;
            }
            // A one-value enum property tells `oneOf` branches apart (`type: file`): always sent.
            let tag_like =
                self.resolve(prop).get("enum").and_then(Value::as_array).is_some_and(|values| values.len() == 1);
            if required.contains(&name) || full && (depth < FULL_DEPTH || tag_like) {
                let value = self.sample(prop, full, depth + 1);
                if !value.is_null() {
                    out.insert(name, value);
                }
            }
        }
        out
    }
}

/// Rust expressions of IR types from JSON samples.
struct Values<'a> {
    api: &'a Api,
    lib: Ident,
    lib_name: String,
}

impl Values<'_> {
    /// The path of a named type from outside its crate (`cvat::models::User`).
    fn path(&self, id: crate::ir::TypeId) -> TokenStream {
        self.api.type_path(id, Place::Outside(&self.lib_name))
    }

    fn ty(&self, ty: &TypeRef) -> TokenStream {
        self.api.type_tokens(ty, Place::Outside(&self.lib_name))
    }

    /// Whether `value` has the shape of `ty`; `strict` also wants enum values known and the
    /// required properties of structs present.
    fn fits(&self, ty: &TypeRef, value: &Value, strict: bool) -> bool {
        match ty {
            TypeRef::Named(id) => match &self.api.ty(*id).kind {
                TypeKind::Alias(target) => self.fits(target, value, strict),
                TypeKind::Struct(st) => value.as_object().is_some_and(|map| {
                    !strict
                        || st
                            .fields
                            .iter()
                            .all(|f| !matches!(f.presence, Presence::Required) || map.contains_key(&f.wire))
                }),
                TypeKind::Enum(e) => value.as_str().is_some_and(|s| !strict || e.variants.iter().any(|v| v.wire == s)),
                TypeKind::Union(u) => u.variants.iter().any(|v| self.fits(&v.ty, value, strict)),
                TypeKind::Outcomes(_) => false,
            },
            TypeRef::Scalar(s) => match s {
                Scalar::String | Scalar::DateTime | Scalar::Date | Scalar::Uuid => value.is_string(),
                Scalar::Bool => value.is_boolean(),
                Scalar::I32 | Scalar::I64 => value.is_i64() || value.is_u64(),
                Scalar::F32 | Scalar::F64 => value.is_number(),
                Scalar::Any => true,
                Scalar::Object => value.is_object(),
                Scalar::Binary => true,
            },
            TypeRef::List(_) => value.is_array(),
            TypeRef::Tuple(items) => value.as_array().is_some_and(|values| values.len() == items.len()),
            TypeRef::Map(_) => value.is_object(),
            TypeRef::Nullable(inner) => value.is_null() || self.fits(inner, value, strict),
        }
    }

    /// An expression of type `ty` built from `value` (missing or mismatched parts get defaults).
    fn expr(&self, ty: &TypeRef, value: &Value, depth: usize) -> TokenStream {
        match ty {
            TypeRef::Named(id) => {
                let path = self.path(*id);
                match &self.api.ty(*id).kind {
                    TypeKind::Alias(target) => self.expr(target, value, depth),
                    TypeKind::Struct(st) => {
                        let empty = Map::new();
                        let map = value.as_object().unwrap_or(&empty);
                        let fields = st.fields.iter().map(|f| {
                            let name = ident(self.api, f.name);
                            let present = map.get(&f.wire).filter(|v| !v.is_null());
                            let make = |v: &Value| {
                                let inner = self.expr(&f.ty, v, depth + 1);
                                if f.boxed {
                                    quote! { Box::new(#inner) }
                                } else {
                                    inner
                                }
                            };
                            let value = match (f.presence, present) {
                                (Presence::Required, Some(v)) => make(v),
                                (Presence::Required, None) => make(&Value::Null),
                                (Presence::RequiredNullable | Presence::Optional, Some(v)) => {
                                    let inner = make(v);
                                    quote! { Some(#inner) }
                                }
                                (Presence::OptionalNullable, Some(v)) => {
                                    let inner = make(v);
                                    quote! { Some(Some(#inner)) }
                                }
                                (_, None) => quote! { None },
                            };
                            quote! { #name: #value }
                        });
                        let additional = st.additional.as_ref().map(|(name, _)| {
                            let name = ident(self.api, *name);
                            quote! { #name: Default::default() }
                        });
                        let fields = fields.chain(additional);
                        quote! { #path { #( #fields ),* } }
                    }
                    TypeKind::Enum(e) => {
                        let text = value.as_str();
                        match e.variants.iter().find(|v| Some(v.wire.as_str()) == text).or(e.variants.first()) {
                            Some(v) => {
                                let v = ident(self.api, v.name);
                                quote! { #path::#v }
                            }
                            None => {
                                let fallback = ident(self.api, e.fallback);
                                let text = text.unwrap_or("value");
                                quote! { #path::#fallback(String::from(#text)) }
                            }
                        }
                    }
                    TypeKind::Union(u) => {
                        let tagged = u
                            .tag
                            .as_ref()
                            .and_then(|tag| value.get(tag))
                            .and_then(Value::as_str)
                            .and_then(|tag| u.variants.iter().find(|v| v.tag_values.iter().any(|t| t == tag)));
                        let chosen = tagged
                            .or_else(|| u.variants.iter().find(|v| self.fits(&v.ty, value, true)))
                            .or_else(|| u.variants.iter().find(|v| self.fits(&v.ty, value, false)));
                        let (variant, value) = match chosen {
                            Some(v) => (v, value),
                            None => match u.variants.first() {
                                Some(v) => (v, &Value::Null),
                                None => return quote! { Default::default() },
                            },
                        };
                        let name = ident(self.api, variant.name);
                        let inner = self.expr(&variant.ty, value, depth + 1);
                        let inner = if variant.boxed {
                            quote! { Box::new(#inner) }
                        } else {
                            inner
                        };
                        quote! { #path::#name(#inner) }
                    }
                    TypeKind::Outcomes(_) => quote! { Default::default() },
                }
            }
            TypeRef::Scalar(s) => scalar_expr(*s, value, &self.lib, &self.lib_name),
            TypeRef::List(inner) => {
                let items: Vec<TokenStream> = match value.as_array() {
                    Some(items) => items.iter().map(|v| self.expr(inner, v, depth + 1)).collect(),
                    None if depth < MAX_DEPTH => vec![self.expr(inner, &Value::Null, depth + 1)],
                    None => Vec::new(),
                };
                let item_ty = self.ty(inner);
                if items.is_empty() {
                    quote! { Vec::<#item_ty>::new() }
                } else {
                    quote! { vec![ #( #items ),* ] }
                }
            }
            TypeRef::Map(inner) => {
                let item_ty = self.ty(inner);
                let entries: Vec<TokenStream> = value
                    .as_object()
                    .into_iter()
                    .flatten()
                    .map(|(k, v)| {
                        let v = self.expr(inner, v, depth + 1);
                        quote! { (String::from(#k), #v) }
                    })
                    .collect();
                quote! { std::collections::BTreeMap::<String, #item_ty>::from([ #( #entries ),* ]) }
            }
            TypeRef::Nullable(inner) => {
                if value.is_null() {
                    quote! { None }
                } else {
                    let inner = self.expr(inner, value, depth + 1);
                    quote! { Some(#inner) }
                }
            }
            TypeRef::Tuple(items) => {
                let values = value.as_array();
                let items = items.iter().enumerate().map(|(i, item)| {
                    let value = values.and_then(|values| values.get(i)).unwrap_or(&Value::Null);
                    self.expr(item, value, depth + 1)
                });
                quote! { ( #( #items, )* ) }
            }
        }
    }
}

/// An expression of a scalar type from a JSON sample.
fn scalar_expr(scalar: Scalar, value: &Value, lib: &Ident, lib_name: &str) -> TokenStream {
    let ty = scalar.tokens(Place::Outside(lib_name));
    match scalar {
        Scalar::String => {
            let text = match value {
                Value::String(s) => s.clone(),
                Value::Null | Value::Array(_) | Value::Object(_) => "string".to_owned(),
                other => other.to_string(),
            };
            quote! { String::from(#text) }
        }
        Scalar::Bool => {
            let b = value.as_bool().unwrap_or(true);
            quote! { #b }
        }
        Scalar::I32 => {
            let n = Literal::i32_suffixed(value.as_i64().and_then(|n| i32::try_from(n).ok()).unwrap_or(1));
            quote! { #n }
        }
        Scalar::I64 => {
            let n = Literal::i64_suffixed(value.as_i64().unwrap_or(1));
            quote! { #n }
        }
        Scalar::F32 => {
            let n = Literal::f32_suffixed(value.as_f64().unwrap_or(1.0) as f32);
            quote! { #n }
        }
        Scalar::F64 => {
            let n = Literal::f64_suffixed(value.as_f64().unwrap_or(1.0));
            quote! { #n }
        }
        Scalar::DateTime => quote! { #DATE_TIME.parse::<#ty>().expect("a valid date-time") },
        Scalar::Date => quote! { #DATE.parse::<#ty>().expect("a valid date") },
        Scalar::Uuid => quote! { #UUID.parse::<#ty>().expect("a valid uuid") },
        Scalar::Any => {
            let text = if value.is_null() { "{}".to_owned() } else { value.to_string() };
            quote! { serde_json::from_str::<#ty>(#text).expect("valid JSON") }
        }
        Scalar::Object => {
            let text = if value.is_object() { value.to_string() } else { "{}".to_owned() };
            quote! { serde_json::from_str::<#ty>(#text).expect("a JSON object") }
        }
        Scalar::Binary => {
            quote! { #lib::FilePart::from_bytes(&b"hello"[..]).file_name("hello.txt").content_type("text/plain") }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::pattern_sample;

    #[test]
    fn simple_patterns_are_sampled() {
        assert_eq!(pattern_sample(r"^function:\d+$").as_deref(), Some("function:1"));
        assert_eq!(pattern_sample(r"^\d+$").as_deref(), Some("1"));
        assert_eq!(pattern_sample(r"^[1-9]\d*$").as_deref(), Some("1"));
        assert_eq!(pattern_sample(r"^[-a-zA-Z0-9_]+$").as_deref(), Some("a"));
        assert_eq!(pattern_sample(r"^[\w.@+-]+$").as_deref(), Some("a"));
        assert_eq!(pattern_sample(r"^[a-z]{3}$").as_deref(), Some("aaa"));
        assert_eq!(pattern_sample(r"(a|b)"), None);
    }
}
