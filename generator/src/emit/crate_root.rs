//! The crate root (`lib.rs`: docs, re-exports, security schemes, client accessors) and
//! `apis/mod.rs`.

use proc_macro2::TokenStream;
use quote::quote;

use super::features::{group_cfg, oauth2_cfg};
use super::types::{doc_attrs, ident, inner_doc_attrs};
use crate::ir::naming::ident::unraw;
use crate::ir::{Api, FeatureGates, OAuth2Grant, ParamLocation, SchemeKind};

/// The crate docs: title, description, provenance, an example and the authentication options.
fn crate_docs(api: &Api, lib_name: &str, gates: Option<&FeatureGates>) -> Vec<String> {
    let mut lines = vec![format!("# {}", api.title.replace('`', "'")), String::new()];
    lines.extend(api.docs.lines().iter().cloned());
    if !api.docs.is_empty() {
        lines.push(String::new());
    }
    lines.push(format!(
        "Generated from `{}` ({}, API version {}) in the `{}` naming style. Do not edit: regenerate.",
        api.source,
        api.format,
        api.version.replace('`', "'"),
        api.style
    ));
    if let Some(note) = filter_note(api) {
        lines.extend([String::new(), note]);
    }
    if let Some((_, op)) = api.operations().find(|(_, op)| op.fastapi_suffix.is_some()) {
        let method = unraw(api.name(op.method_name));
        lines.extend([
            String::new(),
            format!(
                "Operation ids of the form `{{function}}_{{path}}_{{method}}` (FastAPI's default) are named after \
                 the function: `{}` is `{method}`.",
                op.id
            ),
        ]);
    }
    if let Some(example) = example_lines(api, lib_name) {
        lines.extend([
            String::new(),
            "```no_run".to_owned(),
            format!("# async fn example() -> Result<(), {lib_name}::Error> {{"),
        ]);
        lines.extend(example);
        lines.extend(["# let _ = response;", "# Ok(())", "# }", "```"].map(str::to_owned));
    }
    if !api.schemes.is_empty() {
        lines.extend([String::new(), "## Authentication".to_owned(), String::new()]);
        lines.push(
            "Give the client the credentials the API accepts; each call sends those its operation asks for:".to_owned(),
        );
        lines.push(String::new());
        for scheme in &api.schemes {
            let how = match &scheme.kind {
                SchemeKind::Basic => "HTTP basic: `Auth::basic(user, password)`".to_owned(),
                SchemeKind::Bearer => match &scheme.oauth2 {
                    Some(oauth2) => {
                        let module = api.name(oauth2.module);
                        // Behind a feature, the module is linked as a page: an intra-doc link
                        // would break the docs of a build without it.
                        let (link, feature) = match gates.is_some_and(|gates| gates.oauth2) {
                            true => (
                                format!("(oauth2/{}/index.html)", unraw(module)),
                                format!(" (Cargo feature `{}`, on by default)", crate::ir::reach::OAUTH2),
                            ),
                            false => (String::new(), String::new()),
                        };
                        format!(
                            "OAuth2, a bearer token: `Auth::bearer(token)`, or `Auth::token_provider(provider)` with \
                             a provider of [`oauth2::{module}`]{link} that gets and renews tokens at the spec's \
                             URLs{feature}"
                        )
                    }
                    None => "a bearer token: `Auth::bearer(token)`, or `Auth::token_provider(provider)` for tokens \
                             that expire"
                        .to_owned(),
                },
                SchemeKind::ApiKey { location, param, prefix } => {
                    let place = match location {
                        ParamLocation::Header => "header",
                        ParamLocation::Query => "query parameter",
                        ParamLocation::Cookie => "cookie",
                        ParamLocation::Path => "path",
                    };
                    let prefix = prefix.as_ref().map(|p| format!(" with prefix `{p}`")).unwrap_or_default();
                    format!(
                        "{place} `{param}`{prefix}: `Auth::api_key(\"{}\", value)` or `Auth::token(value)`",
                        scheme.key
                    )
                }
            };
            lines.push(format!("- `{}`: {how}", scheme.key));
        }
        if let Some(example) = oauth2_example(api, lib_name) {
            lines.push(String::new());
            lines.extend(example);
        }
    }
    if !api.webhooks.is_empty() {
        lines.extend([String::new(), "## Webhooks".to_owned(), String::new()]);
        lines.push("Requests this API sends to your server; decode their bodies with the payload types:".to_owned());
        lines.push(String::new());
        for hook in &api.webhooks {
            let payload = match &hook.payload {
                Some(crate::ir::TypeRef::Named(id)) => {
                    format!(": [`models::{}`]", api.name(api.ty(*id).name))
                }
                _ => String::new(),
            };
            let summary = hook.docs.lines().first().map(|line| format!(" {line}")).unwrap_or_default();
            lines.push(format!("- `{}` (`{}`){payload}.{summary}", hook.name, hook.method.as_str()));
        }
    }
    lines
}

