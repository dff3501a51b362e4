// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AnnotationGuideRead`] and the types nested in it, from `#/components/schemas/AnnotationGuideRead`.

use crate::runtime::{self, deserialize_struct};

/// The `AnnotationGuideRead` schema, which the spec does not describe (`#/components/schemas/AnnotationGuideRead`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AnnotationGuideRead {
    /// The `id` property, which the spec does not describe (`#/components/schemas/AnnotationGuideRead/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// The `task_id` property, which the spec does not describe (`#/components/schemas/AnnotationGuideRead/properties/task_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub task_id: Option<i64>,
    /// The `project_id` property, which the spec does not describe (`#/components/schemas/AnnotationGuideRead/properties/project_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub project_id: Option<i64>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/AnnotationGuideRead/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_date` property, which the spec does not describe (`#/components/schemas/AnnotationGuideRead/properties/updated_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub updated_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `markdown` property, which the spec does not describe (`#/components/schemas/AnnotationGuideRead/properties/markdown`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub markdown: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AnnotationGuideRead {
        id: optional("id"),
        task_id: optional("task_id"),
        project_id: optional("project_id"),
        created_date: optional("created_date"),
        updated_date: optional("updated_date"),
        markdown: optional("markdown")
    }
);

deserialize_struct!(
    runtime,
    AnnotationGuideRead {
        id: optional::<Option<i64>>("id"),
        task_id: optional::<Option<i64>>("task_id"),
        project_id: optional::<Option<i64>>("project_id"),
        created_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_date"),
        updated_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("updated_date"),
        markdown: optional::<Option<String>>("markdown")
    }
);
