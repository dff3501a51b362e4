// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`CloudStorageContent`] and the types nested in it, from `#/components/schemas/CloudStorageContent`.

use crate::runtime::{self, deserialize_struct};

/// The `CloudStorageContent` schema, which the spec does not describe (`#/components/schemas/CloudStorageContent`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct CloudStorageContent {
    /// This token is used to continue listing files in the bucket.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub next: Option<String>,
    /// The `content` property, which the spec does not describe (`#/components/schemas/CloudStorageContent/properties/content`).
    pub content: Vec<super::FileInfo>,
}

deserialize_struct!(
    runtime,
    CloudStorageContent {
        next: optional::<Option<String>>("next"),
        content: required::<Vec<super::FileInfo>>("content")
    }
);
