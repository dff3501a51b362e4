//! The `build.rs` library path (`generator::Builder`): the one file it writes holds the same code
//! as the checked-in crate for the same spec and style, it names every input for
//! `rerun-if-changed`, it rewrites nothing that did not change, and a bad spec fails with the
//! file and the JSON pointer.

// A test whose setup fails should stop right there, with the reason.
#![allow(clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use generator::manifest::Manifest;
use generator::{Builder, Naming};
use proc_macro2::{Group, TokenStream, TokenTree};

mod common;

use common::{Scratch, root};

/// Token text of `tokens`, the form both sides are compared in: formatting does not count, nor
/// does a trailing comma at the end of a group or of generic arguments (prettyplease writes some where rustfmt does
/// not; rustfmt never turns `(x,)` into `(x)`, so this hides no change of meaning).
fn text(tokens: impl quote::ToTokens) -> String {
    fn strip(stream: TokenStream) -> TokenStream {
        let all: Vec<TokenTree> = stream.into_iter().collect();
        // A comma right before `>` ends a generic argument list.
        let ends_generics = |i: usize| matches!(all.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == '>');
        let mut trees: Vec<TokenTree> = all
            .iter()
            .enumerate()
            .filter(|(i, tree)| !(matches!(tree, TokenTree::Punct(p) if p.as_char() == ',') && ends_generics(*i)))
            .map(|(_, tree)| match tree.clone() {
                TokenTree::Group(g) => {
                    let mut inner: Vec<TokenTree> = strip(g.stream()).into_iter().collect();
                    if matches!(inner.last(), Some(TokenTree::Punct(p)) if p.as_char() == ',') {
                        inner.pop();
                    }
                    TokenTree::Group(Group::new(g.delimiter(), inner.into_iter().collect()))
                }
                other => other,
            })
            .collect();
        // In a macro call's tokens rustfmt joins `::<` and `>>`, prettyplease does not.
        for i in 0..trees.len() {
            let joined = match (&trees[i], trees.get(i + 1)) {
                (TokenTree::Punct(p), _) if p.as_char() == '>' => Some('>'),
                (TokenTree::Punct(p), Some(TokenTree::Punct(next))) if p.as_char() == ':' && next.as_char() == '<' => {
                    Some(':')
                }
                _ => None,
            };
            if let Some(c) = joined {
                trees[i] = TokenTree::Punct(proc_macro2::Punct::new(c, proc_macro2::Spacing::Alone));
            }
        }
        trees.shrink_to_fit();
        trees.into_iter().collect()
    }
    strip(quote::ToTokens::to_token_stream(&tokens)).to_string()
}

/// Undoes what formatters add or drop without changing the code: a match arm's body wrapped in a
/// block of one expression, and a closure's (prettyplease wraps long ones, rustfmt at other widths).
struct Unwrap;

/// The expression of `{ expr }`, a block of one expression without label or attributes.
fn sole_expression(body: &syn::Expr) -> Option<syn::Expr> {
    match body {
        syn::Expr::Block(block) if block.attrs.is_empty() && block.label.is_none() => {
            match block.block.stmts.as_slice() {
                [syn::Stmt::Expr(expr, None)] => Some(expr.clone()),
                _ => None,
            }
        }
        _ => None,
    }
}

impl syn::visit_mut::VisitMut for Unwrap {
    fn visit_arm_mut(&mut self, arm: &mut syn::Arm) {
        // prettyplease also writes `=> out.x = y,` as `=> { out.x = y; }` and `=> return x,` as
        // `=> { return x; }` (the compiler checks the included code's types either way).
        let unit = match &*arm.body {
            syn::Expr::Block(block) if block.attrs.is_empty() && block.label.is_none() => {
                match block.block.stmts.as_slice() {
                    [syn::Stmt::Expr(expr, Some(_))] => Some(expr.clone()),
                    _ => None,
                }
            }
            _ => None,
        };
        if let Some(expr) = sole_expression(&arm.body).or(unit) {
            *arm.body = expr;
            arm.comma = Some(Default::default());
        }
        syn::visit_mut::visit_arm_mut(self, arm);
    }

