// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Attribute`] and the types nested in it, from `#/components/schemas/Attribute`.

/// The `Attribute` schema, which the spec does not describe (`#/components/schemas/Attribute`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Attribute {
    /// The `id` property, which the spec does not describe (`#/components/schemas/Attribute/properties/id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `name` property, which the spec does not describe (`#/components/schemas/Attribute/properties/name`).
    pub name: String,
    /// The `mutable` property, which the spec does not describe (`#/components/schemas/Attribute/properties/mutable`).
    pub mutable: bool,
    /// The `input_type` property, which the spec does not describe (`#/components/schemas/Attribute/properties/input_type`).
    pub input_type: super::InputTypeEnum,
    /// The `default_value` property, which the spec does not describe (`#/components/schemas/Attribute/properties/default_value`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_value: Option<String>,
    /// The `values` property, which the spec does not describe (`#/components/schemas/Attribute/properties/values`).
    pub values: Vec<String>,
}
