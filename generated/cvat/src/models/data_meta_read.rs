// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`DataMetaRead`] and the types nested in it, from `#/components/schemas/DataMetaRead`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct DataMetaRead {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chapters: Option<Vec<super::Chapter>>,
    pub chunks_updated_date: chrono::DateTime<chrono::Utc>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chunk_size: Option<i64>,
    /// The number of frames included. Deleted frames do not affect this value.
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_quality: Option<i64>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_frame: Option<i64>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop_frame: Option<i64>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frame_filter: Option<String>,
    pub frames: Option<Vec<super::FrameMeta>>,
    pub deleted_frames: Vec<i64>,
    /// A list of valid frame ids. The None value means all frames are included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub included_frames: Option<Vec<i64>>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage: Option<super::StorageType>,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_storage_id: Option<i64>,
}