    fn visit_expr_closure_mut(&mut self, closure: &mut syn::ExprClosure) {
        if matches!(closure.output, syn::ReturnType::Default)
            && let Some(expr) = sole_expression(&closure.body)
        {
            *closure.body = expr;
        }
        syn::visit_mut::visit_expr_closure_mut(self, closure);
    }
}

/// An item in the compared form.
fn item_text(item: &syn::Item) -> String {
    let mut item = item.clone();
    syn::visit_mut::VisitMut::visit_item_mut(&mut Unwrap, &mut item);
    text(&item)
}

/// The first difference of two long texts, with some context.
fn first_difference(a: &str, b: &str) -> String {
    let at = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let from = at.saturating_sub(150);
    let excerpt = |s: &str| s.chars().skip(from).take(300).collect::<String>();
    format!("first difference at {at}:\n  included: …{}…\n  checked-in: …{}…", excerpt(a), excerpt(b))
}

/// The checked-in file's tokens as they must read inside the included file, `prefix` levels
/// below its root: `crate ::` paths, and `crate::` in intra-doc links and path strings, become
/// relative (`self ::` at the root, `super ::` per level). A plain text rule, independent of
/// the generator's syntax-tree rewrite.
fn relative(tokens: String, depth: usize) -> String {
    let (tokens_prefix, text_prefix) = match depth {
        0 => ("self :: ".to_owned(), "self::".to_owned()),
        n => ("super :: ".repeat(n), "super::".repeat(n)),
    };
    tokens
        .replace("crate :: ", &tokens_prefix)
        .replace("[`crate::", &format!("[`{text_prefix}"))
        .replace("](crate::", &format!("]({text_prefix}"))
        .replace("\"crate::", &format!("\"{text_prefix}"))
}

fn is_cfg_test(attrs: &[syn::Attribute]) -> bool {
    attrs
        .iter()
        .any(|a| a.path().is_ident("cfg") && matches!(&a.meta, syn::Meta::List(l) if l.tokens.to_string() == "test"))
}

fn item_attrs(item: &syn::Item) -> &[syn::Attribute] {
    match item {
        syn::Item::Const(i) => &i.attrs,
        syn::Item::Enum(i) => &i.attrs,
        syn::Item::Fn(i) => &i.attrs,
        syn::Item::Impl(i) => &i.attrs,
        syn::Item::Mod(i) => &i.attrs,
        syn::Item::Static(i) => &i.attrs,
        syn::Item::Struct(i) => &i.attrs,
        syn::Item::Type(i) => &i.attrs,
        syn::Item::Use(i) => &i.attrs,
        _ => &[],
    }
}

/// Sorts each run of consecutive `use` items by their text: rustfmt orders imports, and their
/// order means nothing.
fn sort_use_runs(items: &mut [&syn::Item]) {
    let mut start = 0;
    while start < items.len() {
        let len = items[start..].iter().take_while(|i| matches!(i, syn::Item::Use(_))).count();
        items[start..start + len].sort_by_key(|i| text(i));
        start += len.max(1);
    }
}

/// The features that gate parts of the checked-in crate: its `default` ones (the groups', and
/// `other-models`).
fn group_features(crate_dir: &Path) -> Vec<String> {
    let manifest: toml::Table =
        std::fs::read_to_string(crate_dir.join("Cargo.toml")).expect("Cargo.toml").parse().expect("TOML");
    let default = manifest.get("features").and_then(|f| f.get("default")).and_then(|d| d.as_array());
    default.into_iter().flatten().filter_map(|f| f.as_str()).map(str::to_owned).collect()
}

/// Drops the `#[cfg(..)]` attributes that test only the crate's group features: a build
/// script's file compiles every group (`Builder::only` is its filter), so it has none.
struct UngateGroups<'a>(&'a [String]);

