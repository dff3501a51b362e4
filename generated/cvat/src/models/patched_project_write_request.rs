// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedProjectWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedProjectWriteRequest`.

use crate::runtime::{self, serialize_struct};

/// The `PatchedProjectWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedProjectWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatchedProjectWriteRequest {
    /// The `name` property, which the spec does not describe (`#/components/schemas/PatchedProjectWriteRequest/properties/name`).
    pub name: Option<String>,
    /// The `labels` property, which the spec does not describe (`#/components/schemas/PatchedProjectWriteRequest/properties/labels`).
    ///
    /// Write-only: sent, never returned.
    pub labels: Option<Vec<super::PatchedLabelRequest>>,
    /// The `owner_id` property, which the spec does not describe (`#/components/schemas/PatchedProjectWriteRequest/properties/owner_id`).
    ///
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub owner_id: Option<Option<i64>>,
    /// The `assignee_id` property, which the spec does not describe (`#/components/schemas/PatchedProjectWriteRequest/properties/assignee_id`).
    ///
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub assignee_id: Option<Option<i64>>,
    /// The `bug_tracker` property, which the spec does not describe (`#/components/schemas/PatchedProjectWriteRequest/properties/bug_tracker`).
    pub bug_tracker: Option<String>,
    /// The `target_storage` property, which the spec does not describe (`#/components/schemas/PatchedProjectWriteRequest/properties/target_storage`).
    ///
    /// Write-only: sent, never returned.
    pub target_storage: Option<super::StorageRequest>,
    /// The `source_storage` property, which the spec does not describe (`#/components/schemas/PatchedProjectWriteRequest/properties/source_storage`).
    ///
    /// Write-only: sent, never returned.
    pub source_storage: Option<super::StorageRequest>,
    /// The `organization_id` property, which the spec does not describe (`#/components/schemas/PatchedProjectWriteRequest/properties/organization_id`).
    ///
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub organization_id: Option<Option<i64>>,
}

serialize_struct!(
    runtime,
    PatchedProjectWriteRequest {
        name: optional("name"),
        labels: optional("labels"),
        owner_id: nullable("owner_id"),
        assignee_id: nullable("assignee_id"),
        bug_tracker: optional("bug_tracker"),
        target_storage: optional("target_storage"),
        source_storage: optional("source_storage"),
        organization_id: nullable("organization_id")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedProjectWriteRequest {
        name: optional::<Option<String>>("name"),
        labels: optional::<Option<Vec<super::PatchedLabelRequest>>>("labels"),
        owner_id: nullable::<Option<i64>>("owner_id"),
        assignee_id: nullable::<Option<i64>>("assignee_id"),
        bug_tracker: optional::<Option<String>>("bug_tracker"),
        target_storage: optional::<Option<super::StorageRequest>>("target_storage"),
        source_storage: optional::<Option<super::StorageRequest>>("source_storage"),
        organization_id: nullable::<Option<i64>>("organization_id")
    }
);
