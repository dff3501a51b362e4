//! Type definitions: structs with serde derives, open string enums, unions (tag-dispatched where
//! a tag exists), aliases, and the per-operation enums of success outcomes.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use super::types::{doc_attrs, ident, ident_of, inner_doc_attrs, type_tokens};
use crate::ir::naming::ident::unraw;
use crate::ir::{
    Access, Api, Field, Home, NameId, PageShape, Presence, ResponseBody, Scalar, StringEnum, Struct, TypeDef, TypeId,
    TypeKind, TypeRef, Union, Usage,
};

/// `src/models/mod.rs`: one private module per file, everything re-exported.
pub fn models_mod(api: &Api, gates: Option<&crate::ir::FeatureGates>) -> TokenStream {
    let files = files(api);
    let modules = files.keys().map(|file| ident_of(file));
    let gated = super::features::model_file_cfgs(api, gates);
    let cfgs: Vec<_> = files.keys().map(|file| gated.get(file.as_str())).collect();
    let docs = inner_doc_attrs(&[
        "The schemas of the spec as Rust types, one file per schema (with the types nested in it).".to_owned(),
        String::new(),
        "Types made for a single operation (inline request bodies and parameters, multi-status".to_owned(),
        "responses) live in that operation's module under [`crate::apis`].".to_owned(),
    ]);
    let modules: Vec<_> = modules.collect();
    quote! {
        #docs
        #( #cfgs mod #modules; )*
        #( #cfgs pub use #modules::*; )*
    }
}

/// Model file name -> the types it holds, in `TypeId` order.
pub(super) fn files(api: &Api) -> BTreeMap<String, Vec<TypeId>> {
    let mut files: BTreeMap<String, Vec<TypeId>> = BTreeMap::new();
    for (i, ty) in api.types.iter().enumerate() {
        if let Home::Models { file } = ty.home {
            files.entry(api.name(file).to_owned()).or_default().push(TypeId(i));
        }
    }
    files
}

