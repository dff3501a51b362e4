// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionAttribute`] and the types nested in it, from `#/components/schemas/FunctionAttribute`.

/// The `FunctionAttribute` schema, which the spec does not describe (`#/components/schemas/FunctionAttribute`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct FunctionAttribute {
    /// The `name` property, which the spec does not describe (`#/components/schemas/FunctionAttribute/properties/name`).
    pub name: String,
    /// The `values` property, which the spec does not describe (`#/components/schemas/FunctionAttribute/properties/values`).
    pub values: Vec<String>,
    /// The `input_type` property, which the spec does not describe (`#/components/schemas/FunctionAttribute/properties/input_type`).
    pub input_type: super::InputTypeEnum,
}
