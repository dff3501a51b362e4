// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`CommentsSummary`] and the types nested in it, from `#/components/schemas/CommentsSummary`.

use crate::runtime::{self, deserialize_struct};

/// The `CommentsSummary` schema, which the spec does not describe (`#/components/schemas/CommentsSummary`).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct CommentsSummary {
    /// The `count` property, which the spec does not describe (`#/components/schemas/CommentsSummary/properties/count`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub count: Option<i64>,
    /// The `url` property, which the spec does not describe (`#/components/schemas/CommentsSummary/properties/url`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub url: Option<String>,
}

deserialize_struct!(
    runtime,
    CommentsSummary { count: optional::<Option<i64>>("count"), url: optional::<Option<String>>("url") }
);
