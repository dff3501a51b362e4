// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedCommentWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedCommentWriteRequest`.

use crate::runtime::{self, serialize_struct};

/// The `PatchedCommentWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedCommentWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatchedCommentWriteRequest {
    /// The `message` property, which the spec does not describe (`#/components/schemas/PatchedCommentWriteRequest/properties/message`).
    pub message: Option<String>,
}

serialize_struct!(runtime, PatchedCommentWriteRequest { message: optional("message") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedCommentWriteRequest { message: optional::<Option<String>>("message") }
);
