// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`BasicUser`] and the types nested in it, from `#/components/schemas/BasicUser`.

use crate::runtime::{self, deserialize_struct};

/// The `BasicUser` schema, which the spec does not describe (`#/components/schemas/BasicUser`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct BasicUser {
    /// The `url` property, which the spec does not describe (`#/components/schemas/BasicUser/properties/url`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub url: Option<String>,
    /// The `id` property, which the spec does not describe (`#/components/schemas/BasicUser/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<i64>,
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    pub username: String,
    /// The `first_name` property, which the spec does not describe (`#/components/schemas/BasicUser/properties/first_name`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub first_name: Option<String>,
    /// The `last_name` property, which the spec does not describe (`#/components/schemas/BasicUser/properties/last_name`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub last_name: Option<String>,
}

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
