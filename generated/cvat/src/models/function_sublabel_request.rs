// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionSublabelRequest`] and the types nested in it, from `#/components/schemas/FunctionSublabelRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct FunctionSublabelRequest {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::LabelType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<super::FunctionAttributeRequest>>,
}
