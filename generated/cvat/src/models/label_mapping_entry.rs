// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabelMappingEntry`] and the types nested in it, from `#/components/schemas/LabelMappingEntry`.

use crate::runtime::{self, deserialize_struct};

/// The `LabelMappingEntry` schema, which the spec does not describe (`#/components/schemas/LabelMappingEntry`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct LabelMappingEntry {
    /// The `name` property, which the spec does not describe (`#/components/schemas/LabelMappingEntry/properties/name`).
    pub name: String,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/LabelMappingEntry/properties/attributes`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub attributes: Option<std::collections::BTreeMap<String, String>>,
    /// The `sublabels` property, which the spec does not describe (`#/components/schemas/LabelMappingEntry/properties/sublabels`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub sublabels: Option<std::collections::BTreeMap<String, super::SublabelMappingEntry>>,
}

deserialize_struct!(
    runtime,
    LabelMappingEntry {
        name: required::<String>("name"),
        attributes: optional::<Option<std::collections::BTreeMap<String, String>>>("attributes"),
        sublabels: optional::<Option<std::collections::BTreeMap<String, super::SublabelMappingEntry>>>("sublabels")
    }
);
