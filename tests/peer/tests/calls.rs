//! The calls of `build/calls.rs` for the seed and feature specs of the repository, in the `tagged` and `box`
//! styles: they are built from any spec the generator accepts, parse as Rust, and hold one
//! `required` call per operation plus at most one `all` call per operation. (The suite, `peer.rs`,
//! compiles and runs them for the manifest's targets against Prism.)

#[path = "../build/calls.rs"]
mod calls;

use std::path::Path;

use generator::{Naming, Options};

#[test]
fn every_operation_gets_a_call() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs");
    let mut specs: Vec<_> = std::fs::read_dir(root.join("features"))
        .expect("specs/features")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    specs.extend([root.join("cvat-seed.yaml"), root.join("box-seed.yaml")]);
    specs.sort();
    for spec in &specs {
        for naming in [Naming::Tagged, Naming::Box] {
            let options = Options::new(naming, "some-sdk");
            let generated = generator::generate(spec, &options).expect("the spec generates");
            let calls = calls::calls_file(spec, &options).expect("the calls");
            let count = generated.operation_count;
            assert!(calls.contains(&format!("pub const OPERATIONS: usize = {count};")), "{}", spec.display());
            assert!(calls.contains("some_sdk::Client"), "{}", spec.display());
            let required = calls.matches("\"required\",").count();
            assert_eq!(required, count, "{}: one `required` call per operation", spec.display());
            assert!(calls.matches("\"all\",").count() <= count, "{}", spec.display());
        }
    }
}
