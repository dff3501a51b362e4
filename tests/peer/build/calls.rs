//! The suite's calls: Rust source that calls every operation of a generated crate through its
//! public builders, with arguments sampled from the IR (`generator::lower_with`, the crate's
//! filter applied), so that Prism, which validates requests against the spec, can judge what the
//! client sends. Used by `build.rs` and, for the seed and feature specs of the repository, by
//! `tests/calls.rs`.
//!
//! Arguments are typed Rust values of the IR types (struct literals, enum and union variants,
//! `Some`/`Box` wrapping), so no model needs `Deserialize` to be built. Values follow the
//! constraints the IR keeps where a schema stands: formats, lengths, ranges, simple patterns,
//! examples; `readOnly` properties are left out.
//!
//! The written file is meant to be `include!`d into a module whose parent provides
//! `Outcome::passed(status: u16, violations: Option<String>)` and
//! `Outcome::failed(status: Option<u16>, violations: Option<String>, body: String, message: String)`.
//! It defines `OPERATIONS` (the operation count) and `calls(&Client, Duration)`, which returns, per
//! operation, one call with the required inputs and, where the operation has optional inputs, one
//! with every input set: `(operation id, "required" | "all", boxed future of Outcome)`.

use std::path::Path;

use generator::ir::{
    Access, Api, Constraints, Field, Input, InputKind, Place, Presence, Scalar, Struct, TypeKind, TypeRef,
};
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;
use serde_json::Value;

/// The sample `date-time`, `date` and `uuid` values (always these, so that the written parse
/// cannot fail).
const DATE_TIME: &str = "2024-01-02T03:04:05Z";
const DATE: &str = "2024-01-02";
const UUID: &str = "123e4567-e89b-12d3-a456-426614174000";
/// Optional properties are filled down to this depth in the "all" calls.
const FULL_DEPTH: usize = 3;
/// Below this depth lists stay empty and optional values absent, so recursive types end.
const MAX_DEPTH: usize = 12;

/// The calls file for the crate that `generator::generate(spec, options)` makes.
pub fn calls_file(spec: &Path, options: &generator::Options) -> Result<String, String> {
    let (_, api) = generator::lower_with(spec, options).map_err(|e| e.to_string())?;
    let lib = options.crate_name.replace('-', "_");
    let file: syn::File = syn::parse2(calls(&api, &lib)).map_err(|e| format!("the calls do not parse: {e}"))?;
    Ok(format!(
        "// @generated conformance calls for {} from {}; do not edit.\n{}",
        options.crate_name,
        api.source,
        prettyplease::unparse(&file)
    ))
}

