//! Shared pieces of emission: identifiers from resolved names, doc attributes, and type
//! expressions written relative to the module that uses them (spelled by `ir::rust`).

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::ir::{Api, Docs, Home, NameId, Place, TypeRef};

/// The identifier of a resolved name (raw identifiers included).
pub fn ident(api: &Api, name: NameId) -> Ident {
    api.ident(name)
}

/// An identifier from resolved text such as `r#type`.
pub fn ident_of(text: &str) -> Ident {
    crate::ir::rust::ident_of(text)
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
    api.type_path(id, Place::Inside(from))
}

/// A type expression as seen from code in `from`.
pub fn type_tokens(api: &Api, ty: &TypeRef, from: Home) -> TokenStream {
    api.type_tokens(ty, Place::Inside(from))
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
