// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`BasicUser`] and the types nested in it, from `#/components/schemas/BasicUser`.

use crate::runtime::{self, deserialize_struct};

/// The `BasicUser` schema, which the spec does not describe (`#/components/schemas/BasicUser`).
#[derive(Clone, Debug, PartialEq)]
pub struct BasicUser {
    /// The `url` property, which the spec does not describe (`#/components/schemas/BasicUser/properties/url`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub url: Option<String>,
    /// The `id` property, which the spec does not describe (`#/components/schemas/BasicUser/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    pub username: String,
    /// The `first_name` property, which the spec does not describe (`#/components/schemas/BasicUser/properties/first_name`).
    pub first_name: Option<String>,
    /// The `last_name` property, which the spec does not describe (`#/components/schemas/BasicUser/properties/last_name`).
    pub last_name: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    BasicUser {
        url: optional("url"),
        id: optional("id"),
        username: required("username"),
        first_name: optional("first_name"),
        last_name: optional("last_name")
    }
);

deserialize_struct!(
    runtime,
    BasicUser {
        url: optional::<Option<String>>("url"),
        id: optional::<Option<i64>>("id"),
        username: required::<String>("username"),
        first_name: optional::<Option<String>>("first_name"),
        last_name: optional::<Option<String>>("last_name")
    }
);
