//! Generates typed, documented async Rust SDK crates from OpenAPI 3.0, OpenAPI 3.1 and Swagger 2.0
//! specs, in the naming style of each vendor (`legacy`, `tagged`, `box`).
//!
//! One pipeline, one direction: [`load`] reads the spec, [`ir::lower`] resolves it into an IR
//! that owns every name, `emit` turns the IR into tokens, `format` prints them and `write` puts
//! the crate on disk, never half-written.
//!
//! ```no_run
//! use generator::{Naming, Options};
//!
//! let options = Options::new(Naming::Tagged, "cvat-seed");
//! let generated = generator::generate(std::path::Path::new("specs/cvat-seed.yaml"), &options)?;
//! generated.write_to(std::path::Path::new("generated/cvat-seed"))?;
//! # Ok::<(), generator::Error>(())
//! ```
//!
//! From a downstream crate's `build.rs`, [`Builder`] writes the same code as one file into
//! `OUT_DIR` to `include!` (see [`builder`]); depend on this crate with
//! `default-features = false` there, which leaves the command line (clap) out.

pub mod builder;
pub mod diff;
mod emit;
pub mod error;
mod format;
mod inline;
pub mod ir;
pub mod load;
pub mod manifest;
mod media;
pub mod pointer;
mod skeleton;
pub mod write;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

pub use builder::{BuildError, BuildOutput, Builder, runtime_dependencies};
pub use error::{Error, SpecError, Warning};
pub use ir::Naming;
pub use write::WriteOutcome;

/// How to generate one crate.
#[derive(Clone, Debug)]
pub struct Options {
    /// The naming style.
    pub naming: Naming,
    /// The crate (package) name; the library name replaces `-` with `_`.
    pub crate_name: String,
    /// The crate version.
    pub crate_version: String,
    /// Method names by operationId, pinned.
    pub overrides: BTreeMap<String, String>,
    /// How the spec is named in headers and docs (default: the path as given).
    pub source_label: Option<String>,
    /// Run `rustfmt` over the output (for checked-in crates; needs `out_dir` to find the config).
    pub rustfmt_for: Option<PathBuf>,
}

impl Options {
    /// Options with defaults: version `0.1.0`, no overrides, prettyplease formatting only.
    pub fn new(naming: Naming, crate_name: impl Into<String>) -> Self {
        Options {
            naming,
            crate_name: crate_name.into(),
            crate_version: "0.1.0".to_owned(),
            overrides: BTreeMap::new(),
            source_label: None,
            rustfmt_for: None,
        }
    }
}

/// A generated crate held in memory.
#[derive(Debug)]
pub struct Generated {
    /// Files by path relative to the crate root.
    pub files: BTreeMap<PathBuf, String>,
    /// Renames and ignored constructs worth telling the user.
    pub warnings: Vec<Warning>,
    /// Every spec file read (the spec and the files its `$ref`s reach).
    pub sources: Vec<PathBuf>,
    /// How many operations the crate has.
    pub operation_count: usize,
    /// How many types the crate defines.
    pub type_count: usize,
}

impl Generated {
    /// Writes the crate to `out` (replacing its content) unless it is already identical.
    pub fn write_to(&self, out: &Path) -> Result<WriteOutcome, Error> {
        write::write_crate(&self.files, out)
    }

    /// Whether `out` already holds exactly this crate.
    pub fn matches(&self, out: &Path) -> Result<bool, Error> {
        write::matches(&self.files, out)
    }
}

/// Loads and lowers a spec: the loaded document and the IR that [`generate`] emits for the same
/// spec, naming style and method-name overrides (`label` names the spec in the IR's `source`; by
/// default the path as given).
///
/// The IR ([`ir`]) is public so that tools can work with a generated crate without reading the
/// spec again: every type, operation and name of the crate, what each request builder takes and
/// in what order ([`ir::Operation::inputs`]), how another crate spells a type
/// ([`ir::Api::type_tokens`] with [`ir::Place::Outside`]), and what values the spec allows where
/// ([`ir::Constraints`]). The calls of the peer suite (`tests/peer`) are built this way. For
/// example, the call each operation takes with its required arguments:
///
/// ```
/// use std::collections::BTreeMap;
/// use std::path::Path;
///
/// let spec = Path::new("../specs/cvat-seed.yaml");
/// let (_, api) = generator::lower(spec, generator::Naming::Tagged, &BTreeMap::new(), None)?;
/// let calls: Vec<String> = api
///     .operations()
///     .map(|(group, op)| {
///         let inputs = op.inputs(&api);
///         let arguments: Vec<&str> = inputs.iter().filter(|i| i.required).map(|i| api.name(*i.name)).collect();
///         format!("client.{}().{}({})", api.name(group.accessor), api.name(op.method_name), arguments.join(", "))
///     })
///     .collect();
/// assert_eq!(calls[1], "client.memberships_api().retrieve(id)");
/// # Ok::<(), generator::Error>(())
/// ```
pub fn lower(
    spec: &Path,
    naming: Naming,
    overrides: &BTreeMap<String, String>,
    label: Option<&str>,
) -> Result<(load::Spec, ir::Api), Error> {
    let loaded = load::load(spec)?;
    let options = ir::lower::LowerOptions {
        overrides: overrides.clone(),
        source: label.map(str::to_owned).unwrap_or_else(|| spec.display().to_string()),
    };
    let api = ir::lower::lower(&loaded, naming, &options)?;
    Ok((loaded, api))
}

