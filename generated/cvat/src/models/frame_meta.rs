// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FrameMeta`] and the types nested in it, from `#/components/schemas/FrameMeta`.

use crate::runtime::{self, deserialize_struct};

/// The `FrameMeta` schema, which the spec does not describe (`#/components/schemas/FrameMeta`).
#[derive(Clone, Debug, PartialEq)]
pub struct FrameMeta {
    /// The `width` property, which the spec does not describe (`#/components/schemas/FrameMeta/properties/width`).
    pub width: Option<i64>,
    /// The `height` property, which the spec does not describe (`#/components/schemas/FrameMeta/properties/height`).
    pub height: Option<i64>,
    /// The `name` property, which the spec does not describe (`#/components/schemas/FrameMeta/properties/name`).
    pub name: String,
    /// The `related_files` property, which the spec does not describe (`#/components/schemas/FrameMeta/properties/related_files`).
    pub related_files: i64,
    /// The `has_related_context` property, which the spec does not describe (`#/components/schemas/FrameMeta/properties/has_related_context`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub has_related_context: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FrameMeta {
        width: optional("width"),
        height: optional("height"),
        name: required("name"),
        related_files: required("related_files"),
        has_related_context: optional("has_related_context")
    }
);

deserialize_struct!(
    runtime,
    FrameMeta {
        width: optional::<Option<i64>>("width"),
        height: optional::<Option<i64>>("height"),
        name: required::<String>("name"),
        related_files: required::<i64>("related_files"),
        has_related_context: optional::<Option<bool>>("has_related_context")
    }
);
