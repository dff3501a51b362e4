// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ProjectRead`] and the types nested in it, from `#/components/schemas/ProjectRead`.

use crate::runtime::{self, deserialize_struct};

/// The `ProjectRead` schema, which the spec does not describe (`#/components/schemas/ProjectRead`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct ProjectRead {
    /// The `url` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/url`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub url: Option<String>,
    /// The `id` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<i64>,
    /// The `name` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/name`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub name: Option<String>,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/owner`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub owner: Option<super::BasicUser>,
    /// The `assignee` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/assignee`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub assignee: Option<super::BasicUser>,
    /// The `guide_id` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/guide_id`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub guide_id: Option<i64>,
    /// The `bug_tracker` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/bug_tracker`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub bug_tracker: Option<String>,
    /// The `task_subsets` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/task_subsets`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub task_subsets: Option<Vec<String>>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_date` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/updated_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub updated_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `status` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/status`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub status: Option<super::JobStatus>,
    /// The `dimension` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/dimension`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub dimension: Option<String>,
    /// The `organization` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/organization`).
    ///
    /// Deprecated by the API.
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub organization: Option<i64>,
    /// The `organization_id` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/organization_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub organization_id: Option<i64>,
    /// The `target_storage` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/target_storage`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub target_storage: Option<super::Storage>,
    /// The `source_storage` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/source_storage`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub source_storage: Option<super::Storage>,
    /// The `tasks` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/tasks`).
    pub tasks: super::TasksSummary,
    /// The `labels` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/labels`).
    pub labels: super::LabelsSummary,
    /// The `assignee_updated_date` property, which the spec does not describe (`#/components/schemas/ProjectRead/properties/assignee_updated_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub assignee_updated_date: Option<chrono::DateTime<chrono::Utc>>,
}

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
