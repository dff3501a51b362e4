//! Short paths in a generated file. Emitters write every path from the crate root
//! (`crate::runtime::Call`, `crate::models::User`, `crate::Client`); this pass turns each into the
//! name after its module (`Call`, `User`, `Client`; `response::json` for a runtime module's
//! function) and puts the `use` declarations at the top of the file.
//!
//! A name is shortened only where that cannot change what any name of the file means: all its
//! paths lead to the same item, and the file uses the name for nothing else (an item, a generic
//! parameter, a binding, a path of its own such as `Option` or `Into`, a name inside a macro
//! call). Otherwise it keeps its full path, which always works: nothing is ever renamed for it.
//! Code under `#[cfg(..)]` keeps its full paths too, so that an import is never used only by
//! code that a feature leaves out (an unused import would fail `clippy -D warnings`). A file
//! with a `#[cfg(..)]` somewhere this pass does not follow, or a glob import, is left as it is.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Group, Ident, Span, TokenStream, TokenTree};
use quote::quote;
use syn::visit_mut::{self, VisitMut};

/// The modules whose items are imported, longest first: a path is shortened to the segment
/// after the first of these it starts with. From the crate root, `runtime` itself is imported
/// (the runtime's macros take its path), the other modules are not.
const SOURCES: &[&[&str]] = &[&["crate", "runtime"], &["crate", "models"], &["crate"]];
const NOT_FROM_ROOT: &[&str] = &["apis", "models", "oauth2"];

/// Shortens the paths of `file` (one file's items) and puts the `use` declarations they need at
/// its top.
pub fn shorten(file: &mut syn::File) {
    let mut collect = Paths::new(Mode::Collect);
    collect.visit_file_mut(file);
    if collect.unfollowed {
        return;
    }
    let importable: BTreeMap<String, Vec<String>> = collect
        .candidates
        .into_iter()
        .filter(|(name, sources)| sources.len() == 1 && !collect.taken.contains(name))
        .filter_map(|(name, sources)| Some((name, sources.into_iter().next()?)))
        .collect();
    if importable.is_empty() {
        return;
    }
    let mut rewrite = Paths::new(Mode::Rewrite(&importable));
    rewrite.visit_file_mut(file);
    // A module imported beside items of its own is `self` among them: `use crate::runtime::{self, Call};`.
    let mut by_source: BTreeMap<Vec<String>, Vec<&str>> = BTreeMap::new();
    for (name, source) in &importable {
        let module = [source.as_slice(), std::slice::from_ref(name)].concat();
        if importable.values().any(|s| *s == module) {
            by_source.entry(module).or_default().push("self");
        } else {
            by_source.entry(source.clone()).or_default().push(name);
        }
    }
    let uses = by_source.into_iter().map(|(source, mut names)| {
        names.sort_by_key(|name| (*name != "self", *name));
        let source = source.iter().map(|s| Ident::new(s, Span::call_site()));
        let names: Vec<Ident> = names.iter().map(|n| Ident::new(n, Span::call_site())).collect();
        match names.as_slice() {
            [one] => quote! { use #( #source:: )* #one; },
            _ => quote! { use #( #source:: )* { #( #names ),* }; },
        }
    });
    let uses: Vec<syn::Item> = uses.filter_map(|u| syn::parse2(u).ok()).collect();
    file.items.splice(0..0, uses);
}

enum Mode<'a> {
    /// Records the candidates and the names the file uses otherwise.
    Collect,
    /// Shortens the paths of these names (name -> module path).
    Rewrite(&'a BTreeMap<String, Vec<String>>),
}

struct Paths<'a> {
    mode: Mode<'a>,
    /// Name -> the module paths it would be imported from.
    candidates: BTreeMap<String, BTreeSet<Vec<String>>>,
    /// Names the file uses other than as the end of a candidate path.
    taken: BTreeSet<String>,
    /// Inside code under `#[cfg(..)]` (or otherwise left alone): no path is shortened.
    frozen: usize,
    /// A `#[cfg(..)]` where this pass does not look for one, or a glob import: the file is left
    /// as it is.
    unfollowed: bool,
}

/// Where a path of segments `segments` (without generic arguments) would be imported from, and
/// how many of its segments that removes.
fn source_of(segments: &[String]) -> Option<(Vec<String>, usize)> {
    SOURCES.iter().find_map(|source| {
        let name = segments.get(source.len())?;
        let matches = segments.iter().zip(source.iter()).all(|(a, b)| a == b);
        let allowed = source.len() > 1 || !NOT_FROM_ROOT.contains(&name.as_str());
        (matches && allowed).then(|| (source.iter().map(|s| (*s).to_owned()).collect(), source.len()))
    })
}

fn has_cfg(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| a.path().is_ident("cfg"))
}

