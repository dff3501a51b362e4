// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`TaskWriteRequest`] and the types nested in it, from `#/components/schemas/TaskWriteRequest`.

use crate::runtime::{self, serialize_struct};

/// The `TaskWriteRequest` schema, which the spec does not describe (`#/components/schemas/TaskWriteRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct TaskWriteRequest {
    /// The `name` property, which the spec does not describe (`#/components/schemas/TaskWriteRequest/properties/name`).
    pub name: String,
    /// The `project_id` property, which the spec does not describe (`#/components/schemas/TaskWriteRequest/properties/project_id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub project_id: Option<Option<i64>>,
    /// The `owner_id` property, which the spec does not describe (`#/components/schemas/TaskWriteRequest/properties/owner_id`).
    ///
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub owner_id: Option<Option<i64>>,
    /// The `assignee_id` property, which the spec does not describe (`#/components/schemas/TaskWriteRequest/properties/assignee_id`).
    ///
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub assignee_id: Option<Option<i64>>,
    /// The `bug_tracker` property, which the spec does not describe (`#/components/schemas/TaskWriteRequest/properties/bug_tracker`).
    pub bug_tracker: Option<String>,
    /// The `overlap` property, which the spec does not describe (`#/components/schemas/TaskWriteRequest/properties/overlap`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub overlap: Option<Option<i64>>,
    /// The `segment_size` property, which the spec does not describe (`#/components/schemas/TaskWriteRequest/properties/segment_size`).
    pub segment_size: Option<i64>,
    /// The `labels` property, which the spec does not describe (`#/components/schemas/TaskWriteRequest/properties/labels`).
    pub labels: Option<Vec<super::PatchedLabelRequest>>,
    /// The `subset` property, which the spec does not describe (`#/components/schemas/TaskWriteRequest/properties/subset`).
    pub subset: Option<String>,
    /// The `target_storage` property, which the spec does not describe (`#/components/schemas/TaskWriteRequest/properties/target_storage`).
    pub target_storage: Option<super::StorageRequest>,
    /// The `source_storage` property, which the spec does not describe (`#/components/schemas/TaskWriteRequest/properties/source_storage`).
    pub source_storage: Option<super::StorageRequest>,
    /// The number of consensus replica jobs for each annotation job.
    /// Configured at task creation
    pub consensus_replicas: Option<i64>,
}

serialize_struct!(
    runtime,
    TaskWriteRequest {
        name: required("name"),
        project_id: nullable("project_id"),
        owner_id: nullable("owner_id"),
        assignee_id: nullable("assignee_id"),
        bug_tracker: optional("bug_tracker"),
        overlap: nullable("overlap"),
        segment_size: optional("segment_size"),
        labels: optional("labels"),
        subset: optional("subset"),
        target_storage: optional("target_storage"),
        source_storage: optional("source_storage"),
        consensus_replicas: optional("consensus_replicas")
    }
);

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
