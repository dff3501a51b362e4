//! Token streams to source text: `syn` parses every file (emitted code that does not parse is a
//! generator bug), `prettyplease` prints it; checked-in crates then go through the pinned
//! toolchain's `rustfmt` (on a scratch copy that `write` makes) so that `cargo fmt --check` holds
//! for them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use proc_macro2::TokenStream;

use crate::error::Error;
use crate::write::Scratch;

/// Prints one file with its `@generated` header.
pub fn print(path: &Path, tokens: TokenStream, header: &str) -> Result<String, Error> {
    let file: syn::File = syn::parse2(tokens)
        .map_err(|e| Error::Internal(format!("{}: emitted code does not parse: {e}", path.display())))?;
    Ok(format!("{header}\n{}", space_items(&prettyplease::unparse(&file))))
}

/// Puts a blank line between consecutive items (prettyplease prints them back to back): before a
/// line that starts an item, when the line above ends one at the same indentation. Runs of `use`
/// and `mod` declarations stay together.
pub(crate) fn space_items(text: &str) -> String {
    const STARTS: &[&str] = &[
        "///",
        "//!",
        "#[",
        "#![",
        "pub ",
        "pub(",
        "fn ",
        "impl",
        "struct ",
        "enum ",
        "mod ",
        "const ",
        "static ",
        "type ",
        "use ",
        "trait ",
        "async fn ",
        "unsafe ",
    ];
    let declaration = |line: &str| {
        let line = line.trim_start().trim_start_matches("pub ");
        line.starts_with("use ") || line.starts_with("mod ")
    };
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut previous: Option<&str> = None;
    for line in text.lines() {
        if let Some(prev) = previous {
            let indent = |l: &str| l.len() - l.trim_start().len();
            let ends_item = !prev.trim_start().starts_with("//") && {
                let p = prev.trim_end();
                p.ends_with('}') || p.ends_with("};") || (p.ends_with(';') && indent(prev) == indent(line))
            };
            let starts_item = STARTS.iter().any(|s| line.trim_start().starts_with(s)) || is_item_macro(line);
            let same_level = indent(prev) == indent(line);
            let after_module_docs = prev.starts_with("//!") && !line.starts_with("//!");
            if after_module_docs
                || (ends_item && starts_item && same_level && !(declaration(prev) && declaration(line)))
            {
                out.push('\n');
            }
        }
        out.push_str(line);
        out.push('\n');
        previous = Some(line);
    }
    out
}

/// Whether `line` starts a macro call at the top level of a file (`request_builder!(..);`).
fn is_item_macro(line: &str) -> bool {
    let path = line.split('!').next().unwrap_or_default();
    line.len() > path.len()
        && !path.is_empty()
        && !path.starts_with(' ')
        && path.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
}

/// Runs `rustfmt` over the Rust files of a crate held in memory, with the `rustfmt.toml` that
/// governs `out_dir` (searched upwards), so the text matches what `cargo fmt` would make of it.
/// `rustfmt` runs in `out_dir` (or its nearest existing ancestor), so the toolchain that
/// `rust-toolchain.toml` pins there formats the code, whatever the caller's default is.
pub fn rustfmt(files: &mut BTreeMap<PathBuf, String>, out_dir: &Path) -> Result<(), Error> {
    let rust_files: BTreeMap<PathBuf, String> = files
        .iter()
        .filter(|(p, _)| p.extension().is_some_and(|e| e == "rs"))
        .map(|(p, t)| (p.clone(), t.clone()))
        .collect();
    let scratch = Scratch::with_files("rustfmt", &rust_files)?;
    let mut command = Command::new(std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into()));
    command.arg("--edition").arg("2024");
    if let Some(config) = find_config(out_dir) {
        command.arg("--config-path").arg(config);
    }
    if let Some(dir) =
        std::path::absolute(out_dir).ok().and_then(|d| d.ancestors().find(|a| a.is_dir()).map(Path::to_path_buf))
    {
        command.current_dir(dir);
    }
    // rustfmt follows `mod` declarations, so the crate root reaches every file.
    command.arg(scratch.dir.join("src/lib.rs"));
    let output = command.output().map_err(|e| {
        Error::Internal(format!("cannot run rustfmt (install it with `rustup component add rustfmt`): {e}"))
    })?;
    if !output.status.success() {
        return Err(Error::Internal(format!("rustfmt failed: {}", String::from_utf8_lossy(&output.stderr))));
    }
    for path in rust_files.into_keys() {
        let target = scratch.dir.join(&path);
        let text = std::fs::read_to_string(&target).map_err(|e| Error::io(&target, e))?;
        files.insert(path, text);
    }
    Ok(())
}

/// The nearest `rustfmt.toml` or `.rustfmt.toml` at or above `dir`.
fn find_config(dir: &Path) -> Option<PathBuf> {
    let start = std::path::absolute(dir).ok()?;
    start.ancestors().flat_map(|d| [d.join("rustfmt.toml"), d.join(".rustfmt.toml")]).find(|p| p.is_file())
}
