//! The `build.rs` path: generate an SDK into `OUT_DIR` as one file to `include!`, instead of a
//! checked-in crate.
//!
//! ```no_run
//! // build.rs of the crate that uses the API, with
//! // [build-dependencies] generator = { path = "..", default-features = false }
//! use generator::{Builder, Naming};
//!
//! fn main() -> Result<(), generator::BuildError> {
//!     Builder::new("openapi/cvat.yaml").naming(Naming::Tagged).write_to_out_dir("cvat.rs")?;
//!     Builder::new("openapi/box.json").options_file("openapi/box.toml").write_to_out_dir("box_api.rs")?;
//!     Ok(())
//! }
//! ```
//!
//! and in the crate (`pub`, or the SDK's unused parts warn as dead code):
//!
//! ```ignore
//! pub mod cvat {
//!     //! The CVAT API client, generated from `openapi/cvat.yaml` by build.rs.
//!     include!(concat!(env!("OUT_DIR"), "/cvat.rs"));
//! }
//! ```
//!
//! The file holds the same code as a crate the CLI writes for the same spec and style (the
//! modules `apis`, `models` and `runtime`, the `Client` and its accessors), nested as inline
//! modules with `crate::` paths made relative, so it works in any module of any crate. The
//! including crate needs the runtime's dependencies: [`runtime_dependencies`] gives the table,
//! and [`Builder::write_to_out_dir`] warns about any that `Cargo.toml` lacks.
//!
//! The generated crate's Cargo features are tested in the file with `cfg(feature = "..")`, which
//! there names a feature of the including package. To get the `tracing` spans, that package
//! declares the feature and the optional dependency that [`runtime_dependencies`] lists:
//!
//! ```toml
//! [dependencies]
//! tracing = { version = "0.1", default-features = false, features = ["std"], optional = true }
//!
//! [features]
//! tracing = ["dep:tracing"]
//! ```
//!
//! A package that does not declare it compiles the file without tracing, and without an
//! `unexpected_cfgs` warning: [`Builder::write_to_out_dir`] declares the value as expected.
//! The same holds for `oauth2` (a plain `oauth2 = []`) and the runtime's OAuth2 token providers,
//! `runtime::oauth2`, when the spec has no `oauth2` scheme; when it has one, the file always
//! holds them, with its `oauth2` module preset with the spec's URLs.
//!
//! [`Builder::write_to_out_dir`] prints `cargo:rerun-if-changed` for the spec, every file its
//! `$ref`s reach and the options file, and rewrites the output only when its content changed,
//! so a build with nothing changed neither runs the build script nor recompiles the SDK. A bad
//! spec fails the build with the file and JSON pointer of each problem ([`BuildError`]).

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Warning};
use crate::write::{self, WriteOutcome};
use crate::{Naming, Options};

/// Generates one SDK for a build script. See the [module docs](self) for the whole picture.
#[derive(Clone, Debug)]
pub struct Builder {
    spec: PathBuf,
    naming: Option<Naming>,
    overrides: BTreeMap<String, String>,
    options_file: Option<PathBuf>,
    cargo_warnings: bool,
    only: Vec<String>,
}

/// What an options file may set: the naming style, the operation filter and method-name
/// overrides, as a `generator.toml` target spells them.
///
/// ```toml
/// naming = "box"
/// only = ["group:memberships", "op:get_users_me"]
///
/// [overrides]
/// get_authorize = "authorize_user"
/// ```
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionsFile {
    /// The naming style (`legacy`, `tagged` or `box`).
    pub naming: Option<Naming>,
    /// The operation filter (see [`Builder::only`]).
    #[serde(default)]
    pub only: Vec<crate::Only>,
    /// Method names by operationId.
    #[serde(default)]
    pub overrides: BTreeMap<String, String>,
}

impl OptionsFile {
    /// Reads and checks an options file.
    pub fn load(path: &Path) -> Result<OptionsFile, Error> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        toml::from_str(&text).map_err(|e| Error::Manifest { path: path.to_path_buf(), message: e.to_string() })
    }
}

