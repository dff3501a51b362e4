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
pub use ir::{Naming, Only};
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
    /// The operation filter: only the operations these entries select, and the types they reach
    /// ([`ir::only::prune`]); empty keeps every operation.
    pub only: Vec<Only>,
    /// Whether each operation group is behind a Cargo feature of the crate.
    pub group_features: GroupFeatures,
}

/// Whether a generated crate puts each operation group behind a Cargo feature.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GroupFeatures {
    /// One feature per group, all on by default; a group's module, re-export and accessor, and
    /// each models file, compile only with a feature that reaches them ([`ir::FeatureGates`]).
    #[default]
    PerGroup,
    /// Everything compiles: a build script's file, where `cfg(feature = ..)` would name the
    /// including package's features ([`Builder`] takes [`Builder::only`] instead).
    Ungated,
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
            only: Vec::new(),
            group_features: GroupFeatures::PerGroup,
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
    /// What the crate holds, for a person: `1 operation, 20 types`.
    pub fn summary(&self) -> String {
        format!("{}, {}", counted(self.operation_count, "operation"), counted(self.type_count, "type"))
    }

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

/// Loads and lowers a spec as [`generate`] does for `options`: [`lower`], then the operation
/// filter [`Options::only`]. An entry that selects no operation is an error that names it.
pub fn lower_with(spec: &Path, options: &Options) -> Result<(load::Spec, ir::Api), Error> {
    let (loaded, api) = lower(spec, options.naming, &options.overrides, options.source_label.as_deref())?;
    let api = ir::only::prune(api, &options.only).map_err(|unused| {
        let at = pointer::JsonPointer::root().join("paths");
        let errors = unused.iter().map(|entry| {
            loaded.error(&at, format!("the operation filter `{entry}` selects no operation of this spec"))
        });
        Error::Spec(errors.collect())
    })?;
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
    diff_only(old, new, naming, overrides, &[])
}

/// [`diff()`] for a crate cut down by an operation filter (a manifest target's `only`): both IRs
/// are cut down first. The new spec must have what every entry selects, as for [`generate`]; the
/// old one may lack it (an operation the new version added).
pub fn diff_only(
    old: &Path,
    new: &Path,
    naming: Naming,
    overrides: &BTreeMap<String, String>,
    only: &[Only],
) -> Result<diff::Report, Error> {
    let mut options = Options::new(naming, "sdk");
    options.overrides = overrides.clone();
    options.only = only.to_vec();
    let old_spec = load::load(old)?;
    let (_, new_api) = lower_with(new, &options)?;
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
    let old_api = ir::only::prune_lenient(old_api, only);
    Ok(diff::compare(&old_api, &new_api))
}

/// `count` and `noun`, plural but for one: `1 operation`, `6 operations`.
pub(crate) fn counted(count: usize, noun: &str) -> String {
    let s = if count == 1 { "" } else { "s" };
    format!("{count} {noun}{s}")
}

/// Generates the crate for `spec` in memory.
pub fn generate(spec: &Path, options: &Options) -> Result<Generated, Error> {
    let rustfmt = options.rustfmt_for.as_deref().map(format::Rustfmt::new);
    std::thread::scope(|scope| {
        // The runtime's sources do not depend on the spec: rustfmt formats them while the spec is
        // read and lowered, on a core those stages leave idle.
        let runtime = scope.spawn(|| runtime_files(rustfmt.as_ref()));
        let runtime = || runtime.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        generate_with(spec, options, rustfmt.as_ref(), runtime)
    })
}

/// The runtime's sources with their `@generated` headers, formatted by `rustfmt` if given.
fn runtime_files(rustfmt: Option<&format::Rustfmt>) -> Result<BTreeMap<PathBuf, String>, Error> {
    let mut files: BTreeMap<PathBuf, String> = skeleton::RUNTIME_FILES
        .iter()
        .map(|(path, text)| {
            let origin = path.replace("src/runtime/", "templates/runtime/src/").replace("mod.rs", "lib.rs");
            (PathBuf::from(path), format!("// @generated from {origin} by the generator; do not edit.\n{text}"))
        })
        .collect();
    if let Some(rustfmt) = rustfmt {
        rustfmt.format_all(&mut files)?;
    }
    Ok(files)
}

