// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`IssueWriteRequest`] and the types nested in it, from `#/components/schemas/IssueWriteRequest`.

use crate::runtime::{self, serialize_struct};

/// The `IssueWriteRequest` schema, which the spec does not describe (`#/components/schemas/IssueWriteRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct IssueWriteRequest {
    /// The `frame` property, which the spec does not describe (`#/components/schemas/IssueWriteRequest/properties/frame`).
    pub frame: i64,
    /// The `position` property, which the spec does not describe (`#/components/schemas/IssueWriteRequest/properties/position`).
    pub position: Vec<f64>,
    /// The `job` property, which the spec does not describe (`#/components/schemas/IssueWriteRequest/properties/job`).
    pub job: i64,
    /// The `assignee` property, which the spec does not describe (`#/components/schemas/IssueWriteRequest/properties/assignee`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub assignee: Option<Option<i64>>,
    /// The `message` property, which the spec does not describe (`#/components/schemas/IssueWriteRequest/properties/message`).
    pub message: String,
    /// The `resolved` property, which the spec does not describe (`#/components/schemas/IssueWriteRequest/properties/resolved`).
    pub resolved: Option<bool>,
}

serialize_struct!(
    runtime,
    IssueWriteRequest {
        frame: required("frame"),
        position: required("position"),
        job: required("job"),
        assignee: nullable("assignee"),
        message: required("message"),
        resolved: optional("resolved")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    IssueWriteRequest {
        frame: required::<i64>("frame"),
        position: required::<Vec<f64>>("position"),
        job: required::<i64>("job"),
        assignee: nullable::<Option<i64>>("assignee"),
        message: required::<String>("message"),
        resolved: optional::<Option<bool>>("resolved")
    }
);
