//! How the IR is spelled in Rust: identifiers of resolved names, and type expressions as seen from
//! a module of the generated crate or from another crate. `emit` writes the crate with these;
//! tools that write code against a generated crate use them with [`Place::Outside`].

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::{Api, Home, NameId, Scalar, TypeId, TypeRef};

/// Where the code that names a type stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place<'a> {
    /// In a module of the generated crate: a models file or the module of an operation group.
    Inside(Home),
    /// In another crate, which depends on the generated one under this library name (`cvat`).
    Outside(&'a str),
}

impl Place<'_> {
    /// The path of the generated crate's root from here: `crate` or the library name.
    fn root(self) -> Ident {
        match self {
            Place::Inside(_) => Ident::new("crate", Span::call_site()),
            Place::Outside(lib) => ident_of(lib),
        }
    }
}

/// An identifier from resolved text; `r#type` becomes a raw identifier.
pub(crate) fn ident_of(text: &str) -> Ident {
    match text.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(text, Span::call_site()),
    }
}

impl Api {
    /// The identifier of a resolved name (raw identifiers such as `r#type` included).
    pub fn ident(&self, name: NameId) -> Ident {
        ident_of(self.name(name))
    }

    /// The path of a named type as seen from `from`: `super::User` from another models file,
    /// `crate::models::User` from an operation group's module, `cvat::models::User` from outside.
    pub fn type_path(&self, id: TypeId, from: Place<'_>) -> TokenStream {
        let ty = self.ty(id);
        let name = self.ident(ty.name);
        let root = from.root();
        match (ty.home, from) {
            (Home::Models { .. }, Place::Inside(Home::Models { .. })) => quote! { super::#name },
            (Home::Group(a), Place::Inside(Home::Group(b))) if a == b => quote! { #name },
            (Home::Models { .. }, _) => quote! { #root::models::#name },
            (Home::Group(g), _) => match self.groups.get(g) {
                Some(group) => {
                    let module = self.ident(group.module);
                    quote! { #root::apis::#module::#name }
                }
                None => quote! { #name },
            },
        }
    }

    /// A type expression as seen from `from`: `Vec<crate::models::User>`,
    /// `Option<chrono::NaiveDate>`, `cvat::runtime::FilePart`.
    pub fn type_tokens(&self, ty: &TypeRef, from: Place<'_>) -> TokenStream {
        match ty {
            TypeRef::Named(id) => self.type_path(*id, from),
            TypeRef::Scalar(s) => s.tokens(from),
            TypeRef::List(inner) => {
                let inner = self.type_tokens(inner, from);
                quote! { Vec<#inner> }
            }
            TypeRef::Map(inner) => {
                let inner = self.type_tokens(inner, from);
                quote! { std::collections::BTreeMap<String, #inner> }
            }
            TypeRef::Nullable(inner) => {
                let inner = self.type_tokens(inner, from);
                quote! { Option<#inner> }
            }
            TypeRef::Tuple(items) => {
                let items = items.iter().map(|item| self.type_tokens(item, from));
                quote! { ( #( #items, )* ) }
            }
        }
    }
}

impl Scalar {
    /// The Rust type, as seen from `from` (only file content names a type of the crate).
    pub fn tokens(self, from: Place<'_>) -> TokenStream {
        match self {
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
            Scalar::Binary => {
                let root = from.root();
                quote! { #root::runtime::FilePart }
            }
        }
    }
}
