// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`UserIdentifiers`] and the types nested in it, from `#/components/schemas/UserIdentifiers`.

use crate::runtime::{self, deserialize_struct};

/// The `UserIdentifiers` schema, which the spec does not describe (`#/components/schemas/UserIdentifiers`).
#[derive(Clone, Debug, PartialEq)]
pub struct UserIdentifiers {
    /// The `id` property, which the spec does not describe (`#/components/schemas/UserIdentifiers/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    pub username: String,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    UserIdentifiers { id: optional("id"), username: required("username") }
);

deserialize_struct!(
    runtime,
    UserIdentifiers { id: optional::<Option<i64>>("id"), username: required::<String>("username") }
);