impl UngateGroups<'_> {
    fn is_group_gate(&self, attr: &syn::Attribute) -> bool {
        let syn::Meta::List(list) = &attr.meta else { return false };
        if !attr.path().is_ident("cfg") {
            return false;
        }
        let mut rest = list.tokens.to_string();
        for feature in self.0 {
            rest = rest.replace(&format!("feature = \"{feature}\""), "");
        }
        !rest.contains("feature") && rest.replace(['(', ')', ',', ' '], "").trim_start_matches("any").is_empty()
    }
}

impl syn::visit_mut::VisitMut for UngateGroups<'_> {
    fn visit_attributes_mut(&mut self, attrs: &mut Vec<syn::Attribute>) {
        attrs.retain(|a| !self.is_group_gate(a));
    }
}

/// Compares the module `items` of the included file (at `module`, `depth` levels deep) with the
/// checked-in file `file` of `crate_dir`, and recurses into its inline modules; records every
/// checked-in file it compared in `seen`.
fn compare_module(crate_dir: &Path, file: &Path, items: &[syn::Item], depth: usize, seen: &mut Vec<PathBuf>) {
    let source = std::fs::read_to_string(crate_dir.join(file)).expect("the checked-in file");
    let mut expected: syn::File = syn::parse_file(&source).expect("the checked-in file parses");
    let groups = group_features(crate_dir);
    syn::visit_mut::VisitMut::visit_file_mut(&mut UngateGroups(&groups), &mut expected);
    seen.push(file.to_path_buf());
    let mut expected_items: Vec<&syn::Item> = expected
        .items
        .iter()
        .filter(|i| !matches!(i, syn::Item::Mod(m) if m.content.is_none()) && !is_cfg_test(item_attrs(i)))
        .collect();
    // Modules the checked-in file declares (`mod x;`) are compared with their own files below;
    // inline modules it has itself are items like any other.
    let declared_names: Vec<String> = expected
        .items
        .iter()
        .filter_map(|i| match i {
            syn::Item::Mod(m) if m.content.is_none() => Some(m.ident.to_string()),
            _ => None,
        })
        .collect();
    let from_file = |i: &&syn::Item| matches!(i, syn::Item::Mod(m) if declared_names.contains(&m.ident.to_string()));
    let mut actual_items: Vec<&syn::Item> = items.iter().filter(|i| !from_file(i)).collect();
    sort_use_runs(&mut expected_items);
    sort_use_runs(&mut actual_items);
    assert_eq!(actual_items.len(), expected_items.len(), "{}: number of items", file.display());
    // The root's lint attributes sit on each top-level item instead (the crate docs are gone, and
    // so are `warn` levels: those are the including crate's).
    let root_lints: Vec<String> = expected
        .attrs
        .iter()
        .filter(|a| depth == 0 && !a.path().is_ident("doc") && !a.path().is_ident("warn"))
        .map(|a| text(a).replacen("# !", "#", 1))
        .collect();
    for (actual, expected) in actual_items.iter().zip(&expected_items) {
        let mut actual = item_text(actual);
        for lint in &root_lints {
            let lint = format!("{lint} ");
            if actual.starts_with(&lint) {
                actual = actual.replacen(&lint, "", 1);
            } else {
                assert!(matches!(expected, syn::Item::Use(_)), "{}: `{lint}` missing on {actual}", file.display());
            }
        }
        let expected = relative(item_text(expected), depth);
        assert!(actual == expected, "{}: {}", file.display(), first_difference(&actual, &expected));
    }
    // Declared modules: inline, in the same order, with the child file's inner attributes.
    let declared: Vec<&syn::ItemMod> = expected
        .items
        .iter()
        .filter_map(|i| match i {
            syn::Item::Mod(m) if m.content.is_none() => Some(m),
            _ => None,
        })
        .collect();
    let inline: Vec<&syn::ItemMod> = items
        .iter()
        .filter(from_file)
        .filter_map(|i| match i {
            syn::Item::Mod(m) => Some(m),
            _ => None,
        })
        .collect();
    // rustfmt orders `mod` declarations; the order of modules means nothing.
    let names = |mods: &[&syn::ItemMod]| {
        let mut names = mods.iter().map(|m| m.ident.to_string()).collect::<Vec<_>>();
        names.sort();
        names
    };
    assert_eq!(names(&inline), names(&declared), "{}: modules", file.display());
    let dir = match file.file_name().and_then(|n| n.to_str()) {
        Some("lib.rs" | "mod.rs") => file.parent().expect("a parent").to_path_buf(),
        _ => file.with_extension(""),
    };
    for module in inline {
        let name = module.ident.to_string();
        let child = [dir.join(format!("{name}.rs")), dir.join(&name).join("mod.rs")]
            .into_iter()
            .find(|p| crate_dir.join(p).is_file())
            .expect("a file for the module");
        let child_source = std::fs::read_to_string(crate_dir.join(&child)).expect("the child file");
        let child_file: syn::File = syn::parse_file(&child_source).expect("the child parses");
        let inner: Vec<String> =
            module.attrs.iter().filter(|a| matches!(a.style, syn::AttrStyle::Inner(_))).map(text).collect();
        let expected_inner: Vec<String> = child_file.attrs.iter().map(|a| relative(text(a), depth + 1)).collect();
        assert_eq!(inner, expected_inner, "{}: inner attributes", child.display());
        let (_, items) = module.content.as_ref().expect("inline");
        compare_module(crate_dir, &child, items, depth + 1, seen);
    }
}