/// One `src/models/<file>.rs`: the types it holds, the first one named in the module docs.
pub fn model_file(api: &Api, ids: &[TypeId]) -> TokenStream {
    let Some(first) = ids.first().map(|id| api.ty(*id)) else {
        return TokenStream::new();
    };
    let docs = inner_doc_attrs(&[format!(
        "[`{}`] and the types nested in it, from `{}`.",
        unraw(api.name(first.name)),
        first.at
    )]);
    let defs = ids.iter().map(|id| type_def(api, *id));
    quote! { #docs #( #defs )* }
}

/// The definition of one type, written for its home module.
pub fn type_def(api: &Api, id: TypeId) -> TokenStream {
    let ty = api.ty(id);
    let docs = doc_attrs(&ty.docs);
    let deprecated = ty.deprecated.then(|| quote! { #[deprecated] });
    let name = ident(api, ty.name);
    let body = match &ty.kind {
        TypeKind::Struct(st) => struct_def(api, ty, st),
        TypeKind::Enum(e) => enum_def(api, ty, e),
        TypeKind::Union(u) => union_def(api, ty, u),
        TypeKind::Alias(target) => {
            let target = type_tokens(api, target, ty.home);
            quote! { pub type #name = #target; }
        }
        TypeKind::Outcomes(outcomes) => {
            let variants = outcomes.iter().map(|o| {
                let v = ident(api, o.name);
                let mut docs = crate::ir::Docs::default();
                let lines = o.docs.lines();
                match lines.first() {
                    Some(first) => docs.push_paragraph(format!("HTTP {}: {first}", o.status)),
                    None => docs.push_paragraph(format!("HTTP {}.", o.status)),
                }
                for line in lines.iter().skip(1) {
                    docs.push_line(line.clone());
                }
                let docs = doc_attrs(&docs);
                match &o.body {
                    ResponseBody::Empty => quote! { #docs #v },
                    ResponseBody::Json(t) => {
                        let t = type_tokens(api, t, ty.home);
                        quote! { #docs #v(#t) }
                    }
                    ResponseBody::Bytes => quote! { #docs #v(bytes::Bytes) },
                }
            });
            let arms = outcomes.iter().map(|o| {
                let v = ident(api, o.name);
                let status = proc_macro2::Literal::u16_unsuffixed(o.status);
                match &o.body {
                    ResponseBody::Empty => quote! { #status => Ok(Self::#v), },
                    ResponseBody::Json(_) => quote! { #status => response.json().map(Self::#v), },
                    ResponseBody::Bytes => quote! { #status => Ok(Self::#v(response.body.clone())), },
                }
            });
            // A decoded response is returned once, not stored in bulk: no need to box big variants.
            quote! {
                #[derive(Clone, Debug, PartialEq)]
                #[allow(clippy::large_enum_variant)]
                pub enum #name { #( #variants, )* }

                impl #name {
                    fn decode(response: &crate::RawResponse) -> Result<Self, crate::Error> {
                        match response.status.as_u16() {
                            #( #arms )*
                            _ => Err(crate::runtime::response::undeclared_status(response)),
                        }
                    }
                }
            }
        }
    };
    let page = api.pages.get(&id).and_then(|shape| page_impl(api, ty, shape));
    quote! { #docs #deprecated #body #page }
}

/// `impl Page` for the page type of list operations: its items and the cursor to the next page.
fn page_impl(api: &Api, ty: &TypeDef, shape: &PageShape) -> Option<TokenStream> {
    let TypeKind::Struct(st) = &ty.kind else { return None };
    let name = ident(api, ty.name);
    let item = type_tokens(api, &shape.item, ty.home);
    // A field's value as an `Option` of a reference, whatever its presence.
    let optional = |index: usize| {
        let f = &st.fields[index];
        let field = ident(api, f.name);
        match f.presence {
            Presence::Required => quote! { Some(&self.#field) },
            Presence::RequiredNullable | Presence::Optional => quote! { self.#field.as_ref() },
            Presence::OptionalNullable => quote! { self.#field.as_ref().and_then(Option::as_ref) },
        }
    };
    let has_next = match shape.next_link {
        Some(i) => {
            let value = optional(i);
            quote! { Some(#value.is_some()) }
        }
        None => quote! { None },
    };
    let total = match shape.total {
        Some(i) => {
            let value = optional(i);
            match super::types::resolve_alias(api, &st.fields[i].ty) {
                TypeRef::Scalar(Scalar::I64) => quote! { #value.copied() },
                TypeRef::Scalar(Scalar::I32) => quote! { #value.map(|total| i64::from(*total)) },
                _ => quote! { None },
            }
        }
        None => quote! { None },
    };
    let next_marker = match shape.next_marker {
        Some(i) => {
            let value = optional(i);
            quote! { #value.map(|marker| marker.to_string()) }
        }
        None => quote! { None },
    };
    let items_field = &st.fields[shape.items];
    let items = ident(api, items_field.name);
    let items = match items_field.presence {
        Presence::Required => quote! { self.#items },
        Presence::RequiredNullable | Presence::Optional => quote! { self.#items.unwrap_or_default() },
        Presence::OptionalNullable => quote! { self.#items.flatten().unwrap_or_default() },
    };
    Some(quote! {
        impl crate::runtime::Page for #name {
            type Item = #item;

            fn into_page(self) -> (Vec<#item>, crate::runtime::Cursor) {
                let cursor = crate::runtime::Cursor { has_next: #has_next, total: #total, next_marker: #next_marker };
                (#items, cursor)
            }
        }
    })
}

/// The Rust type of a field, `Option`s and `Box` included.
pub fn field_type(api: &Api, field: &Field, home: Home) -> TokenStream {
    let inner = type_tokens(api, &field.ty, home);
    let inner = if field.boxed {
        quote! { Box<#inner> }
    } else {
        inner
    };
    match field.presence {
        Presence::Required => inner,
        Presence::RequiredNullable | Presence::Optional => quote! { Option<#inner> },
        Presence::OptionalNullable => quote! { Option<Option<#inner>> },
    }
}

fn rename_attr(api: &Api, name: NameId, wire: &str) -> Option<TokenStream> {
    (unraw(api.name(name)) != wire).then(|| quote! { rename = #wire })
}

/// A struct with its derives. Its serde impls come from the runtime's `serialize_struct!` and
/// `deserialize_struct!` ([`struct_serde`]), each under `cfg(feature = "serde-both-ways")` when
/// the struct travels that way only with it; a struct with flattened additional properties
/// derives them instead (with the fields' `serde` attributes).
fn struct_def(api: &Api, ty: &TypeDef, st: &Struct) -> TokenStream {
    let name = ident(api, ty.name);
    let derived = st.additional.is_some();
    let SerdeDerives { always, gated } =
        if derived { serde_derives(ty) } else { SerdeDerives { always: quote! {}, gated: None } };
    let all_optional = st.fields.iter().all(|f| matches!(f.presence, Presence::Optional | Presence::OptionalNullable));
    let default = all_optional.then(|| quote! { Default, });
    let fields = st.fields.iter().map(|f| {
        let field_name = ident(api, f.name);
        let field_ty = field_type(api, f, ty.home);
        let mut attrs: Vec<TokenStream> = rename_attr(api, f.name, &f.wire).into_iter().collect();
        match f.presence {
            Presence::Optional => attrs.push(quote! { default, skip_serializing_if = "Option::is_none" }),
            Presence::OptionalNullable => attrs.push(quote! {
                default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option"
            }),
            Presence::Required | Presence::RequiredNullable => {}
        }
        let serde = (derived && !attrs.is_empty()).then(|| quote! { #[serde(#(#attrs),*)] });
        let mut docs = f.docs.clone();
        if f.deprecated {
            docs.push_paragraph("Deprecated by the API.");
        }
        match f.access {
            Access::ReadOnly => docs.push_paragraph("Read-only: set by the server, ignored when sent."),
            Access::WriteOnly => docs.push_paragraph("Write-only: sent, never returned."),
            Access::ReadWrite => {}
        }
        if f.presence == Presence::OptionalNullable {
            docs.push_paragraph("`None` leaves the property out; `Some(None)` sends `null`.");
        }
        let docs = doc_attrs(&docs);
        quote! { #docs #serde pub #field_name: #field_ty }
    });
    let additional = st.additional.as_ref().map(|(n, t)| {
        let n = ident(api, *n);
        let t = type_tokens(api, t, ty.home);
        quote! {
            /// Properties beyond the declared ones.
            #[serde(flatten)]
            pub #n: std::collections::BTreeMap<String, #t>
        }
    });
    let fields: Vec<TokenStream> = fields.chain(additional).collect();
    let serde_impls = (!derived).then(|| struct_serde(api, ty, st));
    quote! {
        #[derive(Clone, Debug, #default PartialEq, #always)]
        #gated
        pub struct #name { #( #fields, )* }

        #serde_impls
    }
}

/// A struct's `Serialize` and `Deserialize` from the runtime's macros, each gated as its
/// direction travels: much less to compile than serde's derives, for the same JSON.
fn struct_serde(api: &Api, ty: &TypeDef, st: &Struct) -> TokenStream {
    let directions = Directions::of(ty);
    let gate = |travel: Travel| (travel == Travel::Gated).then(|| quote! { #[cfg(feature = #SERDE_BOTH_WAYS)] });
    let (ser_gate, de_gate) = (gate(directions.serialize), gate(directions.deserialize));
    let name = ident(api, ty.name);
    let ser_fields = st.fields.iter().map(|f| {
        let field = ident(api, f.name);
        let wire = &f.wire;
        match f.presence {
            Presence::Required | Presence::RequiredNullable => quote! { #field: required(#wire) },
            Presence::Optional => quote! { #field: optional(#wire) },
            Presence::OptionalNullable => quote! { #field: nullable(#wire) },
        }
    });
    let deserialize = struct_deserialize(api, ty, st);
    quote! {
        #ser_gate
        crate::runtime::serialize_struct!(crate::runtime, #name { #( #ser_fields ),* });

        #de_gate
        #deserialize
    }
}

/// A struct's `Deserialize`, from the runtime's `deserialize_struct!` (much less to compile than
/// serde's derive, for the same JSON): each field with how it is read, as which type (given, so
/// that nothing is left to inference), and its wire name.
/// ```ignore
/// deserialize_struct!(crate::runtime, User { id: required::<i64>("id"), perms: nullable::<Option<u8>>("perms") });
/// ```
fn struct_deserialize(api: &Api, ty: &TypeDef, st: &Struct) -> TokenStream {
    let name = ident(api, ty.name);
    let fields = st.fields.iter().map(|f| {
        let field = ident(api, f.name);
        let wire = &f.wire;
        let field_ty = field_type(api, f, ty.home);
        match f.presence {
            Presence::Required => quote! { #field: required::<#field_ty>(#wire) },
            // A required nullable property may be absent, as with serde's derive.
            Presence::RequiredNullable | Presence::Optional => quote! { #field: optional::<#field_ty>(#wire) },
            Presence::OptionalNullable => {
                let value_ty = type_tokens(api, &f.ty, ty.home);
                let value_ty = if f.boxed {
                    quote! { Box<#value_ty> }
                } else {
                    value_ty
                };
                quote! { #field: nullable::<Option<#value_ty>>(#wire) }
            }
        }
    });
    quote! {
        crate::runtime::deserialize_struct!(crate::runtime, #name { #( #fields ),* });
    }
}

/// A string enum: its definition here, the rest (`as_str`, `StringEnum`, `Display`, serde) from
/// the runtime's `string_enum!`:
/// ```ignore
/// pub enum Role { Admin, Unknown(String) }
/// string_enum!(crate::runtime, Role, Unknown, Admin = "admin");
/// ```
fn enum_def(api: &Api, ty: &TypeDef, e: &StringEnum) -> TokenStream {
    let name = ident(api, ty.name);
    let fallback = ident(api, e.fallback);
    let variants = e.variants.iter().map(|v| {
        let v_name = ident(api, v.name);
        let doc = format!(" `{}`", v.wire.replace('`', "'"));
        quote! { #[doc = #doc] #v_name }
    });
    let values = e.variants.iter().map(|v| {
        let v_name = ident(api, v.name);
        let wire = &v.wire;
        quote! { #v_name = #wire }
    });
    quote! {
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum #name {
            #( #variants, )*
            /// A value this version of the SDK does not know; kept as sent.
            #fallback(String),
        }

        crate::runtime::string_enum!(crate::runtime, #name, #fallback #(, #values)*);
    }
}

fn union_def(api: &Api, ty: &TypeDef, u: &Union) -> TokenStream {
    let name = ident(api, ty.name);
    let variants = u.variants.iter().map(|v| {
        let v_name = ident(api, v.name);
        let inner = type_tokens(api, &v.ty, ty.home);
        let inner = if v.boxed {
            quote! { Box<#inner> }
        } else {
            inner
        };
        let docs = doc_attrs(&v.docs);
        quote! { #docs #v_name(#inner) }
    });
    let conversions = union_from_impls(api, ty, u);
    let Some(tag) = &u.tag else {
        let SerdeDerives { always, gated } = serde_derives(ty);
        return quote! {
            #[derive(Clone, Debug, PartialEq, #always)]
            #gated
            #[serde(untagged)]
            #[allow(clippy::large_enum_variant)]
            pub enum #name { #( #variants, )* }

            #conversions
        };
    };
    let property = &tag.property;
    let unknown = ident(api, tag.unknown);
    let unknown_doc =
        format!(" A value whose `{property}` this version of the SDK does not know, kept whole as received.");
    let arms = u.variants.iter().map(|v| {
        let v_name = ident(api, v.name);
        let values = &v.tag_values;
        let wrap = if v.boxed {
            quote! { .map(Box::new) }
        } else {
            quote! {}
        };
        quote! { #( Some(#values) )|* => crate::runtime::codec::variant(value) #wrap .map(Self::#v_name), }
    });
    let type_name = unraw(api.name(ty.name)).to_owned();
    let doc = format!(
        " Decoded by the value of its `{property}` property; a value that no variant declares is kept in [`Self::{}`].",
        unraw(api.name(tag.unknown))
    );
    let directions = Directions::of(ty);
    // Serialized untagged: each variant's value carries its own tag, and the unknown one is the
    // JSON it came as. `Deserialize` is written out below: it dispatches on the tag.
    let head = match directions.serialize {
        Travel::Always => quote! {
            #[derive(Clone, Debug, PartialEq, serde::Serialize)]
            #[serde(untagged)]
        },
        Travel::Gated => quote! {
            #[derive(Clone, Debug, PartialEq)]
            #[cfg_attr(feature = #SERDE_BOTH_WAYS, derive(serde::Serialize), serde(untagged))]
        },
    };
    let deserialize_cfg = match directions.deserialize {
        Travel::Always => quote! {},
        Travel::Gated => quote! { #[cfg(feature = #SERDE_BOTH_WAYS)] },
    };
    quote! {
        #[doc = ""]
        #[doc = #doc]
        #head
        #[allow(clippy::large_enum_variant)]
        pub enum #name {
            #( #variants, )*
            #[doc = #unknown_doc]
            #unknown(serde_json::Value),
        }

        #conversions

        #deserialize_cfg
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
                match crate::runtime::codec::tag_of(&value, #property) {
                    #( #arms )*
                    Some(_) => Ok(Self::#unknown(value)),
                    None => Err(crate::runtime::codec::missing_tag(#type_name, #property)),
                }
            }
        }
    }
}

/// `From` each variant's type, where no two variants share a type, so that a union is built from
/// its value (`GetThumbnailFileId::from(42)`, or `42` where `impl Into<...>` is taken).
fn union_from_impls(api: &Api, ty: &TypeDef, u: &Union) -> TokenStream {
    let name = ident(api, ty.name);
    // Aliases are compared through: `From<String>` twice would not compile.
    let same = |a: &crate::ir::TypeRef, b: &crate::ir::TypeRef| {
        super::types::resolve_alias(api, a) == super::types::resolve_alias(api, b)
    };
    let impls = u.variants.iter().filter(|v| u.variants.iter().filter(|w| same(&w.ty, &v.ty)).count() == 1).map(|v| {
        let v_name = ident(api, v.name);
        let inner = type_tokens(api, &v.ty, ty.home);
        let value = if v.boxed {
            quote! { Box::new(value) }
        } else {
            quote! { value }
        };
        quote! {
            impl From<#inner> for #name {
                fn from(value: #inner) -> Self {
                    Self::#v_name(#value)
                }
            }
        }
    });
    quote! { #( #impls )* }
}

/// The Cargo feature of a generated crate that gives every model both serde directions: without
/// it a model serializes only when some request sends it and deserializes only when some response
/// holds it (less code to compile).
pub const SERDE_BOTH_WAYS: &str = "serde-both-ways";

/// Whether a model has one serde direction in every build or only with [`SERDE_BOTH_WAYS`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum Travel {
    Always,
    Gated,
}

/// The serde directions of a model, from the way it travels (lowering marks a type that no
/// operation uses as travelling both ways).
struct Directions {
    serialize: Travel,
    deserialize: Travel,
}

impl Directions {
    fn of(ty: &TypeDef) -> Self {
        let Usage { request, response } = ty.usage;
        let travel = |always: bool| if always { Travel::Always } else { Travel::Gated };
        Directions { serialize: travel(request || !response), deserialize: travel(response || !request) }
    }
}

/// A model's serde derives: those in `#[derive(..)]`, and a `cfg_attr` with the others.
struct SerdeDerives {
    always: TokenStream,
    gated: Option<TokenStream>,
}

fn serde_derives(ty: &TypeDef) -> SerdeDerives {
    let directions = Directions::of(ty);
    let pick = |travel: Travel| {
        let mut derives = Vec::new();
        if directions.serialize == travel {
            derives.push(quote! { serde::Serialize });
        }
        if directions.deserialize == travel {
            derives.push(quote! { serde::Deserialize });
        }
        derives
    };
    let gated = pick(Travel::Gated);
    SerdeDerives {
        always: {
            let always = pick(Travel::Always);
            quote! { #( #always ),* }
        },
        gated: (!gated.is_empty()).then(|| quote! { #[cfg_attr(feature = #SERDE_BOTH_WAYS, derive(#( #gated ),*))] }),
    }
}