impl<'a> Paths<'a> {
    fn new(mode: Mode<'a>) -> Self {
        Paths { mode, candidates: BTreeMap::new(), taken: BTreeSet::new(), frozen: 0, unfollowed: false }
    }

    /// Visits a node with `attrs`, frozen when they hold a `#[cfg(..)]`.
    fn guarded(&mut self, attrs: &[syn::Attribute], visit: impl FnOnce(&mut Self)) {
        let cfg = has_cfg(attrs);
        self.frozen += usize::from(cfg);
        visit(self);
        self.frozen -= usize::from(cfg);
    }

    /// Visits a subtree that is never shortened (a nested module, unparsed tokens).
    fn frozen(&mut self, visit: impl FnOnce(&mut Self)) {
        self.frozen += 1;
        visit(self);
        self.frozen -= 1;
    }

    /// `<T as Trait>::Item`: the trait's segments are counted by the qualified self's position,
    /// so they are left alone. Returns whether `path` was such a path (and has been visited).
    fn qualified(&mut self, qself: &mut Option<syn::QSelf>, path: &mut syn::Path) -> bool {
        match qself {
            Some(qself) if qself.position > 0 => {
                self.visit_qself_mut(qself);
                self.frozen(|v| v.visit_path_mut(path));
                true
            }
            _ => false,
        }
    }

    fn take(&mut self, ident: &Ident) {
        if let Mode::Collect = self.mode {
            self.taken.insert(syn::ext::IdentExt::unraw(ident).to_string());
        }
    }

    /// A candidate path: recorded, or shortened. Returns how many leading segments to drop.
    fn candidate(&mut self, segments: &[String]) -> Option<usize> {
        if self.frozen > 0 {
            return None;
        }
        let (source, drop) = source_of(segments)?;
        let name = segments[drop].clone();
        match self.mode {
            Mode::Collect => {
                self.candidates.entry(name).or_default().insert(source);
                None
            }
            Mode::Rewrite(importable) => (importable.get(&name) == Some(&source)).then_some(drop),
        }
    }

    /// Macro arguments are tokens: paths are found as `ident :: ident ..` runs; every other
    /// identifier counts as a use of its name.
    fn tokens(&mut self, tokens: TokenStream) -> TokenStream {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        let mut out: Vec<TokenTree> = Vec::with_capacity(trees.len());
        let mut i = 0;
        while i < trees.len() {
            match &trees[i] {
                TokenTree::Ident(ident) => {
                    let after_colons = i >= 2 && is_colon(&trees[i - 1]) && is_colon(&trees[i - 2]);
                    let after_dollar = matches!(out.last(), Some(TokenTree::Punct(p)) if p.as_char() == '$');
                    // The run `a :: b :: c` of identifiers starting here.
                    let mut end = i + 1;
                    while end + 2 < trees.len()
                        && is_colon(&trees[end])
                        && is_colon(&trees[end + 1])
                        && matches!(trees[end + 2], TokenTree::Ident(_))
                    {
                        end += 3;
                    }
                    let segments: Vec<String> = trees[i..end].iter().step_by(3).map(|t| t.to_string()).collect();
                    let drop = if after_colons || after_dollar { None } else { self.candidate(&segments) };
                    match drop {
                        Some(drop) => out.extend(trees[i + 3 * drop..end].iter().cloned()),
                        None => {
                            if !after_colons && (self.frozen > 0 || source_of(&segments).is_none()) {
                                self.take(ident);
                            }
                            out.extend(trees[i..end].iter().cloned());
                        }
                    }
                    i = end;
                }
                TokenTree::Group(group) => {
                    let mut rewritten = Group::new(group.delimiter(), self.tokens(group.stream()));
                    rewritten.set_span(group.span());
                    out.push(TokenTree::Group(rewritten));
                    i += 1;
                }
                tree => {
                    out.push(tree.clone());
                    i += 1;
                }
            }
        }
        out.into_iter().collect()
    }
}

fn is_colon(tree: &TokenTree) -> bool {
    matches!(tree, TokenTree::Punct(p) if p.as_char() == ':')
}

