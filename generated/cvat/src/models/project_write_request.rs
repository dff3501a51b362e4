// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ProjectWriteRequest`] and the types nested in it, from `#/components/schemas/ProjectWriteRequest`.

use crate::runtime::{self, serialize_struct};

/// The `ProjectWriteRequest` schema, which the spec does not describe (`#/components/schemas/ProjectWriteRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectWriteRequest {
    /// The `name` property, which the spec does not describe (`#/components/schemas/ProjectWriteRequest/properties/name`).
    pub name: String,
    /// The `labels` property, which the spec does not describe (`#/components/schemas/ProjectWriteRequest/properties/labels`).
    ///
    /// Write-only: sent, never returned.
    pub labels: Option<Vec<super::PatchedLabelRequest>>,
    /// The `owner_id` property, which the spec does not describe (`#/components/schemas/ProjectWriteRequest/properties/owner_id`).
    ///
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub owner_id: Option<Option<i64>>,
    /// The `assignee_id` property, which the spec does not describe (`#/components/schemas/ProjectWriteRequest/properties/assignee_id`).
    ///
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub assignee_id: Option<Option<i64>>,
    /// The `bug_tracker` property, which the spec does not describe (`#/components/schemas/ProjectWriteRequest/properties/bug_tracker`).
    pub bug_tracker: Option<String>,
    /// The `target_storage` property, which the spec does not describe (`#/components/schemas/ProjectWriteRequest/properties/target_storage`).
    ///
    /// Write-only: sent, never returned.
    pub target_storage: Option<super::StorageRequest>,
    /// The `source_storage` property, which the spec does not describe (`#/components/schemas/ProjectWriteRequest/properties/source_storage`).
    ///
    /// Write-only: sent, never returned.
    pub source_storage: Option<super::StorageRequest>,
}

serialize_struct!(
    runtime,
    ProjectWriteRequest {
        name: required("name"),
        labels: optional("labels"),
        owner_id: nullable("owner_id"),
        assignee_id: nullable("assignee_id"),
        bug_tracker: optional("bug_tracker"),
        target_storage: optional("target_storage"),
        source_storage: optional("source_storage")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    ProjectWriteRequest {
        name: required::<String>("name"),
        labels: optional::<Option<Vec<super::PatchedLabelRequest>>>("labels"),
        owner_id: nullable::<Option<i64>>("owner_id"),
        assignee_id: nullable::<Option<i64>>("assignee_id"),
        bug_tracker: optional::<Option<String>>("bug_tracker"),
        target_storage: optional::<Option<super::StorageRequest>>("target_storage"),
        source_storage: optional::<Option<super::StorageRequest>>("source_storage")
    }
);
