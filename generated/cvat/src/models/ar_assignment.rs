// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ArAssignment`] and the types nested in it, from `#/components/schemas/ArAssignment`.

/// The `ArAssignment` schema, which the spec does not describe (`#/components/schemas/ArAssignment`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct ArAssignment {
    /// The `function_id` property, which the spec does not describe (`#/components/schemas/ArAssignment/properties/function_id`).
    pub function_id: i64,
    /// The `ar_id` property, which the spec does not describe (`#/components/schemas/ArAssignment/properties/ar_id`).
    pub ar_id: String,
    /// The `ar_params` property, which the spec does not describe (`#/components/schemas/ArAssignment/properties/ar_params`).
    pub ar_params: super::ArParams,
}
