// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SublabelMappingEntry`] and the types nested in it, from `#/components/schemas/SublabelMappingEntry`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct SublabelMappingEntry {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<std::collections::BTreeMap<String, String>>,
}
