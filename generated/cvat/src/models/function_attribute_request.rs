// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionAttributeRequest`] and the types nested in it, from `#/components/schemas/FunctionAttributeRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct FunctionAttributeRequest {
    pub name: String,
    pub values: Vec<String>,
    pub input_type: super::InputTypeEnum,
}
