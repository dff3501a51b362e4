// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AttributeVal`] and the types nested in it, from `#/components/schemas/AttributeVal`.

/// The `AttributeVal` schema, which the spec does not describe (`#/components/schemas/AttributeVal`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct AttributeVal {
    /// The `spec_id` property, which the spec does not describe (`#/components/schemas/AttributeVal/properties/spec_id`).
    pub spec_id: i64,
    /// The `value` property, which the spec does not describe (`#/components/schemas/AttributeVal/properties/value`).
    pub value: String,
}
