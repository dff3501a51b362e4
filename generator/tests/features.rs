//! A generated crate's per-group Cargo features: named after the groups' modules apart from the
//! crate's own features, all on by default, and gates that let each feature compile alone (CI
//! compiles the seed crates with each feature alone; here the rule is checked on every spec).

// A test whose setup fails should stop right there, with the reason.
#![allow(clippy::expect_used)]

use std::collections::BTreeSet;
use std::path::Path;

use generator::ir::{Api, Feature, FeatureGates, Home};
use generator::manifest::Manifest;
use generator::{GroupFeatures, Naming, Options};

mod common;

use common::{Scratch, root};

/// The `[features]` table of a generated crate's `Cargo.toml`, and its `default` list.
fn features_of(generated: &generator::Generated) -> (toml::Table, Vec<String>) {
    let cargo: toml::Table = generated.files[Path::new("Cargo.toml")].parse().expect("TOML");
    let features = cargo.get("features").and_then(|f| f.as_table()).expect("[features]").clone();
    let default =
        features["default"].as_array().expect("a list").iter().filter_map(|f| f.as_str().map(str::to_owned)).collect();
    (features, default)
}

#[test]
fn groups_named_like_the_crates_own_features_take_a_suffix_and_are_reported() {
    let scratch = Scratch::new("features", "reserved");
    let spec = scratch.0.join("api.yaml");
    std::fs::write(
        &spec,
        r#"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /a: {get: {operationId: a, tags: [tracing], responses: {"204": {description: done}}}}
  /b: {get: {operationId: b, tags: [serde-both-ways], responses: {"204": {description: done}}}}
  /c: {get: {operationId: c, responses: {"204": {description: done}}}}
  /d: {get: {operationId: d, tags: [users], responses: {"204": {description: done}}}}
"#,
    )
    .expect("write");
    let generated = generator::generate(&spec, &Options::new(Naming::Tagged, "t")).expect("generates");
    let (features, default) = features_of(&generated);
    assert_eq!(default, ["default_group", "serde_both_ways_group", "tracing_group", "users"]);
    assert_eq!(features["tracing"].as_array().map(Vec::len), Some(1), "the crate's own feature stays");
    let warnings: Vec<String> = generated.warnings.iter().map(ToString::to_string).collect();
    for (at, name) in [("~1a", "tracing"), ("~1b", "serde_both_ways"), ("~1c", "default")] {
        let line = format!("#/paths/{at}/get: Cargo feature `{name}` is reserved; named `{name}_group`");
        assert!(warnings.contains(&line), "{line} in {warnings:#?}");
    }
    let lib = &generated.files[Path::new("src/lib.rs")];
    assert!(lib.contains("#[cfg(feature = \"tracing_group\")]\n    pub fn tracing_api("), "{lib}");

    // Without gates (a build script's file) the crate has no group features at all.
    let mut options = Options::new(Naming::Tagged, "t");
    options.group_features = GroupFeatures::Ungated;
    let generated = generator::generate(&spec, &options).expect("generates");
    assert!(!generated.files[Path::new("Cargo.toml")].contains("default ="));
    assert!(generated.files.values().all(|text| !text.contains("tracing_group")));
}

#[test]
fn oauth2_token_providers_are_a_feature_and_only_where_the_spec_has_oauth2() {
    let scratch = Scratch::new("features", "oauth2");
    let with = scratch.0.join("with.yaml");
    let security = r#"
components:
  securitySchemes:
    login:
      type: oauth2
      flows: {clientCredentials: {tokenUrl: "https://example.com/token", scopes: {}}}
security: [{login: []}]
"#;
    let paths = r#"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /a: {get: {operationId: a, tags: [oauth2], responses: {"204": {description: done}}}}
  /b: {get: {operationId: b, tags: [users], responses: {"204": {description: done}}}}
"#;
    std::fs::write(&with, format!("{paths}{security}")).expect("write");
    let without = scratch.0.join("without.yaml");
    std::fs::write(&without, paths).expect("write");
    let runtime_mod = |generated: &generator::Generated| generated.files[Path::new("src/runtime/mod.rs")].clone();

    // A checked-in crate: the crate's and the runtime's `oauth2` modules are behind the `oauth2`
    // feature, on by default; the group of that name takes a suffix.
    let generated = generator::generate(&with, &Options::new(Naming::Tagged, "t")).expect("generates");
    let (_, default) = features_of(&generated);
    assert_eq!(default, ["oauth2", "oauth2_group", "users"]);
    assert!(runtime_mod(&generated).contains("#[cfg(feature = \"oauth2\")]\npub mod oauth2;\n"));
    assert!(generated.files.contains_key(Path::new("src/runtime/oauth2.rs")));
    let lib = &generated.files[Path::new("src/lib.rs")];
    assert!(lib.contains("#[cfg(feature = \"oauth2\")]\npub mod oauth2;\n"), "{lib}");
    assert!(generated.files[Path::new("README.md")].contains("The feature `oauth2` (on by default too)"));

    // A build script's file has no features of its own: the modules are always there.
    let mut options = Options::new(Naming::Tagged, "t");
    options.group_features = GroupFeatures::Ungated;
    let generated = generator::generate(&with, &options).expect("generates");
    assert!(runtime_mod(&generated).contains("\npub mod oauth2;\n"));
    assert!(generated.files.values().all(|text| !text.contains("feature = \"oauth2\"")));

    // Without an `oauth2` scheme the runtime's providers are still there for tokens from a
    // provider of the user's own, behind the feature, off by default (in a build script's file
    // too: there the feature is the including package's).
    let generated = generator::generate(&without, &Options::new(Naming::Tagged, "t")).expect("generates");
    assert!(runtime_mod(&generated).contains("#[cfg(feature = \"oauth2\")]\npub mod oauth2;\n"));
    assert!(generated.files.contains_key(Path::new("src/runtime/oauth2.rs")));
    assert!(!generated.files.contains_key(Path::new("src/oauth2.rs")));
    let (features, default) = features_of(&generated);
    assert!(features.contains_key("oauth2"));
    assert!(!default.iter().any(|f| f == "oauth2"));
    assert!(generated.files[Path::new("README.md")].contains("The feature `oauth2` (off by default)"));
    let generated = generator::generate(&without, &options).expect("generates");
    assert!(runtime_mod(&generated).contains("#[cfg(feature = \"oauth2\")]\npub mod oauth2;\n"));
}

