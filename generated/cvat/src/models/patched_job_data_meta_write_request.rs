// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedJobDataMetaWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedJobDataMetaWriteRequest`.

use crate::runtime::{self, serialize_struct};

/// The `PatchedJobDataMetaWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedJobDataMetaWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatchedJobDataMetaWriteRequest {
    /// The `deleted_frames` property, which the spec does not describe (`#/components/schemas/PatchedJobDataMetaWriteRequest/properties/deleted_frames`).
    pub deleted_frames: Option<Vec<i64>>,
}

serialize_struct!(runtime, PatchedJobDataMetaWriteRequest { deleted_frames: optional("deleted_frames") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedJobDataMetaWriteRequest { deleted_frames: optional::<Option<Vec<i64>>>("deleted_frames") }
);
