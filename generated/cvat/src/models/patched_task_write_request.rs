// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedTaskWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedTaskWriteRequest`.

use crate::runtime::{self, serialize_struct};

/// The `PatchedTaskWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedTaskWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatchedTaskWriteRequest {
    /// The `name` property, which the spec does not describe (`#/components/schemas/PatchedTaskWriteRequest/properties/name`).
    pub name: Option<String>,
    /// The `project_id` property, which the spec does not describe (`#/components/schemas/PatchedTaskWriteRequest/properties/project_id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub project_id: Option<Option<i64>>,
    /// The `owner_id` property, which the spec does not describe (`#/components/schemas/PatchedTaskWriteRequest/properties/owner_id`).
    ///
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub owner_id: Option<Option<i64>>,
    /// The `assignee_id` property, which the spec does not describe (`#/components/schemas/PatchedTaskWriteRequest/properties/assignee_id`).
    ///
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub assignee_id: Option<Option<i64>>,
    /// The `bug_tracker` property, which the spec does not describe (`#/components/schemas/PatchedTaskWriteRequest/properties/bug_tracker`).
    pub bug_tracker: Option<String>,
    /// The `labels` property, which the spec does not describe (`#/components/schemas/PatchedTaskWriteRequest/properties/labels`).
    pub labels: Option<Vec<super::PatchedLabelRequest>>,
    /// The `subset` property, which the spec does not describe (`#/components/schemas/PatchedTaskWriteRequest/properties/subset`).
    pub subset: Option<String>,
    /// The `target_storage` property, which the spec does not describe (`#/components/schemas/PatchedTaskWriteRequest/properties/target_storage`).
    pub target_storage: Option<super::StorageRequest>,
    /// The `source_storage` property, which the spec does not describe (`#/components/schemas/PatchedTaskWriteRequest/properties/source_storage`).
    pub source_storage: Option<super::StorageRequest>,
    /// The `organization_id` property, which the spec does not describe (`#/components/schemas/PatchedTaskWriteRequest/properties/organization_id`).
    ///
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub organization_id: Option<Option<i64>>,
}

serialize_struct!(
    runtime,
    PatchedTaskWriteRequest {
        name: optional("name"),
        project_id: nullable("project_id"),
        owner_id: nullable("owner_id"),
        assignee_id: nullable("assignee_id"),
        bug_tracker: optional("bug_tracker"),
        labels: optional("labels"),
        subset: optional("subset"),
        target_storage: optional("target_storage"),
        source_storage: optional("source_storage"),
        organization_id: nullable("organization_id")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedTaskWriteRequest {
        name: optional::<Option<String>>("name"),
        project_id: nullable::<Option<i64>>("project_id"),
        owner_id: nullable::<Option<i64>>("owner_id"),
        assignee_id: nullable::<Option<i64>>("assignee_id"),
        bug_tracker: optional::<Option<String>>("bug_tracker"),
        labels: optional::<Option<Vec<super::PatchedLabelRequest>>>("labels"),
        subset: optional::<Option<String>>("subset"),
        target_storage: optional::<Option<super::StorageRequest>>("target_storage"),
        source_storage: optional::<Option<super::StorageRequest>>("source_storage"),
        organization_id: nullable::<Option<i64>>("organization_id")
    }
);
