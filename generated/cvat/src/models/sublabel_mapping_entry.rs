// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SublabelMappingEntry`] and the types nested in it, from `#/components/schemas/SublabelMappingEntry`.

use crate::runtime::{self, deserialize_struct};

/// The `SublabelMappingEntry` schema, which the spec does not describe (`#/components/schemas/SublabelMappingEntry`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SublabelMappingEntry {
    /// The `name` property, which the spec does not describe (`#/components/schemas/SublabelMappingEntry/properties/name`).
    pub name: String,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/SublabelMappingEntry/properties/attributes`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub attributes: Option<std::collections::BTreeMap<String, String>>,
}

deserialize_struct!(
    runtime,
    SublabelMappingEntry {
        name: required::<String>("name"),
        attributes: optional::<Option<std::collections::BTreeMap<String, String>>>("attributes")
    }
);
