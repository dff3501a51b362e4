// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SublabelMappingEntry`] and the types nested in it, from `#/components/schemas/SublabelMappingEntry`.

use crate::runtime::{self, deserialize_struct};

/// The `SublabelMappingEntry` schema, which the spec does not describe (`#/components/schemas/SublabelMappingEntry`).
#[derive(Clone, Debug, PartialEq)]
pub struct SublabelMappingEntry {
    /// The `name` property, which the spec does not describe (`#/components/schemas/SublabelMappingEntry/properties/name`).
    pub name: String,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/SublabelMappingEntry/properties/attributes`).
    pub attributes: Option<std::collections::BTreeMap<String, String>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SublabelMappingEntry { name: required("name"), attributes: optional("attributes") }
);

deserialize_struct!(
    runtime,
    SublabelMappingEntry {
        name: required::<String>("name"),
        attributes: optional::<Option<std::collections::BTreeMap<String, String>>>("attributes")
    }
);
