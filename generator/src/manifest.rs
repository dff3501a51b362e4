//! The manifest (`generator.toml`): one `[[target]]` per SDK crate to generate.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::Error;
use crate::ir::Style;

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
    pub naming: Style,
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
    /// Method names by operationId, for names the style's rule cannot derive.
    #[serde(default)]
    pub overrides: BTreeMap<String, String>,
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
