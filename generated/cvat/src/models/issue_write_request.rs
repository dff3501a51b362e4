// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`IssueWriteRequest`] and the types nested in it, from `#/components/schemas/IssueWriteRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct IssueWriteRequest {
    pub frame: i64,
    pub position: Vec<f64>,
    pub job: i64,
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub assignee: Option<Option<i64>>,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved: Option<bool>,
}
