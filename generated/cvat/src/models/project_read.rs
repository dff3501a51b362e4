// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ProjectRead`] and the types nested in it, from `#/components/schemas/ProjectRead`.

use crate::runtime::{self, deserialize_struct};

/// The `ProjectRead` schema, which the spec does not describe (`#/components/schemas/ProjectRead`).
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectRead {
    /// The `url` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/url`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub url: Option<String>,
    /// The `id` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// The `name` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/name`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub name: Option<String>,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/owner`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub owner: Option<super::BasicUser>,
    /// The `assignee` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/assignee`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub assignee: Option<super::BasicUser>,
    /// The `guide_id` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/guide_id`).
    pub guide_id: Option<i64>,
    /// The `bug_tracker` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/bug_tracker`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub bug_tracker: Option<String>,
    /// The `task_subsets` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/task_subsets`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub task_subsets: Option<Vec<String>>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_date` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/updated_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub updated_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `status` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/status`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub status: Option<super::JobStatus>,
    /// The `dimension` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/dimension`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub dimension: Option<String>,
    /// The `organization` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/organization`).
    ///
    /// Deprecated by the API.
    ///
    /// Read-only: set by the server, ignored when sent.
    pub organization: Option<i64>,
    /// The `organization_id` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/organization_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub organization_id: Option<i64>,
    /// The `target_storage` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/target_storage`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub target_storage: Option<super::Storage>,
    /// The `source_storage` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/source_storage`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub source_storage: Option<super::Storage>,
    /// The `tasks` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/tasks`).
    pub tasks: super::TasksSummary,
    /// The `labels` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/labels`).
    pub labels: super::LabelsSummary,
    /// The `assignee_updated_date` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/assignee_updated_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub assignee_updated_date: Option<chrono::DateTime<chrono::Utc>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ProjectRead {
        url: optional("url"),
        id: optional("id"),
        name: optional("name"),
        owner: optional("owner"),
        assignee: optional("assignee"),
        guide_id: optional("guide_id"),
        bug_tracker: optional("bug_tracker"),
        task_subsets: optional("task_subsets"),
        created_date: optional("created_date"),
        updated_date: optional("updated_date"),
        status: optional("status"),
        dimension: optional("dimension"),
        organization: optional("organization"),
        organization_id: optional("organization_id"),
        target_storage: optional("target_storage"),
        source_storage: optional("source_storage"),
        tasks: required("tasks"),
        labels: required("labels"),
        assignee_updated_date: optional("assignee_updated_date")
    }
);

deserialize_struct!(
    runtime,
    ProjectRead {
        url: optional::<Option<String>>("url"),
        id: optional::<Option<i64>>("id"),
        name: optional::<Option<String>>("name"),
        owner: optional::<Option<super::BasicUser>>("owner"),
        assignee: optional::<Option<super::BasicUser>>("assignee"),
        guide_id: optional::<Option<i64>>("guide_id"),
        bug_tracker: optional::<Option<String>>("bug_tracker"),
        task_subsets: optional::<Option<Vec<String>>>("task_subsets"),
        created_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_date"),
        updated_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("updated_date"),
        status: optional::<Option<super::JobStatus>>("status"),
        dimension: optional::<Option<String>>("dimension"),
        organization: optional::<Option<i64>>("organization"),
        organization_id: optional::<Option<i64>>("organization_id"),
        target_storage: optional::<Option<super::Storage>>("target_storage"),
        source_storage: optional::<Option<super::Storage>>("source_storage"),
        tasks: required::<super::TasksSummary>("tasks"),
        labels: required::<super::LabelsSummary>("labels"),
        assignee_updated_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("assignee_updated_date")
    }
);
