// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionAttributeRequest`] and the types nested in it, from `#/components/schemas/FunctionAttributeRequest`.

/// The `FunctionAttributeRequest` schema, which the spec does not describe (`#/components/schemas/FunctionAttributeRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct FunctionAttributeRequest {
    /// The `name` property, which the spec does not describe (`#/components/schemas/FunctionAttributeRequest/properties/name`).
    pub name: String,
    /// The `values` property, which the spec does not describe (`#/components/schemas/FunctionAttributeRequest/properties/values`).
    pub values: Vec<String>,
    /// The `input_type` property, which the spec does not describe (`#/components/schemas/FunctionAttributeRequest/properties/input_type`).
    pub input_type: super::InputTypeEnum,
}
