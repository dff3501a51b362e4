// @generated from specs/features/parameters.yaml by the generator; do not edit.
//! [`Filter`] and the types nested in it, from `#/components/schemas/Filter`.

/// The `Filter` schema, which the spec does not describe (`#/components/schemas/Filter`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct Filter {
    /// The `field` property, which the spec does not describe (`#/components/schemas/Filter/properties/field`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The `value` property, which the spec does not describe (`#/components/schemas/Filter/properties/value`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    Filter { field: optional::<Option<String>>("field"), value: optional::<Option<String>>("value") }
);
