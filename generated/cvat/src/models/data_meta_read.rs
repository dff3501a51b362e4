// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`DataMetaRead`] and the types nested in it, from `#/components/schemas/DataMetaRead`.

use crate::runtime::{self, deserialize_struct};

/// The `DataMetaRead` schema, which the spec does not describe (`#/components/schemas/DataMetaRead`).
#[derive(Clone, Debug, PartialEq)]
pub struct DataMetaRead {
    /// The `chapters` property, which the spec does not describe (`#/components/schemas/DataMetaRead/properties/chapters`).
    pub chapters: Option<Vec<super::Chapter>>,
    /// The `chunks_updated_date` property, which the spec does not describe (`#/components/schemas/DataMetaRead/properties/chunks_updated_date`).
    pub chunks_updated_date: chrono::DateTime<chrono::Utc>,
    /// The `chunk_size` property, which the spec does not describe (`#/components/schemas/DataMetaRead/properties/chunk_size`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub chunk_size: Option<i64>,
    /// The number of frames included. Deleted frames do not affect this value.
    ///
    /// Read-only: set by the server, ignored when sent.
    pub size: Option<i64>,
    /// The `image_quality` property, which the spec does not describe (`#/components/schemas/DataMetaRead/properties/image_quality`).
    pub image_quality: Option<i64>,
    /// The `start_frame` property, which the spec does not describe (`#/components/schemas/DataMetaRead/properties/start_frame`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub start_frame: Option<i64>,
    /// The `stop_frame` property, which the spec does not describe (`#/components/schemas/DataMetaRead/properties/stop_frame`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub stop_frame: Option<i64>,
    /// The `frame_filter` property, which the spec does not describe (`#/components/schemas/DataMetaRead/properties/frame_filter`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub frame_filter: Option<String>,
    /// The `frames` property, which the spec does not describe (`#/components/schemas/DataMetaRead/properties/frames`).
    pub frames: Option<Vec<super::FrameMeta>>,
    /// The `deleted_frames` property, which the spec does not describe (`#/components/schemas/DataMetaRead/properties/deleted_frames`).
    pub deleted_frames: Vec<i64>,
    /// A list of valid frame ids. The None value means all frames are included.
    pub included_frames: Option<Vec<i64>>,
    /// The `storage` property, which the spec does not describe (`#/components/schemas/DataMetaRead/properties/storage`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub storage: Option<super::StorageType>,
    /// The `cloud_storage_id` property, which the spec does not describe (`#/components/schemas/DataMetaRead/properties/cloud_storage_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub cloud_storage_id: Option<i64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    DataMetaRead {
        chapters: optional("chapters"),
        chunks_updated_date: required("chunks_updated_date"),
        chunk_size: optional("chunk_size"),
        size: optional("size"),
        image_quality: optional("image_quality"),
        start_frame: optional("start_frame"),
        stop_frame: optional("stop_frame"),
        frame_filter: optional("frame_filter"),
        frames: required("frames"),
        deleted_frames: required("deleted_frames"),
        included_frames: optional("included_frames"),
        storage: optional("storage"),
        cloud_storage_id: optional("cloud_storage_id")
    }
);

deserialize_struct!(
    runtime,
    DataMetaRead {
        chapters: optional::<Option<Vec<super::Chapter>>>("chapters"),
        chunks_updated_date: required::<chrono::DateTime<chrono::Utc>>("chunks_updated_date"),
        chunk_size: optional::<Option<i64>>("chunk_size"),
        size: optional::<Option<i64>>("size"),
        image_quality: optional::<Option<i64>>("image_quality"),
        start_frame: optional::<Option<i64>>("start_frame"),
        stop_frame: optional::<Option<i64>>("stop_frame"),
        frame_filter: optional::<Option<String>>("frame_filter"),
        frames: optional::<Option<Vec<super::FrameMeta>>>("frames"),
        deleted_frames: required::<Vec<i64>>("deleted_frames"),
        included_frames: optional::<Option<Vec<i64>>>("included_frames"),
        storage: optional::<Option<super::StorageType>>("storage"),
        cloud_storage_id: optional::<Option<i64>>("cloud_storage_id")
    }
);
