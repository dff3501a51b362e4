// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Comment`] and the types nested in it, from `#/components/schemas/Comment`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// Comment
///
/// Standard representation of a comment.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Comment {
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
}

serialize_struct!(
    runtime,
    Comment {
        id: optional("id"),
        r#type: optional("type"),
        is_reply_comment: optional("is_reply_comment"),
        message: optional("message"),
        created_by: optional("created_by"),
        created_at: optional("created_at"),
        modified_at: optional("modified_at"),
        item: optional("item")
    }
);

deserialize_struct!(
    runtime,
    Comment {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::CommentBaseTypeField>>("type"),
        is_reply_comment: optional::<Option<bool>>("is_reply_comment"),
        message: optional::<Option<String>>("message"),
        created_by: optional::<Option<super::UserMini>>("created_by"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("modified_at"),
        item: optional::<Option<super::CommentItemField>>("item")
    }
);

/// Reference
///
/// The bare basic reference for an object.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CommentItemField {
    /// The unique identifier for this object.
    pub id: Option<String>,
    /// The type for this object.
    pub r#type: Option<String>,
}

serialize_struct!(runtime, CommentItemField { id: optional("id"), r#type: optional("type") });

deserialize_struct!(
    runtime,
    CommentItemField { id: optional::<Option<String>>("id"), r#type: optional::<Option<String>>("type") }
);
