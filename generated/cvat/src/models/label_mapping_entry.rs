// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabelMappingEntry`] and the types nested in it, from `#/components/schemas/LabelMappingEntry`.

use crate::runtime::{self, deserialize_struct};

/// The `LabelMappingEntry` schema, which the spec does not describe (`#/components/schemas/LabelMappingEntry`).
#[derive(Clone, Debug, PartialEq)]
pub struct LabelMappingEntry {
    /// The `name` property, which the spec does not describe (`#/components/schemas/LabelMappingEntry/properties/name`).
    pub name: String,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/LabelMappingEntry/properties/attributes`).
    pub attributes: Option<std::collections::BTreeMap<String, String>>,
    /// The `sublabels` property, which the spec does not describe (`#/components/schemas/LabelMappingEntry/properties/sublabels`).
    pub sublabels: Option<std::collections::BTreeMap<String, super::SublabelMappingEntry>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    LabelMappingEntry { name: required("name"), attributes: optional("attributes"), sublabels: optional("sublabels") }
);

deserialize_struct!(
    runtime,
    LabelMappingEntry {
        name: required::<String>("name"),
        attributes: optional::<Option<std::collections::BTreeMap<String, String>>>("attributes"),
        sublabels: optional::<Option<std::collections::BTreeMap<String, super::SublabelMappingEntry>>>("sublabels")
    }
);
