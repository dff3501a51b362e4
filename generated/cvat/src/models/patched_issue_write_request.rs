// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedIssueWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedIssueWriteRequest`.

use crate::runtime::{self, serialize_struct};

/// The `PatchedIssueWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedIssueWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatchedIssueWriteRequest {
    /// The `position` property, which the spec does not describe (`#/components/schemas/PatchedIssueWriteRequest/properties/position`).
    pub position: Option<Vec<f64>>,
    /// The `assignee` property, which the spec does not describe (`#/components/schemas/PatchedIssueWriteRequest/properties/assignee`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub assignee: Option<Option<i64>>,
    /// The `resolved` property, which the spec does not describe (`#/components/schemas/PatchedIssueWriteRequest/properties/resolved`).
    pub resolved: Option<bool>,
}

serialize_struct!(
    runtime,
    PatchedIssueWriteRequest {
        position: optional("position"),
        assignee: nullable("assignee"),
        resolved: optional("resolved")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedIssueWriteRequest {
        position: optional::<Option<Vec<f64>>>("position"),
        assignee: nullable::<Option<i64>>("assignee"),
        resolved: optional::<Option<bool>>("resolved")
    }
);