/// What changed for users between two versions of a spec: both are lowered in one naming style
/// and their IRs compared ([`diff::compare`]), so the report names operations and types as the
/// generated crate does, whatever version of OpenAPI either is written in. The method-name
/// overrides are the new spec's (as in a manifest target): they all apply to it, and to the old
/// spec those of its operations that it has. A spec that does not load is the same error as for
/// [`generate`].
pub fn diff(
    old: &Path,
    new: &Path,
    naming: Naming,
    overrides: &BTreeMap<String, String>,
) -> Result<diff::Report, Error> {
    let old_spec = load::load(old)?;
    let (_, new_api) = lower(new, naming, overrides, None)?;
    let source = old.display().to_string();
    let plain = ir::lower::LowerOptions { overrides: BTreeMap::new(), source };
    let mut old_api = ir::lower::lower(&old_spec, naming, &plain)?;
    // Lowering refuses an override of an operationId the spec lacks (an operation the new spec
    // added), so the old spec is lowered once without overrides to learn its operationIds.
    let known: BTreeMap<String, String> = overrides
        .iter()
        .filter(|(id, _)| old_api.operations().any(|(_, op)| &op.id == *id))
        .map(|(id, name)| (id.clone(), name.clone()))
        .collect();
    if !known.is_empty() {
        old_api = ir::lower::lower(&old_spec, naming, &ir::lower::LowerOptions { overrides: known, ..plain })?;
    }
    Ok(diff::compare(&old_api, &new_api))
}

/// Generates the crate for `spec` in memory.
pub fn generate(spec: &Path, options: &Options) -> Result<Generated, Error> {
    let (loaded, api) = lower(spec, options.naming, &options.overrides, options.source_label.as_deref())?;
    let lib_name = options.crate_name.replace('-', "_");
    let header = format!("// @generated from {} by the generator; do not edit.", api.source);
    let mut files = emit_and_print(&api, &lib_name, &header)?;
    for (path, text) in skeleton::RUNTIME_FILES {
        let origin = path.replace("src/runtime/", "templates/runtime/src/").replace("mod.rs", "lib.rs");
        files
            .insert(PathBuf::from(path), format!("// @generated from {origin} by the generator; do not edit.\n{text}"));
    }
    let operation_count = api.operations().count();
    let example = emit::example_lines(&api, &lib_name)
        .unwrap_or_else(|| {
            vec![format!("let client = {lib_name}::Client::builder(\"https://api.example.com\").build()?;")]
        })
        .join("\n");
    let common = |extra: &[(&'static str, String)]| -> BTreeMap<&'static str, String> {
        let mut values = BTreeMap::from([("source", api.source.clone()), ("crate_name", options.crate_name.clone())]);
        values.extend(extra.iter().cloned());
        values
    };
    let cargo = common(&[
        ("version", options.crate_version.clone()),
        (
            "description",
            format!("A typed async client for {}, generated from {}.", api.title, api.source).replace('"', "'"),
        ),
    ]);
    files.insert(PathBuf::from("Cargo.toml"), skeleton::cargo_toml(&cargo)?);
    let operations = api
        .groups
        .iter()
        .map(|g| {
            format!(
                "- `client.{}()` ([`{}`]): {} operations",
                api.name(g.accessor),
                api.name(g.api_type),
                g.operations.len()
            )
        })
        .collect::<Vec<_>>()
        .join("\n");
    let readme = common(&[
        ("title", api.title.clone()),
        ("api_version", api.version.clone()),
        ("style", api.style.to_string()),
        ("example", example),
        ("operations", operations),
    ]);
    files.insert(PathBuf::from("README.md"), skeleton::readme(&readme)?);
    if let Some(out) = &options.rustfmt_for {
        format::rustfmt(&mut files, out)?;
    }
    Ok(Generated {
        files,
        warnings: api.warnings.clone(),
        sources: loaded.sources,
        operation_count,
        type_count: api.types.len(),
    })
}

/// Emits and prints every Rust file of the crate, one file at a time per thread: a file's tokens
/// are dropped once it is printed, so memory follows the largest file rather than the crate.
fn emit_and_print(api: &ir::Api, lib_name: &str, header: &str) -> Result<BTreeMap<PathBuf, String>, Error> {
    let planned = emit::plan(api);
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            let Some(file) = planned.get(index) else { break done };
            let file = file.emit(api, lib_name);
            let text = format::print(&file.path, file.tokens, header);
            done.push((index, text.map(|text| (file.path, text))));
        }
    };
    let threads = std::thread::available_parallelism().map_or(1, usize::from).clamp(1, planned.len().max(1));
    let mut printed = std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
        let mut printed = work();
        for helper in helpers {
            // A panic in a helper is a generator bug; it is raised again here, as without threads.
            printed.extend(helper.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
        }
        printed
    });
    // The first failure in file order, whichever thread met it.
    printed.sort_by_key(|(index, _)| *index);
    printed.into_iter().map(|(_, file)| file).collect()
}

/// The tab-separated table `http_method  path  operation_id  group  method`, header first.
pub fn list_operations(spec: &Path, naming: Naming, overrides: &BTreeMap<String, String>) -> Result<String, Error> {
    let (_, api) = lower(spec, naming, overrides, None)?;
    let mut out = String::from("http_method\tpath\toperation_id\tgroup\tmethod\n");
    for (group, op) in api.operations() {
        let method = ir::naming::ident::unraw(api.name(op.method_name));
        out.push_str(&format!("{}\t{}\t{}\t{}\t{}\n", op.method.as_str(), op.path, op.id, group.key, method));
    }
    Ok(out)
}
