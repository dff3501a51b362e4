// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SublabelMappingEntryRequest`] and the types nested in it, from `#/components/schemas/SublabelMappingEntryRequest`.

use crate::runtime::{self, serialize_struct};

/// The `SublabelMappingEntryRequest` schema, which the spec does not describe (`#/components/schemas/SublabelMappingEntryRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct SublabelMappingEntryRequest {
    /// The `name` property, which the spec does not describe (`#/components/schemas/SublabelMappingEntryRequest/properties/name`).
    pub name: String,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/SublabelMappingEntryRequest/properties/attributes`).
    pub attributes: Option<std::collections::BTreeMap<String, String>>,
}

serialize_struct!(runtime, SublabelMappingEntryRequest { name: required("name"), attributes: optional("attributes") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    SublabelMappingEntryRequest {
        name: required::<String>("name"),
        attributes: optional::<Option<std::collections::BTreeMap<String, String>>>("attributes")
    }
);
