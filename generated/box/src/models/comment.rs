// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Comment`] and the types nested in it, from `#/components/schemas/Comment`.

/// Comment
///
/// Standard representation of a comment.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Comment {
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
}

/// Reference
///
/// The bare basic reference for an object.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CommentItemField {
    /// The unique identifier for this object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type for this object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}
