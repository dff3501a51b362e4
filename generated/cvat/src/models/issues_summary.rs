// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`IssuesSummary`] and the types nested in it, from `#/components/schemas/IssuesSummary`.

use crate::runtime::{self, deserialize_struct};

/// The `IssuesSummary` schema, which the spec does not describe (`#/components/schemas/IssuesSummary`).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct IssuesSummary {
    /// The `url` property, which the spec does not describe (`#/components/schemas/IssuesSummary/properties/url`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub url: Option<String>,
    /// The `count` property, which the spec does not describe (`#/components/schemas/IssuesSummary/properties/count`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub count: Option<i64>,
}

deserialize_struct!(
    runtime,
    IssuesSummary { url: optional::<Option<String>>("url"), count: optional::<Option<i64>>("count") }
);