/// What the operation filter kept, for a filtered crate's docs and README: `Only the operations
/// that `group:users` selects, ..`.
pub fn filter_note(api: &Api) -> Option<String> {
    let entries: Vec<String> = api.only.iter().map(|entry| format!("`{entry}`")).collect();
    let (verb, entries) = match entries.as_slice() {
        [] => return None,
        [one] => ("selects", one.clone()),
        [init @ .., last] => ("select", format!("{} and {last}", init.join(", "))),
    };
    Some(format!(
        "Only the operations that {entries} {verb}, and the types they reach, named as in the crate of the whole spec."
    ))
}

/// A client built and one call made, for the crate docs and the README: the first operation whose
/// required inputs are simple values, with placeholder arguments. Binds `response`.
pub fn example_lines(api: &Api, lib_name: &str) -> Option<Vec<String>> {
    let call = super::operations::example_call(api)?;
    let base = match api.default_base_url {
        Some(_) => format!("{lib_name}::DEFAULT_BASE_URL"),
        None => "\"https://api.example.com\"".to_owned(),
    };
    let mut lines = vec![format!("let client = {lib_name}::Client::builder({base})")];
    lines.extend(example_auth(api, lib_name).map(|auth| format!("    .auth({auth})")));
    lines.push("    .build()?;".to_owned());
    lines.push(format!("let response = client.{call}.await?;"));
    Some(lines)
}

/// A client with a token provider of the first `oauth2` scheme that has a token endpoint: client
/// credentials when the scheme declares that flow (or no authorization code flow), else a refresh
/// token, the authorization code flow's second half.
fn oauth2_example(api: &Api, lib_name: &str) -> Option<Vec<String>> {
    let oauth2 = api.schemes.iter().filter_map(|s| s.oauth2.as_ref()).find(|oauth2| oauth2.token_url().is_some())?;
    let module = format!("{lib_name}::oauth2::{}", api.name(oauth2.module));
    let client_credentials =
        oauth2.flow(OAuth2Grant::ClientCredentials).is_some() || oauth2.flow(OAuth2Grant::AuthorizationCode).is_none();
    let mut lines = vec!["A token provider renews its tokens before they expire:".to_owned(), String::new()];
    lines.extend(["```no_run".to_owned(), format!("# fn example() -> Result<(), {lib_name}::Error> {{")]);
    if client_credentials {
        lines.push(format!("let provider = {module}::client_credentials(\"client id\", \"client secret\");"));
    } else {
        lines.extend([
            "# fn save(_refresh_token: &str) {}".to_owned(),
            format!("let provider = {module}::refresh_token(\"client id\", \"refresh token\")"),
            "    .client_secret(\"client secret\")".to_owned(),
            "    .on_refresh_token(|rotated| save(rotated.expose()));".to_owned(),
        ]);
    }
    let base = match api.default_base_url {
        Some(_) => format!("{lib_name}::DEFAULT_BASE_URL"),
        None => "\"https://api.example.com\"".to_owned(),
    };
    lines.extend([
        format!("let client = {lib_name}::Client::builder({base})"),
        format!("    .auth({lib_name}::Auth::token_provider(provider))"),
        "    .build()?;".to_owned(),
        "# let _ = client;".to_owned(),
        "# Ok(())".to_owned(),
        "# }".to_owned(),
        "```".to_owned(),
    ]);
    Some(lines)
}

fn example_auth(api: &Api, lib_name: &str) -> Option<String> {
    // A token scheme with a prefix is what a person reaches for first (CVAT's `Token`), then
    // bearer tokens, then whatever the spec lists first.
    let prefixed = api.schemes.iter().find(|s| matches!(&s.kind, SchemeKind::ApiKey { prefix: Some(_), .. }));
    let bearer = api.schemes.iter().find(|s| s.kind == SchemeKind::Bearer);
    let first = prefixed.or(bearer).or(api.schemes.first())?;
    Some(match &first.kind {
        SchemeKind::Basic => format!("{lib_name}::Auth::basic(\"user\", \"password\")"),
        SchemeKind::Bearer => format!("{lib_name}::Auth::bearer(\"token\")"),
        SchemeKind::ApiKey { .. } => format!("{lib_name}::Auth::token(\"key\")"),
    })
}

