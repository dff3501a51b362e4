//! A group module: the API type with one method per operation, and one builder per operation
//! (required inputs as constructor arguments, optional ones as setters, `.await` to send).

use proc_macro2::TokenStream;
use quote::quote;

use super::models::type_def;
use super::types::{doc_attrs, ident, inner_doc_attrs, resolve_alias, type_tokens};
use crate::ir::naming::ident::unraw;
use crate::ir::{
    Api, Body, BodyEncoding, BodyKind, Docs, ErrorStatus, Home, Input, InputKind, Operation, Output, Param,
    ParamEncoding, ParamLocation, Presence, ResponseBody, Scalar, TypeId, TypeKind, TypeRef,
};

/// `src/apis/<group>.rs`, with `types`, the types made for its operations.
pub fn group_file(api: &Api, g: usize, types: &[TypeId]) -> TokenStream {
    let group = &api.groups[g];
    let api_type = ident(api, group.api_type);
    let module_docs = inner_doc_attrs(&[format!(
        "The `{}` operations: [`{}`] and one request builder per operation.",
        group.key.replace('`', "'"),
        unraw(api.name(group.api_type)),
    )]);
    let mut type_docs = group.docs.clone();
    type_docs.push_paragraph(format!(
        "Reach it with [`Client::{}`](crate::Client::{}) or [`{}::new`].",
        unraw(api.name(group.accessor)),
        unraw(api.name(group.accessor)),
        unraw(api.name(group.api_type))
    ));
    let type_docs = doc_attrs(&type_docs);
    let methods = group.operations.iter().map(|op| api_method(api, op));
    let builders = group.operations.iter().map(|op| builder(api, g, op));
    let types = types.iter().map(|id| type_def(api, *id));
    quote! {
        #module_docs

        #type_docs
        #[derive(Clone, Copy, Debug)]
        pub struct #api_type<'a> {
            client: &'a crate::Client,
        }

        impl<'a> #api_type<'a> {
            /// The operations of this group, sent through `client`.
            pub fn new(client: &'a crate::Client) -> Self {
                Self { client }
            }

            #( #methods )*
        }

        #( #builders )*

        #( #types )*
    }
}

/// How an input is taken: the argument's type, and the expression (of the argument's name) that
/// gives what is stored: an owned value for a body field, a borrow in the form the call's
/// setters take (`&str`, `&T`, `&[T]`) for a parameter.
struct Argument {
    ty: TokenStream,
    value: TokenStream,
}

impl Argument {
    fn new(ty: TokenStream, value: TokenStream) -> Self {
        Argument { ty, value }
    }
}

