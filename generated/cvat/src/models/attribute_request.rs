// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AttributeRequest`] and the types nested in it, from `#/components/schemas/AttributeRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct AttributeRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    pub name: String,
    pub mutable: bool,
    pub input_type: super::InputTypeEnum,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_value: Option<String>,
    pub values: Vec<String>,
    /// Delete the attribute and all related annotation values.
    ///
    /// Write-only: sent, never returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
}