impl VisitMut for Paths<'_> {
    fn visit_item_mut(&mut self, item: &mut syn::Item) {
        match item {
            syn::Item::Mod(module) if module.content.is_some() => {
                self.frozen(|v| visit_mut::visit_item_mod_mut(v, module))
            }
            syn::Item::Verbatim(tokens) => {
                let taken = std::mem::take(tokens);
                self.frozen(|v| *tokens = v.tokens(taken));
            }
            _ => {
                let cfg = item_attrs(item).is_some_and(has_cfg);
                self.frozen += usize::from(cfg);
                visit_mut::visit_item_mut(self, item);
                self.frozen -= usize::from(cfg);
            }
        }
    }

    fn visit_impl_item_mut(&mut self, item: &mut syn::ImplItem) {
        let attrs = match item {
            syn::ImplItem::Const(i) => i.attrs.clone(),
            syn::ImplItem::Fn(i) => i.attrs.clone(),
            syn::ImplItem::Type(i) => i.attrs.clone(),
            syn::ImplItem::Macro(i) => i.attrs.clone(),
            _ => Vec::new(),
        };
        self.guarded(&attrs, |v| visit_mut::visit_impl_item_mut(v, item));
    }

    fn visit_field_mut(&mut self, field: &mut syn::Field) {
        // A field's name is not in the file's scope; its type is.
        let attrs = field.attrs.clone();
        self.guarded(&attrs, |v| {
            v.visit_attributes_mut(&mut field.attrs);
            v.visit_type_mut(&mut field.ty);
        });
    }

    fn visit_variant_mut(&mut self, variant: &mut syn::Variant) {
        // A variant's name is reached through its enum only.
        let attrs = variant.attrs.clone();
        self.guarded(&attrs, |v| {
            v.visit_attributes_mut(&mut variant.attrs);
            v.visit_fields_mut(&mut variant.fields);
            if let Some((_, discriminant)) = &mut variant.discriminant {
                v.visit_expr_mut(discriminant);
            }
        });
    }

    fn visit_arm_mut(&mut self, arm: &mut syn::Arm) {
        let attrs = arm.attrs.clone();
        self.guarded(&attrs, |v| visit_mut::visit_arm_mut(v, arm));
    }

    fn visit_local_mut(&mut self, local: &mut syn::Local) {
        let attrs = local.attrs.clone();
        self.guarded(&attrs, |v| visit_mut::visit_local_mut(v, local));
    }

    fn visit_field_value_mut(&mut self, field: &mut syn::FieldValue) {
        let attrs = field.attrs.clone();
        self.guarded(&attrs, |v| visit_mut::visit_field_value_mut(v, field));
    }

    fn visit_attribute_mut(&mut self, attr: &mut syn::Attribute) {
        // Every node type this pass follows checks its `cfg` before its attributes are visited.
        if self.frozen == 0 && attr.path().is_ident("cfg") {
            self.unfollowed = true;
        }
    }

    fn visit_member_mut(&mut self, _: &mut syn::Member) {}

    fn visit_expr_method_call_mut(&mut self, call: &mut syn::ExprMethodCall) {
        // A method's name is reached through its receiver.
        self.visit_attributes_mut(&mut call.attrs);
        self.visit_expr_mut(&mut call.receiver);
        if let Some(turbofish) = &mut call.turbofish {
            self.visit_angle_bracketed_generic_arguments_mut(turbofish);
        }
        for arg in &mut call.args {
            self.visit_expr_mut(arg);
        }
    }

    fn visit_type_path_mut(&mut self, path: &mut syn::TypePath) {
        if !self.qualified(&mut path.qself, &mut path.path) {
            visit_mut::visit_type_path_mut(self, path);
        }
    }

    fn visit_expr_path_mut(&mut self, path: &mut syn::ExprPath) {
        if !self.qualified(&mut path.qself, &mut path.path) {
            visit_mut::visit_expr_path_mut(self, path);
        }
    }

    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        let plain = path.leading_colon.is_none();
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        let drop = if plain { self.candidate(&segments) } else { None };
        match drop {
            Some(drop) => {
                path.segments = std::mem::take(&mut path.segments).into_pairs().skip(drop).collect();
            }
            // Only a path's first segment is looked up in the file's scope.
            None => {
                if plain
                    && (self.frozen > 0 || source_of(&segments).is_none())
                    && let Some(first) = path.segments.first()
                {
                    let first = first.ident.clone();
                    self.take(&first);
                }
            }
        }
        for segment in &mut path.segments {
            self.visit_path_arguments_mut(&mut segment.arguments);
        }
    }

    fn visit_use_tree_mut(&mut self, tree: &mut syn::UseTree) {
        // What a `use` brings into scope is taken; a glob brings names this pass cannot see.
        match tree {
            syn::UseTree::Name(name) => self.take(&name.ident.clone()),
            syn::UseTree::Rename(rename) => self.take(&rename.rename.clone()),
            syn::UseTree::Glob(_) => self.unfollowed = true,
            _ => visit_mut::visit_use_tree_mut(self, tree),
        }
    }

    fn visit_ident_mut(&mut self, ident: &mut Ident) {
        self.take(&ident.clone());
    }

    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        self.visit_path_mut(&mut mac.path);
        mac.tokens = self.tokens(std::mem::take(&mut mac.tokens));
    }
}

