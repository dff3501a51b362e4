// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`JobRead`] and the types nested in it, from `#/components/schemas/JobRead`.

use crate::runtime::{self, deserialize_struct};

/// The `JobRead` schema, which the spec does not describe (`#/components/schemas/JobRead`).
#[derive(Clone, Debug, PartialEq)]
pub struct JobRead {
    /// The `url` property, which the spec does not describe (`#/components/schemas/JobRead/properties/url`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub url: Option<String>,
    /// The `id` property, which the spec does not describe (`#/components/schemas/JobRead/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// The `task_id` property, which the spec does not describe (`#/components/schemas/JobRead/properties/task_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub task_id: Option<i64>,
    /// The `task_name` property, which the spec does not describe (`#/components/schemas/JobRead/properties/task_name`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub task_name: Option<String>,
    /// The `project_id` property, which the spec does not describe (`#/components/schemas/JobRead/properties/project_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub project_id: Option<i64>,
    /// The `project_name` property, which the spec does not describe (`#/components/schemas/JobRead/properties/project_name`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub project_name: Option<String>,
    /// The `assignee` property, which the spec does not describe (`#/components/schemas/JobRead/properties/assignee`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub assignee: Option<super::BasicUser>,
    /// The `guide_id` property, which the spec does not describe (`#/components/schemas/JobRead/properties/guide_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub guide_id: Option<i64>,
    /// The `dimension` property, which the spec does not describe (`#/components/schemas/JobRead/properties/dimension`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub dimension: Option<String>,
    /// The `mode` property, which the spec does not describe (`#/components/schemas/JobRead/properties/mode`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub mode: Option<String>,
    /// The `media_type` property, which the spec does not describe (`#/components/schemas/JobRead/properties/media_type`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub media_type: Option<String>,
    /// The `bug_tracker` property, which the spec does not describe (`#/components/schemas/JobRead/properties/bug_tracker`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub bug_tracker: Option<String>,
    /// The `status` property, which the spec does not describe (`#/components/schemas/JobRead/properties/status`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub status: Option<super::JobStatus>,
    /// The `stage` property, which the spec does not describe (`#/components/schemas/JobRead/properties/stage`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub stage: Option<super::JobStage>,
    /// The `state` property, which the spec does not describe (`#/components/schemas/JobRead/properties/state`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub state: Option<super::OperationStatus>,
    /// The `frame_count` property, which the spec does not describe (`#/components/schemas/JobRead/properties/frame_count`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub frame_count: Option<i64>,
    /// The `start_frame` property, which the spec does not describe (`#/components/schemas/JobRead/properties/start_frame`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub start_frame: Option<i64>,
    /// The `stop_frame` property, which the spec does not describe (`#/components/schemas/JobRead/properties/stop_frame`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub stop_frame: Option<i64>,
    /// The `data_chunk_size` property, which the spec does not describe (`#/components/schemas/JobRead/properties/data_chunk_size`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub data_chunk_size: Option<i64>,
    /// The `data_compressed_chunk_type` property, which the spec does not describe (`#/components/schemas/JobRead/properties/data_compressed_chunk_type`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub data_compressed_chunk_type: Option<super::ChunkType>,
    /// The `data_original_chunk_type` property, which the spec does not describe (`#/components/schemas/JobRead/properties/data_original_chunk_type`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub data_original_chunk_type: Option<super::ChunkType>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/JobRead/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_date` property, which the spec does not describe (`#/components/schemas/JobRead/properties/updated_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub updated_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `issues` property, which the spec does not describe (`#/components/schemas/JobRead/properties/issues`).
    pub issues: super::IssuesSummary,
    /// The `labels` property, which the spec does not describe (`#/components/schemas/JobRead/properties/labels`).
    pub labels: super::LabelsSummary,
    /// The `type` property, which the spec does not describe (`#/components/schemas/JobRead/properties/type`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub r#type: Option<super::JobType>,
    /// The `organization` property, which the spec does not describe (`#/components/schemas/JobRead/properties/organization`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub organization: Option<i64>,
    /// The `target_storage` property, which the spec does not describe (`#/components/schemas/JobRead/properties/target_storage`).
    pub target_storage: Option<super::Storage>,
    /// The `source_storage` property, which the spec does not describe (`#/components/schemas/JobRead/properties/source_storage`).
    pub source_storage: Option<super::Storage>,
    /// The `assignee_updated_date` property, which the spec does not describe (`#/components/schemas/JobRead/properties/assignee_updated_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub assignee_updated_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `parent_job_id` property, which the spec does not describe (`#/components/schemas/JobRead/properties/parent_job_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub parent_job_id: Option<i64>,
    /// The `consensus_replicas` property, which the spec does not describe (`#/components/schemas/JobRead/properties/consensus_replicas`).
    ///
    /// Deprecated by the API.
    ///
    /// Read-only: set by the server, ignored when sent.
    pub consensus_replicas: Option<i64>,
    /// The `replicas_count` property, which the spec does not describe (`#/components/schemas/JobRead/properties/replicas_count`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub replicas_count: Option<i64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    JobRead {
        url: optional("url"),
        id: optional("id"),
        task_id: optional("task_id"),
        task_name: optional("task_name"),
        project_id: optional("project_id"),
        project_name: optional("project_name"),
        assignee: optional("assignee"),
        guide_id: optional("guide_id"),
        dimension: optional("dimension"),
        mode: optional("mode"),
        media_type: optional("media_type"),
        bug_tracker: optional("bug_tracker"),
        status: optional("status"),
        stage: optional("stage"),
        state: optional("state"),
        frame_count: optional("frame_count"),
        start_frame: optional("start_frame"),
        stop_frame: optional("stop_frame"),
        data_chunk_size: optional("data_chunk_size"),
        data_compressed_chunk_type: optional("data_compressed_chunk_type"),
        data_original_chunk_type: optional("data_original_chunk_type"),
        created_date: optional("created_date"),
        updated_date: optional("updated_date"),
        issues: required("issues"),
        labels: required("labels"),
        r#type: optional("type"),
        organization: optional("organization"),
        target_storage: optional("target_storage"),
        source_storage: optional("source_storage"),
        assignee_updated_date: optional("assignee_updated_date"),
        parent_job_id: optional("parent_job_id"),
        consensus_replicas: optional("consensus_replicas"),
        replicas_count: optional("replicas_count")
    }
);

