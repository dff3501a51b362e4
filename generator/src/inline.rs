//! A generated crate as one file of nested modules, for `include!` inside a module of another
//! crate (the `build.rs` path, see [`crate::Builder`]).
//!
//! The crate's files are parsed with `syn` and every `mod name;` is replaced by the inline module
//! `mod name { .. }` made from its file; the file's inner attributes and `//!` docs stay at the
//! top of that block, where Rust allows them. Two things do not survive `include!` unchanged and
//! are rewritten (paths in code on the syntax tree; links inside doc strings by a text search of
//! those strings):
//!
//! - `crate::` paths. Inside `mod cvat { include!(..) }` they would name the user's crate root,
//!   so each becomes relative to the module it is written in: `self::` in the root module,
//!   `super::` once per level below it (`crate::runtime::Call` in `apis/users.rs` becomes
//!   `super::super::runtime::Call`). That holds wherever the user puts the module. Paths in
//!   macro bodies, in attribute strings (`#[serde(with = "crate::..")]`) and in intra-doc links
//!   (``[`crate::apis`]``, `](crate::Client::users_api)`) are rewritten too; `pub(crate)` stays.
//! - The root file's inner attributes. An included file cannot start with `#![..]`, so its lint
//!   attributes (`forbid(unsafe_code)`, `allow(deprecated)`, ..) move onto every top-level item
//!   as outer attributes, which covers the same code; `warn(..)` levels are dropped, since which
//!   lints warn is the including crate's choice. The crate-level `//!` docs are dropped:
//!   the module that includes the file is the user's, and so are its docs.
//!
//! The text is printed again by `prettyplease`: doc comments survive, plain `//` comments (the
//! runtime has a few) do not, and the runtime's `#[cfg(test)]` unit tests are left out.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use proc_macro2::{Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::visit_mut::VisitMut;

use crate::error::Error;

/// The Rust files of a generated crate (paths relative to the crate root, as in
/// [`crate::Generated::files`]) as one source text of items, starting with `header`.
pub fn single_file(files: &BTreeMap<PathBuf, String>, header: &str) -> Result<String, Error> {
    let mut used = Vec::new();
    let root = Path::new("src/lib.rs");
    let mut file = parse(files, root)?;
    used.push(root.to_path_buf());
    inline_modules(files, root, &mut file.items, &mut used)?;
    let unused: Vec<_> =
        files.keys().filter(|p| p.extension().is_some_and(|e| e == "rs") && !used.contains(p)).collect();
    if !unused.is_empty() {
        return Err(Error::Internal(format!("files no module declares: {unused:?}")));
    }
    // The root's inner attributes: lint levels move onto each item, the crate docs go, and so
    // does `warn(..)`: which lints warn is the including crate's choice (an item-level `warn`
    // would weaken its `deny(missing_docs)`).
    let lints: Vec<syn::Attribute> = std::mem::take(&mut file.attrs)
        .into_iter()
        .filter(|a| !a.path().is_ident("doc") && !a.path().is_ident("warn"))
        .map(|mut a| {
            a.style = syn::AttrStyle::Outer;
            a
        })
        .collect();
    for item in &mut file.items {
        // A `use` holds no code for a lint to find; only `allow(deprecated)` still matters there
        // (re-exporting a deprecated item), and clippy calls any other lint attribute useless.
        let is_use = matches!(item, syn::Item::Use(_));
        let attrs = item_attrs(item)
            .ok_or_else(|| Error::Internal("src/lib.rs: an item that cannot carry attributes".into()))?;
        let wanted = lints.iter().filter(|a| !is_use || allows_only_deprecated(a));
        attrs.splice(0..0, wanted.cloned());
    }
    RelativePaths { depth: 0 }.visit_file_mut(&mut file);
    Ok(format!("{header}\n{}", crate::format::space_items(&prettyplease::unparse(&file))))
}

