// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`CommentBaseTypeField`] and the types nested in it, from `#/components/schemas/Comment--Base/properties/type`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// The value will always be `comment`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CommentBaseTypeField {
    /// `comment`
    Comment,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CommentBaseTypeField, Unknown, Comment = "comment");

/// Comment (Base)
///
/// Base representation of a comment.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CommentBase {
    /// The unique identifier for this comment.
    pub id: Option<String>,
    /// The value will always be `comment`.
    pub r#type: Option<super::CommentBaseTypeField>,
}

serialize_struct!(runtime, CommentBase { id: optional("id"), r#type: optional("type") });

deserialize_struct!(
    runtime,
    CommentBase {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::CommentBaseTypeField>>("type")
    }
);
