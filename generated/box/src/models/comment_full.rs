// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`CommentFull`] and the types nested in it, from `#/components/schemas/Comment--Full`.

/// Comment (Full)
///
/// Comments are messages created on files. Comments
/// can be made independently or created as responses to other
/// comments.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct CommentFull {
    /// The unique identifier for this comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The value will always be `comment`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::CommentBaseTypeField>,
    /// Whether or not this comment is a reply to another
    /// comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_reply_comment: Option<bool>,
    /// The text of the comment, as provided by the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/Comment/allOf/1/properties/created_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<super::UserMini>,
    /// The time this comment was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The time this comment was last modified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `item` property, which the spec does not describe (`#/components/schemas/Comment/allOf/1/properties/item`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<super::CommentItemField>,
    /// The string representing the comment text with
    /// @mentions included. @mention format is @\[id:username\]
    /// where `id` is user's Box ID and `username` is
    /// their display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tagged_message: Option<String>,
}
