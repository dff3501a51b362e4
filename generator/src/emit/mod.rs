//! IR to token streams, one per generated file. Emitters read only the IR: they never look at the
//! spec and never make up a name from spec text; every identifier comes from `ir::Names`.

mod crate_root;
mod features;
mod imports;
mod models;
mod oauth2;
mod operations;
mod types;

use std::path::PathBuf;

use proc_macro2::TokenStream;

use crate::ir::{Api, FeatureGates};
pub use features::cargo_features;
// The skeleton's test checks that the crate manifest declares the feature the models name.
#[cfg(test)]
pub use models::SERDE_BOTH_WAYS;

/// One Rust source file of the generated crate, before formatting.
pub struct RustFile {
    /// Path relative to the crate root, such as `src/models/membership_read.rs`.
    pub path: PathBuf,
    /// The file's items, inner attributes first.
    pub tokens: TokenStream,
}

/// Emits every Rust file of the crate for `api`; `lib_name` is the crate's library name (for
/// the examples in the crate docs); `gates` puts groups and models files behind the crate's
/// features (`None`: everything compiles, as in a build script's file).
pub fn emit(api: &Api, lib_name: &str, gates: Option<&FeatureGates>) -> Vec<RustFile> {
    let mut files = vec![
        RustFile { path: "src/lib.rs".into(), tokens: crate_root::lib_rs(api, lib_name, gates) },
        RustFile { path: "src/apis/mod.rs".into(), tokens: crate_root::apis_mod(api, gates) },
        RustFile { path: "src/models/mod.rs".into(), tokens: models::models_mod(api, gates) },
    ];
    for (file, tokens) in models::model_files(api) {
        files.push(RustFile { path: PathBuf::from(format!("src/models/{file}.rs")), tokens: imports::shorten(tokens) });
    }
    if let Some(tokens) = oauth2::oauth2_file(api) {
        files.push(RustFile { path: "src/oauth2.rs".into(), tokens });
    }
    for (g, group) in api.groups.iter().enumerate() {
        let module = crate::ir::naming::ident::unraw(api.name(group.module)).to_owned();
        files.push(RustFile {
            path: PathBuf::from(format!("src/apis/{module}.rs")),
            tokens: imports::shorten(operations::group_file(api, g)),
        });
    }
    files
}

/// A client built and one call made, as plain Rust lines (for the README).
pub fn example_lines(api: &Api, lib_name: &str) -> Option<Vec<String>> {
    crate_root::example_lines(api, lib_name)
}
