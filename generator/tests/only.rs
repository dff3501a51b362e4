//! The operation filter (`Options::only`): a filtered crate holds the selected operations and the
//! types they reach, nothing else, and every name in it is the name the whole spec's crate gives
//! the same thing, down to the text of each item.

// A test whose setup fails should stop right there, with the reason.
#![allow(clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use generator::manifest::Manifest;
use generator::{Naming, Only, Options};

mod common;

use common::root;

fn options(naming: Naming, overrides: &BTreeMap<String, String>, only: &[&str]) -> Options {
    let mut options = Options::new(naming, "sdk");
    options.overrides = overrides.clone();
    options.only = only.iter().map(|entry| entry.parse::<Only>().expect("a filter entry")).collect();
    options
}

/// The model files (`src/models/<file>.rs`, without `mod.rs`) of a generated crate.
fn model_files(files: &BTreeMap<PathBuf, String>) -> BTreeSet<String> {
    files
        .keys()
        .filter(|p| p.starts_with("src/models") && !p.ends_with("mod.rs"))
        .filter_map(|p| p.file_stem().and_then(|s| s.to_str()).map(str::to_owned))
        .collect()
}

/// The items of a file as text, for comparison.
fn items(text: &str) -> Vec<syn::Item> {
    syn::parse_file(text).expect("a generated file parses").items
}

fn tokens(item: &impl quote::ToTokens) -> String {
    quote::ToTokens::to_token_stream(item).to_string()
}

/// Asserts that the crate of `spec` cut down by `only` names everything as the whole crate does:
/// in the IR (operations by operationId, types by pointer, with their fields and variants), and in
/// the text (each item of a filtered file is an item of the whole crate's file, byte for byte;
/// an API type's `impl` keeps the methods of the kept operations, each as it is in the whole crate).
/// Returns the filtered crate's files.
fn assert_names_kept(
    spec: &Path,
    naming: Naming,
    overrides: &BTreeMap<String, String>,
    only: &[&str],
) -> BTreeMap<PathBuf, String> {
    let (_, whole) = generator::lower_with(spec, &options(naming, overrides, &[])).expect("the whole spec lowers");
    let (_, part) = generator::lower_with(spec, &options(naming, overrides, only)).expect("the filtered spec lowers");
    assert!(part.operations().count() < whole.operations().count(), "{only:?} leaves something out");
    for (group, op) in part.operations() {
        let (whole_group, whole_op) = whole.operations().find(|(_, o)| o.id == op.id).expect("the operation");
        for (a, b) in [
            (group.module, whole_group.module),
            (group.api_type, whole_group.api_type),
            (group.accessor, whole_group.accessor),
            (group.feature, whole_group.feature),
            (op.method_name, whole_op.method_name),
            (op.builder, whole_op.builder),
        ] {
            assert_eq!(part.name(a), whole.name(b), "{}", op.id);
        }
    }
    for ty in &part.types {
        let names = |api: &generator::ir::Api, ty: &generator::ir::TypeDef| -> Vec<String> {
            let mut names = vec![api.name(ty.name).to_owned()];
            match &ty.kind {
                generator::ir::TypeKind::Struct(st) => {
                    names.extend(st.fields.iter().map(|f| api.name(f.name).to_owned()));
                }
                generator::ir::TypeKind::Enum(e) => {
                    names.extend(e.variants.iter().map(|v| api.name(v.name).to_owned()))
                }
                generator::ir::TypeKind::Union(u) => {
                    names.extend(u.variants.iter().map(|v| api.name(v.name).to_owned()))
                }
                generator::ir::TypeKind::Alias(_) | generator::ir::TypeKind::Outcomes(_) => {}
            }
            names
        };
        let wanted = names(&part, ty);
        assert!(
            whole.types.iter().any(|t| t.at == ty.at && names(&whole, t) == wanted),
            "{}: {wanted:?} is not in the whole crate",
            ty.at
        );
    }

    let whole_files = generator::generate(spec, &options(naming, overrides, &[])).expect("generates").files;
    let part_files = generator::generate(spec, &options(naming, overrides, only)).expect("generates").files;
    assert!(model_files(&part_files).is_subset(&model_files(&whole_files)));
    // The roots list what the crate holds (and gate it by the kept groups' features).
    let roots = ["Cargo.toml", "README.md", "src/lib.rs", "src/apis/mod.rs", "src/models/mod.rs"];
    for (path, text) in part_files.iter().filter(|(p, _)| p.extension().is_some_and(|e| e == "rs")) {
        if roots.iter().any(|r| path == Path::new(r)) {
            continue;
        }
        let whole_text = whole_files.get(path).unwrap_or_else(|| panic!("{} is in the whole crate", path.display()));
        let whole_items = items(whole_text);
        let whole_set: BTreeSet<String> = whole_items.iter().map(tokens).collect();
        for item in items(text) {
            // A file imports what it uses, which is less when it holds less.
            if whole_set.contains(&tokens(&item)) || matches!(item, syn::Item::Use(_)) {
                continue;
            }
            // The API type's impl: the kept operations' methods, as the whole crate has them.
            let syn::Item::Impl(imp) = &item else {
                panic!("{}: not in the whole crate: {}", path.display(), tokens(&item))
            };
            let whole_impl = whole_items
                .iter()
                .find_map(|i| match i {
                    syn::Item::Impl(w) if tokens(&w.self_ty) == tokens(&imp.self_ty) && w.trait_.is_none() => Some(w),
                    _ => None,
                })
                .unwrap_or_else(|| panic!("{}: no impl of {}", path.display(), tokens(&imp.self_ty)));
            let whole_methods: BTreeSet<String> = whole_impl.items.iter().map(tokens).collect();
            for method in &imp.items {
                assert!(whole_methods.contains(&tokens(method)), "{}: {}", path.display(), tokens(method));
            }
        }
    }
    part_files
}

