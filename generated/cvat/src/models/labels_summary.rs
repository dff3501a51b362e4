// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabelsSummary`] and the types nested in it, from `#/components/schemas/LabelsSummary`.

use crate::runtime::{self, deserialize_struct};

/// The `LabelsSummary` schema, which the spec does not describe (`#/components/schemas/LabelsSummary`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LabelsSummary {
    /// The `url` property, which the spec does not describe (`#/components/schemas/LabelsSummary/properties/url`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub url: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, LabelsSummary { url: optional("url") });

deserialize_struct!(runtime, LabelsSummary { url: optional::<Option<String>>("url") });
