// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Plugins`] and the types nested in it, from `#/components/schemas/Plugins`.

/// The `Plugins` schema, which the spec does not describe (`#/components/schemas/Plugins`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Plugins {
    /// The `ANALYTICS` property, which the spec does not describe (`#/components/schemas/Plugins/properties/ANALYTICS`).
    #[serde(rename = "ANALYTICS")]
    pub analytics: bool,
    /// The `MODELS` property, which the spec does not describe (`#/components/schemas/Plugins/properties/MODELS`).
    #[serde(rename = "MODELS")]
    pub models: bool,
}
