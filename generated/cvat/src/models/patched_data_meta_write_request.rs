// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedDataMetaWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedDataMetaWriteRequest`.

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedDataMetaWriteRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_frames: Option<Vec<i64>>,
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub cloud_storage_id: Option<Option<i64>>,
}
