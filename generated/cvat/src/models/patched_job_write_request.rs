// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedJobWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedJobWriteRequest`.

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedJobWriteRequest {
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub assignee: Option<Option<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<super::JobStage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<super::OperationStatus>,
}
