// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`CloudStorageContent`] and the types nested in it, from `#/components/schemas/CloudStorageContent`.

use crate::runtime::{self, deserialize_struct};

/// The `CloudStorageContent` schema, which the spec does not describe (`#/components/schemas/CloudStorageContent`).
#[derive(Clone, Debug, PartialEq)]
pub struct CloudStorageContent {
    /// This token is used to continue listing files in the bucket.
    pub next: Option<String>,
    /// The `content` property, which the spec does not describe (`#/components/schemas/CloudStorageContent/properties/content`).
    pub content: Vec<super::FileInfo>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    CloudStorageContent { next: optional("next"), content: required("content") }
);

deserialize_struct!(
    runtime,
    CloudStorageContent {
        next: optional::<Option<String>>("next"),
        content: required::<Vec<super::FileInfo>>("content")
    }
);