#[test]
fn a_filtered_seed_crate_keeps_the_whole_crates_names_and_only_what_it_reaches() {
    let spec = root().join("specs/cvat-seed.yaml");
    let none = BTreeMap::new();
    let files = assert_names_kept(&spec, Naming::Tagged, &none, &["op:users_retrieve_self"]);
    assert_eq!(
        model_files(&files),
        BTreeSet::from(["basic_user".to_owned(), "meta_user".to_owned(), "user".to_owned()])
    );
    let apis: Vec<&PathBuf> = files.keys().filter(|p| p.starts_with("src/apis")).collect();
    assert_eq!(apis, [Path::new("src/apis/mod.rs"), Path::new("src/apis/users.rs")]);
    let lib = &files[Path::new("src/lib.rs")];
    assert!(lib.contains("Only the operations that `op:users_retrieve_self` selects"), "{lib}");
    let readme = &files[Path::new("README.md")];
    assert!(
        readme.contains("\n\nOnly the operations that `op:users_retrieve_self` selects, and the types"),
        "{readme}"
    );
    assert!(lib.contains("pub fn users_api(") && !lib.contains("pub fn memberships_api("), "{lib}");
    let cargo = &files[Path::new("Cargo.toml")];
    assert!(cargo.contains("default = [\"users\"]\n"), "{cargo}");

    for only in
        [&["group:memberships"][..], &["group:invitations", "path:/api/users/self"], &["path:/api/memberships/"]]
    {
        let files = assert_names_kept(&spec, Naming::Tagged, &none, only);
        assert_names_kept(&spec, Naming::Legacy, &none, only);
        if only.len() == 2 {
            let readme = &files[Path::new("README.md")];
            let note = "Only the operations that `group:invitations` and `path:/api/users/self` select, and";
            assert!(readme.contains(note), "{readme}");
        }
    }
}

#[test]
fn a_group_is_selected_by_its_tag_or_its_module() {
    let spec = root().join("specs/box-seed.yaml");
    let none = BTreeMap::new();
    let list = |only: &[&str]| {
        let (_, api) = generator::lower_with(&spec, &options(Naming::Box, &none, only)).expect("lowers");
        api.operations().map(|(_, op)| op.id.clone()).collect::<Vec<_>>()
    };
    let all = list(&[]);
    assert_eq!(list(&["group:memberships"]), all, "the module name (and the x-box-tag)");
    assert_eq!(list(&["path:/group_memberships"]).len(), 4);
    assert_eq!(list(&["path:/users/{user_id}/memberships", "op:get_group_memberships_id"]).len(), 2);

    // The tag `self` is the module `self_`: either selects the group.
    let spec = root().join("specs/features/names.yaml");
    let count = |only: &[&str]| {
        let (_, api) = generator::lower_with(&spec, &options(Naming::Tagged, &none, only)).expect("lowers");
        api.operations().count()
    };
    assert_eq!((count(&["group:self"]), count(&["group:self_"])), (1, 1));
}

