// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`TaskRead`] and the types nested in it, from `#/components/schemas/TaskRead`.

use crate::runtime::{self, deserialize_struct};

/// The `TaskRead` schema, which the spec does not describe (`#/components/schemas/TaskRead`).
#[derive(Clone, Debug, PartialEq)]
pub struct TaskRead {
    /// The `url` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/url`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub url: Option<String>,
    /// The `id` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// The `name` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/name`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub name: Option<String>,
    /// The `project_id` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/project_id`).
    pub project_id: Option<i64>,
    /// The `project_name` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/project_name`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub project_name: Option<String>,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/owner`).
    pub owner: Option<super::BasicUser>,
    /// The `assignee` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/assignee`).
    pub assignee: Option<super::BasicUser>,
    /// The `bug_tracker` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/bug_tracker`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub bug_tracker: Option<String>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_date` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/updated_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub updated_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `overlap` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/overlap`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub overlap: Option<i64>,
    /// The `segment_size` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/segment_size`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub segment_size: Option<i64>,
    /// The `status` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/status`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub status: Option<super::JobStatus>,
    /// The `data_chunk_size` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/data_chunk_size`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub data_chunk_size: Option<i64>,
    /// The `data_original_chunk_type` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/data_original_chunk_type`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub data_original_chunk_type: Option<super::ChunkType>,
    /// The `data_compressed_chunk_type` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/data_compressed_chunk_type`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub data_compressed_chunk_type: Option<super::ChunkType>,
    /// The `data_cloud_storage_id` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/data_cloud_storage_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub data_cloud_storage_id: Option<i64>,
    /// The `guide_id` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/guide_id`).
    pub guide_id: Option<i64>,
    /// The `size` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/size`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub size: Option<i64>,
    /// The `image_quality` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/image_quality`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub image_quality: Option<i64>,
    /// The `data` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/data`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub data: Option<i64>,
    /// The `dimension` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/dimension`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub dimension: Option<String>,
    /// The `mode` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/mode`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub mode: Option<String>,
    /// The `media_type` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/media_type`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub media_type: Option<String>,
    /// The `subset` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/subset`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub subset: Option<String>,
    /// The `organization_id` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/organization_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub organization_id: Option<i64>,
    /// The `organization` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/organization`).
    ///
    /// Deprecated by the API.
    ///
    /// Read-only: set by the server, ignored when sent.
    pub organization: Option<i64>,
    /// The `target_storage` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/target_storage`).
    pub target_storage: Option<super::Storage>,
    /// The `source_storage` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/source_storage`).
    pub source_storage: Option<super::Storage>,
    /// The `jobs` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/jobs`).
    pub jobs: super::JobsSummary,
    /// The `labels` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/labels`).
    pub labels: super::LabelsSummary,
    /// The `assignee_updated_date` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/assignee_updated_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub assignee_updated_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Describes how the task validation is performed. Configured at task creation
    pub validation_mode: Option<String>,
    /// The `consensus_enabled` property, which the spec does not describe (`#/components/schemas/TaskRead/properties/consensus_enabled`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub consensus_enabled: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TaskRead {
        url: optional("url"),
        id: optional("id"),
        name: optional("name"),
        project_id: optional("project_id"),
        project_name: optional("project_name"),
        owner: optional("owner"),
        assignee: optional("assignee"),
        bug_tracker: optional("bug_tracker"),
        created_date: optional("created_date"),
        updated_date: optional("updated_date"),
        overlap: optional("overlap"),
        segment_size: optional("segment_size"),
        status: optional("status"),
        data_chunk_size: optional("data_chunk_size"),
        data_original_chunk_type: optional("data_original_chunk_type"),
        data_compressed_chunk_type: optional("data_compressed_chunk_type"),
        data_cloud_storage_id: optional("data_cloud_storage_id"),
        guide_id: optional("guide_id"),
        size: optional("size"),
        image_quality: optional("image_quality"),
        data: optional("data"),
        dimension: optional("dimension"),
        mode: optional("mode"),
        media_type: optional("media_type"),
        subset: optional("subset"),
        organization_id: optional("organization_id"),
        organization: optional("organization"),
        target_storage: optional("target_storage"),
        source_storage: optional("source_storage"),
        jobs: required("jobs"),
        labels: required("labels"),
        assignee_updated_date: optional("assignee_updated_date"),
        validation_mode: optional("validation_mode"),
        consensus_enabled: optional("consensus_enabled")
    }
);

deserialize_struct!(
    runtime,
    TaskRead {
        url: optional::<Option<String>>("url"),
        id: optional::<Option<i64>>("id"),
        name: optional::<Option<String>>("name"),
        project_id: optional::<Option<i64>>("project_id"),
        project_name: optional::<Option<String>>("project_name"),
        owner: optional::<Option<super::BasicUser>>("owner"),
        assignee: optional::<Option<super::BasicUser>>("assignee"),
        bug_tracker: optional::<Option<String>>("bug_tracker"),
        created_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_date"),
        updated_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("updated_date"),
        overlap: optional::<Option<i64>>("overlap"),
        segment_size: optional::<Option<i64>>("segment_size"),
        status: optional::<Option<super::JobStatus>>("status"),
        data_chunk_size: optional::<Option<i64>>("data_chunk_size"),
        data_original_chunk_type: optional::<Option<super::ChunkType>>("data_original_chunk_type"),
        data_compressed_chunk_type: optional::<Option<super::ChunkType>>("data_compressed_chunk_type"),
        data_cloud_storage_id: optional::<Option<i64>>("data_cloud_storage_id"),
        guide_id: optional::<Option<i64>>("guide_id"),
        size: optional::<Option<i64>>("size"),
        image_quality: optional::<Option<i64>>("image_quality"),
        data: optional::<Option<i64>>("data"),
        dimension: optional::<Option<String>>("dimension"),
        mode: optional::<Option<String>>("mode"),
        media_type: optional::<Option<String>>("media_type"),
        subset: optional::<Option<String>>("subset"),
        organization_id: optional::<Option<i64>>("organization_id"),
        organization: optional::<Option<i64>>("organization"),
        target_storage: optional::<Option<super::Storage>>("target_storage"),
        source_storage: optional::<Option<super::Storage>>("source_storage"),
        jobs: required::<super::JobsSummary>("jobs"),
        labels: required::<super::LabelsSummary>("labels"),
        assignee_updated_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("assignee_updated_date"),
        validation_mode: optional::<Option<String>>("validation_mode"),
        consensus_enabled: optional::<Option<bool>>("consensus_enabled")
    }
);
