// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`IssueRead`] and the types nested in it, from `#/components/schemas/IssueRead`.

use crate::runtime::{self, deserialize_struct};

/// The `IssueRead` schema, which the spec does not describe (`#/components/schemas/IssueRead`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct IssueRead {
    /// The `id` property, which the spec does not describe (`#/components/schemas/IssueRead/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<i64>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/IssueRead/properties/frame`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub frame: Option<i64>,
    /// The `position` property, which the spec does not describe (`#/components/schemas/IssueRead/properties/position`).
    pub position: Vec<f64>,
    /// The `job` property, which the spec does not describe (`#/components/schemas/IssueRead/properties/job`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub job: Option<i64>,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/IssueRead/properties/owner`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub owner: Option<super::BasicUser>,
    /// The `assignee` property, which the spec does not describe (`#/components/schemas/IssueRead/properties/assignee`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub assignee: Option<super::BasicUser>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/IssueRead/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_date` property, which the spec does not describe (`#/components/schemas/IssueRead/properties/updated_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub updated_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `resolved` property, which the spec does not describe (`#/components/schemas/IssueRead/properties/resolved`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub resolved: Option<bool>,
    /// The `comments` property, which the spec does not describe (`#/components/schemas/IssueRead/properties/comments`).
    pub comments: super::CommentsSummary,
}

deserialize_struct!(
    runtime,
    IssueRead {
        id: optional::<Option<i64>>("id"),
        frame: optional::<Option<i64>>("frame"),
        position: required::<Vec<f64>>("position"),
        job: optional::<Option<i64>>("job"),
        owner: optional::<Option<super::BasicUser>>("owner"),
        assignee: optional::<Option<super::BasicUser>>("assignee"),
        created_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_date"),
        updated_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("updated_date"),
        resolved: optional::<Option<bool>>("resolved"),
        comments: required::<super::CommentsSummary>("comments")
    }
);