/// `src/lib.rs`.
pub fn lib_rs(api: &Api, lib_name: &str, gates: Option<&FeatureGates>) -> TokenStream {
    let docs = inner_doc_attrs(&crate_docs(api, lib_name, gates));
    let reexports = api.groups.iter().enumerate().map(|(i, g)| {
        let module = ident(api, g.module);
        let api_type = ident(api, g.api_type);
        let cfg = group_cfg(api, gates, i);
        quote! { #cfg pub use apis::#module::#api_type; }
    });
    let accessors = api.groups.iter().enumerate().map(|(i, g)| {
        let cfg = group_cfg(api, gates, i);
        let accessor = ident(api, g.accessor);
        let api_type = ident(api, g.api_type);
        let mut docs = crate::ir::Docs::default();
        docs.push_paragraph(format!("The `{}` operations.", g.key.replace('`', "'")));
        if !g.docs.is_empty() {
            docs.push_paragraph(g.docs.lines().join("\n"));
        }
        let docs = doc_attrs(&docs);
        quote! {
            #docs
            #cfg
            pub fn #accessor(&self) -> #api_type<'_> {
                #api_type::new(self)
            }
        }
    });
    let schemes = api.schemes.iter().map(|s| {
        let name = &s.key;
        let kind = match &s.kind {
            SchemeKind::Basic => quote! { runtime::SchemeKind::Basic },
            SchemeKind::Bearer => quote! { runtime::SchemeKind::Bearer },
            SchemeKind::ApiKey { location, param, prefix } => {
                let location = match location {
                    ParamLocation::Header | ParamLocation::Path => quote! { runtime::ApiKeyLocation::Header },
                    ParamLocation::Query => quote! { runtime::ApiKeyLocation::Query },
                    ParamLocation::Cookie => quote! { runtime::ApiKeyLocation::Cookie },
                };
                let prefix = match prefix {
                    Some(p) => quote! { Some(#p) },
                    None => quote! { None },
                };
                quote! { runtime::SchemeKind::ApiKey { location: #location, param: #param, prefix: #prefix } }
            }
        };
        quote! { runtime::SecurityScheme { name: #name, kind: #kind } }
    });
    let count = proc_macro2::Literal::usize_unsuffixed(api.schemes.len());
    let requirements = (!api.requirements.is_empty()).then(|| {
        let lists = api.requirements.iter().map(|alternatives| {
            let alternatives = alternatives.iter().map(|schemes| {
                let schemes = schemes.iter().map(|i| {
                    let i = proc_macro2::Literal::usize_unsuffixed(*i);
                    quote! { &SECURITY_SCHEMES[#i] }
                });
                quote! { &[ #( #schemes ),* ] }
            });
            quote! { &[ #( #alternatives ),* ] }
        });
        let count = proc_macro2::Literal::usize_unsuffixed(api.requirements.len());
        quote! {
            /// The security requirements of the operations, each written once: alternatives (any
            /// one will do) of schemes (all sent together). Operations refer to them by index.
            pub static SECURITY_REQUIREMENTS: [&[&[&runtime::SecurityScheme]]; #count] = [ #( #lists ),* ];
        }
    });
    let oauth2_mod = api.has_oauth2().then(|| {
        let gate = oauth2_cfg(api, gates);
        quote! { #gate pub mod oauth2; }
    });
    let base_url = api.default_base_url.as_ref().map(|url| {
        quote! {
            /// The first server URL of the spec.
            pub const DEFAULT_BASE_URL: &str = #url;
        }
    });
    quote! {
        #docs
        #![forbid(unsafe_code)]
        // Every public item has docs: the spec's, or the generator's line on what it is and where
        // in the spec it comes from.
        #![warn(missing_docs)]
        // Deprecated operations and schemas are marked for users; the crate itself still uses them.
        #![allow(deprecated)]
        // Docs are the vendor's prose, copied as written: its Markdown list layout is theirs.
        #![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]

        pub mod apis;
        pub mod models;
        #oauth2_mod
        pub mod runtime;

        pub use runtime::{
            ApiError, Auth, BodyEncoding, Client, ClientBuilder, DecodeError, Download, Error, FilePart, Paginator, RawResponse,
            RetryPolicy, Secret, TokenFuture, TokenProvider,
        };
        #( #reexports )*

        #base_url

        /// The security schemes of the spec, in spec order; the requirements of operations refer to them
        /// by index.
        pub static SECURITY_SCHEMES: [runtime::SecurityScheme; #count] = [ #( #schemes ),* ];

        #requirements

        impl Client {
            #( #accessors )*
        }
    }
}

/// `src/apis/mod.rs`.
pub fn apis_mod(api: &Api, gates: Option<&FeatureGates>) -> TokenStream {
    let docs = inner_doc_attrs(&["One module per operation group: its API type and request builders.".to_owned()]);
    // Each module documents itself (inner docs); outer docs here would be resolved in a
    // different scope by rustdoc.
    let modules = api.groups.iter().enumerate().map(|(i, g)| {
        let module = ident(api, g.module);
        let cfg = group_cfg(api, gates, i);
        quote! { #cfg pub mod #module; }
    });
    quote! { #docs #( #modules )* }
}