/// Every type a file or module names, by the module that holds it.
fn home_of(api: &Api, id: generator::ir::TypeId) -> Home {
    api.ty(id).home
}

/// For each feature alone, what compiles names only what compiles: a group's module the types
/// of its operations, a models file the types its types name.
fn assert_each_feature_compiles_alone(api: &Api, label: &str) {
    let gates = FeatureGates::of(api);
    let mut features: Vec<Feature> = (0..api.groups.len()).map(Feature::Group).collect();
    if gates.other_models {
        features.push(Feature::OtherModels);
    }
    let compiled = |home: Home, feature: Feature| match home {
        Home::Group(g) => gates.groups[g].contains(&feature),
        Home::Models { file } => gates.model_files[&file].as_ref().is_none_or(|set| set.contains(&feature)),
    };
    for &feature in &features {
        for (g, group) in api.groups.iter().enumerate() {
            if !compiled(Home::Group(g), feature) {
                continue;
            }
            for op in &group.operations {
                op.for_each_named(&mut |id| {
                    assert!(
                        compiled(home_of(api, id), feature),
                        "{label}: {feature:?}: {} needs {:?}",
                        op.id,
                        api.ty(id).at
                    );
                });
            }
        }
        for ty in api.types.iter().filter(|t| compiled(t.home, feature)) {
            ty.for_each_named(&mut |id| {
                assert!(compiled(home_of(api, id), feature), "{label}: {feature:?}: {} needs {}", ty.at, api.ty(id).at);
            });
        }
    }
    // Every models file compiles with some feature, and each group with its own.
    let mut reached = BTreeSet::new();
    for ty in &api.types {
        if let Home::Models { file } = ty.home {
            reached.insert(file);
        }
    }
    assert_eq!(reached.len(), gates.model_files.len(), "{label}");
    for (g, set) in gates.groups.iter().enumerate() {
        assert!(set.contains(&Feature::Group(g)), "{label}");
    }
}

#[test]
fn each_feature_alone_reaches_all_it_names_in_every_manifest_target() {
    let root = root();
    let manifest = Manifest::load(&root.join("generator.toml")).expect("the manifest");
    for target in &manifest.targets {
        let spec = target.spec_path(&root);
        if !spec.is_file() {
            continue;
        }
        let (_, api) = generator::lower_with(&spec, &target.options(&root)).expect("lowers");
        assert_each_feature_compiles_alone(&api, &target.crate_name);
    }
}

#[test]
fn a_models_file_is_gated_by_the_groups_that_reach_it() {
    let spec = root().join("specs/cvat-seed.yaml");
    let (_, api) = generator::lower_with(&spec, &Options::new(Naming::Tagged, "cvat-seed")).expect("lowers");
    let gates = FeatureGates::of(&api);
    let gate = |file: &str| -> Option<Vec<&str>> {
        let (_, set) = gates.model_files.iter().find(|(id, _)| api.name(**id) == file).expect("the file");
        set.as_ref().map(|set| set.iter().map(|f| api.feature_name(*f)).collect())
    };
    assert_eq!(gate("role_enum"), Some(vec!["memberships", "invitations"]));
    assert_eq!(gate("meta_user"), Some(vec!["users"]));
    assert_eq!(gate("basic_user"), None, "every group reaches it: no gate");
    assert!(!gates.other_models);
}
