// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`CommentWriteRequest`] and the types nested in it, from `#/components/schemas/CommentWriteRequest`.

use crate::runtime::{self, serialize_struct};

/// The `CommentWriteRequest` schema, which the spec does not describe (`#/components/schemas/CommentWriteRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct CommentWriteRequest {
    /// The `issue` property, which the spec does not describe (`#/components/schemas/CommentWriteRequest/properties/issue`).
    pub issue: i64,
    /// The `message` property, which the spec does not describe (`#/components/schemas/CommentWriteRequest/properties/message`).
    pub message: Option<String>,
}

serialize_struct!(runtime, CommentWriteRequest { issue: required("issue"), message: optional("message") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    CommentWriteRequest { issue: required::<i64>("issue"), message: optional::<Option<String>>("message") }
);
