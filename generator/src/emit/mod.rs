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

pub use features::cargo_features;

use crate::error::Error;
use crate::ir::naming::ident::unraw;
use crate::ir::{Api, FeatureGates, Home, TypeId};
// The skeleton's test checks that the crate manifest declares the feature the models name.
#[cfg(test)]
pub use models::SERDE_BOTH_WAYS;

/// One Rust source file of the generated crate, parsed, before printing.
pub struct RustFile {
    /// Path relative to the crate root, such as `src/models/membership_read.rs`.
    pub path: PathBuf,
    /// The file's syntax tree, paths shortened: what `format::print` prints.
    pub syntax: syn::File,
}

/// One file still to emit: what it holds, so that each file's tokens can be made (and dropped)
/// on their own. A large spec's tokens for every file at once take gigabytes.
pub enum Planned {
    /// `src/lib.rs`.
    LibRs,
    /// `src/apis/mod.rs`.
    ApisMod,
    /// `src/models/mod.rs`.
    ModelsMod,
    /// `src/models/<file>.rs` and the types it holds.
    Models(String, Vec<TypeId>),
    /// `src/oauth2.rs`.
    OAuth2,
    /// `src/apis/<module>.rs`: the group's index and the types made for its operations.
    Group(usize, Vec<TypeId>),
}

/// Every Rust file of the crate for `api`, in a fixed order, not yet emitted.
pub fn plan(api: &Api) -> Vec<Planned> {
    let mut planned = vec![Planned::LibRs, Planned::ApisMod, Planned::ModelsMod];
    planned.extend(models::files(api).into_iter().map(|(file, ids)| Planned::Models(file, ids)));
    if api.has_oauth2() {
        planned.push(Planned::OAuth2);
    }
    // One pass over the types, not one per group: Graph has thousands of each.
    let mut by_group = vec![Vec::new(); api.groups.len()];
    for (i, ty) in api.types.iter().enumerate() {
        if let Home::Group(g) = ty.home {
            by_group[g].push(TypeId(i));
        }
    }
    planned.extend(by_group.into_iter().enumerate().map(|(g, ids)| Planned::Group(g, ids)));
    planned
}

impl Planned {
    /// The file's syntax tree; `lib_name` is the crate's library name (for the examples in the
    /// crate docs); `gates` puts groups and models files behind the crate's features (`None`:
    /// everything compiles, as in a build script's file). Emitted tokens that do not parse are a
    /// generator bug, reported as [`Error::Internal`].
    pub fn emit(&self, api: &Api, lib_name: &str, gates: Option<&FeatureGates>) -> Result<RustFile, Error> {
        let (path, tokens, shorten): (PathBuf, TokenStream, bool) = match self {
            Planned::LibRs => ("src/lib.rs".into(), crate_root::lib_rs(api, lib_name, gates), false),
            Planned::ApisMod => ("src/apis/mod.rs".into(), crate_root::apis_mod(api, gates), false),
            Planned::ModelsMod => ("src/models/mod.rs".into(), models::models_mod(api, gates), false),
            Planned::Models(file, ids) => {
                (PathBuf::from(format!("src/models/{}.rs", unraw(file))), models::model_file(api, ids), true)
            }
            Planned::OAuth2 => ("src/oauth2.rs".into(), oauth2::oauth2_file(api).unwrap_or_default(), false),
            Planned::Group(g, ids) => {
                let module = unraw(api.name(api.groups[*g].module));
                (PathBuf::from(format!("src/apis/{module}.rs")), operations::group_file(api, *g, ids), true)
            }
        };
        let mut syntax: syn::File = syn::parse2(tokens)
            .map_err(|e| Error::Internal(format!("{}: emitted code does not parse: {e}", path.display())))?;
        if shorten {
            imports::shorten(&mut syntax);
        }
        Ok(RustFile { path, syntax })
    }
}

pub use crate_root::filter_note;

/// A client built and one call made, as plain Rust lines (for the README).
pub fn example_lines(api: &Api, lib_name: &str) -> Option<Vec<String>> {
    crate_root::example_lines(api, lib_name)
}
