// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AttributeRequest`] and the types nested in it, from `#/components/schemas/AttributeRequest`.

/// The `AttributeRequest` schema, which the spec does not describe (`#/components/schemas/AttributeRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct AttributeRequest {
    /// The `id` property, which the spec does not describe (`#/components/schemas/AttributeRequest/properties/id`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `name` property, which the spec does not describe (`#/components/schemas/AttributeRequest/properties/name`).
    pub name: String,
    /// The `mutable` property, which the spec does not describe (`#/components/schemas/AttributeRequest/properties/mutable`).
    pub mutable: bool,
    /// The `input_type` property, which the spec does not describe (`#/components/schemas/AttributeRequest/properties/input_type`).
    pub input_type: super::InputTypeEnum,
    /// The `default_value` property, which the spec does not describe (`#/components/schemas/AttributeRequest/properties/default_value`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_value: Option<String>,
    /// The `values` property, which the spec does not describe (`#/components/schemas/AttributeRequest/properties/values`).
    pub values: Vec<String>,
    /// Delete the attribute and all related annotation values.
    ///
    /// Write-only: sent, never returned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AttributeRequest {
        id: optional::<Option<i64>>("id"),
        name: required::<String>("name"),
        mutable: required::<bool>("mutable"),
        input_type: required::<super::InputTypeEnum>("input_type"),
        default_value: optional::<Option<String>>("default_value"),
        values: required::<Vec<String>>("values"),
        deleted: optional::<Option<bool>>("deleted")
    }
);
