// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AnnotationGuideRead`] and the types nested in it, from `#/components/schemas/AnnotationGuideRead`.

use crate::runtime::{self, deserialize_struct};

/// The `AnnotationGuideRead` schema, which the spec does not describe (`#/components/schemas/AnnotationGuideRead`).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct AnnotationGuideRead {
    /// The `id` property, which the spec does not describe (`#/components/schemas/AnnotationGuideRead/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<i64>,
    /// The `task_id` property, which the spec does not describe (`#/components/schemas/AnnotationGuideRead/properties/task_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub task_id: Option<i64>,
    /// The `project_id` property, which the spec does not describe (`#/components/schemas/AnnotationGuideRead/properties/project_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub project_id: Option<i64>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/AnnotationGuideRead/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_date` property, which the spec does not describe (`#/components/schemas/AnnotationGuideRead/properties/updated_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub updated_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `markdown` property, which the spec does not describe (`#/components/schemas/AnnotationGuideRead/properties/markdown`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub markdown: Option<String>,
}

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
