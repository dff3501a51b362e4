//! The parts of a generated crate that do not depend on the spec: the runtime sources, and the
//! `Cargo.toml` and README skeletons filled by plain `{{placeholder}}` replacement.

use std::collections::BTreeMap;

use crate::error::Error;

const CARGO_TOML: &str = include_str!("../../templates/crate/Cargo.toml.in");
const README: &str = include_str!("../../templates/crate/README.md.in");
const RUNTIME_MANIFEST: &str = include_str!("../../templates/runtime/Cargo.toml");

/// The runtime crate's sources and where they go in a generated crate; its `oauth2` module is
/// behind the crate's `oauth2` feature (see [`ungate_oauth2`]).
pub const RUNTIME_FILES: &[(&str, &str)] = &[
    (RUNTIME_MOD, include_str!("../../templates/runtime/src/lib.rs")),
    ("src/runtime/auth.rs", include_str!("../../templates/runtime/src/auth.rs")),
    ("src/runtime/body.rs", include_str!("../../templates/runtime/src/body.rs")),
    ("src/runtime/client.rs", include_str!("../../templates/runtime/src/client.rs")),
    ("src/runtime/codec.rs", include_str!("../../templates/runtime/src/codec.rs")),
    ("src/runtime/error.rs", include_str!("../../templates/runtime/src/error.rs")),
    ("src/runtime/oauth2.rs", include_str!("../../templates/runtime/src/oauth2.rs")),
    ("src/runtime/paginate.rs", include_str!("../../templates/runtime/src/paginate.rs")),
    ("src/runtime/params.rs", include_str!("../../templates/runtime/src/params.rs")),
    ("src/runtime/request.rs", include_str!("../../templates/runtime/src/request.rs")),
    ("src/runtime/response.rs", include_str!("../../templates/runtime/src/response.rs")),
    ("src/runtime/retry.rs", include_str!("../../templates/runtime/src/retry.rs")),
    ("src/runtime/trace.rs", include_str!("../../templates/runtime/src/trace.rs")),
];

/// The runtime's `oauth2` module as its `lib.rs` declares it: behind the runtime crate's feature.
const OAUTH2_MOD: &str = "#[cfg(feature = \"oauth2\")]\npub mod oauth2;\n";

/// Where the runtime's `lib.rs` goes in a generated crate.
pub const RUNTIME_MOD: &str = "src/runtime/mod.rs";

/// The runtime's `mod.rs` (`text`, formatted or not) with its `oauth2` module always compiled:
/// a build script's file for a spec with `oauth2` schemes, whose own `oauth2` module needs it.
pub fn ungate_oauth2(text: &str) -> Result<String, Error> {
    if !text.contains(OAUTH2_MOD) {
        return Err(Error::Internal(format!("templates/runtime/src/lib.rs lacks {OAUTH2_MOD:?}")));
    }
    Ok(text.replace(OAUTH2_MOD, "pub mod oauth2;\n"))
}

/// The `Cargo.toml` of a generated crate.
pub fn cargo_toml(values: &BTreeMap<&str, String>) -> Result<String, Error> {
    let mut values = values.clone();
    values.insert("dependencies", runtime_dependencies()?);
    fill("templates/crate/Cargo.toml.in", CARGO_TOML, &values)
}

/// The README of a generated crate.
pub fn readme(values: &BTreeMap<&str, String>) -> Result<String, Error> {
    fill("templates/crate/README.md.in", README, values)
}

/// The `[dependencies]` table of the runtime crate, verbatim: dependency versions live there once.
pub(crate) fn runtime_dependencies() -> Result<String, Error> {
    let start = RUNTIME_MANIFEST
        .find("\n[dependencies]")
        .ok_or_else(|| Error::Internal("templates/runtime/Cargo.toml has no [dependencies] table".into()))?;
    let table = &RUNTIME_MANIFEST[start + 1..];
    let end = table[1..].find("\n[").map(|i| i + 2).unwrap_or(table.len());
    Ok(table[..end].trim_end().to_owned())
}

