// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`BasicUserRequest`] and the types nested in it, from `#/components/schemas/BasicUserRequest`.

use crate::runtime::{self, serialize_struct};

/// The `BasicUserRequest` schema, which the spec does not describe (`#/components/schemas/BasicUserRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct BasicUserRequest {
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    pub username: String,
    /// The `first_name` property, which the spec does not describe (`#/components/schemas/BasicUserRequest/properties/first_name`).
    pub first_name: Option<String>,
    /// The `last_name` property, which the spec does not describe (`#/components/schemas/BasicUserRequest/properties/last_name`).
    pub last_name: Option<String>,
}

serialize_struct!(
    runtime,
    BasicUserRequest {
        username: required("username"),
        first_name: optional("first_name"),
        last_name: optional("last_name")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    BasicUserRequest {
        username: required::<String>("username"),
        first_name: optional::<Option<String>>("first_name"),
        last_name: optional::<Option<String>>("last_name")
    }
);
