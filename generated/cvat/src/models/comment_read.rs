// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`CommentRead`] and the types nested in it, from `#/components/schemas/CommentRead`.

/// The `CommentRead` schema, which the spec does not describe (`#/components/schemas/CommentRead`).
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct CommentRead {
    /// The `id` property, which the spec does not describe (`#/components/schemas/CommentRead/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `issue` property, which the spec does not describe (`#/components/schemas/CommentRead/properties/issue`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue: Option<i64>,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/CommentRead/properties/owner`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<super::BasicUser>,
    /// The `message` property, which the spec does not describe (`#/components/schemas/CommentRead/properties/message`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/CommentRead/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_date` property, which the spec does not describe (`#/components/schemas/CommentRead/properties/updated_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_date: Option<chrono::DateTime<chrono::Utc>>,
}
