// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionSublabelRequest`] and the types nested in it, from `#/components/schemas/FunctionSublabelRequest`.

/// The `FunctionSublabelRequest` schema, which the spec does not describe (`#/components/schemas/FunctionSublabelRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct FunctionSublabelRequest {
    /// The `name` property, which the spec does not describe (`#/components/schemas/FunctionSublabelRequest/properties/name`).
    pub name: String,
    /// The `type` property, which the spec does not describe (`#/components/schemas/FunctionSublabelRequest/properties/type`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::LabelType>,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/FunctionSublabelRequest/properties/attributes`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<super::FunctionAttributeRequest>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    FunctionSublabelRequest {
        name: required::<String>("name"),
        r#type: optional::<Option<super::LabelType>>("type"),
        attributes: optional::<Option<Vec<super::FunctionAttributeRequest>>>("attributes")
    }
);
