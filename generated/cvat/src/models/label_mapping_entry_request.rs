// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabelMappingEntryRequest`] and the types nested in it, from `#/components/schemas/LabelMappingEntryRequest`.

/// The `LabelMappingEntryRequest` schema, which the spec does not describe (`#/components/schemas/LabelMappingEntryRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct LabelMappingEntryRequest {
    /// The `name` property, which the spec does not describe (`#/components/schemas/LabelMappingEntryRequest/properties/name`).
    pub name: String,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/LabelMappingEntryRequest/properties/attributes`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<std::collections::BTreeMap<String, String>>,
    /// The `sublabels` property, which the spec does not describe (`#/components/schemas/LabelMappingEntryRequest/properties/sublabels`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sublabels: Option<std::collections::BTreeMap<String, super::SublabelMappingEntryRequest>>,
}

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
