// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedDataMetaWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedDataMetaWriteRequest`.

use crate::runtime::{self, serialize_struct};

/// The `PatchedDataMetaWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedDataMetaWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatchedDataMetaWriteRequest {
    /// The `deleted_frames` property, which the spec does not describe (`#/components/schemas/PatchedDataMetaWriteRequest/properties/deleted_frames`).
    pub deleted_frames: Option<Vec<i64>>,
    /// The `cloud_storage_id` property, which the spec does not describe (`#/components/schemas/PatchedDataMetaWriteRequest/properties/cloud_storage_id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub cloud_storage_id: Option<Option<i64>>,
}

serialize_struct!(
    runtime,
    PatchedDataMetaWriteRequest {
        deleted_frames: optional("deleted_frames"),
        cloud_storage_id: nullable("cloud_storage_id")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedDataMetaWriteRequest {
        deleted_frames: optional::<Option<Vec<i64>>>("deleted_frames"),
        cloud_storage_id: nullable::<Option<i64>>("cloud_storage_id")
    }
);
