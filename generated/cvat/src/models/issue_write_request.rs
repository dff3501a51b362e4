// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`IssueWriteRequest`] and the types nested in it, from `#/components/schemas/IssueWriteRequest`.

/// The `IssueWriteRequest` schema, which the spec does not describe (`#/components/schemas/IssueWriteRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
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
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub assignee: Option<Option<i64>>,
    /// The `message` property, which the spec does not describe (`#/components/schemas/IssueWriteRequest/properties/message`).
    pub message: String,
    /// The `resolved` property, which the spec does not describe (`#/components/schemas/IssueWriteRequest/properties/resolved`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved: Option<bool>,
}