/// What a build produced.
#[derive(Clone, Debug)]
pub struct BuildOutput {
    /// The file's text: the SDK's items, to `include!` in a module.
    pub source: String,
    /// The same SDK as the separate files of a crate (`Cargo.toml`, `src/lib.rs`, ..), exactly
    /// as `cargo run -p generator` would write it without `rustfmt`.
    pub crate_files: BTreeMap<PathBuf, String>,
    /// Where the file was written, if it was.
    pub path: Option<PathBuf>,
    /// Whether writing changed the file (`false` when it already held this text).
    pub written: bool,
    /// Every file the output depends on: the spec, the files its `$ref`s reach, the options file.
    pub rerun_if_changed: Vec<PathBuf>,
    /// Renames and ignored constructs (the CLI prints them; see [`Builder::cargo_warnings`]).
    pub warnings: Vec<Warning>,
    /// How many operations the SDK has.
    pub operation_count: usize,
    /// How many types the SDK defines.
    pub type_count: usize,
}

impl BuildOutput {
    /// The `cargo:rerun-if-changed=..` lines for [`BuildOutput::rerun_if_changed`].
    pub fn cargo_directives(&self) -> Vec<String> {
        self.rerun_if_changed.iter().map(|p| format!("cargo:rerun-if-changed={}", p.display())).collect()
    }
}

/// A failed build: which spec, and why. `Debug` prints the same readable text as `Display`, so
/// that a build script's `fn main() -> Result<(), BuildError>` fails with the file and JSON
/// pointer of every problem rather than a struct dump.
pub struct BuildError {
    spec: PathBuf,
    error: Error,
}

impl BuildError {
    /// The underlying error.
    pub fn error(&self) -> &Error {
        &self.error
    }

    /// The spec the build was for.
    pub fn spec(&self) -> &Path {
        &self.spec
    }
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.error {
            Error::Spec(errors) => {
                let problems = crate::counted(errors.len(), "problem");
                write!(f, "cannot generate Rust code from {}: {problems}:", self.spec.display())?;
                for e in errors {
                    write!(f, "\n  {e}")?;
                }
                Ok(())
            }
            other => write!(f, "cannot generate Rust code from {}: {other}", self.spec.display()),
        }
    }
}

impl fmt::Debug for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}

impl Builder {
    /// A build of the spec at `spec` (YAML or JSON; relative paths are relative to the package
    /// root, where cargo runs build scripts), in the `tagged` style unless told otherwise.
    pub fn new(spec: impl Into<PathBuf>) -> Self {
        Builder {
            spec: spec.into(),
            naming: None,
            overrides: BTreeMap::new(),
            options_file: None,
            cargo_warnings: false,
            only: Vec::new(),
        }
    }

    /// The naming style (default `tagged`); wins over the options file.
    pub fn naming(mut self, naming: Naming) -> Self {
        self.naming = Some(naming);
        self
    }

    /// Pins method names by operationId (for names the style's rule cannot derive); these win
    /// over the options file's.
    pub fn overrides<K: Into<String>, V: Into<String>>(mut self, overrides: impl IntoIterator<Item = (K, V)>) -> Self {
        self.overrides.extend(overrides.into_iter().map(|(k, v)| (k.into(), v.into())));
        self
    }

    /// Generates only the operations these entries select, and the types they reach: `group:NAME`
    /// (a tag, `x-box-tag` in the `box` style, or the group's module), `op:OPERATION_ID` or
    /// `path:/PREFIX` (whole segments); with the options file's. Names stay those of the whole
    /// spec. An entry that does not parse, or selects no operation, fails the build naming it.
    ///
    /// The file is never gated by Cargo features (its `cfg(feature = ..)` would name the
    /// including package's): the filter is how a build script takes part of an API.
    pub fn only<S: Into<String>>(mut self, entries: impl IntoIterator<Item = S>) -> Self {
        self.only.extend(entries.into_iter().map(Into::into));
        self
    }

