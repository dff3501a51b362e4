// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ReportEvent`] and the types nested in it, from `#/components/schemas/ReportEvent`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ReportEvent {
    pub task_id: i64,
    pub task_name: String,
    pub job_id: i64,
    pub r#type: super::JobType,
    pub frame_count: i64,
    pub exists: bool,
    pub objects: i64,
    pub assignee: String,
    pub stage: super::JobStage,
    pub state: super::OperationStatus,
    pub user: String,
    pub working_time: f64,
    pub created_date: chrono::DateTime<chrono::Utc>,
    pub updated_date: chrono::DateTime<chrono::Utc>,
    pub created_objects: i64,
    pub updated_objects: i64,
    pub deleted_objects: i64,
}
