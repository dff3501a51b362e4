// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedDataMetaWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedDataMetaWriteRequest`.

/// The `PatchedDataMetaWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedDataMetaWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct PatchedDataMetaWriteRequest {
    /// The `deleted_frames` property, which the spec does not describe (`#/components/schemas/PatchedDataMetaWriteRequest/properties/deleted_frames`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_frames: Option<Vec<i64>>,
    /// The `cloud_storage_id` property, which the spec does not describe (`#/components/schemas/PatchedDataMetaWriteRequest/properties/cloud_storage_id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub cloud_storage_id: Option<Option<i64>>,
}
