// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Plugins`] and the types nested in it, from `#/components/schemas/Plugins`.

use crate::runtime::{self, deserialize_struct};

/// The `Plugins` schema, which the spec does not describe (`#/components/schemas/Plugins`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Plugins {
    /// The `ANALYTICS` property, which the spec does not describe (`#/components/schemas/Plugins/properties/ANALYTICS`).
    #[cfg_attr(feature = "serde-both-ways", serde(rename = "ANALYTICS"))]
    pub analytics: bool,
    /// The `MODELS` property, which the spec does not describe (`#/components/schemas/Plugins/properties/MODELS`).
    #[cfg_attr(feature = "serde-both-ways", serde(rename = "MODELS"))]
    pub models: bool,
}

deserialize_struct!(runtime, Plugins { analytics: required::<bool>("ANALYTICS"), models: required::<bool>("MODELS") });
