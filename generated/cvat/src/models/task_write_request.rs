// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`TaskWriteRequest`] and the types nested in it, from `#/components/schemas/TaskWriteRequest`.

/// The `TaskWriteRequest` schema, which the spec does not describe (`#/components/schemas/TaskWriteRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct TaskWriteRequest {
    /// The `name` property, which the spec does not describe (`#/components/schemas/TaskWriteRequest/properties/name`).
    pub name: String,
    /// The `project_id` property, which the spec does not describe (`#/components/schemas/TaskWriteRequest/properties/project_id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub project_id: Option<Option<i64>>,
    /// The `owner_id` property, which the spec does not describe (`#/components/schemas/TaskWriteRequest/properties/owner_id`).
    ///
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub owner_id: Option<Option<i64>>,
    /// The `assignee_id` property, which the spec does not describe (`#/components/schemas/TaskWriteRequest/properties/assignee_id`).
    ///
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub assignee_id: Option<Option<i64>>,
    /// The `bug_tracker` property, which the spec does not describe (`#/components/schemas/TaskWriteRequest/properties/bug_tracker`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bug_tracker: Option<String>,
    /// The `overlap` property, which the spec does not describe (`#/components/schemas/TaskWriteRequest/properties/overlap`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub overlap: Option<Option<i64>>,
    /// The `segment_size` property, which the spec does not describe (`#/components/schemas/TaskWriteRequest/properties/segment_size`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segment_size: Option<i64>,
    /// The `labels` property, which the spec does not describe (`#/components/schemas/TaskWriteRequest/properties/labels`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<super::PatchedLabelRequest>>,
    /// The `subset` property, which the spec does not describe (`#/components/schemas/TaskWriteRequest/properties/subset`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subset: Option<String>,
    /// The `target_storage` property, which the spec does not describe (`#/components/schemas/TaskWriteRequest/properties/target_storage`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_storage: Option<super::StorageRequest>,
    /// The `source_storage` property, which the spec does not describe (`#/components/schemas/TaskWriteRequest/properties/source_storage`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_storage: Option<super::StorageRequest>,
    /// The number of consensus replica jobs for each annotation job.
    /// Configured at task creation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consensus_replicas: Option<i64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    TaskWriteRequest {
        name: required::<String>("name"),
        project_id: nullable::<Option<i64>>("project_id"),
        owner_id: nullable::<Option<i64>>("owner_id"),
        assignee_id: nullable::<Option<i64>>("assignee_id"),
        bug_tracker: optional::<Option<String>>("bug_tracker"),
        overlap: nullable::<Option<i64>>("overlap"),
        segment_size: optional::<Option<i64>>("segment_size"),
        labels: optional::<Option<Vec<super::PatchedLabelRequest>>>("labels"),
        subset: optional::<Option<String>>("subset"),
        target_storage: optional::<Option<super::StorageRequest>>("target_storage"),
        source_storage: optional::<Option<super::StorageRequest>>("source_storage"),
        consensus_replicas: optional::<Option<i64>>("consensus_replicas")
    }
);
