// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`OrganizationWriteRequest`] and the types nested in it, from `#/components/schemas/OrganizationWriteRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct OrganizationWriteRequest {
    pub slug: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<serde_json::Value>,
}
