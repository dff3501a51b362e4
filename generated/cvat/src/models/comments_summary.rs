// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`CommentsSummary`] and the types nested in it, from `#/components/schemas/CommentsSummary`.

use crate::runtime::{self, deserialize_struct};

/// The `CommentsSummary` schema, which the spec does not describe (`#/components/schemas/CommentsSummary`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CommentsSummary {
    /// The `count` property, which the spec does not describe (`#/components/schemas/CommentsSummary/properties/count`).
    pub count: Option<i64>,
    /// The `url` property, which the spec does not describe (`#/components/schemas/CommentsSummary/properties/url`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub url: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, CommentsSummary { count: optional("count"), url: optional("url") });

deserialize_struct!(
    runtime,
    CommentsSummary { count: optional::<Option<i64>>("count"), url: optional::<Option<String>>("url") }
);