    /// Reads the naming style and overrides from a TOML file ([`OptionsFile`]), which also
    /// becomes a `rerun-if-changed` source. Settings made on the builder win over the file's.
    pub fn options_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.options_file = Some(path.into());
        self
    }

    /// Also print the generator's warnings (renamed identifiers, ignored keywords) as
    /// `cargo:warning` lines, which cargo shows on every build of a workspace member. Off by
    /// default: they are in [`BuildOutput::warnings`] and in the build script's output.
    pub fn cargo_warnings(mut self, on: bool) -> Self {
        self.cargo_warnings = on;
        self
    }

    fn fail(&self, error: Error) -> BuildError {
        BuildError { spec: self.spec.clone(), error }
    }

    /// Generates in memory: nothing is written or printed.
    pub fn generate(&self) -> Result<BuildOutput, BuildError> {
        let file = match &self.options_file {
            Some(path) => OptionsFile::load(path).map_err(|e| self.fail(e))?,
            None => OptionsFile::default(),
        };
        let naming = self.naming.or(file.naming).unwrap_or(Naming::Tagged);
        let mut overrides = file.overrides;
        overrides.extend(self.overrides.clone());
        let stem = self.spec.file_stem().map(|s| s.to_string_lossy().replace(['.', '_'], "-"));
        let mut options = Options::new(naming, stem.unwrap_or_else(|| "sdk".to_owned()));
        options.overrides = overrides;
        options.only = file.only;
        for entry in &self.only {
            options.only.push(entry.parse().map_err(|e| self.fail(Error::Filter(e)))?);
        }
        options.group_features = crate::GroupFeatures::Ungated;
        let generated = crate::generate(&self.spec, &options).map_err(|e| self.fail(e))?;
        let header = format!(
            "// @generated from {} ({naming} naming) by generator::Builder; do not edit.\n\
             // Include it in a module: `pub mod api {{ include!(concat!(env!(\"OUT_DIR\"), \"/<file>\")); }}`.",
            self.spec.display()
        );
        let source = crate::inline::single_file(&generated.files, &header).map_err(|e| self.fail(e))?;
        let mut rerun_if_changed = generated.sources.clone();
        rerun_if_changed.extend(self.options_file.iter().cloned());
        let mut seen = Vec::new();
        rerun_if_changed.retain(|p| {
            let new = !seen.contains(p);
            seen.push(p.clone());
            new
        });
        Ok(BuildOutput {
            source,
            crate_files: generated.files,
            path: None,
            written: false,
            rerun_if_changed,
            warnings: generated.warnings,
            operation_count: generated.operation_count,
            type_count: generated.type_count,
        })
    }

    /// Generates and writes the file to `path` unless it already holds the same text (so its
    /// modification time only moves when the code changes). Prints nothing.
    pub fn write_to(&self, path: impl AsRef<Path>) -> Result<BuildOutput, BuildError> {
        let path = path.as_ref();
        let mut output = self.generate()?;
        output.written = write::write_file(path, &output.source).map_err(|e| self.fail(e))? == WriteOutcome::Written;
        output.path = Some(path.to_path_buf());
        Ok(output)
    }

    /// For `build.rs`: writes `$OUT_DIR/<file_name>` (see [`Builder::write_to`]) and prints
    /// `cargo:rerun-if-changed` for every input, `cargo:rustc-check-cfg` for the generated crate's
    /// features (`tracing`, `serde-both-ways`: see the [module docs](self)), a warning for each
    /// runtime dependency that the package's `Cargo.toml` lacks, and with
    /// [`Builder::cargo_warnings`] the generator's warnings.
    /// On error nothing is printed for cargo and the `BuildError` says what is wrong where.
    pub fn write_to_out_dir(&self, file_name: impl AsRef<Path>) -> Result<BuildOutput, BuildError> {
        let out_dir = std::env::var_os("OUT_DIR").map(PathBuf::from).ok_or_else(|| {
            self.fail(Error::Internal("OUT_DIR is not set: write_to_out_dir is for build scripts".into()))
        })?;
        // Inputs first: if generation fails, cargo still knows what to watch for the next try.
        let known = self.known_inputs();
        for path in &known {
            println!("cargo:rerun-if-changed={}", path.display());
        }
        let output = self.write_to(out_dir.join(file_name))?;
        for path in output.rerun_if_changed.iter().filter(|p| !known.contains(p)) {
            println!("cargo:rerun-if-changed={}", path.display());
        }
        // The file tests the generated crate's features (`tracing`) with `cfg(feature = ..)`, which
        // here name the including package's features: expected whether or not it declares them,
        // so a package that does not want them compiles without an `unexpected_cfgs` warning.
        let features = crate::skeleton::crate_features().map_err(|e| self.fail(e))?;
        if !features.is_empty() {
            let values: Vec<String> = features.iter().map(|f| format!("{f:?}")).collect();
            println!("cargo:rustc-check-cfg=cfg(feature, values({}))", values.join(", "));
        }
        for warning in &output.warnings {
            match self.cargo_warnings {
                true => println!("cargo:warning={}: {warning}", self.spec.display()),
                false => println!("generator warning: {}: {warning}", self.spec.display()),
            }
        }
        if let Some(dir) = std::env::var_os("CARGO_MANIFEST_DIR") {
            let manifest = Path::new(&dir).join("Cargo.toml");
            if let Ok(text) = std::fs::read_to_string(&manifest) {
                let missing = missing_runtime_dependencies(&text);
                if !missing.is_empty() {
                    println!(
                        "cargo:warning=the code generated from {} needs these [dependencies], which Cargo.toml lacks: {}",
                        self.spec.display(),
                        missing.join(", ")
                    );
                    println!("cargo:warning=add them as generator::runtime_dependencies() lists them:");
                    for line in runtime_dependencies().lines().filter(|l| !l.starts_with('[')) {
                        println!("cargo:warning=  {line}");
                    }
                    // Rerun once Cargo.toml is fixed, so the warning does not outlive the problem.
                    println!("cargo:rerun-if-changed=Cargo.toml");
                }
            }
        }
        Ok(output)
    }

    /// The inputs known before loading the spec.
    fn known_inputs(&self) -> Vec<PathBuf> {
        std::iter::once(self.spec.clone()).chain(self.options_file.clone()).collect()
    }
}

