// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedJobDataMetaWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedJobDataMetaWriteRequest`.

/// The `PatchedJobDataMetaWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedJobDataMetaWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedJobDataMetaWriteRequest {
    /// The `deleted_frames` property, which the spec does not describe (`#/components/schemas/PatchedJobDataMetaWriteRequest/properties/deleted_frames`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleted_frames: Option<Vec<i64>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedJobDataMetaWriteRequest { deleted_frames: optional::<Option<Vec<i64>>>("deleted_frames") }
);
