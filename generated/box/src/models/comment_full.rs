// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`CommentFull`] and the types nested in it, from `#/components/schemas/Comment--Full`.

use crate::runtime::{self, deserialize_struct};

/// Comment (Full)
///
/// Comments are messages created on files. Comments
/// can be made independently or created as responses to other
/// comments.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CommentFull {
    /// The unique identifier for this comment.
    pub id: Option<String>,
    /// The value will always be `comment`.
    pub r#type: Option<super::CommentBaseTypeField>,
    /// Whether or not this comment is a reply to another
    /// comment.
    pub is_reply_comment: Option<bool>,
    /// The text of the comment, as provided by the user.
    pub message: Option<String>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/Comment/allOf/1/properties/created_by`).
    pub created_by: Option<super::UserMini>,
    /// The time this comment was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The time this comment was last modified.
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `item` property, which the spec does not describe (`#/components/schemas/Comment/allOf/1/properties/item`).
    pub item: Option<super::CommentItemField>,
    /// The string representing the comment text with
    /// @mentions included. @mention format is @\[id:username\]
    /// where `id` is user's Box ID and `username` is
    /// their display name.
    pub tagged_message: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    CommentFull {
        id: optional("id"),
        r#type: optional("type"),
        is_reply_comment: optional("is_reply_comment"),
        message: optional("message"),
        created_by: optional("created_by"),
        created_at: optional("created_at"),
        modified_at: optional("modified_at"),
        item: optional("item"),
        tagged_message: optional("tagged_message")
    }
);

deserialize_struct!(
    runtime,
    CommentFull {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::CommentBaseTypeField>>("type"),
        is_reply_comment: optional::<Option<bool>>("is_reply_comment"),
        message: optional::<Option<String>>("message"),
        created_by: optional::<Option<super::UserMini>>("created_by"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("modified_at"),
        item: optional::<Option<super::CommentItemField>>("item"),
        tagged_message: optional::<Option<String>>("tagged_message")
    }
);
