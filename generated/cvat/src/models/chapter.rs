// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Chapter`] and the types nested in it, from `#/components/schemas/Chapter`.

use crate::runtime::{self, deserialize_struct};

/// The `Chapter` schema, which the spec does not describe (`#/components/schemas/Chapter`).
#[derive(Clone, Debug, PartialEq)]
pub struct Chapter {
    /// The `id` property, which the spec does not describe (`#/components/schemas/Chapter/properties/id`).
    pub id: i64,
    /// The `start` property, which the spec does not describe (`#/components/schemas/Chapter/properties/start`).
    pub start: i64,
    /// The `stop` property, which the spec does not describe (`#/components/schemas/Chapter/properties/stop`).
    pub stop: i64,
    /// The `metadata` property, which the spec does not describe (`#/components/schemas/Chapter/properties/metadata`).
    pub metadata: super::ChapterMetadata,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Chapter { id: required("id"), start: required("start"), stop: required("stop"), metadata: required("metadata") }
);

deserialize_struct!(
    runtime,
    Chapter {
        id: required::<i64>("id"),
        start: required::<i64>("start"),
        stop: required::<i64>("stop"),
        metadata: required::<super::ChapterMetadata>("metadata")
    }
);