/// A builder set up as the manifest's target `name` is: its spec, naming and overrides.
fn builder_like_target(name: &str) -> Builder {
    let root = root();
    let manifest = Manifest::load(&root.join("generator.toml")).expect("the manifest");
    let target = manifest.targets.iter().find(|t| t.crate_name == name).expect("the manifest target");
    Builder::new(target.spec_path(&root)).naming(target.naming).overrides(target.overrides.clone())
}

/// The Builder's file for manifest target `name` against the crate checked in at its `out`.
fn assert_same_as_checked_in(name: &str, out: &str) {
    let root = root();
    let output = builder_like_target(name).generate().unwrap_or_else(|e| panic!("{e}"));
    let file = syn::parse_file(&output.source).expect("the included file parses");
    assert!(file.attrs.is_empty(), "an included file cannot have inner attributes");
    let crate_dir = root.join(out);
    let mut seen = Vec::new();
    compare_module(&crate_dir, Path::new("src/lib.rs"), &file.items, 0, &mut seen);
    let mut checked_in: Vec<PathBuf> = generator::write::read_tree(&crate_dir.join("src"))
        .expect("the checked-in crate")
        .into_keys()
        .map(|p| Path::new("src").join(p))
        .collect();
    checked_in.sort();
    seen.sort();
    assert_eq!(seen, checked_in, "every checked-in source file is in the included file");
    // The crate files in memory are the CLI's too, except for rustfmt's layout.
    let tree: BTreeMap<PathBuf, String> = output.crate_files;
    assert!(tree.contains_key(Path::new("Cargo.toml")) && tree.contains_key(Path::new("src/lib.rs")));
}

#[test]
fn cvat_seed_tagged_is_the_checked_in_crate() {
    assert_same_as_checked_in("cvat-seed", "generated/cvat-seed");
}

#[test]
fn cvat_seed_legacy_is_the_checked_in_crate() {
    assert_same_as_checked_in("cvat-seed-legacy", "generated/cvat-seed-legacy");
}

#[test]
fn box_seed_is_the_checked_in_crate() {
    assert_same_as_checked_in("box-seed", "generated/box-seed");
}

#[test]
fn feature_specs_are_the_checked_in_crates() {
    for feature in [
        "all-of",
        "auth",
        "enums",
        "external-refs",
        "names",
        "nullable",
        "parameters",
        "recursion",
        "responses",
        "unions",
    ] {
        assert_same_as_checked_in(&format!("feature-{feature}"), &format!("generated/feature-{feature}"));
    }
}

