// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionSublabelRequest`] and the types nested in it, from `#/components/schemas/FunctionSublabelRequest`.

/// The `FunctionSublabelRequest` schema, which the spec does not describe (`#/components/schemas/FunctionSublabelRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct FunctionSublabelRequest {
    /// The `name` property, which the spec does not describe (`#/components/schemas/FunctionSublabelRequest/properties/name`).
    pub name: String,
    /// The `type` property, which the spec does not describe (`#/components/schemas/FunctionSublabelRequest/properties/type`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::LabelType>,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/FunctionSublabelRequest/properties/attributes`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<super::FunctionAttributeRequest>>,
}
