// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedProjectWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedProjectWriteRequest`.

/// The `PatchedProjectWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedProjectWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct PatchedProjectWriteRequest {
    /// The `name` property, which the spec does not describe (`#/components/schemas/PatchedProjectWriteRequest/properties/name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `labels` property, which the spec does not describe (`#/components/schemas/PatchedProjectWriteRequest/properties/labels`).
    ///
    /// Write-only: sent, never returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<super::PatchedLabelRequest>>,
    /// The `owner_id` property, which the spec does not describe (`#/components/schemas/PatchedProjectWriteRequest/properties/owner_id`).
    ///
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub owner_id: Option<Option<i64>>,
    /// The `assignee_id` property, which the spec does not describe (`#/components/schemas/PatchedProjectWriteRequest/properties/assignee_id`).
    ///
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub assignee_id: Option<Option<i64>>,
    /// The `bug_tracker` property, which the spec does not describe (`#/components/schemas/PatchedProjectWriteRequest/properties/bug_tracker`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bug_tracker: Option<String>,
    /// The `target_storage` property, which the spec does not describe (`#/components/schemas/PatchedProjectWriteRequest/properties/target_storage`).
    ///
    /// Write-only: sent, never returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_storage: Option<super::StorageRequest>,
    /// The `source_storage` property, which the spec does not describe (`#/components/schemas/PatchedProjectWriteRequest/properties/source_storage`).
    ///
    /// Write-only: sent, never returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_storage: Option<super::StorageRequest>,
    /// The `organization_id` property, which the spec does not describe (`#/components/schemas/PatchedProjectWriteRequest/properties/organization_id`).
    ///
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub organization_id: Option<Option<i64>>,
}
