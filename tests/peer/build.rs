//! Writes `cvat_calls.rs` and `box_calls.rs` into `OUT_DIR`: one call per operation of the full
//! CVAT and Box crates (and one with every optional input set), made by the generator from the
//! real specs in `../shared/specs` with the same naming and overrides as the manifest targets
//! `cvat` and `box-sdk`. Without `../shared` each file is a stub with no calls and the suite says
//! it skipped (under `CI=true` it fails instead).

use std::path::{Path, PathBuf};

/// (manifest crate name, output file) of the crates the suite drives.
const TARGETS: [(&str, &str, &str); 2] =
    [("cvat", "cvat_calls.rs", "PEER_CVAT_SPEC"), ("box-sdk", "box_calls.rs", "PEER_BOX_SPEC")];

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let manifest_path = root.join("generator.toml");
    println!("cargo:rerun-if-changed={}", manifest_path.display());
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let manifest = generator::manifest::Manifest::load(&manifest_path).unwrap_or_else(|e| panic!("{e}"));
    for (crate_name, file, env) in TARGETS {
        let target = manifest
            .targets
            .iter()
            .find(|t| t.crate_name == crate_name)
            .unwrap_or_else(|| panic!("generator.toml has no target for the crate `{crate_name}`"));
        let spec = target.spec_path(&root);
        println!("cargo:rerun-if-changed={}", spec.display());
        let lib = crate_name.replace('-', "_");
        let text = if spec.is_file() {
            let mut options = target.options(&root);
            options.rustfmt_for = None;
            let spec = spec.canonicalize().unwrap_or(spec);
            println!("cargo:rustc-env={env}={}", spec.display());
            generator::conformance_calls(&spec, &options).unwrap_or_else(|e| panic!("{}: {e}", spec.display()))
        } else {
            println!("cargo:rustc-env={env}=");
            stub(&lib)
        };
        std::fs::write(out_dir.join(file), text).unwrap_or_else(|e| panic!("writing {file}: {e}"));
    }
}

/// The same items as the generated file, with no calls.
fn stub(lib: &str) -> String {
    format!(
        "pub const OPERATIONS: usize = 0;\n\
         pub const RAW_BODY_OPERATIONS: &[&str] = &[];\n\
         pub type CallFuture = std::pin::Pin<Box<dyn std::future::Future<Output = super::Outcome> + Send>>;\n\
         pub fn calls(_: &{lib}::Client, _: std::time::Duration) -> Vec<(&'static str, &'static str, CallFuture)> {{\n    \
         Vec::new()\n}}\n"
    )
}