/// How a value for a body field is taken as an argument.
fn argument(api: &Api, ty: &TypeRef, home: Home, value: &TokenStream) -> Argument {
    match resolve_alias(api, ty) {
        TypeRef::Scalar(Scalar::String) => Argument::new(quote! { impl Into<String> }, quote! { #value.into() }),
        TypeRef::List(item) if matches!(resolve_alias(api, item), TypeRef::Scalar(Scalar::String)) => Argument::new(
            quote! { impl IntoIterator<Item = impl Into<String>> },
            quote! { #value.into_iter().map(Into::into).collect() },
        ),
        TypeRef::List(item) => {
            let item = type_tokens(api, item, home);
            Argument::new(quote! { impl IntoIterator<Item = #item> }, quote! { #value.into_iter().collect() })
        }
        _ => Argument::new(type_tokens(api, ty, home), quote! { #value }),
    }
}

/// How a parameter is taken as an argument.
fn param_argument(api: &Api, p: &Param, home: Home, value: &TokenStream) -> Argument {
    if matches!(p.encoding, ParamEncoding::Json | ParamEncoding::DeepObject) {
        // A union is taken as anything it converts from (`42` for an integer-or-string id).
        if let TypeRef::Named(id) = resolve_alias(api, &p.ty)
            && matches!(api.ty(*id).kind, TypeKind::Union(_))
        {
            let ty = type_tokens(api, &p.ty, home);
            return Argument::new(quote! { impl Into<#ty> }, quote! { &Into::<#ty>::into(#value) });
        }
        return Argument::new(type_tokens(api, &p.ty, home), quote! { &#value });
    }
    match resolve_alias(api, &p.ty) {
        TypeRef::Scalar(Scalar::String) => Argument::new(quote! { impl AsRef<str> }, quote! { #value.as_ref() }),
        TypeRef::List(item) if matches!(resolve_alias(api, item), TypeRef::Scalar(Scalar::String)) => Argument::new(
            quote! { impl IntoIterator<Item = impl Into<String>> },
            quote! { &#value.into_iter().map(Into::into).collect::<Vec<String>>() },
        ),
        TypeRef::List(item) => {
            let item = type_tokens(api, item, home);
            Argument::new(
                quote! { impl IntoIterator<Item = #item> },
                quote! { &#value.into_iter().collect::<Vec<#item>>() },
            )
        }
        _ => Argument::new(type_tokens(api, &p.ty, home), quote! { &#value }),
    }
}

/// The statement that puts a parameter value (borrowed as `value`) into `call`.
fn set_param(api: &Api, p: &Param, call: &TokenStream, value: &TokenStream) -> TokenStream {
    let wire = &p.wire;
    let explode = match p.encoding {
        ParamEncoding::Plain { explode } => explode,
        ParamEncoding::Delimited(delimiter) => return quote! { #call.query_delimited(#wire, #value, #delimiter); },
        ParamEncoding::DeepObject => return quote! { #call.query_deep_object(#wire, #value); },
        ParamEncoding::Json => {
            let location = match p.location {
                ParamLocation::Path => quote! { Path },
                ParamLocation::Query => quote! { Query },
                ParamLocation::Header => quote! { Header },
                ParamLocation::Cookie => quote! { Cookie },
            };
            return quote! { #call.json_param(crate::runtime::params::ParamIn::#location, #wire, #value); };
        }
    };
    let list = matches!(resolve_alias(api, &p.ty), TypeRef::List(_));
    match (p.location, list) {
        (ParamLocation::Path, true) => quote! { #call.path(#wire, &crate::runtime::params::join_comma(#value)); },
        (ParamLocation::Path, false) => quote! { #call.path(#wire, #value); },
        (ParamLocation::Query, true) => quote! { #call.query_list(#wire, #value, #explode); },
        (ParamLocation::Query, false) => quote! { #call.query(#wire, #value); },
        (ParamLocation::Header, true) => quote! { #call.header_list(#wire, #value); },
        (ParamLocation::Header, false) => quote! { #call.header(#wire, #value); },
        (ParamLocation::Cookie, true) => quote! { #call.cookie(#wire, &crate::runtime::params::join_comma(#value)); },
        (ParamLocation::Cookie, false) => quote! { #call.cookie(#wire, #value); },
    }
}

/// The docs of an input's setter: the source's, and for a body with several encodings, how to
/// pick another.
fn input_docs(input: &Input<'_>) -> Docs {
    let mut docs = input.docs().clone();
    if let InputKind::Body { body, .. } = input.kind
        && body.encodings.len() > 1
    {
        let setters = body.encodings[1..]
            .iter()
            .map(|(encoding, media)| match encoding {
                BodyEncoding::Binary => format!("`.{}(content)` to send raw `{media}`", encoding.setter()),
                _ => format!("`.{}()` for `{media}`", encoding.setter()),
            })
            .collect::<Vec<_>>()
            .join(", ");
        let files = body.encodings[0].0 == BodyEncoding::Json
            && body.encodings.iter().any(|(e, _)| *e == BodyEncoding::Multipart);
        let files = if files { ", or as multipart when it holds file content" } else { "" };
        docs.push_paragraph(format!(
            "Sent as `{}`{files}; the builder picks another type with {setters}.",
            body.media_type()
        ));
    }
    docs
}

/// How `request_builder!` decodes what an operation answers: `json Type`, `empty`, `bytes`, or
/// `outcomes Type` (the operation's own enum, by status).
fn decoder(api: &Api, op: &Operation, home: Home) -> TokenStream {
    match &op.output {
        Output::Single(ResponseBody::Empty) => quote! { empty },
        Output::Single(ResponseBody::Bytes) => quote! { bytes },
        Output::Single(ResponseBody::Json(ty)) => {
            let t = type_tokens(api, ty, home);
            quote! { json #t }
        }
        Output::Outcomes(id) => {
            let t = super::types::type_path(api, *id, home);
            quote! { outcomes #t }
        }
    }
}

fn api_method(api: &Api, op: &Operation) -> TokenStream {
    let method = ident(api, op.method_name);
    let builder = ident(api, op.builder);
    let mut docs = op.docs.clone();
    docs.push_paragraph(format!("`{} {}`", op.method.as_str(), op.path));
    let docs = doc_attrs(&docs);
    let deprecated = op.deprecated.then(|| quote! { #[deprecated] });
    let all = op.inputs(api);
    let required: Vec<&Input<'_>> = all.iter().filter(|i| i.required).collect();
    let home = home_of(op);
    let args = required.iter().map(|i| {
        let name = ident(api, *i.name);
        let ty = input_argument(api, i, home, &quote! { #name }).ty;
        quote! { #name: #ty }
    });
    let names = required.iter().map(|i| ident(api, *i.name));
    quote! {
        #docs
        #deprecated
        #[inline]
        pub fn #method(&self, #( #args ),*) -> #builder<'a> {
            #builder::new(self.client, #( #names ),*)
        }
    }
}

fn home_of(op: &Operation) -> Home {
    Home::Group(op.group)
}

/// How an input is taken as an argument.
fn input_argument(api: &Api, input: &Input<'_>, home: Home, value: &TokenStream) -> Argument {
    match &input.kind {
        InputKind::Param(p) => param_argument(api, p, home, value),
        InputKind::Body { ty: TypeRef::Scalar(Scalar::Binary), .. } => {
            Argument::new(quote! { crate::runtime::FilePart }, quote! { #value })
        }
        InputKind::Body { ty, .. } => Argument::new(type_tokens(api, ty, home), quote! { &#value }),
        InputKind::BodyField(f) => {
            match f.presence {
                // A nullable field takes an `Option`, so that `None` can send `null`.
                Presence::RequiredNullable | Presence::OptionalNullable => {
                    let inner = type_tokens(api, &f.ty, home);
                    let inner = if f.boxed {
                        quote! { Box<#inner> }
                    } else {
                        inner
                    };
                    Argument::new(quote! { Option<#inner> }, quote! { #value })
                }
                Presence::Required | Presence::Optional => {
                    let Argument { ty, value } = argument(api, &f.ty, home, value);
                    let value = if f.boxed {
                        quote! { Box::new(#value) }
                    } else {
                        value
                    };
                    Argument::new(ty, value)
                }
            }
        }
    }
}

/// Emits the request builder of an operation: the struct, its constructor (required inputs),
/// setters (optional inputs, body encodings), downloads and paging where the operation has them,
/// and the sending methods, which the runtime's `request_builder!` writes:
/// ```ignore
/// pub struct Retrieve<'a> { call: Call<'a> }
/// impl<'a> Retrieve<'a> { fn new(client, id: i64) -> Self { .. } pub fn page(mut self, ..) -> Self { .. } .. }
/// request_builder!(crate::runtime, Retrieve => json User); // header, timeout, retry, send_with_response, .await
/// ```
fn builder(api: &Api, g: usize, op: &Operation) -> TokenStream {
    let home = Home::Group(g);
    let builder = ident(api, op.builder);
    let doc = format!(
        " Request builder for [`{}::{}`]: set options, then `.await` it (or call `send_with_response`).",
        unraw(api.name(api.groups[g].api_type)),
        unraw(api.name(op.method_name))
    );
    let all = op.inputs(api);
    let required: Vec<&Input<'_>> = all.iter().filter(|i| i.required).collect();
    let flattened = op.body.as_ref().and_then(|b| match &b.kind {
        BodyKind::Fields { ty, .. } => Some(*ty),
        _ => None,
    });
    let body_field = flattened.map(|ty| {
        let body_ty = super::types::type_path(api, ty, home);
        quote! { body: #body_ty, }
    });
    let constructor = constructor(api, op, home, &required, flattened);
    let setters = all.iter().filter(|i| !i.required).map(|i| setter(api, i, home));
    let encodings = op.body.as_ref().map(encoding_setters).unwrap_or_default();
    let streaming = streaming_method(api, op);
    let paging = paging_method(api, op, home);
    let decoder = decoder(api, op, home);
    let body = flattened.is_some().then(|| quote! { (body) });
    let deprecated = op.deprecated.then(|| quote! { #[deprecated] });
    quote! {
        #[doc = #doc]
        #[derive(Debug)]
        #[must_use = "a request does nothing until it is awaited"]
        #deprecated
        pub struct #builder<'a> {
            call: crate::runtime::Call<'a>,
            #body_field
        }

        impl<'a> #builder<'a> {
            #constructor

            #( #setters )*

            #( #encodings )*

            #streaming

            #paging
        }

        crate::runtime::request_builder!(crate::runtime, #builder #body => #decoder);
    }
}

/// The builder's `new`: the operation's static spec, the call, and every required input stored
/// (a flattened body's required fields go into the body struct, the rest of it starts `None`).
fn constructor(
    api: &Api,
    op: &Operation,
    home: Home,
    required: &[&Input<'_>],
    flattened: Option<TypeId>,
) -> TokenStream {
    let spec = operation_spec(api, op, home);
    let args = required.iter().map(|i| {
        let name = ident(api, *i.name);
        let ty = input_argument(api, i, home, &quote! { #name }).ty;
        quote! { #name: #ty }
    });
    let stored: Vec<&&Input<'_>> = required.iter().filter(|i| !matches!(i.kind, InputKind::BodyField(_))).collect();
    let stores = stored.iter().map(|i| {
        let name = ident(api, *i.name);
        let expr = input_argument(api, i, home, &quote! { #name }).value;
        store(api, i, &quote! { call }, &expr)
    });
    let binding = if stored.is_empty() {
        quote! { let call = crate::runtime::Call::new(client, &SPEC); }
    } else {
        quote! { let mut call = crate::runtime::Call::new(client, &SPEC); }
    };
    let body_init = flattened.map(|ty| flattened_body(api, ty, home, required));
    quote! {
        #[inline]
        fn new(client: &'a crate::Client, #( #args ),*) -> Self {
            #spec
            #binding
            #( #stores )*
            Self { call, #body_init }
        }
    }
}

/// `body: Body { field, other: None, .. },`: a flattened body with its required fields from the
/// constructor's arguments.
fn flattened_body(api: &Api, ty: TypeId, home: Home, required: &[&Input<'_>]) -> TokenStream {
    let body_ty = super::types::type_path(api, ty, home);
    let TypeKind::Struct(st) = &api.ty(ty).kind else { return quote! {} };
    let inits = st.fields.iter().map(|f| {
        let field = ident(api, f.name);
        match required.iter().find(|i| matches!(i.kind, InputKind::BodyField(bf) if std::ptr::eq(bf, f))) {
            Some(i) => {
                let arg = ident(api, *i.name);
                let expr = input_argument(api, i, home, &quote! { #arg }).value;
                // `field: field` is just `field`.
                if field == expr.to_string() {
                    quote! { #field }
                } else {
                    quote! { #field: #expr }
                }
            }
            None => quote! { #field: None },
        }
    });
    quote! { body: #body_ty { #( #inits ),* }, }
}

/// `send_streaming()`, for operations that answer with bytes.
fn streaming_method(api: &Api, op: &Operation) -> Option<TokenStream> {
    let binary = match &op.output {
        Output::Single(body) => *body == ResponseBody::Bytes,
        Output::Outcomes(id) => match &api.ty(*id).kind {
            TypeKind::Outcomes(outcomes) => outcomes.iter().any(|o| o.body == ResponseBody::Bytes),
            _ => false,
        },
    };
    binary.then(|| {
        quote! {
            /// Sends the request and returns the success response with its body unread, to stream
            /// a large download chunk by chunk instead of holding it in memory (check its status
            /// when the operation declares several).
            #[inline]
            pub fn send_streaming(self) -> impl std::future::Future<Output = Result<crate::runtime::Download, crate::Error>> + 'a {
                self.into_call().send_streaming()
            }
        }
    })
}

/// `into_stream()`, for list operations that page.
fn paging_method(api: &Api, op: &Operation, home: Home) -> Option<TokenStream> {
    let pager = op.pager.as_ref()?;
    let shape = api.pages.get(&pager.page_type)?;
    let item = type_tokens(api, &shape.item, home);
    let page = super::types::type_path(api, pager.page_type, home);
    let param = |p: &Option<String>| match p {
        Some(wire) => quote! { Some(#wire) },
        None => quote! { None },
    };
    let (page_param, offset, marker) = (param(&pager.page), param(&pager.offset), param(&pager.marker));
    Some(quote! {
        /// Every item of every page, fetched page by page as the stream is read, from the
        /// page this request asks for.
        #[inline]
        pub fn into_stream(self) -> crate::runtime::Paginator<'a, #item> {
            static PAGER: crate::runtime::Pager =
                crate::runtime::Pager { page: #page_param, offset: #offset, marker: #marker };
            crate::runtime::Paginator::new(self.into_call(), &PAGER, crate::runtime::paginate::decode_page::<#page>)
        }
    })
}

/// The statement that applies an input (its argument expression `expr`, from
/// [`input_argument`]) to `call`.
fn store(api: &Api, input: &Input<'_>, call: &TokenStream, expr: &TokenStream) -> TokenStream {
    match &input.kind {
        InputKind::Param(p) => set_param(api, p, call, expr),
        InputKind::Body { ty: TypeRef::Scalar(Scalar::Binary), .. } => quote! { #call.file_body(#expr); },
        InputKind::Body { .. } => quote! { #call.body(#expr); },
        InputKind::BodyField(_) => quote! {},
    }
}

fn setter(api: &Api, input: &Input<'_>, home: Home) -> TokenStream {
    let name = ident(api, *input.name);
    let docs = doc_attrs(&input_docs(input));
    let value = quote! { #name };
    let Argument { ty, value: expr } = input_argument(api, input, home, &value);
    let body = match &input.kind {
        InputKind::BodyField(f) => {
            let field = ident(api, f.name);
            quote! { self.body.#field = Some(#expr); }
        }
        _ => store(api, input, &quote! { self.call }, &expr),
    };
    let deprecated = match &input.kind {
        InputKind::Param(p) if p.deprecated => Some(quote! { #[deprecated] }),
        _ => None,
    };
    quote! {
        #docs
        #deprecated
        #[inline]
        pub fn #name(mut self, #name: #ty) -> Self {
            #body
            self
        }
    }
}

/// Setters that pick a declared body encoding other than the default.
fn encoding_setters(body: &Body) -> Vec<TokenStream> {
    body.encodings
        .iter()
        .skip(1)
        .map(|(encoding, media)| {
            let name = super::types::ident_of(encoding.setter());
            let verb = match encoding {
                BodyEncoding::Json => "JSON",
                BodyEncoding::Form => "a form",
                BodyEncoding::Multipart => "multipart form data",
                BodyEncoding::Binary => {
                    let doc = format!(" Sends `content` as the body instead, as `{media}`.");
                    return quote! {
                        #[doc = #doc]
                        #[inline]
                        pub fn #name(mut self, content: crate::runtime::FilePart) -> Self {
                            self.call.file_body(content);
                            self
                        }
                    };
                }
            };
            let doc = format!(" Sends the body as {verb} (`{media}`).");
            let variant = runtime_encoding(*encoding);
            quote! {
                #[doc = #doc]
                #[inline]
                pub fn #name(mut self) -> Self {
                    self.call.encoding(crate::runtime::BodyEncoding::#variant);
                    self
                }
            }
        })
        .collect()
}

/// The runtime's `BodyEncoding` variant of an encoding.
fn runtime_encoding(encoding: BodyEncoding) -> TokenStream {
    match encoding {
        BodyEncoding::Json => quote! { Json },
        BodyEncoding::Form => quote! { Form },
        BodyEncoding::Multipart => quote! { Multipart },
        BodyEncoding::Binary => quote! { Binary },
    }
}

/// The `static SPEC: OperationSpec` of an operation.
fn operation_spec(api: &Api, op: &Operation, home: Home) -> TokenStream {
    let id = &op.id;
    let method = super::types::ident_of(op.method.as_str());
    let path = &op.path;
    // Each distinct requirement is written once, in `lib.rs`: written inline, checking CVAT's
    // 190 statics took twice as long.
    let security = match op.security {
        Some(i) => {
            let i = proc_macro2::Literal::usize_unsuffixed(i);
            quote! { crate::SECURITY_REQUIREMENTS[#i] }
        }
        None => quote! { &[] },
    };
    let accept = match &op.accept {
        Some(a) => quote! { Some(#a) },
        None => quote! { None },
    };
    let bodies = op.body.iter().flat_map(|b| &b.encodings).map(|(encoding, media)| {
        let variant = runtime_encoding(*encoding);
        quote! { (crate::runtime::BodyEncoding::#variant, #media) }
    });
    let errors = op.errors.iter().map(|(status, ty)| {
        let status = match status {
            ErrorStatus::Code(c) => {
                let c = proc_macro2::Literal::u16_unsuffixed(*c);
                quote! { Code(#c) }
            }
            ErrorStatus::Range(r) => {
                let r = proc_macro2::Literal::u16_unsuffixed(*r);
                quote! { Range(#r) }
            }
            ErrorStatus::Default => quote! { Default },
        };
        let ty = type_tokens(api, ty, home);
        quote! { (crate::runtime::ErrorStatus::#status, crate::runtime::decode_error::<#ty>) }
    });
    quote! {
        static SPEC: crate::runtime::OperationSpec = crate::runtime::OperationSpec {
            id: #id,
            method: reqwest::Method::#method,
            path: #path,
            security: #security,
            accept: #accept,
            bodies: &[ #( #bodies ),* ],
            errors: &[ #( #errors ),* ],
        };
    }
}

/// A call for the crate docs: `client.users_api().list()` with placeholder arguments.
pub fn example_call(api: &Api) -> Option<String> {
    let simple = |op: &Operation| {
        op.inputs(api).iter().filter(|i| i.required).all(|i| match &i.kind {
            InputKind::Param(p) => {
                matches!(resolve_alias(api, &p.ty), TypeRef::Scalar(Scalar::String | Scalar::I32 | Scalar::I64))
            }
            _ => false,
        })
    };
    let (group, op) = api
        .operations()
        .find(|(_, op)| op.method == crate::ir::HttpMethod::Get && simple(op))
        .or_else(|| api.operations().find(|(_, op)| simple(op)))?;
    let args: Vec<String> = op
        .inputs(api)
        .iter()
        .filter(|i| i.required)
        .map(|i| match &i.kind {
            InputKind::Param(p) if matches!(resolve_alias(api, &p.ty), TypeRef::Scalar(Scalar::String)) => {
                "\"123\"".to_owned()
            }
            _ => "123".to_owned(),
        })
        .collect();
    Some(format!("{}().{}({})", api.name(group.accessor), api.name(op.method_name), args.join(", ")))
}
