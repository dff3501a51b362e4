// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`CommentRead`] and the types nested in it, from `#/components/schemas/CommentRead`.

use crate::runtime::{self, deserialize_struct};

/// The `CommentRead` schema, which the spec does not describe (`#/components/schemas/CommentRead`).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct CommentRead {
    /// The `id` property, which the spec does not describe (`#/components/schemas/CommentRead/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<i64>,
    /// The `issue` property, which the spec does not describe (`#/components/schemas/CommentRead/properties/issue`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub issue: Option<i64>,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/CommentRead/properties/owner`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub owner: Option<super::BasicUser>,
    /// The `message` property, which the spec does not describe (`#/components/schemas/CommentRead/properties/message`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub message: Option<String>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/CommentRead/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_date` property, which the spec does not describe (`#/components/schemas/CommentRead/properties/updated_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub updated_date: Option<chrono::DateTime<chrono::Utc>>,
}

deserialize_struct!(
    runtime,
    CommentRead {
        id: optional::<Option<i64>>("id"),
        issue: optional::<Option<i64>>("issue"),
        owner: optional::<Option<super::BasicUser>>("owner"),
        message: optional::<Option<String>>("message"),
        created_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_date"),
        updated_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("updated_date")
    }
);
