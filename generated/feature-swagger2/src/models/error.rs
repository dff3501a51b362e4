// @generated from specs/features/swagger2.yaml by the generator; do not edit.
//! [`Error2`] and the types nested in it, from `#/components/schemas/Error`.

/// The `Error` schema, which the spec does not describe (`#/definitions/Error`).
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Error2 {
    /// The `detail` property, which the spec does not describe (`#/definitions/Error/properties/detail`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}
