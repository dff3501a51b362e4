// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ReportEvent`] and the types nested in it, from `#/components/schemas/ReportEvent`.

use crate::runtime::{self, deserialize_struct};

/// The `ReportEvent` schema, which the spec does not describe (`#/components/schemas/ReportEvent`).
#[derive(Clone, Debug, PartialEq)]
pub struct ReportEvent {
    /// The `task_id` property, which the spec does not describe (`#/components/schemas/ReportEvent/properties/task_id`).
    pub task_id: i64,
    /// The `task_name` property, which the spec does not describe (`#/components/schemas/ReportEvent/properties/task_name`).
    pub task_name: String,
    /// The `job_id` property, which the spec does not describe (`#/components/schemas/ReportEvent/properties/job_id`).
    pub job_id: i64,
    /// The `type` property, which the spec does not describe (`#/components/schemas/ReportEvent/properties/type`).
    pub r#type: super::JobType,
    /// The `frame_count` property, which the spec does not describe (`#/components/schemas/ReportEvent/properties/frame_count`).
    pub frame_count: i64,
    /// The `exists` property, which the spec does not describe (`#/components/schemas/ReportEvent/properties/exists`).
    pub exists: bool,
    /// The `objects` property, which the spec does not describe (`#/components/schemas/ReportEvent/properties/objects`).
    pub objects: i64,
    /// The `assignee` property, which the spec does not describe (`#/components/schemas/ReportEvent/properties/assignee`).
    pub assignee: String,
    /// The `stage` property, which the spec does not describe (`#/components/schemas/ReportEvent/properties/stage`).
    pub stage: super::JobStage,
    /// The `state` property, which the spec does not describe (`#/components/schemas/ReportEvent/properties/state`).
    pub state: super::OperationStatus,
    /// The `user` property, which the spec does not describe (`#/components/schemas/ReportEvent/properties/user`).
    pub user: String,
    /// The `working_time` property, which the spec does not describe (`#/components/schemas/ReportEvent/properties/working_time`).
    pub working_time: f64,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/ReportEvent/properties/created_date`).
    pub created_date: chrono::DateTime<chrono::Utc>,
    /// The `updated_date` property, which the spec does not describe (`#/components/schemas/ReportEvent/properties/updated_date`).
    pub updated_date: chrono::DateTime<chrono::Utc>,
    /// The `created_objects` property, which the spec does not describe (`#/components/schemas/ReportEvent/properties/created_objects`).
    pub created_objects: i64,
    /// The `updated_objects` property, which the spec does not describe (`#/components/schemas/ReportEvent/properties/updated_objects`).
    pub updated_objects: i64,
    /// The `deleted_objects` property, which the spec does not describe (`#/components/schemas/ReportEvent/properties/deleted_objects`).
    pub deleted_objects: i64,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ReportEvent {
        task_id: required("task_id"),
        task_name: required("task_name"),
        job_id: required("job_id"),
        r#type: required("type"),
        frame_count: required("frame_count"),
        exists: required("exists"),
        objects: required("objects"),
        assignee: required("assignee"),
        stage: required("stage"),
        state: required("state"),
        user: required("user"),
        working_time: required("working_time"),
        created_date: required("created_date"),
        updated_date: required("updated_date"),
        created_objects: required("created_objects"),
        updated_objects: required("updated_objects"),
        deleted_objects: required("deleted_objects")
    }
);

deserialize_struct!(
    runtime,
    ReportEvent {
        task_id: required::<i64>("task_id"),
        task_name: required::<String>("task_name"),
        job_id: required::<i64>("job_id"),
        r#type: required::<super::JobType>("type"),
        frame_count: required::<i64>("frame_count"),
        exists: required::<bool>("exists"),
        objects: required::<i64>("objects"),
        assignee: required::<String>("assignee"),
        stage: required::<super::JobStage>("stage"),
        state: required::<super::OperationStatus>("state"),
        user: required::<String>("user"),
        working_time: required::<f64>("working_time"),
        created_date: required::<chrono::DateTime<chrono::Utc>>("created_date"),
        updated_date: required::<chrono::DateTime<chrono::Utc>>("updated_date"),
        created_objects: required::<i64>("created_objects"),
        updated_objects: required::<i64>("updated_objects"),
        deleted_objects: required::<i64>("deleted_objects")
    }
);
