// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedIssueWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedIssueWriteRequest`.

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedIssueWriteRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<Vec<f64>>,
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub assignee: Option<Option<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved: Option<bool>,
}
