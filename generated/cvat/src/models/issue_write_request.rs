// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`IssueWriteRequest`] and the types nested in it, from `#/components/schemas/IssueWriteRequest`.

/// The `IssueWriteRequest` schema, which the spec does not describe (`#/components/schemas/IssueWriteRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
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
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub assignee: Option<Option<i64>>,
    /// The `message` property, which the spec does not describe (`#/components/schemas/IssueWriteRequest/properties/message`).
    pub message: String,
    /// The `resolved` property, which the spec does not describe (`#/components/schemas/IssueWriteRequest/properties/resolved`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved: Option<bool>,
}

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
