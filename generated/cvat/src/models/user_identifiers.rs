// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`UserIdentifiers`] and the types nested in it, from `#/components/schemas/UserIdentifiers`.

use crate::runtime::{self, deserialize_struct};

/// The `UserIdentifiers` schema, which the spec does not describe (`#/components/schemas/UserIdentifiers`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct UserIdentifiers {
    /// The `id` property, which the spec does not describe (`#/components/schemas/UserIdentifiers/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<i64>,
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    pub username: String,
}

deserialize_struct!(
    runtime,
    UserIdentifiers { id: optional::<Option<i64>>("id"), username: required::<String>("username") }
);
