// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SublabelMappingEntry`] and the types nested in it, from `#/components/schemas/SublabelMappingEntry`.

/// The `SublabelMappingEntry` schema, which the spec does not describe (`#/components/schemas/SublabelMappingEntry`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SublabelMappingEntry {
    /// The `name` property, which the spec does not describe (`#/components/schemas/SublabelMappingEntry/properties/name`).
    pub name: String,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/SublabelMappingEntry/properties/attributes`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<std::collections::BTreeMap<String, String>>,
}
