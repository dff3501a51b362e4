// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabelMappingEntryRequest`] and the types nested in it, from `#/components/schemas/LabelMappingEntryRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct LabelMappingEntryRequest {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<std::collections::BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sublabels: Option<std::collections::BTreeMap<String, super::SublabelMappingEntryRequest>>,
}