/// Whether `item` is `#[cfg(test)]`.
fn is_test_only(item: &syn::Item) -> bool {
    use syn::Item;
    let attrs: &[syn::Attribute] = match item {
        Item::Mod(i) => &i.attrs,
        Item::Fn(i) => &i.attrs,
        Item::Impl(i) => &i.attrs,
        Item::Use(i) => &i.attrs,
        Item::Struct(i) => &i.attrs,
        Item::Enum(i) => &i.attrs,
        Item::Const(i) => &i.attrs,
        Item::Static(i) => &i.attrs,
        _ => &[],
    };
    attrs.iter().any(
        |a| matches!(&a.meta, syn::Meta::List(list) if list.path.is_ident("cfg") && list.tokens.to_string() == "test"),
    )
}

/// Whether `attr` is `#[allow(deprecated)]`.
fn allows_only_deprecated(attr: &syn::Attribute) -> bool {
    matches!(&attr.meta, syn::Meta::List(list) if list.path.is_ident("allow") && list.tokens.to_string() == "deprecated")
}

fn parse(files: &BTreeMap<PathBuf, String>, path: &Path) -> Result<syn::File, Error> {
    let text = files.get(path).ok_or_else(|| Error::Internal(format!("{} is missing", path.display())))?;
    syn::parse_file(text).map_err(|e| Error::Internal(format!("{}: does not parse: {e}", path.display())))
}

/// Replaces every `mod name;` in `items` (of the file at `path`) by its file's content, recursively.
fn inline_modules(
    files: &BTreeMap<PathBuf, String>,
    path: &Path,
    items: &mut [syn::Item],
    used: &mut Vec<PathBuf>,
) -> Result<(), Error> {
    // Children of `lib.rs` and `mod.rs` sit beside them; those of `x.rs` in `x/`.
    let dir = match path.file_name().and_then(|n| n.to_str()) {
        Some("lib.rs" | "mod.rs") => path.parent().unwrap_or(Path::new("")).to_path_buf(),
        _ => path.with_extension(""),
    };
    for item in items {
        let syn::Item::Mod(module) = item else { continue };
        if module.content.is_some() {
            continue;
        }
        if module.attrs.iter().any(|a| a.path().is_ident("path")) {
            return Err(Error::Internal(format!("{}: #[path] modules are not supported", path.display())));
        }
        let name = module.ident.unraw().to_string();
        let child = [dir.join(format!("{name}.rs")), dir.join(&name).join("mod.rs")]
            .into_iter()
            .find(|p| files.contains_key(p))
            .ok_or_else(|| Error::Internal(format!("{}: no file for `mod {name};`", path.display())))?;
        let mut file = parse(files, &child)?;
        used.push(child.clone());
        // The runtime's unit tests run once, in templates/runtime (generated crates set
        // `test = false`); in the including crate they would only add to its test run.
        file.items.retain(|item| !is_test_only(item));
        inline_modules(files, &child, &mut file.items, used)?;
        module.attrs.extend(file.attrs);
        module.content = Some((syn::token::Brace::default(), file.items));
        module.semi = None;
    }
    Ok(())
}

fn item_attrs(item: &mut syn::Item) -> Option<&mut Vec<syn::Attribute>> {
    use syn::Item;
    Some(match item {
        Item::Const(i) => &mut i.attrs,
        Item::Enum(i) => &mut i.attrs,
        Item::ExternCrate(i) => &mut i.attrs,
        Item::Fn(i) => &mut i.attrs,
        Item::ForeignMod(i) => &mut i.attrs,
        Item::Impl(i) => &mut i.attrs,
        Item::Macro(i) => &mut i.attrs,
        Item::Mod(i) => &mut i.attrs,
        Item::Static(i) => &mut i.attrs,
        Item::Struct(i) => &mut i.attrs,
        Item::Trait(i) => &mut i.attrs,
        Item::TraitAlias(i) => &mut i.attrs,
        Item::Type(i) => &mut i.attrs,
        Item::Union(i) => &mut i.attrs,
        Item::Use(i) => &mut i.attrs,
        _ => return None,
    })
}

/// Rewrites `crate::` paths relative to the module they are in; `depth` counts the modules
/// between the current one and the included file's root.
struct RelativePaths {
    depth: usize,
}