/// The calls for `api`, whose crate's library name is `lib`.
pub fn calls(api: &Api, lib: &str) -> TokenStream {
    let sampler = Sampler { api, lib };
    let lib = Ident::new(lib, Span::call_site());
    let count = Literal::usize_unsuffixed(api.operations().count());
    let mut pushes = Vec::new();
    for (group, op) in api.operations() {
        let inputs = op.inputs(api);
        let variants: &[bool] = if inputs.iter().any(|i| !i.required) { &[false, true] } else { &[false] };
        for &full in variants {
            let args = inputs.iter().filter(|i| i.required).map(|i| sampler.input(i, full));
            let setters = inputs.iter().filter(|i| full && !i.required).map(|i| {
                let name = api.ident(*i.name);
                let value = sampler.input(i, full);
                quote! { .#name(#value) }
            });
            let accessor = api.ident(group.accessor);
            let method = api.ident(op.method_name);
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

/// Rust values of IR types, valid for requests.
struct Sampler<'a> {
    api: &'a Api,
    lib: &'a str,
}

impl Sampler<'_> {
    /// The value passed for one input: a parameter, the whole body, or one field of it.
    fn input(&self, input: &Input<'_>, full: bool) -> TokenStream {
        match input.kind {
            InputKind::Param(p) => self.value(&p.ty, &p.constraints, full, 0),
            InputKind::Body { ty, .. } => self.value(ty, &Constraints::default(), full, 0),
            InputKind::BodyField(field) => {
                // The builder takes the field's value as the body struct holds it, less the
                // `Option` of an optional field and the `Box` the builder adds itself.
                let inner = self.field(field, full, 0).unwrap_or_else(|| self.fallback(&field.ty, 1));
                match (field.presence, field.boxed) {
                    (Presence::RequiredNullable | Presence::OptionalNullable, true) => {
                        quote! { Some(Box::new(#inner)) }
                    }
                    (Presence::RequiredNullable | Presence::OptionalNullable, false) => quote! { Some(#inner) },
                    _ => inner,
                }
            }
        }
    }

    fn path(&self, id: generator::ir::TypeId) -> TokenStream {
        self.api.type_path(id, Place::Outside(self.lib))
    }

    fn ty(&self, ty: &TypeRef) -> TokenStream {
        self.api.type_tokens(ty, Place::Outside(self.lib))
    }

    /// A value of `ty` for a place with these constraints; `full` also sets optional properties
    /// near the top.
    fn value(&self, ty: &TypeRef, constraints: &Constraints, full: bool, depth: usize) -> TokenStream {
        match ty {
            TypeRef::Named(id) => {
                let path = self.path(*id);
                match &self.api.ty(*id).kind {
                    TypeKind::Alias(target) => self.value(target, constraints, full, depth),
                    TypeKind::Struct(st) => self.struct_literal(&path, st, |f| self.field(f, full, depth), depth),
                    TypeKind::Enum(e) => {
                        // The example when it names a value (Box's parameters show typical ones).
                        let example = constraints.example.as_ref().and_then(Value::as_str);
                        match e.variants.iter().find(|v| Some(v.wire.as_str()) == example) {
                            Some(v) => {
                                let v = self.api.ident(v.name);
                                quote! { #path::#v }
                            }
                            None => self.fallback(ty, depth),
                        }
                    }
                    TypeKind::Union(u) => match u.variants.first() {
                        Some(variant) => {
                            let name = self.api.ident(variant.name);
                            let inner = self.value(&variant.ty, &variant.constraints, full, depth + 1);
                            let inner = if variant.boxed {
                                quote! { Box::new(#inner) }
                            } else {
                                inner
                            };
                            quote! { #path::#name(#inner) }
                        }
                        None => quote! { Default::default() },
                    },
                    TypeKind::Outcomes(_) => quote! { Default::default() },
                }
            }
            TypeRef::Scalar(s) => self.scalar(*s, constraints),
            TypeRef::List(inner) => {
                let item_constraints = constraints.items.as_deref().cloned().unwrap_or_default();
                let count = constraints.min_items.unwrap_or(1).max(1);
                let count = constraints.max_items.map_or(count, |max| count.min(max));
                let items: Vec<TokenStream> = if depth < MAX_DEPTH {
                    (0..count).map(|_| self.value(inner, &item_constraints, full, depth + 1)).collect()
                } else {
                    Vec::new()
                };
                self.list(inner, &items)
            }
            TypeRef::Map(inner) => {
                let item_ty = self.ty(inner);
                quote! { std::collections::BTreeMap::<String, #item_ty>::new() }
            }
            TypeRef::Nullable(inner) => {
                let inner = self.value(inner, constraints, full, depth);
                quote! { Some(#inner) }
            }
            TypeRef::Tuple(items) => {
                let items = items.iter().map(|item| self.value(item, &Constraints::default(), full, depth + 1));
                quote! { ( #( #items, )* ) }
            }
        }
    }

    /// The value of a property of an object at `depth`, or `None` when a request leaves it out:
    /// a readOnly one, or an optional one unless `full` and near the top (a one-value enum, which
    /// tells union branches apart, at any depth).
    fn field(&self, field: &Field, full: bool, depth: usize) -> Option<TokenStream> {
        let wanted = field.required || full && (depth < FULL_DEPTH || self.is_tag(&field.ty));
        (field.access != Access::ReadOnly && wanted && depth < MAX_DEPTH)
            .then(|| self.value(&field.ty, &field.constraints, full, depth + 1))
    }

    /// Whether `ty` is a string enum of one value (`type: file`).
    fn is_tag(&self, ty: &TypeRef) -> bool {
        let TypeRef::Named(id) = ty else { return false };
        match &self.api.ty(*id).kind {
            TypeKind::Alias(target) => self.is_tag(target),
            TypeKind::Enum(e) => e.variants.len() == 1,
            _ => false,
        }
    }

    /// A struct literal with the values `field` gives (the rest `None`, or a fallback value when
    /// the type needs one).
    fn struct_literal(
        &self,
        path: &TokenStream,
        st: &Struct,
        field: impl Fn(&Field) -> Option<TokenStream>,
        depth: usize,
    ) -> TokenStream {
        let fields = st.fields.iter().map(|f| {
            let name = self.api.ident(f.name);
            let boxed = |inner: TokenStream| {
                if f.boxed {
                    quote! { Box::new(#inner) }
                } else {
                    inner
                }
            };
            let value = match (f.presence, field(f)) {
                (Presence::Required, Some(v)) => boxed(v),
                (Presence::Required, None) => boxed(self.fallback(&f.ty, depth + 1)),
                (Presence::RequiredNullable | Presence::Optional, Some(v)) => {
                    let inner = boxed(v);
                    quote! { Some(#inner) }
                }
                (Presence::OptionalNullable, Some(v)) => {
                    let inner = boxed(v);
                    quote! { Some(Some(#inner)) }
                }
                (_, None) => quote! { None },
            };
            quote! { #name: #value }
        });
        let additional = st.additional.as_ref().map(|(name, _)| {
            let name = self.api.ident(*name);
            quote! { #name: Default::default() }
        });
        let fields = fields.chain(additional);
        quote! { #path { #( #fields ),* } }
    }

    /// The simplest value of `ty`, for a place that must hold one though nothing was sampled for
    /// it: required properties only, one item per list near the top, unions by their first variant.
    fn fallback(&self, ty: &TypeRef, depth: usize) -> TokenStream {
        match ty {
            TypeRef::Named(id) => {
                let path = self.path(*id);
                match &self.api.ty(*id).kind {
                    TypeKind::Alias(target) => self.fallback(target, depth),
                    TypeKind::Struct(st) => self.struct_literal(&path, st, |_| None, depth),
                    TypeKind::Enum(e) => match e.variants.first() {
                        Some(v) => {
                            let v = self.api.ident(v.name);
                            quote! { #path::#v }
                        }
                        None => {
                            let fallback = self.api.ident(e.fallback);
                            quote! { #path::#fallback(String::from("value")) }
                        }
                    },
                    TypeKind::Union(u) => match u.variants.first() {
                        Some(variant) => {
                            let name = self.api.ident(variant.name);
                            let inner = self.fallback(&variant.ty, depth + 1);
                            let inner = if variant.boxed {
                                quote! { Box::new(#inner) }
                            } else {
                                inner
                            };
                            quote! { #path::#name(#inner) }
                        }
                        None => quote! { Default::default() },
                    },
                    TypeKind::Outcomes(_) => quote! { Default::default() },
                }
            }
            TypeRef::Scalar(s) => self.scalar(*s, &Constraints::default()),
            TypeRef::List(inner) => {
                let items = if depth < MAX_DEPTH { vec![self.fallback(inner, depth + 1)] } else { Vec::new() };
                self.list(inner, &items)
            }
            TypeRef::Map(inner) => {
                let item_ty = self.ty(inner);
                quote! { std::collections::BTreeMap::<String, #item_ty>::new() }
            }
            TypeRef::Nullable(_) => quote! { None },
            TypeRef::Tuple(items) => {
                let items = items.iter().map(|item| self.fallback(item, depth + 1));
                quote! { ( #( #items, )* ) }
            }
        }
    }

    fn list(&self, item: &TypeRef, items: &[TokenStream]) -> TokenStream {
        if items.is_empty() {
            let item_ty = self.ty(item);
            quote! { Vec::<#item_ty>::new() }
        } else {
            quote! { vec![ #( #items ),* ] }
        }
    }

    /// A value of a scalar type that meets the constraints.
    fn scalar(&self, scalar: Scalar, constraints: &Constraints) -> TokenStream {
        let ty = scalar.tokens(Place::Outside(self.lib));
        let example = constraints.example.as_ref().or(constraints.default.as_ref());
        match scalar {
            Scalar::String => {
                let text = string_sample(constraints);
                quote! { String::from(#text) }
            }
            Scalar::Bool => {
                let b = example.and_then(Value::as_bool).unwrap_or(true);
                quote! { #b }
            }
            Scalar::I32 => {
                let n = integer_sample(constraints);
                let n = Literal::i32_suffixed(i32::try_from(n).unwrap_or(1));
                quote! { #n }
            }
            Scalar::I64 => {
                let n = Literal::i64_suffixed(integer_sample(constraints));
                quote! { #n }
            }
            Scalar::F32 => {
                let n = Literal::f32_suffixed(number_sample(constraints) as f32);
                quote! { #n }
            }
            Scalar::F64 => {
                let n = Literal::f64_suffixed(number_sample(constraints));
                quote! { #n }
            }
            Scalar::DateTime => quote! { #DATE_TIME.parse::<#ty>().expect("a valid date-time") },
            Scalar::Date => quote! { #DATE.parse::<#ty>().expect("a valid date") },
            Scalar::Uuid => quote! { #UUID.parse::<#ty>().expect("a valid uuid") },
            Scalar::Any => {
                let text = example.filter(|e| !e.is_null()).map_or_else(|| "{}".to_owned(), Value::to_string);
                quote! { serde_json::from_str::<#ty>(#text).expect("valid JSON") }
            }
            Scalar::Object => {
                let text = example.filter(|e| e.is_object()).map_or_else(|| "{}".to_owned(), Value::to_string);
                quote! { serde_json::from_str::<#ty>(#text).expect("a JSON object") }
            }
            Scalar::Binary => {
                quote! { #ty::from_bytes(&b"hello"[..]).file_name("hello.txt").content_type("text/plain") }
            }
        }
    }
}

/// A string for a place with these constraints: the example as written, else one matching the
/// pattern, else one of the format; then padded or cut to the allowed length.
fn string_sample(constraints: &Constraints) -> String {
    let format = constraints.format.as_deref().unwrap_or("");
    let example = match constraints.example.as_ref().or(constraints.default.as_ref()) {
        Some(Value::String(text)) => Some(text.clone()),
        Some(other @ (Value::Number(_) | Value::Bool(_))) => Some(other.to_string()),
        _ => None,
    };
    let text = match format {
        "date-time" => DATE_TIME.to_owned(),
        "date" => DATE.to_owned(),
        "uuid" => UUID.to_owned(),
        _ => match (example, constraints.pattern.as_deref().and_then(pattern_sample)) {
            (Some(example), _) => example,
            (None, Some(sampled)) => sampled,
            (None, None) => format_sample(format).to_owned(),
        },
    };
    let mut text = text;
    while text.chars().count() < constraints.min_length.unwrap_or(0) {
        text.push('x');
    }
    if let Some(max) = constraints.max_length
        && text.chars().count() > max
    {
        text = text.chars().take(max).collect();
    }
    text
}

/// A string of a `format`, or `string`.
fn format_sample(format: &str) -> &'static str {
    match format {
        "email" => "user@example.com",
        "uri" | "url" | "uri-reference" => "https://example.com/item",
        "binary" => "hello",
        "byte" => "aGVsbG8=",
        "ipv4" => "127.0.0.1",
        "ipv6" => "::1",
        "hostname" => "example.com",
        "password" => "secret-password",
        _ => "string",
    }
}

/// An integer for a place with these constraints: the example, else 1, moved into the range and
/// onto a multiple.
fn integer_sample(constraints: &Constraints) -> i64 {
    let example = constraints.example.as_ref().or(constraints.default.as_ref()).and_then(Value::as_i64);
    let mut n = example.unwrap_or(1);
    if let Some(step) = constraints.multiple_of.map(|m| m as i64).filter(|m| *m > 1)
        && n % step != 0
    {
        n = (n / step + 1) * step;
    }
    if let Some(min) = constraints.minimum {
        let low = if min.exclusive { min.value.floor() as i64 + 1 } else { min.value.ceil() as i64 };
        n = n.max(low);
    }
    if let Some(max) = constraints.maximum {
        let high = if max.exclusive { max.value.ceil() as i64 - 1 } else { max.value.floor() as i64 };
        n = n.min(high);
    }
    n
}

/// A number for a place with these constraints: the example, else 1, moved into the range.
fn number_sample(constraints: &Constraints) -> f64 {
    let example = constraints.example.as_ref().or(constraints.default.as_ref()).and_then(Value::as_f64);
    let mut n = example.unwrap_or(1.0);
    if let Some(min) = constraints.minimum
        && (n < min.value || min.exclusive && n <= min.value)
    {
        n = if min.exclusive { min.value + 1.0 } else { min.value };
    }
    if let Some(max) = constraints.maximum
        && (n > max.value || max.exclusive && n >= max.value)
    {
        n = if max.exclusive { max.value - 1.0 } else { max.value };
    }
    n
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

#[cfg(test)]
mod tests {
    use super::{Constraints, integer_sample, pattern_sample, string_sample};
    use generator::ir::Bound;

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

    #[test]
    fn strings_follow_examples_patterns_formats_and_lengths() {
        let with = |f: fn(&mut Constraints)| {
            let mut c = Constraints::default();
            f(&mut c);
            string_sample(&c)
        };
        assert_eq!(with(|_| {}), "string");
        assert_eq!(with(|c| c.format = Some("email".into())), "user@example.com");
        assert_eq!(with(|c| c.pattern = Some(r"^\d{4}$".into())), "1111");
        assert_eq!(with(|c| c.example = Some("ab".into())), "ab");
        assert_eq!(with(|c| c.example = Some(5.into())), "5");
        assert_eq!(with(|c| c.min_length = Some(8)), "stringxx");
        assert_eq!(with(|c| c.max_length = Some(3)), "str");
    }

    #[test]
    fn integers_stay_in_their_range() {
        let within = |minimum: Option<(f64, bool)>, maximum: Option<(f64, bool)>, multiple_of: Option<f64>| {
            let bound = |(value, exclusive)| Bound { value, exclusive };
            integer_sample(&Constraints {
                minimum: minimum.map(bound),
                maximum: maximum.map(bound),
                multiple_of,
                ..Constraints::default()
            })
        };
        assert_eq!(within(None, None, None), 1);
        assert_eq!(within(Some((10.0, false)), None, None), 10);
        assert_eq!(within(Some((10.0, true)), None, None), 11);
        assert_eq!(within(None, Some((0.0, false)), None), 0);
        assert_eq!(within(None, Some((0.0, true)), None), -1);
        assert_eq!(within(None, None, Some(5.0)), 5);
    }
}
