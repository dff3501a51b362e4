//! `conformance_calls` on every spec of the repository: it never fails on a spec the generator
//! accepts, emits code that parses, and has one `required` call per operation plus one `all` call
//! per operation with optional inputs. (The peer suite, `tests/peer`, compiles and runs it for the
//! full CVAT and Box crates against Prism.)

#![allow(clippy::expect_used)]

use std::path::Path;

use generator::{Naming, Options};

#[test]
fn every_operation_gets_a_call() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
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
            let calls = generator::conformance_calls(spec, &options).expect("conformance calls");
            let count = generated.operation_count;
            assert!(calls.contains(&format!("pub const OPERATIONS: usize = {count};")), "{}", spec.display());
            assert!(calls.contains("some_sdk::Client"), "{}", spec.display());
            let required = calls.matches("\"required\",").count();
            assert_eq!(required, count, "{}: one `required` call per operation", spec.display());
            assert!(calls.matches("\"all\",").count() <= count, "{}", spec.display());
        }
    }
}
