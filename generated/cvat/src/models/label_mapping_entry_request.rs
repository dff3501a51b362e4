// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabelMappingEntryRequest`] and the types nested in it, from `#/components/schemas/LabelMappingEntryRequest`.

use crate::runtime::{self, serialize_struct};

/// The `LabelMappingEntryRequest` schema, which the spec does not describe (`#/components/schemas/LabelMappingEntryRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct LabelMappingEntryRequest {
    /// The `name` property, which the spec does not describe (`#/components/schemas/LabelMappingEntryRequest/properties/name`).
    pub name: String,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/LabelMappingEntryRequest/properties/attributes`).
    pub attributes: Option<std::collections::BTreeMap<String, String>>,
    /// The `sublabels` property, which the spec does not describe (`#/components/schemas/LabelMappingEntryRequest/properties/sublabels`).
    pub sublabels: Option<std::collections::BTreeMap<String, super::SublabelMappingEntryRequest>>,
}

serialize_struct!(
    runtime,
    LabelMappingEntryRequest {
        name: required("name"),
        attributes: optional("attributes"),
        sublabels: optional("sublabels")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    LabelMappingEntryRequest {
        name: required::<String>("name"),
        attributes: optional::<Option<std::collections::BTreeMap<String, String>>>("attributes"),
        sublabels: optional::<Option<std::collections::BTreeMap<String, super::SublabelMappingEntryRequest>>>(
            "sublabels"
        )
    }
);
