// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedCommentWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedCommentWriteRequest`.

/// The `PatchedCommentWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedCommentWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedCommentWriteRequest {
    /// The `message` property, which the spec does not describe (`#/components/schemas/PatchedCommentWriteRequest/properties/message`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedCommentWriteRequest { message: optional::<Option<String>>("message") }
);