/// [`generate`], given the rustfmt runs and the runtime's files (formatted beside it).
fn generate_with(
    spec: &Path,
    options: &Options,
    rustfmt: Option<&format::Rustfmt>,
    runtime: impl FnOnce() -> Result<BTreeMap<PathBuf, String>, Error>,
) -> Result<Generated, Error> {
    let (loaded, api) = lower_with(spec, options)?;
    // The typed document (several times a large spec's size) is not needed past lowering: only
    // the list of files read is kept. (Moving `sources` out of it alone would keep the rest
    // alive to the end of this function.)
    let mut loaded = loaded;
    let sources = std::mem::take(&mut loaded.sources);
    drop(loaded);
    let lib_name = options.crate_name.replace('-', "_");
    let header = format!("// @generated from {} by the generator; do not edit.", api.source);
    let gates = match options.group_features {
        GroupFeatures::PerGroup => Some(ir::FeatureGates::of(&api)),
        GroupFeatures::Ungated => None,
    };
    let mut files = emit_and_print(&api, &lib_name, gates.as_ref(), &header, rustfmt)?;
    files.extend(runtime()?);
    // A build script's file has no features of its own, but what the spec's `oauth2` schemes
    // made needs the runtime's providers; otherwise they stay behind the `oauth2` feature.
    if gates.is_none() && api.has_oauth2() {
        let module = PathBuf::from(skeleton::RUNTIME_MOD);
        let text = files.remove(&module).unwrap_or_default();
        files.insert(module, skeleton::ungate_oauth2(&text)?);
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
        ("group_features", emit::cargo_features(&api, gates.as_ref())),
    ]);
    files.insert(PathBuf::from("Cargo.toml"), skeleton::cargo_toml(&cargo)?);
    let operations = api
        .groups
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let feature = match gates {
                Some(_) => format!(" (feature `{}`)", api.feature_name(ir::Feature::Group(i))),
                None => String::new(),
            };
            let operations = counted(g.operations.len(), "operation");
            format!("- `client.{}()` ([`{}`]): {operations}{feature}", api.name(g.accessor), api.name(g.api_type),)
        })
        .collect::<Vec<_>>()
        .join("\n");
    let features = match (&gates, api.groups.first()) {
        (Some(gates), Some(_)) => {
            let other = match gates.other_models {
                true => format!(
                    "\nThe feature `{}` (on by default too) compiles the models that no operation reaches.\n",
                    ir::reach::OTHER_MODELS
                ),
                false => String::new(),
            };
            let oauth2 = match gates.oauth2 {
                true => "(on by default too) compiles the OAuth2 token providers (`oauth2` module)",
                false => {
                    "(off by default) compiles the runtime's OAuth2 token providers (`runtime::oauth2`),\n\
                          for tokens from an identity provider of your own"
                }
            };
            let oauth2 = format!("\nThe feature `{}` {oauth2}.\n", ir::reach::OAUTH2);
            format!(
                "Each group below is a Cargo feature, all on by default. With `default-features = false`, only\n\
                 the groups you name compile, with the models they reach:\n\n\
                 ```toml\n{} = {{ version = \"{}\", default-features = false, features = [\"{}\"] }}\n```\n{other}{oauth2}\n",
                options.crate_name,
                options.crate_version,
                api.feature_name(ir::Feature::Group(0))
            )
        }
        _ => String::new(),
    };
    let readme = common(&[
        ("title", api.title.clone()),
        ("api_version", api.version.clone()),
        ("style", api.style.to_string()),
        ("example", example),
        ("operations", operations),
        ("features", features),
        ("filter", emit::filter_note(&api).map(|note| format!("\n\n{note}")).unwrap_or_default()),
    ]);
    files.insert(PathBuf::from("README.md"), skeleton::readme(&readme)?);
    Ok(Generated { files, warnings: api.warnings.clone(), sources, operation_count, type_count: api.types.len() })
}

/// Emits and prints every Rust file of the crate, one file at a time per thread: a file's syntax
/// tree is dropped once it is printed, so memory follows the largest file rather than the crate.
/// With `rustfmt`, the printed files are formatted in batches as they come (`format::Batches`),
/// by the same threads.
fn emit_and_print(
    api: &ir::Api,
    lib_name: &str,
    gates: Option<&ir::FeatureGates>,
    header: &str,
    rustfmt: Option<&format::Rustfmt>,
) -> Result<BTreeMap<PathBuf, String>, Error> {
    let planned = emit::plan(api);
    let next = AtomicUsize::new(0);
    let batches = rustfmt.map(format::Batches::new);
    let work = || {
        let mut done: Vec<format::Formatted> = Vec::new();
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            let Some(file) = planned.get(index) else { break };
            let printed = file.emit(api, lib_name, gates).map(|file| (file.path, format::print(file.syntax, header)));
            match (&batches, printed) {
                (Some(batches), Ok((path, text))) => {
                    if let Some(batch) = batches.add(index, path, text) {
                        done.push(batches.format(batch));
                    }
                }
                (_, printed) => done.push((index, printed.map(|file| vec![file]))),
            }
        }
        if let Some(batches) = &batches {
            while let Some(batch) = batches.share() {
                done.push(batches.format(batch));
            }
        }
        done
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
    let mut files = BTreeMap::new();
    for (_, batch) in printed {
        files.extend(batch?);
    }
    Ok(files)
}

/// The tab-separated table `http_method  path  operation_id  group  method`, header first.
pub fn list_operations(spec: &Path, naming: Naming, overrides: &BTreeMap<String, String>) -> Result<String, Error> {
    let (_, api) = lower(spec, naming, overrides, None)?;
    Ok(operations_table(&api))
}

/// The table of [`list_operations`] for an IR (a filtered one: [`lower_with`]).
pub fn operations_table(api: &ir::Api) -> String {
    let mut out = String::from("http_method\tpath\toperation_id\tgroup\tmethod\n");
    for (group, op) in api.operations() {
        let method = ir::naming::ident::unraw(api.name(op.method_name));
        out.push_str(&format!("{}\t{}\t{}\t{}\t{}\n", op.method.as_str(), op.path, op.id, group.key, method));
    }
    out
}