impl RelativePaths {
    /// `self` at the root, `super` once per level below it.
    fn prefix(&self) -> Vec<Ident> {
        match self.depth {
            0 => vec![Ident::new("self", Span::call_site())],
            n => (0..n).map(|_| Ident::new("super", Span::call_site())).collect(),
        }
    }

    fn prefix_text(&self) -> String {
        self.prefix().iter().map(|i| format!("{i}::")).collect()
    }

    /// Rewrites `crate::` in a token stream (macro bodies, attribute arguments): the tokens
    /// `crate ::` not preceded by `$`, and string literals that start with `crate::`.
    fn tokens(&self, tokens: TokenStream) -> TokenStream {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        let mut out = Vec::with_capacity(trees.len());
        let mut i = 0;
        while i < trees.len() {
            let tree = &trees[i];
            match tree {
                TokenTree::Ident(ident)
                    if ident == "crate"
                        && !matches!(out.last(), Some(TokenTree::Punct(p)) if p.as_char() == '$')
                        && matches!(trees.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == ':' && p.spacing() == Spacing::Joint) =>
                {
                    let prefix = self.prefix();
                    for (n, segment) in prefix.into_iter().enumerate() {
                        if n > 0 {
                            out.push(TokenTree::Punct(Punct::new(':', Spacing::Joint)));
                            out.push(TokenTree::Punct(Punct::new(':', Spacing::Alone)));
                        }
                        out.push(TokenTree::Ident(segment));
                    }
                }
                TokenTree::Group(group) => {
                    let mut rewritten = Group::new(group.delimiter(), self.tokens(group.stream()));
                    rewritten.set_span(group.span());
                    out.push(TokenTree::Group(rewritten));
                }
                TokenTree::Literal(literal) => out.push(self.literal(literal).map_or(tree.clone(), TokenTree::Literal)),
                _ => out.push(tree.clone()),
            }
            i += 1;
        }
        out.into_iter().collect()
    }

    /// A string literal naming a path (`"crate::runtime::codec::double_option"`), rewritten.
    fn literal(&self, literal: &Literal) -> Option<Literal> {
        let syn::Lit::Str(s) = syn::Lit::new(literal.clone()) else { return None };
        let rest = s.value().strip_prefix("crate::")?.to_owned();
        Some(Literal::string(&format!("{}{rest}", self.prefix_text())))
    }

    /// Intra-doc links in doc text: ``[`crate::x`]``, `[crate::x]` and `](crate::x)`. Prose that
    /// merely mentions `crate::` is left alone.
    fn doc(&self, text: &str) -> String {
        let prefix = self.prefix_text();
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(at) = rest.find("crate::") {
            let before = &rest[..at];
            let is_link = before.ends_with("[`") || before.ends_with('[') || before.ends_with("](");
            out.push_str(before);
            out.push_str(if is_link { &prefix } else { "crate::" });
            rest = &rest[at + "crate::".len()..];
        }
        out.push_str(rest);
        out
    }
}

