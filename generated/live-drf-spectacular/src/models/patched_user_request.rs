// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`PatchedUserRequest`] and the types nested in it, from `#/components/schemas/PatchedUserRequest`.

use crate::runtime::{self, serialize_struct};

/// The `PatchedUserRequest` schema, which the spec does not describe (`#/components/schemas/PatchedUserRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatchedUserRequest {
    /// The `first_name` property, which the spec does not describe (`#/components/schemas/PatchedUserRequest/properties/first_name`).
    pub first_name: Option<String>,
    /// The `last_name` property, which the spec does not describe (`#/components/schemas/PatchedUserRequest/properties/last_name`).
    pub last_name: Option<String>,
    /// Email address
    pub email: Option<String>,
}

serialize_struct!(
    runtime,
    PatchedUserRequest {
        first_name: optional("first_name"),
        last_name: optional("last_name"),
        email: optional("email")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedUserRequest {
        first_name: optional::<Option<String>>("first_name"),
        last_name: optional::<Option<String>>("last_name"),
        email: optional::<Option<String>>("email")
    }
);
