// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabelsSummary`] and the types nested in it, from `#/components/schemas/LabelsSummary`.

use crate::runtime::{self, deserialize_struct};

/// The `LabelsSummary` schema, which the spec does not describe (`#/components/schemas/LabelsSummary`).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct LabelsSummary {
    /// The `url` property, which the spec does not describe (`#/components/schemas/LabelsSummary/properties/url`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub url: Option<String>,
}

deserialize_struct!(runtime, LabelsSummary { url: optional::<Option<String>>("url") });
