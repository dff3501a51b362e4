// @generated from specs/live/drf-yasg.json by the generator; do not edit.
//! [`BasicUser`] and the types nested in it, from `#/components/schemas/BasicUser`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// The `BasicUser` schema, which the spec does not describe (`#/definitions/BasicUser`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BasicUser {
    /// ID
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// Username
    ///
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    ///
    /// Read-only: set by the server, ignored when sent.
    pub username: Option<String>,
    /// First name
    ///
    /// Read-only: set by the server, ignored when sent.
    pub first_name: Option<String>,
    /// Last name
    ///
    /// Read-only: set by the server, ignored when sent.
    pub last_name: Option<String>,
}

serialize_struct!(
    runtime,
    BasicUser {
        id: optional("id"),
        username: optional("username"),
        first_name: optional("first_name"),
        last_name: optional("last_name")
    }
);

deserialize_struct!(
    runtime,
    BasicUser {
        id: optional::<Option<i64>>("id"),
        username: optional::<Option<String>>("username"),
        first_name: optional::<Option<String>>("first_name"),
        last_name: optional::<Option<String>>("last_name")
    }
);
