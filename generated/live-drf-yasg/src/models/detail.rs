// @generated from specs/live/drf-yasg.json by the generator; do not edit.
//! [`Detail`] and the types nested in it, from `#/components/schemas/Detail`.

use crate::runtime::{self, deserialize_struct};

/// The `Detail` schema, which the spec does not describe (`#/definitions/Detail`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Detail {
    /// Detail
    pub detail: String,
}

deserialize_struct!(runtime, Detail { detail: required::<String>("detail") });
