// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`IssuesSummary`] and the types nested in it, from `#/components/schemas/IssuesSummary`.

use crate::runtime::{self, deserialize_struct};

/// The `IssuesSummary` schema, which the spec does not describe (`#/components/schemas/IssuesSummary`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IssuesSummary {
    /// The `url` property, which the spec does not describe (`#/components/schemas/IssuesSummary/properties/url`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub url: Option<String>,
    /// The `count` property, which the spec does not describe (`#/components/schemas/IssuesSummary/properties/count`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub count: Option<i64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, IssuesSummary { url: optional("url"), count: optional("count") });

deserialize_struct!(
    runtime,
    IssuesSummary { url: optional::<Option<String>>("url"), count: optional::<Option<i64>>("count") }
);
