//! insta snapshots of what the generator makes of the specs this project writes (`specs/`): one
//! snapshot per generated file for each manifest target of a spec (so every snapshotted crate is
//! also compiled by CI), the `--list-operations` table per spec in every style (the cheapest
//! review of naming), the live apps' naming tables, and the error text of each `specs/invalid/`
//! spec. The runtime files are the templates copied verbatim, so they are not snapshotted.

use std::path::{Path, PathBuf};

use generator::manifest::Manifest;
use generator::{Naming, Options};
use tests::repository_root;

/// Specs relative to the root, so snapshot names and texts do not depend on the machine.
fn relative(spec: &Path) -> PathBuf {
    let spec = spec.canonicalize().unwrap_or_else(|_| spec.to_path_buf());
    spec.strip_prefix(repository_root()).unwrap_or(&spec).to_path_buf()
}

/// The styles a spec is snapshotted in, with the crate name: the manifest's targets of the spec,
/// whose crates are checked in under `generated/` and so compiled, linted and documented by CI.
fn targets_of(spec: &Path) -> Vec<(Naming, String)> {
    let manifest = Manifest::load(&repository_root().join("generator.toml")).expect("the manifest parses");
    manifest.targets.iter().filter(|t| t.spec == relative(spec)).map(|t| (t.naming, t.crate_name.clone())).collect()
}

fn snapshot_name(spec: &Path, style: Naming, file: &Path) -> String {
    let spec = relative(spec).with_extension("").display().to_string().replace(['/', '\\'], "__");
    let file = file.display().to_string().replace(['/', '\\'], "__");
    format!("{spec}__{style}__{file}")
}

/// One snapshot per generated file for each target of the spec (the runtime files are the
/// templates verbatim and not snapshotted), and the naming table of every style: the cheapest
/// review of every name, also for the styles no target uses.
fn generate_and_snapshot(spec: &Path) {
    let targets = targets_of(spec);
    assert!(
        !targets.is_empty(),
        "{} is no manifest target: its crate would never be compiled",
        relative(spec).display()
    );
    for (style, crate_name) in targets {
        let mut options = Options::new(style, crate_name);
        options.source_label = Some(relative(spec).display().to_string());
        let generated = generator::generate(spec, &options).expect("a spec of ours generates");
        for (path, text) in generated.files.iter().filter(|(p, _)| !p.starts_with("src/runtime")) {
            insta::assert_snapshot!(snapshot_name(spec, style, path), text);
        }
    }
    for style in Naming::ALL {
        let overrides = Default::default();
        let table = generator::list_operations(spec, style, &overrides).expect("a spec of ours lists");
        insta::assert_snapshot!(snapshot_name(spec, style, Path::new("list-operations.tsv")), table);
    }
}

fn with_settings(f: impl FnOnce()) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(repository_root().join("tests/snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(f);
}

#[test]
fn seed_specs() {
    with_settings(|| {
        insta::glob!("../../specs", "*.yaml", generate_and_snapshot);
    });
}

#[test]
fn feature_specs() {
    with_settings(|| {
        insta::glob!("../../specs/features", "*.yaml", generate_and_snapshot);
    });
}

/// The live-server apps' specs as their frameworks write them (tests/live), in the two styles that
/// name methods after operationIds: DRF's `users_list` is `list` in `tagged`, and FastAPI's
/// `list_pets_pets_get` is `list_pets` in both.
#[test]
fn live_operation_tables() {
    with_settings(|| {
        for spec in ["specs/live/drf-spectacular.yaml", "specs/live/drf-yasg.json", "specs/live/fastapi.json"] {
            for style in [Naming::Tagged, Naming::Legacy] {
                let table = generator::list_operations(&repository_root().join(spec), style, &Default::default())
                    .expect("a live app's spec lists");
                let stem = spec.rsplit_once('.').map_or(spec, |(stem, _)| stem);
                insta::assert_snapshot!(format!("{}__{style}__operations.tsv", stem.replace('/', "__")), table);
            }
        }
    });
}

#[test]
fn invalid_specs_fail_with_file_and_pointer() {
    with_settings(|| {
        insta::glob!("../../specs/invalid", "*.yaml", |spec| {
            let options = Options::new(Naming::Tagged, "invalid");
            let err = generator::generate(spec, &options).expect_err("an invalid spec fails");
            // Errors name the file as it was given; show it relative to the root.
            let text = err.to_string().replace(&format!("{}/", repository_root().display()), "");
            let file = relative(spec).display().to_string();
            assert!(
                text.lines().all(|line| line.starts_with(&format!("{file}: #")) || line.starts_with("specs/invalid/")),
                "every line names the file and a pointer:\n{text}"
            );
            insta::assert_snapshot!(snapshot_name(spec, Naming::Tagged, Path::new("error.txt")), text);
        });
    });
}