/// An operation names its security requirement by its number in the whole spec's crate, so a
/// filtered builder reads as the whole crate's does.
#[test]
fn a_filtered_operation_keeps_its_security_requirement() {
    let spec = root().join("specs/features/auth.yaml");
    let none = BTreeMap::new();
    let files = assert_names_kept(&spec, Naming::Tagged, &none, &["op:signed_get"]);
    let things = &files[Path::new("src/apis/things.rs")];
    assert!(things.contains("security: SECURITY_REQUIREMENTS[2],"), "{things}");
    let lib = &files[Path::new("src/lib.rs")];
    assert!(lib.contains("    &[&[&SECURITY_SCHEMES[1]], &[&SECURITY_SCHEMES[5]]],\n];\n"), "{lib}");
}

/// The real Box spec (in ../shared; a fresh clone without it skips with a line, CI fails):
/// filtered by group, operationId and path prefix with the `box-sdk` target's overrides, every
/// name is the whole crate's.
#[test]
fn box_names_do_not_change_with_the_filter() {
    let root = root();
    let manifest = Manifest::load(&root.join("generator.toml")).expect("the manifest");
    let target = manifest.targets.iter().find(|t| t.crate_name == "box-sdk").expect("the box-sdk target");
    let spec = target.spec_path(&root);
    if !spec.is_file() {
        assert!(
            std::env::var("CI").map_or(true, |v| v != "true"),
            "{} is missing, and CI=true requires it",
            spec.display()
        );
        eprintln!("skipping box_names_do_not_change_with_the_filter: {} not found", spec.display());
        return;
    }
    let only = ["group:memberships", "op:get_users_me", "path:/files/{file_id}/comments", "group:shared_links_files"];
    let files = assert_names_kept(&spec, Naming::Box, &target.overrides, &only);
    let apis: Vec<&PathBuf> = files.keys().filter(|p| p.starts_with("src/apis")).collect();
    let names: Vec<String> = apis.iter().filter_map(|p| p.file_stem()?.to_str().map(str::to_owned)).collect();
    assert_eq!(names, ["comments", "memberships", "mod", "shared_links_files", "users"]);
}

#[test]
fn a_filtered_crate_reports_only_the_warnings_about_what_it_keeps() {
    let scratch = common::Scratch::new("only", "warnings");
    let spec = scratch.0.join("api.yaml");
    std::fs::write(
        &spec,
        r##"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /pets:
    get:
      operationId: pets_list
      tags: [pets]
      responses: {"200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}}}
  /owners:
    get:
      operationId: owners_list
      tags: [owners]
      responses: {"200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Owner"}}}}}
components:
  schemas:
    Pet: {type: object, required: [name, tag], properties: {name: {type: string}}}
    Owner: {type: object, required: [name, age], properties: {name: {type: string}}}
"##,
    )
    .expect("write");
    let warnings = |only: &[&str]| -> Vec<String> {
        let generated =
            generator::generate(&spec, &options(Naming::Tagged, &BTreeMap::new(), only)).expect("generates");
        generated.warnings.iter().map(|w| w.at.to_string()).collect()
    };
    let all = warnings(&[]);
    assert!(all.contains(&"#/components/schemas/Pet/required".to_owned()), "{all:?}");
    assert!(all.contains(&"#/components/schemas/Owner/required".to_owned()), "{all:?}");
    let pets = warnings(&["group:pets"]);
    assert!(pets.contains(&"#/components/schemas/Pet/required".to_owned()), "{pets:?}");
    assert!(!pets.contains(&"#/components/schemas/Owner/required".to_owned()), "{pets:?}");
}