fn item_attrs(item: &syn::Item) -> Option<&[syn::Attribute]> {
    use syn::Item;
    Some(match item {
        Item::Const(i) => &i.attrs,
        Item::Enum(i) => &i.attrs,
        Item::ExternCrate(i) => &i.attrs,
        Item::Fn(i) => &i.attrs,
        Item::ForeignMod(i) => &i.attrs,
        Item::Impl(i) => &i.attrs,
        Item::Macro(i) => &i.attrs,
        Item::Mod(i) => &i.attrs,
        Item::Static(i) => &i.attrs,
        Item::Struct(i) => &i.attrs,
        Item::Trait(i) => &i.attrs,
        Item::TraitAlias(i) => &i.attrs,
        Item::Type(i) => &i.attrs,
        Item::Union(i) => &i.attrs,
        Item::Use(i) => &i.attrs,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shortened(source: &str) -> String {
        let mut file: syn::File = syn::parse_str(source).unwrap_or_else(|e| panic!("{e}"));
        shorten(&mut file);
        // One line, single spaces: the tests check paths, not layout.
        prettyplease::unparse(&file).split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn imports_runtime_models_and_root_items() {
        let text = shortened(
            "pub struct List<'a> { call: crate::runtime::Call<'a>, client: &'a crate::Client }
             impl<'a> List<'a> {
                 pub fn into_stream(self) -> crate::runtime::Paginator<'a, crate::models::User> {
                     crate::runtime::Paginator::new(self.call, crate::runtime::paginate::decode_page::<crate::models::Users>)
                 }
             }
             crate::runtime::request_builder!(crate::runtime, List => json crate::models::Users);",
        );
        assert!(text.starts_with("use crate::Client; use crate::models::{User, Users};"), "{text}");
        assert!(text.contains("use crate::runtime::{self, Call, Paginator, paginate, request_builder};"), "{text}");
        assert!(text.contains("call: Call<'a>, client: &'a Client"), "{text}");
        assert!(text.contains("-> Paginator<'a, User>"), "{text}");
        assert!(text.contains("Paginator::new(self.call, paginate::decode_page::<Users>)"), "{text}");
        assert!(text.contains("request_builder!(runtime, List => json Users);"), "{text}");
    }

    #[test]
    fn a_name_the_file_uses_otherwise_keeps_its_full_path() {
        let text = shortened(
            "pub struct Page { items: Vec<crate::models::Item>, next: Option<crate::models::Next> }
             impl crate::runtime::Page for Page { type Item = crate::models::Item; }
             pub fn f<T: Into<crate::models::Into>>(x: crate::models::T) -> crate::Error { crate::runtime::Error::new() }
             pub fn g(response: &crate::RawResponse) { crate::runtime::response::undeclared_status(response) }",
        );
        // `Page` is an item of the file, `T` a generic parameter, `Into` the prelude's trait,
        // `Error` two different paths, `response` a binding, `Item` an associated type (which
        // would not shadow it, but the pass does not tell names apart by where they are defined).
        assert!(text.contains("impl crate::runtime::Page for Page"), "{text}");
        assert!(text.contains("x: crate::models::T"), "{text}");
        assert!(text.contains("Into<crate::models::Into>"), "{text}");
        assert!(text.contains("-> crate::Error { crate::runtime::Error::new() }"), "{text}");
        assert!(text.contains("crate::runtime::response::undeclared_status(response)"), "{text}");
        assert!(text.starts_with("use crate::RawResponse; use crate::models::Next; pub struct"), "{text}");
        assert!(text.contains("type Item = crate::models::Item;"), "{text}");
        assert!(text.contains("g(response: &RawResponse)"), "{text}");
    }

    #[test]
    fn code_under_cfg_keeps_full_paths_and_imports_nothing_for_itself() {
        let text = shortened(
            "pub struct A { b: crate::models::B }
             #[cfg(feature = \"serde-both-ways\")]
             impl A { fn c(&self) -> crate::models::C { crate::models::B::new() } }",
        );
        assert!(text.starts_with("use crate::models::B; pub struct A { b: B, }"), "{text}");
        assert!(text.contains("fn c(&self) -> crate::models::C { crate::models::B::new() }"), "{text}");
    }

    #[test]
    fn a_cfg_where_the_pass_does_not_look_leaves_the_file_alone() {
        let source = "pub fn f() -> crate::models::B { #[cfg(test)] g(); crate::models::B }";
        let text = shortened(source);
        assert!(!text.contains("use "), "{text}");
        assert!(text.contains("crate::models::B"), "{text}");
    }

    #[test]
    fn qualified_paths_and_nested_modules_are_left_alone() {
        let text = shortened(
            "pub type A = <crate::models::B as crate::runtime::Page>::Item;
             pub mod inner { pub type C = crate::models::C; }",
        );
        assert!(text.contains("use crate::models::B;"), "{text}");
        assert!(text.contains("<B as crate::runtime::Page>::Item"), "{text}");
        assert!(text.contains("pub type C = crate::models::C;"), "{text}");
    }
}
