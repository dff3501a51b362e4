// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`TaskWriteRequest`] and the types nested in it, from `#/components/schemas/TaskWriteRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct TaskWriteRequest {
    pub name: String,
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub project_id: Option<Option<i64>>,
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub owner_id: Option<Option<i64>>,
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub assignee_id: Option<Option<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bug_tracker: Option<String>,
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub overlap: Option<Option<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segment_size: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<super::PatchedLabelRequest>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subset: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_storage: Option<super::StorageRequest>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_storage: Option<super::StorageRequest>,
    /// The number of consensus replica jobs for each annotation job.
    /// Configured at task creation
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consensus_replicas: Option<i64>,
}