deserialize_struct!(
    runtime,
    JobRead {
        url: optional::<Option<String>>("url"),
        id: optional::<Option<i64>>("id"),
        task_id: optional::<Option<i64>>("task_id"),
        task_name: optional::<Option<String>>("task_name"),
        project_id: optional::<Option<i64>>("project_id"),
        project_name: optional::<Option<String>>("project_name"),
        assignee: optional::<Option<super::BasicUser>>("assignee"),
        guide_id: optional::<Option<i64>>("guide_id"),
        dimension: optional::<Option<String>>("dimension"),
        mode: optional::<Option<String>>("mode"),
        media_type: optional::<Option<String>>("media_type"),
        bug_tracker: optional::<Option<String>>("bug_tracker"),
        status: optional::<Option<super::JobStatus>>("status"),
        stage: optional::<Option<super::JobStage>>("stage"),
        state: optional::<Option<super::OperationStatus>>("state"),
        frame_count: optional::<Option<i64>>("frame_count"),
        start_frame: optional::<Option<i64>>("start_frame"),
        stop_frame: optional::<Option<i64>>("stop_frame"),
        data_chunk_size: optional::<Option<i64>>("data_chunk_size"),
        data_compressed_chunk_type: optional::<Option<super::ChunkType>>("data_compressed_chunk_type"),
        data_original_chunk_type: optional::<Option<super::ChunkType>>("data_original_chunk_type"),
        created_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_date"),
        updated_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("updated_date"),
        issues: required::<super::IssuesSummary>("issues"),
        labels: required::<super::LabelsSummary>("labels"),
        r#type: optional::<Option<super::JobType>>("type"),
        organization: optional::<Option<i64>>("organization"),
        target_storage: optional::<Option<super::Storage>>("target_storage"),
        source_storage: optional::<Option<super::Storage>>("source_storage"),
        assignee_updated_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("assignee_updated_date"),
        parent_job_id: optional::<Option<i64>>("parent_job_id"),
        consensus_replicas: optional::<Option<i64>>("consensus_replicas"),
        replicas_count: optional::<Option<i64>>("replicas_count")
    }
);
