// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedJobDataMetaWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedJobDataMetaWriteRequest`.

/// The `PatchedJobDataMetaWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedJobDataMetaWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct PatchedJobDataMetaWriteRequest {
    /// The `deleted_frames` property, which the spec does not describe (`#/components/schemas/PatchedJobDataMetaWriteRequest/properties/deleted_frames`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_frames: Option<Vec<i64>>,
}
