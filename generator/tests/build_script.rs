//! `generator::Builder` in a real build script, driven by cargo: a second build with nothing
//! changed runs nothing, touching a `$ref`'d spec file reruns the build script, and a bad spec
//! fails the build with the file and the JSON pointer, not a panic.
//!
//! The fixture crate is written under cargo's test temp folder and built with its own target
//! folder there, kept between runs (the first run compiles the generator's dependencies once).
//! Its library only `include_str!`s the generated file, so no HTTP stack is compiled; compiling
//! included code is the job of `examples/downstream-build-rs`.

// A test whose setup fails should stop right there, with the reason.
#![allow(clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod common;

use common::root;

/// Writes `text` to `path` unless it already holds it, so that a kept fixture stays fresh.
fn put(path: &Path, text: &str) {
    if std::fs::read_to_string(path).is_ok_and(|t| t == text) {
        return;
    }
    std::fs::create_dir_all(path.parent().expect("a parent")).expect("a folder");
    std::fs::write(path, text).expect("write a fixture file");
}

struct Build {
    success: bool,
    stderr: String,
}

impl Build {
    /// Whether cargo ran the fixture's build script in this build.
    fn ran_build_script(&self) -> bool {
        self.stderr.lines().any(|l| l.trim_start().starts_with("Running `") && l.contains("build-script-build"))
    }
}

/// `cargo build -v` of the fixture, offline (the workspace's Cargo.lock pins crates that are
/// already downloaded), stopped after `limit`.
fn cargo_build(fixture: &Path, target: &Path, limit: Duration) -> Build {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut child = Command::new(cargo)
        .args(["build", "-v", "--offline"])
        .current_dir(fixture)
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_TERM_COLOR", "never")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cargo runs");
    let mut stderr = child.stderr.take().expect("piped");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = std::io::Read::read_to_string(&mut stderr, &mut text);
        text
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for cargo") {
            break status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("cargo build of the fixture took more than {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    Build { success: status.success(), stderr: reader.join().expect("stderr") }
}

#[test]
fn a_build_script_reruns_only_when_an_input_changes_and_fails_readably() {
    let root = root();
    let base = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let fixture = base.join("build-rs-fixture");
    let target = base.join("build-rs-fixture-target");
    let generator = root.join("generator");
    put(
        &fixture.join("Cargo.toml"),
        &format!(
            "[package]\nname = \"build-rs-fixture\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n\
             [workspace]\n\n[build-dependencies]\ngenerator = {{ path = {:?}, default-features = false }}\n",
            generator.display().to_string()
        ),
    );
    put(
        &fixture.join("build.rs"),
        "fn main() -> Result<(), generator::BuildError> {\n    \
         generator::Builder::new(\"spec/api.yaml\").options_file(\"options.toml\").write_to_out_dir(\"api.rs\")?;\n    \
         Ok(())\n}\n",
    );
    put(
        &fixture.join("src/lib.rs"),
        "//! Fixture.\n\n/// The generated code.\npub const API: &str = include_str!(concat!(env!(\"OUT_DIR\"), \"/api.rs\"));\n",
    );
    put(&fixture.join("options.toml"), "naming = \"tagged\"\n");
    let read = |p: &str| std::fs::read_to_string(root.join(p)).expect("a repository file");
    let spec = read("specs/features/external-refs.yaml");
    put(&fixture.join("spec/api.yaml"), &spec);
    put(&fixture.join("spec/shared/common.yaml"), &read("specs/features/shared/common.yaml"));
    put(&fixture.join("Cargo.lock"), &read("Cargo.lock"));

    let first = cargo_build(&fixture, &target, Duration::from_secs(600));
    assert!(first.success, "{}", first.stderr);

    let second = cargo_build(&fixture, &target, Duration::from_secs(120));
    assert!(second.success, "{}", second.stderr);
    assert!(!second.ran_build_script(), "nothing changed, yet the build script ran:\n{}", second.stderr);
    assert!(second.stderr.contains("Fresh build-rs-fixture"), "{}", second.stderr);

    // A file that the spec's `$ref`s reach is an input too.
    let common = fixture.join("spec/shared/common.yaml");
    std::fs::File::options()
        .append(true)
        .open(&common)
        .and_then(|f| f.set_modified(std::time::SystemTime::now()))
        .expect("touch");
    let touched = cargo_build(&fixture, &target, Duration::from_secs(120));
    assert!(touched.success, "{}", touched.stderr);
    assert!(touched.ran_build_script(), "a $ref'd file changed, yet the build script did not run:\n{}", touched.stderr);
    let again = cargo_build(&fixture, &target, Duration::from_secs(120));
    assert!(!again.ran_build_script(), "{}", again.stderr);

    // A bad spec fails the build with the file and the pointer, not a panic or a struct dump.
    put(&fixture.join("spec/api.yaml"), &read("specs/invalid/dangling-ref.yaml"));
    let failed = cargo_build(&fixture, &target, Duration::from_secs(120));
    put(&fixture.join("spec/api.yaml"), &spec);
    assert!(!failed.success, "{}", failed.stderr);
    assert!(
        failed.stderr.contains(
            "spec/api.yaml: #/components/schemas/User/properties/team: `$ref` `#/components/schemas/Team` points to nothing"
        ),
        "{}",
        failed.stderr
    );
    assert!(!failed.stderr.contains("panicked") && !failed.stderr.contains("Spec(["), "{}", failed.stderr);
}

/// What a build script pulls in with `default-features = false`: no command line (clap), no
/// HTTP client, no async runtime, no part of the generated SDKs' runtime.
#[test]
fn the_build_dependency_tree_is_lean() {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(["tree", "-p", "generator", "--no-default-features", "-e", "normal", "--prefix", "none", "--offline"])
        .current_dir(root())
        .output()
        .expect("cargo tree runs");
    let tree = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let mut crates: Vec<&str> = tree.lines().filter_map(|l| l.split_whitespace().next()).collect();
    crates.sort_unstable();
    crates.dedup();
    for heavy in ["clap", "reqwest", "hyper", "h2", "tokio", "rustls", "sdk-runtime", "bytes", "url"] {
        assert!(!crates.contains(&heavy), "`{heavy}` is in the build-dependency tree: {crates:?}");
    }
    eprintln!("generator without default features: {} crates besides itself", crates.len() - 1);
}
