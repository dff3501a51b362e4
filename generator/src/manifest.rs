//! The manifest (`generator.toml`): one `[[target]]` per SDK crate to generate.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::Options;
use crate::error::Error;
use crate::ir::Naming;

/// A parsed manifest.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The SDKs to generate, in order.
    #[serde(rename = "target")]
    pub targets: Vec<Target>,
}

/// One SDK crate to generate.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// The spec, relative to the manifest.
    pub spec: PathBuf,
    /// The naming style.
    pub naming: Naming,
    /// The crate (package) name.
    #[serde(rename = "crate")]
    pub crate_name: String,
    /// The output folder, relative to the manifest.
    pub out: PathBuf,
    /// The crate version (default `0.1.0`).
    #[serde(default = "default_version")]
    pub version: String,
    /// When the spec file is absent, skip this target with a note instead of failing (the real
    /// specs live beside the repository, not in it). Under `CI=true` absence is still an error.
    #[serde(default)]
    pub optional: bool,
    /// Only the operations these entries select (`group:NAME`, `op:OPERATION_ID`,
    /// `path:/PREFIX`) and the types they reach; empty (the default) keeps every operation.
    #[serde(default)]
    pub only: Vec<crate::Only>,
    /// Method names by operationId, for names the style's rule cannot derive.
    #[serde(default)]
    pub overrides: BTreeMap<String, String>,
    /// Where the spec is published, for a target that follows a vendor's spec: the regenerate
    /// workflow (`.github/scripts/regenerate.py fetch`) downloads it into `spec`, a file of the
    /// repository, every week. The generator never reads it: it generates from `spec` alone.
    #[serde(default)]
    pub url: Option<String>,
}

impl Target {
    /// The spec file, relative to `root` (the manifest's folder).
    pub fn spec_path(&self, root: &Path) -> PathBuf {
        root.join(&self.spec)
    }

    /// The output folder, relative to `root`.
    pub fn out_path(&self, root: &Path) -> PathBuf {
        root.join(&self.out)
    }

    /// The generation options of this target: its style, crate, filter, overrides, the spec named
    /// as the manifest names it, and `rustfmt` (checked-in crates must pass `cargo fmt --check`).
    pub fn options(&self, root: &Path) -> Options {
        let mut options = Options::new(self.naming, self.crate_name.clone());
        options.crate_version = self.version.clone();
        options.overrides = self.overrides.clone();
        options.only = self.only.clone();
        options.source_label = Some(self.spec.display().to_string());
        options.rustfmt_for = Some(self.out_path(root));
        options
    }

    /// Whether this target may be skipped: it is optional, its spec is absent, and this is not
    /// a CI run (where `CI=true` makes every spec required).
    pub fn skippable(&self, root: &Path) -> bool {
        self.optional && !self.spec_path(root).exists() && !is_ci()
    }
}

/// Whether this is a CI run (`CI=true`), where a missing spec is an error, never a skip.
pub fn is_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

fn default_version() -> String {
    "0.1.0".to_owned()
}

impl Manifest {
    /// Reads and checks the manifest at `path`.
    pub fn load(path: &Path) -> Result<Manifest, Error> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        let manifest: Manifest =
            toml::from_str(&text).map_err(|e| Error::Manifest { path: path.to_path_buf(), message: e.to_string() })?;
        let mut seen = Vec::new();
        for target in &manifest.targets {
            if seen.contains(&&target.crate_name) {
                return Err(Error::Manifest {
                    path: path.to_path_buf(),
                    message: format!("two targets generate the crate `{}`", target.crate_name),
                });
            }
            seen.push(&target.crate_name);
        }
        Ok(manifest)
    }

    /// Finds `generator.toml` in `start` or the nearest folder above it.
    pub fn find(start: &Path) -> Option<PathBuf> {
        let start = std::path::absolute(start).ok()?;
        start.ancestors().map(|d| d.join("generator.toml")).find(|p| p.is_file())
    }
}
