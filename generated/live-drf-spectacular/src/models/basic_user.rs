// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`BasicUser`] and the types nested in it, from `#/components/schemas/BasicUser`.

use crate::runtime::{self, deserialize_struct};

/// The `BasicUser` schema, which the spec does not describe (`#/components/schemas/BasicUser`).
#[derive(Clone, Debug, PartialEq)]
pub struct BasicUser {
    /// The `id` property, which the spec does not describe (`#/components/schemas/BasicUser/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: i64,
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    ///
    /// Read-only: set by the server, ignored when sent.
    pub username: String,
    /// The `first_name` property, which the spec does not describe (`#/components/schemas/BasicUser/properties/first_name`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub first_name: String,
    /// The `last_name` property, which the spec does not describe (`#/components/schemas/BasicUser/properties/last_name`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub last_name: String,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    BasicUser {
        id: required("id"),
        username: required("username"),
        first_name: required("first_name"),
        last_name: required("last_name")
    }
);

deserialize_struct!(
    runtime,
    BasicUser {
        id: required::<i64>("id"),
        username: required::<String>("username"),
        first_name: required::<String>("first_name"),
        last_name: required::<String>("last_name")
    }
);
