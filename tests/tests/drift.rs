//! The checked-in crates under `generated/` are exactly what the generator makes of the manifest
//! today. Targets whose spec lives in `../shared` are skipped with one line on a fresh clone, and
//! are required under `CI=true`.

use generator::manifest::{Manifest, is_ci};
use generator::write::read_tree;
use tests::repository_root;

#[test]
fn generated_crates_match_the_generator() {
    let root = repository_root();
    let manifest = Manifest::load(&root.join("generator.toml")).expect("the manifest parses");
    let mut drifted = Vec::new();
    for target in &manifest.targets {
        let spec = target.spec_path(&root);
        if !spec.exists() {
            assert!(!is_ci(), "CI=true, but {} is missing: ../shared must be beside the repository", spec.display());
            assert!(target.optional, "{} is missing and the target is not optional", spec.display());
            eprintln!("skipping {}: {} not found (../shared is absent)", target.crate_name, spec.display());
            continue;
        }
        let generated = generator::generate(&spec, &target.options(&root)).expect("every manifest target generates");
        let out = target.out_path(&root);
        let on_disk = read_tree(&out).expect("the generated crate can be read");
        let mut differing: Vec<String> = generated
            .files
            .iter()
            .filter(|(path, text)| on_disk.get(*path).is_none_or(|bytes| bytes != text.as_bytes()))
            .map(|(path, _)| path.display().to_string())
            .collect();
        differing.extend(
            on_disk.keys().filter(|p| !generated.files.contains_key(*p)).map(|p| format!("{} (stale)", p.display())),
        );
        if !differing.is_empty() {
            drifted.push(format!("{}: {}", target.crate_name, differing.join(", ")));
        }
    }
    assert!(
        drifted.is_empty(),
        "generated/ is out of date; run `cargo run -p generator` and commit:\n{}",
        drifted.join("\n")
    );
}
