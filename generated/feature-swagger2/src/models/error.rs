// @generated from specs/features/swagger2.yaml by the generator; do not edit.
//! [`Error2`] and the types nested in it, from `#/components/schemas/Error`.

use crate::runtime::{self, deserialize_struct};

/// The `Error` schema, which the spec does not describe (`#/definitions/Error`).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Error2 {
    /// The `detail` property, which the spec does not describe (`#/definitions/Error/properties/detail`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub detail: Option<String>,
}

deserialize_struct!(runtime, Error2 { detail: optional::<Option<String>>("detail") });