/// The features a generated crate declares (the `[features]` table of `Cargo.toml.in`), which
/// its code tests with `cfg(feature = ..)`: in a build script's file these name features of the
/// including crate, so [`crate::Builder`] declares them as expected `cfg` values.
pub(crate) fn crate_features() -> Result<Vec<String>, Error> {
    let bad = |why: &str| Error::Internal(format!("templates/crate/Cargo.toml.in: {why}"));
    let Some(start) = CARGO_TOML.find("\n[features]") else { return Ok(Vec::new()) };
    let table = &CARGO_TOML[start + 1..];
    let end = table[1..].find("\n[").map(|i| i + 2).unwrap_or(table.len());
    // The groups' features are the spec's; the template's own are the rest of the table.
    let own = table[..end].replace("{{group_features}}", "");
    let parsed: toml::Table = own.parse().map_err(|e| bad(&format!("[features] does not parse: {e}")))?;
    let features = parsed.get("features").and_then(toml::Value::as_table).ok_or_else(|| bad("no [features] table"))?;
    Ok(features.keys().cloned().collect())
}

/// Replaces every `{{name}}` in `template`; a placeholder without a value, or a value without a
/// placeholder, is a generator bug.
pub fn fill(origin: &str, template: &str, values: &BTreeMap<&str, String>) -> Result<String, Error> {
    let mut out = String::with_capacity(template.len() + 1024);
    let mut used = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find("{{") {
        out.push_str(&rest[..open]);
        let close =
            rest[open..].find("}}").ok_or_else(|| Error::Internal(format!("{origin}: unclosed placeholder")))?;
        let name = &rest[open + 2..open + close];
        let value = values
            .get(name)
            .ok_or_else(|| Error::Internal(format!("{origin}: no value for placeholder `{{{{{name}}}}}`")))?;
        out.push_str(value);
        used.push(name);
        rest = &rest[open + close + 2..];
    }
    out.push_str(rest);
    if let Some(unused) = values.keys().find(|k| !used.contains(k)) {
        return Err(Error::Internal(format!("{origin}: has no placeholder `{{{{{unused}}}}}`")));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_checked_both_ways() {
        let values = BTreeMap::from([("a", "1".to_owned())]);
        assert_eq!(fill("t", "x{{a}}y", &values).ok().as_deref(), Some("x1y"));
        assert!(fill("t", "x{{b}}y", &values).is_err());
        assert!(fill("t", "xy", &values).is_err());
    }

    #[test]
    fn crate_features_are_the_skeleton_table() {
        let features = crate_features().unwrap_or_default();
        assert!(features.contains(&"tracing".to_owned()), "{features:?}");
    }

    #[test]
    fn group_features_avoid_the_crate_features() {
        // A group's feature is a snake-case name; it must not be one of these, nor read like one.
        let reserved = crate::ir::naming::places::RESERVED_FEATURES;
        for feature in
            crate_features().unwrap_or_default().iter().map(String::as_str).chain([crate::ir::reach::OTHER_MODELS])
        {
            assert!(reserved.contains(&feature.replace('-', "_").as_str()), "{feature} is not in {reserved:?}");
        }
    }

    #[test]
    fn the_manifest_declares_the_feature_the_models_use() {
        let values = BTreeMap::from([
            ("source", "api.yaml".to_owned()),
            ("crate_name", "api".to_owned()),
            ("version", "0.1.0".to_owned()),
            ("description", "An API.".to_owned()),
            ("group_features", "default = [\"users\"]\nusers = []\n".to_owned()),
        ]);
        let text = cargo_toml(&values).unwrap_or_else(|e| panic!("{e}"));
        let manifest: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        let features = manifest.get("features").and_then(|f| f.as_table());
        assert!(features.is_some_and(|f| f.contains_key(crate::emit::SERDE_BOTH_WAYS)), "{text}");
    }

    #[test]
    fn runtime_dependencies_are_the_runtime_table() {
        let deps = runtime_dependencies().unwrap_or_default();
        assert!(deps.starts_with("[dependencies]\n"), "{deps}");
        assert!(deps.contains("reqwest"), "{deps}");
        assert!(!deps.contains("dev-dependencies"), "{deps}");
    }
}