/// The `[dependencies]` table that generated code needs, as TOML: the crate that `include!`s
/// the output must have these (same names, compatible versions and features).
pub fn runtime_dependencies() -> &'static str {
    static TABLE: std::sync::LazyLock<String> =
        std::sync::LazyLock::new(|| crate::skeleton::runtime_dependencies().unwrap_or_default());
    &TABLE
}

/// The names of the runtime dependencies that `cargo_toml` (a package manifest's text) declares
/// neither under `[dependencies]` nor under a `[target.'..'.dependencies]` table. Optional ones
/// (`tracing`) are left out: only a package that turns their feature on needs them.
pub fn missing_runtime_dependencies(cargo_toml: &str) -> Vec<String> {
    let Ok(manifest) = cargo_toml.parse::<toml::Table>() else { return Vec::new() };
    let declared = |name: &str| {
        let has = |table: Option<&toml::Value>| {
            table.and_then(|t| t.get("dependencies")).is_some_and(|d| d.get(name).is_some())
        };
        manifest.get("dependencies").is_some_and(|d| d.get(name).is_some())
            || manifest
                .get("target")
                .and_then(toml::Value::as_table)
                .is_some_and(|targets| targets.values().any(|t| has(Some(t))))
    };
    let needed = runtime_dependencies().parse::<toml::Table>().ok();
    let needed = needed.as_ref().and_then(|t| t.get("dependencies")).and_then(toml::Value::as_table);
    let optional = |spec: &toml::Value| spec.get("optional").and_then(toml::Value::as_bool) == Some(true);
    needed
        .into_iter()
        .flat_map(|t| t.iter())
        .filter(|(name, spec)| !optional(spec) && !declared(name))
        .map(|(name, _)| name.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runtime_dependencies_are_a_toml_table() {
        let table: toml::Table = runtime_dependencies().parse().unwrap_or_default();
        let deps = table.get("dependencies").and_then(toml::Value::as_table);
        assert!(deps.is_some_and(|d| d.contains_key("reqwest") && d.contains_key("serde")), "{table:?}");
    }

    #[test]
    fn missing_dependencies_are_named() {
        let all = missing_runtime_dependencies("[package]\nname = \"x\"\n");
        assert!(all.contains(&"reqwest".to_owned()) && all.contains(&"serde".to_owned()), "{all:?}");
        assert!(!all.contains(&"tracing".to_owned()), "optional: only for the `tracing` feature: {all:?}");
        let mut manifest = String::from("[dependencies]\n");
        for name in &all {
            manifest.push_str(&format!("{name} = \"1\"\n"));
        }
        manifest = manifest.replace("reqwest = \"1\"\n", "[target.'cfg(unix)'.dependencies]\nreqwest = \"1\"\n");
        assert_eq!(missing_runtime_dependencies(&manifest), Vec::<String>::new(), "{manifest}");
    }
}
