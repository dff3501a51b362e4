// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Plugins`] and the types nested in it, from `#/components/schemas/Plugins`.

use crate::runtime::{self, deserialize_struct};

/// The `Plugins` schema, which the spec does not describe (`#/components/schemas/Plugins`).
#[derive(Clone, Debug, PartialEq)]
pub struct Plugins {
    /// The `ANALYTICS` property, which the spec does not describe (`#/components/schemas/Plugins/properties/ANALYTICS`).
    pub analytics: bool,
    /// The `MODELS` property, which the spec does not describe (`#/components/schemas/Plugins/properties/MODELS`).
    pub models: bool,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Plugins { analytics: required("ANALYTICS"), models: required("MODELS") }
);

deserialize_struct!(runtime, Plugins { analytics: required::<bool>("ANALYTICS"), models: required::<bool>("MODELS") });
