// @generated from specs/live/drf-yasg.json by the generator; do not edit.
//! [`Detail`] and the types nested in it, from `#/components/schemas/Detail`.

use crate::runtime::{self, deserialize_struct};

/// The `Detail` schema, which the spec does not describe (`#/definitions/Detail`).
#[derive(Clone, Debug, PartialEq)]
pub struct Detail {
    /// Detail
    pub detail: String,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, Detail { detail: required("detail") });

deserialize_struct!(runtime, Detail { detail: required::<String>("detail") });
