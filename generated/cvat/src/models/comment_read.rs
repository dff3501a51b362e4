// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`CommentRead`] and the types nested in it, from `#/components/schemas/CommentRead`.

use crate::runtime::{self, deserialize_struct};

/// The `CommentRead` schema, which the spec does not describe (`#/components/schemas/CommentRead`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CommentRead {
    /// The `id` property, which the spec does not describe (`#/components/schemas/CommentRead/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// The `issue` property, which the spec does not describe (`#/components/schemas/CommentRead/properties/issue`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub issue: Option<i64>,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/CommentRead/properties/owner`).
    pub owner: Option<super::BasicUser>,
    /// The `message` property, which the spec does not describe (`#/components/schemas/CommentRead/properties/message`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub message: Option<String>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/CommentRead/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_date` property, which the spec does not describe (`#/components/schemas/CommentRead/properties/updated_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub updated_date: Option<chrono::DateTime<chrono::Utc>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    CommentRead {
        id: optional("id"),
        issue: optional("issue"),
        owner: optional("owner"),
        message: optional("message"),
        created_date: optional("created_date"),
        updated_date: optional("updated_date")
    }
);

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
