//! The crate's per-group Cargo features: the `#[cfg(..)]` on a group's module, re-export and
//! accessor and on each models file (as [`FeatureGates`] decides), and the `[features]` lines of
//! `Cargo.toml`. Without gates (a build script's file) nothing is gated.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::naming::ident::unraw;
use crate::ir::reach::{OAUTH2, OTHER_MODELS};
use crate::ir::{Api, Feature, FeatureGates};

/// `#[cfg(feature = "a")]`, or `#[cfg(any(feature = "a", feature = "b"))]`, names sorted.
fn cfg(api: &Api, features: &BTreeSet<Feature>) -> TokenStream {
    let mut names: Vec<&str> = features.iter().map(|f| api.feature_name(*f)).collect();
    names.sort_unstable();
    match names.as_slice() {
        [one] => quote! { #[cfg(feature = #one)] },
        many => quote! { #[cfg(any( #( feature = #many ),* ))] },
    }
}

/// The gate of group `g`'s module, API type re-export and `Client` accessor.
pub fn group_cfg(api: &Api, gates: Option<&FeatureGates>, g: usize) -> Option<TokenStream> {
    gates.and_then(|gates| gates.groups.get(g)).map(|features| cfg(api, features))
}

/// The gate of the crate's and the runtime's `oauth2` modules (none without gates, or without
/// `oauth2` schemes).
pub fn oauth2_cfg(api: &Api, gates: Option<&FeatureGates>) -> Option<TokenStream> {
    gates.filter(|gates| gates.oauth2).map(|_| cfg(api, &BTreeSet::from([Feature::OAuth2])))
}

/// The gates of the models files that need one, by file (its resolved module name).
pub fn model_file_cfgs<'a>(api: &'a Api, gates: Option<&FeatureGates>) -> BTreeMap<&'a str, TokenStream> {
    let Some(gates) = gates else { return BTreeMap::new() };
    let gated = gates.model_files.iter().filter_map(|(file, features)| Some((*file, features.as_ref()?)));
    gated.map(|(file, features)| (api.name(file), cfg(api, features))).collect()
}

/// The group features' lines of `Cargo.toml`'s `[features]` table (empty without gates):
/// `default` with every one, then each with a comment on what it compiles.
pub fn cargo_features(api: &Api, gates: Option<&FeatureGates>) -> String {
    let Some(gates) = gates else { return String::new() };
    let mut features: Vec<(String, String)> = api
        .groups
        .iter()
        .enumerate()
        .map(|(g, group)| {
            let operations = crate::counted(group.operations.len(), "operation");
            let what = format!(
                "`client.{}()` (`{}`, {operations}) and the models it reaches",
                unraw(api.name(group.accessor)),
                unraw(api.name(group.api_type))
            );
            (api.feature_name(Feature::Group(g)).to_owned(), what)
        })
        .collect();
    if gates.other_models {
        let what = "the models no operation reaches (schemas no operation uses, webhook payloads)".to_owned();
        features.push((OTHER_MODELS.to_owned(), what));
    }
    features.sort();
    // The template declares `oauth2` (every crate has the runtime's providers); it is on by
    // default where the spec has `oauth2` schemes.
    let oauth2 = gates.oauth2.then_some(OAUTH2);
    let mut names: Vec<&str> = features.iter().map(|(name, _)| name.as_str()).chain(oauth2).collect();
    names.sort_unstable();
    let names: Vec<String> = names.iter().map(|name| format!("\"{name}\"")).collect();
    let one_line = format!("default = [{}]", names.join(", "));
    let default = if one_line.len() <= 100 {
        one_line
    } else {
        format!("default = [\n{}]", names.iter().map(|n| format!("    {n},\n")).collect::<String>())
    };
    let mut text = String::from(
        "# One feature per operation group, all on by default. With `default-features = false` and\n\
         # some of them, only those groups and the models they reach compile.\n",
    );
    text.push_str(&default);
    text.push('\n');
    for (name, what) in &features {
        text.push_str(&format!("# {what}\n{name} = []\n"));
    }
    text
}
