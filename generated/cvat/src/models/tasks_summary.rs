// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`TasksSummary`] and the types nested in it, from `#/components/schemas/TasksSummary`.

use crate::runtime::{self, deserialize_struct};

/// The `TasksSummary` schema, which the spec does not describe (`#/components/schemas/TasksSummary`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TasksSummary {
    /// The `count` property, which the spec does not describe (`#/components/schemas/TasksSummary/properties/count`).
    pub count: Option<i64>,
    /// The `url` property, which the spec does not describe (`#/components/schemas/TasksSummary/properties/url`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub url: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, TasksSummary { count: optional("count"), url: optional("url") });

deserialize_struct!(
    runtime,
    TasksSummary { count: optional::<Option<i64>>("count"), url: optional::<Option<String>>("url") }
);