#[test]
fn rerun_lines_name_the_spec_every_ref_file_and_the_options_file() {
    let root = root();
    let scratch = Scratch::new("builder", "rerun");
    let options = scratch.0.join("options.toml");
    std::fs::write(&options, "naming = \"legacy\"\n\n[overrides]\npets_list = \"all_pets\"\n").expect("write");
    let spec = root.join("specs/features/external-refs.yaml");
    let out = scratch.0.join("out/api.rs");
    let output = Builder::new(&spec).options_file(&options).write_to(&out).unwrap_or_else(|e| panic!("{e}"));

    let expected = [spec.clone(), root.join("specs/features/shared/common.yaml"), options.clone()];
    assert_eq!(output.rerun_if_changed, expected);
    let lines = output.cargo_directives();
    assert_eq!(lines[2], format!("cargo:rerun-if-changed={}", options.display()));
    assert!(output.written);
    let source = std::fs::read_to_string(&out).expect("the file is written");
    assert!(source.contains("pub fn all_pets("), "the options file's override applies");
    assert!(source.contains("pub struct PetsApi"), "the options file's naming applies");

    // A second run with nothing changed leaves the file, and its modification time, alone.
    let modified = std::fs::metadata(&out).and_then(|m| m.modified()).expect("mtime");
    std::thread::sleep(std::time::Duration::from_millis(20));
    let again = Builder::new(&spec).options_file(&options).write_to(&out).unwrap_or_else(|e| panic!("{e}"));
    assert!(!again.written);
    assert_eq!(std::fs::metadata(&out).and_then(|m| m.modified()).expect("mtime"), modified);

    // Settings on the builder win over the file's.
    let tagged =
        Builder::new(&spec).options_file(&options).naming(Naming::Tagged).overrides([("pets_list", "every_pet")]);
    let source = tagged.generate().unwrap_or_else(|e| panic!("{e}")).source;
    assert!(source.contains("pub fn every_pet("), "{source}");
}

/// `Builder::only` (and an options file's `only`) takes part of a spec; the file has no Cargo
/// features of its own, filtered or not (`assert_same_as_checked_in` compares the whole one).
#[test]
fn only_takes_part_of_the_spec_into_an_ungated_file() {
    let root = root();
    let spec = root.join("specs/cvat-seed.yaml");
    let output = Builder::new(&spec).only(["group:users"]).generate().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(output.operation_count, 5);
    let source = &output.source;
    assert!(source.contains("pub fn users_api(") && !source.contains("memberships_api"), "{source}");
    assert!(!source.contains("InvitationRead"), "a type no users operation reaches");
    assert!(!source.contains("cfg(feature = \"users\")") && !source.contains("cfg(any("), "{source}");
    let cargo = &output.crate_files[Path::new("Cargo.toml")];
    assert!(!cargo.contains("default ="), "{cargo}");

    let scratch = Scratch::new("builder", "only");
    let options = scratch.0.join("options.toml");
    std::fs::write(&options, "only = [\"op:users_retrieve_self\"]\n").expect("write");
    let output = Builder::new(&spec).options_file(&options).only(["path:/api/invitations"]).generate();
    assert_eq!(output.unwrap_or_else(|e| panic!("{e}")).operation_count, 6, "the file's entries and the builder's");

    let error = Builder::new(&spec).only(["group:userz"]).generate().expect_err("selects nothing");
    assert!(error.to_string().contains("#/paths: the operation filter `group:userz` selects no operation"), "{error}");
    let error = Builder::new(&spec).only(["userz"]).generate().expect_err("no known form");
    assert!(error.to_string().contains("operation filter `userz`: expected `group:NAME`"), "{error}");
    std::fs::write(&options, "only = [\"users\"]\n").expect("write");
    let error = Builder::new(&spec).options_file(&options).generate().expect_err("no known form");
    assert!(error.to_string().contains("expected `group:NAME`"), "{error}");
}

