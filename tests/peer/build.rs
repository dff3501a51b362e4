//! Writes `<lib>_calls.rs` into `OUT_DIR` for every target of `generator.toml`: one call per
//! operation of the crate (and one with every optional input set), built by `build/calls.rs` from
//! the IR of the target's spec with the target's naming and overrides. The real CVAT and Box specs
//! live in `../shared/specs`; without them those two files are stubs with no calls and the suite
//! says it skipped them (under `CI=true` it fails instead). The env `PEER_SPEC_<LIB>` tells the
//! suite the spec path (empty for a stub).

#[path = "build/calls.rs"]
mod calls;

use std::path::{Path, PathBuf};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let manifest_path = root.join("generator.toml");
    println!("cargo:rerun-if-changed={}", manifest_path.display());
    println!("cargo:rerun-if-changed=build/calls.rs");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let manifest = generator::manifest::Manifest::load(&manifest_path).unwrap_or_else(|e| panic!("{e}"));
    for target in &manifest.targets {
        let spec = target.spec_path(&root);
        println!("cargo:rerun-if-changed={}", spec.display());
        let lib = target.crate_name.replace('-', "_");
        let env = format!("PEER_SPEC_{}", lib.to_ascii_uppercase());
        let text = if spec.is_file() {
            let mut options = target.options(&root);
            options.rustfmt_for = None;
            let spec = spec.canonicalize().unwrap_or(spec);
            println!("cargo:rustc-env={env}={}", spec.display());
            calls::calls_file(&spec, &options).unwrap_or_else(|e| panic!("{}: {e}", spec.display()))
        } else {
            println!("cargo:rustc-env={env}=");
            stub(&lib)
        };
        let file = format!("{lib}_calls.rs");
        std::fs::write(out_dir.join(&file), text).unwrap_or_else(|e| panic!("writing {file}: {e}"));
    }
}

/// The same items as the generated file, with no calls.
fn stub(lib: &str) -> String {
    format!(
        "pub const OPERATIONS: usize = 0;\n\
         pub type CallFuture = std::pin::Pin<Box<dyn std::future::Future<Output = super::Outcome> + Send>>;\n\
         pub fn calls(_: &{lib}::Client, _: std::time::Duration) -> Vec<(&'static str, &'static str, CallFuture)> {{\n    \
         Vec::new()\n}}\n"
    )
}
