//! Shared pieces of emission: identifiers from resolved names, doc attributes, and type
//! expressions written relative to the module that uses them.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::ir::{Api, Docs, Home, NameId, Scalar, TypeRef};

/// The identifier of a resolved name (raw identifiers included).
pub fn ident(api: &Api, name: NameId) -> Ident {
    ident_of(api.name(name))
}

/// An identifier from resolved text such as `r#type`.
pub fn ident_of(text: &str) -> Ident {
    match text.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(text, Span::call_site()),
    }
}

/// One `#[doc = " ..."]` per line.
pub fn doc_attrs(docs: &Docs) -> TokenStream {
    let lines = docs.lines().iter().map(|line| if line.is_empty() { String::new() } else { format!(" {line}") });
    quote! { #( #[doc = #lines] )* }
}

/// One `#![doc = " ..."]` per line, for module docs.
pub fn inner_doc_attrs(lines: &[String]) -> TokenStream {
    let lines = lines.iter().map(|line| if line.is_empty() { String::new() } else { format!(" {line}") });
    quote! { #( #![doc = #lines] )* }
}

/// The path of a named type as seen from code in `from`.
pub fn type_path(api: &Api, id: crate::ir::TypeId, from: Home) -> TokenStream {
    let ty = api.ty(id);
    let name = ident(api, ty.name);
    match (ty.home, from) {
        (Home::Models { .. }, Home::Models { .. }) => quote! { super::#name },
        (Home::Group(a), Home::Group(b)) if a == b => quote! { #name },
        (Home::Models { .. }, Home::Group(_)) => quote! { crate::models::#name },
        (Home::Group(g), _) => {
            let module = ident(api, api.groups[g].module);
            quote! { crate::apis::#module::#name }
        }
    }
}

/// A type expression as seen from code in `from`.
pub fn type_tokens(api: &Api, ty: &TypeRef, from: Home) -> TokenStream {
    match ty {
        TypeRef::Named(id) => type_path(api, *id, from),
        TypeRef::Scalar(s) => scalar_tokens(*s),
        TypeRef::List(inner) => {
            let inner = type_tokens(api, inner, from);
            quote! { Vec<#inner> }
        }
        TypeRef::Map(inner) => {
            let inner = type_tokens(api, inner, from);
            quote! { std::collections::BTreeMap<String, #inner> }
        }
        TypeRef::Nullable(inner) => {
            let inner = type_tokens(api, inner, from);
            quote! { Option<#inner> }
        }
        TypeRef::Tuple(items) => {
            let items = items.iter().map(|item| type_tokens(api, item, from));
            quote! { ( #( #items, )* ) }
        }
    }
}

/// The Rust type of a scalar.
pub fn scalar_tokens(s: Scalar) -> TokenStream {
    match s {
        Scalar::String => quote! { String },
        Scalar::Bool => quote! { bool },
        Scalar::I32 => quote! { i32 },
        Scalar::I64 => quote! { i64 },
        Scalar::F32 => quote! { f32 },
        Scalar::F64 => quote! { f64 },
        Scalar::DateTime => quote! { chrono::DateTime<chrono::Utc> },
        Scalar::Date => quote! { chrono::NaiveDate },
        Scalar::Uuid => quote! { uuid::Uuid },
        Scalar::Any => quote! { serde_json::Value },
        Scalar::Object => quote! { serde_json::Map<String, serde_json::Value> },
        Scalar::Binary => quote! { crate::runtime::FilePart },
    }
}

/// A type expression with aliases resolved, for deciding how a parameter is taken.
pub fn resolve_alias<'a>(api: &'a Api, ty: &'a TypeRef) -> &'a TypeRef {
    match ty {
        TypeRef::Named(id) => match &api.ty(*id).kind {
            crate::ir::TypeKind::Alias(target) => resolve_alias(api, target),
            _ => ty,
        },
        _ => ty,
    }
}