#[test]
fn a_bad_spec_fails_with_the_file_and_the_pointer_not_a_struct_dump() {
    let root = root();
    let scratch = Scratch::new("builder", "invalid");
    let out = scratch.0.join("api.rs");
    let spec = root.join("specs/invalid/dangling-ref.yaml");
    let error = Builder::new(&spec).write_to(&out).expect_err("a dangling $ref is an error");
    let message = error.to_string();
    assert!(
        message.starts_with(&format!("cannot generate Rust code from {}: 2 problems:", spec.display())),
        "{message}"
    );
    assert!(
        message.contains(&format!(
            "\n  {}: #/components/schemas/User/properties/team: `$ref` `#/components/schemas/Team` points to nothing",
            spec.display()
        )),
        "{message}"
    );
    assert_eq!(format!("{error:?}"), message, "`fn main() -> Result<(), BuildError>` prints Debug");
    assert!(!out.exists(), "nothing is written");

    // Every invalid spec fails the same way: a message that names its file, never a panic.
    for entry in std::fs::read_dir(root.join("specs/invalid")).expect("specs/invalid") {
        let path = entry.expect("an entry").path();
        let error = Builder::new(&path).generate().expect_err("an invalid spec");
        let name = path.file_name().and_then(|n| n.to_str()).expect("a name");
        assert!(format!("{error:?}").contains(name), "{error}");
    }

    // A bad options file names itself.
    let options = scratch.0.join("options.toml");
    std::fs::write(&options, "naming = \"camel\"\n").expect("write");
    let error = Builder::new(root.join("specs/cvat-seed.yaml")).options_file(&options).generate().expect_err("bad");
    assert!(error.to_string().contains("options.toml"), "{error}");
}

/// The real Box spec (296 operations) through the same path, with the overrides of the manifest
/// target `box-sdk`; the same code as the checked-in `generated/box`. It lives in ../shared, which a
/// fresh clone lacks: then the test says so and passes, except under CI=true, where it fails.
#[test]
fn real_box_spec_through_the_builder() {
    let root = root();
    let spec = root.join("../shared/specs/box.json");
    if !spec.is_file() {
        assert!(
            std::env::var("CI").map_or(true, |v| v != "true"),
            "{} is missing, and CI=true requires it",
            spec.display()
        );
        eprintln!("skipping real_box_spec_through_the_builder: {} not found", spec.display());
        return;
    }
    let scratch = Scratch::new("builder", "box");
    let out = scratch.0.join("box_sdk.rs");
    let output = builder_like_target("box-sdk").write_to(&out).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(output.operation_count, 296);
    let source = std::fs::read_to_string(&out).expect("written");
    assert!(source.contains("pub fn download_file("), "the manifest's overrides apply");
    assert_eq!(output.rerun_if_changed, [root.join("../shared/specs/box.json")]);
    assert_same_as_checked_in("box-sdk", "generated/box");
}

/// The example crate declares the runtime's dependencies as the runtime does (same versions and
/// features), so that a change to `templates/runtime/Cargo.toml` fails here, by name, rather than
/// as an unresolved import inside the example's OUT_DIR.
#[test]
fn the_example_declares_the_runtime_dependencies() {
    let manifest = std::fs::read_to_string(root().join("examples/downstream-build-rs/Cargo.toml")).expect("read");
    assert_eq!(generator::builder::missing_runtime_dependencies(&manifest), Vec::<String>::new());
    let table = |text: &str| -> toml::Table {
        let parsed: toml::Table = text.parse().expect("TOML");
        parsed.get("dependencies").and_then(|d| d.as_table()).cloned().expect("[dependencies]")
    };
    let example = table(&manifest);
    for (name, wanted) in table(generator::runtime_dependencies()) {
        assert_eq!(
            example.get(&name),
            Some(&wanted),
            "examples/downstream-build-rs/Cargo.toml: `{name}` differs from templates/runtime/Cargo.toml"
        );
    }
}