impl VisitMut for RelativePaths {
    fn visit_item_mod_mut(&mut self, module: &mut syn::ItemMod) {
        // Outer attributes belong to the parent's scope, inner ones and the items to the module.
        let (inner, outer): (Vec<_>, Vec<_>) =
            module.attrs.iter_mut().partition(|a| matches!(a.style, syn::AttrStyle::Inner(_)));
        for attr in outer {
            self.visit_attribute_mut(attr);
        }
        self.depth += 1;
        for attr in inner {
            self.visit_attribute_mut(attr);
        }
        if let Some((_, items)) = &mut module.content {
            for item in items {
                self.visit_item_mut(item);
            }
        }
        self.depth -= 1;
    }

    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        if path.leading_colon.is_none() && path.segments.first().is_some_and(|s| s.ident == "crate") {
            let rest: Vec<syn::PathSegment> = path.segments.iter().skip(1).cloned().collect();
            path.segments = self.prefix().into_iter().map(syn::PathSegment::from).chain(rest).collect();
        }
        syn::visit_mut::visit_path_mut(self, path);
    }

    fn visit_use_tree_mut(&mut self, tree: &mut syn::UseTree) {
        if let syn::UseTree::Path(path) = tree
            && path.ident == "crate"
        {
            let mut rewritten = (*path.tree).clone();
            for segment in self.prefix().into_iter().rev() {
                rewritten = syn::UseTree::Path(syn::UsePath {
                    ident: segment,
                    colon2_token: Default::default(),
                    tree: Box::new(rewritten),
                });
            }
            *tree = rewritten;
            // The rest of the tree holds no `crate` segment (it only starts a path).
            return;
        }
        syn::visit_mut::visit_use_tree_mut(self, tree);
    }

    /// `pub(crate)` keeps its meaning: visible in the including crate.
    fn visit_visibility_mut(&mut self, _: &mut syn::Visibility) {}

    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        mac.tokens = self.tokens(std::mem::take(&mut mac.tokens));
        syn::visit_mut::visit_macro_mut(self, mac);
    }

    fn visit_attribute_mut(&mut self, attr: &mut syn::Attribute) {
        match &mut attr.meta {
            syn::Meta::NameValue(nv) if nv.path.is_ident("doc") => {
                if let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) = &mut nv.value {
                    let text = s.value();
                    if text.contains("crate::") {
                        *s = syn::LitStr::new(&self.doc(&text), s.span());
                    }
                }
            }
            syn::Meta::List(list) => list.tokens = self.tokens(std::mem::take(&mut list.tokens)),
            _ => syn::visit_mut::visit_attribute_mut(self, attr),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(list: &[(&str, &str)]) -> BTreeMap<PathBuf, String> {
        list.iter().map(|(p, t)| (PathBuf::from(p), (*t).to_owned())).collect()
    }

    #[test]
    fn nests_files_and_makes_crate_paths_relative() {
        let crate_files = files(&[
            (
                "src/lib.rs",
                "//! Crate docs.\n#![allow(deprecated)]\npub mod apis;\npub mod runtime;\npub struct Client;\n",
            ),
            ("src/apis/mod.rs", "//! Apis.\npub mod users;\n"),
            (
                "src/apis/users.rs",
                "//! See [`crate::Client`].\nuse crate::runtime::Call;\n/// Reach it with [`x`](crate::Client::x).\n\
                 pub struct UsersApi<'a> { client: &'a crate::Client, call: Call }\n\
                 #[derive(serde::Serialize)]\npub struct Body { #[serde(with = \"crate::runtime::codec\")] a: u8 }\n\
                 pub(crate) fn f() -> Vec<crate::Client> { vec![crate::Client] }\n",
            ),
            ("src/runtime/mod.rs", "//! `super::` paths, never `crate::`.\npub struct Call;\n"),
            ("README.md", "not Rust"),
        ]);
        let text = single_file(&crate_files, "// header").unwrap_or_else(|e| panic!("{e}"));
        assert!(text.starts_with("// header\n"), "{text}");
        assert!(!text.contains("Crate docs"), "{text}");
        assert!(!text.contains("#!"), "{text}");
        assert!(text.contains("#[allow(deprecated)]\npub mod apis {\n    //! Apis."), "{text}");
        assert!(text.contains("//! See [`super::super::Client`]."), "{text}");
        assert!(text.contains("use super::super::runtime::Call;"), "{text}");
        assert!(text.contains("(super::super::Client::x)"), "{text}");
        assert!(text.contains("client: &'a super::super::Client"), "{text}");
        assert!(text.contains("with = \"super::super::runtime::codec\""), "{text}");
        assert!(text.contains("pub(crate) fn f() -> Vec<super::super::Client>"), "{text}");
        assert!(text.contains("vec![super::super::Client]"), "{text}");
        assert!(text.contains("never `crate::`"), "prose stays: {text}");
        assert!(syn::parse_file(&text).is_ok());
    }

    #[test]
    fn a_file_no_module_declares_is_a_bug() {
        let crate_files = files(&[("src/lib.rs", "pub struct A;\n"), ("src/stray.rs", "pub struct B;\n")]);
        assert!(single_file(&crate_files, "").is_err());
    }
}
