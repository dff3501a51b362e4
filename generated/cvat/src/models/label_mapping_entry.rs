// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LabelMappingEntry`] and the types nested in it, from `#/components/schemas/LabelMappingEntry`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct LabelMappingEntry {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<std::collections::BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sublabels: Option<std::collections::BTreeMap<String, super::SublabelMappingEntry>>,
}
