// @generated from specs/features/swagger2.yaml by the generator; do not edit.
//! [`Error2`] and the types nested in it, from `#/components/schemas/Error`.

use crate::runtime::{self, deserialize_struct};

/// The `Error` schema, which the spec does not describe (`#/definitions/Error`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Error2 {
    /// The `detail` property, which the spec does not describe (`#/definitions/Error/properties/detail`).
    pub detail: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, Error2 { detail: optional("detail") });

deserialize_struct!(runtime, Error2 { detail: optional::<Option<String>>("detail") });
