// @generated from specs/features/parameters.yaml by the generator; do not edit.
//! [`Filter`] and the types nested in it, from `#/components/schemas/Filter`.

/// The `Filter` schema, which the spec does not describe (`#/components/schemas/Filter`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct Filter {
    /// The `field` property, which the spec does not describe (`#/components/schemas/Filter/properties/field`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The `value` property, which the spec does not describe (`#/components/schemas/Filter/properties/value`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
