// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SublabelMappingEntryRequest`] and the types nested in it, from `#/components/schemas/SublabelMappingEntryRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct SublabelMappingEntryRequest {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<std::collections::BTreeMap<String, String>>,
}
