// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`JobsSummary`] and the types nested in it, from `#/components/schemas/JobsSummary`.

use crate::runtime::{self, deserialize_struct};

/// The `JobsSummary` schema, which the spec does not describe (`#/components/schemas/JobsSummary`).
#[derive(Clone, Debug, PartialEq)]
pub struct JobsSummary {
    /// The `count` property, which the spec does not describe (`#/components/schemas/JobsSummary/properties/count`).
    pub count: Option<i64>,
    /// The `completed` property, which the spec does not describe (`#/components/schemas/JobsSummary/properties/completed`).
    pub completed: Option<i64>,
    /// The `validation` property, which the spec does not describe (`#/components/schemas/JobsSummary/properties/validation`).
    pub validation: Option<i64>,
    /// The `url` property, which the spec does not describe (`#/components/schemas/JobsSummary/properties/url`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub url: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    JobsSummary {
        count: optional("count"),
        completed: required("completed"),
        validation: required("validation"),
        url: optional("url")
    }
);

deserialize_struct!(
    runtime,
    JobsSummary {
        count: optional::<Option<i64>>("count"),
        completed: optional::<Option<i64>>("completed"),
        validation: optional::<Option<i64>>("validation"),
        url: optional::<Option<String>>("url")
    }
);
