// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedTaskWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedTaskWriteRequest`.

/// The `PatchedTaskWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedTaskWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedTaskWriteRequest {
    /// The `name` property, which the spec does not describe (`#/components/schemas/PatchedTaskWriteRequest/properties/name`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `project_id` property, which the spec does not describe (`#/components/schemas/PatchedTaskWriteRequest/properties/project_id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub project_id: Option<Option<i64>>,
    /// The `owner_id` property, which the spec does not describe (`#/components/schemas/PatchedTaskWriteRequest/properties/owner_id`).
    ///
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub owner_id: Option<Option<i64>>,
    /// The `assignee_id` property, which the spec does not describe (`#/components/schemas/PatchedTaskWriteRequest/properties/assignee_id`).
    ///
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub assignee_id: Option<Option<i64>>,
    /// The `bug_tracker` property, which the spec does not describe (`#/components/schemas/PatchedTaskWriteRequest/properties/bug_tracker`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bug_tracker: Option<String>,
    /// The `labels` property, which the spec does not describe (`#/components/schemas/PatchedTaskWriteRequest/properties/labels`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<super::PatchedLabelRequest>>,
    /// The `subset` property, which the spec does not describe (`#/components/schemas/PatchedTaskWriteRequest/properties/subset`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subset: Option<String>,
    /// The `target_storage` property, which the spec does not describe (`#/components/schemas/PatchedTaskWriteRequest/properties/target_storage`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_storage: Option<super::StorageRequest>,
    /// The `source_storage` property, which the spec does not describe (`#/components/schemas/PatchedTaskWriteRequest/properties/source_storage`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_storage: Option<super::StorageRequest>,
    /// The `organization_id` property, which the spec does not describe (`#/components/schemas/PatchedTaskWriteRequest/properties/organization_id`).
    ///
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub organization_id: Option<Option<i64>>,
}

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
