// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`IssueRead`] and the types nested in it, from `#/components/schemas/IssueRead`.

use crate::runtime::{self, deserialize_struct};

/// The `IssueRead` schema, which the spec does not describe (`#/components/schemas/IssueRead`).
#[derive(Clone, Debug, PartialEq)]
pub struct IssueRead {
    /// The `id` property, which the spec does not describe (`#/components/schemas/IssueRead/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// The `frame` property, which the spec does not describe (`#/components/schemas/IssueRead/properties/frame`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub frame: Option<i64>,
    /// The `position` property, which the spec does not describe (`#/components/schemas/IssueRead/properties/position`).
    pub position: Vec<f64>,
    /// The `job` property, which the spec does not describe (`#/components/schemas/IssueRead/properties/job`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub job: Option<i64>,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/IssueRead/properties/owner`).
    pub owner: Option<super::BasicUser>,
    /// The `assignee` property, which the spec does not describe (`#/components/schemas/IssueRead/properties/assignee`).
    pub assignee: Option<super::BasicUser>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/IssueRead/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_date` property, which the spec does not describe (`#/components/schemas/IssueRead/properties/updated_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub updated_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `resolved` property, which the spec does not describe (`#/components/schemas/IssueRead/properties/resolved`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub resolved: Option<bool>,
    /// The `comments` property, which the spec does not describe (`#/components/schemas/IssueRead/properties/comments`).
    pub comments: super::CommentsSummary,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    IssueRead {
        id: optional("id"),
        frame: optional("frame"),
        position: required("position"),
        job: optional("job"),
        owner: optional("owner"),
        assignee: optional("assignee"),
        created_date: optional("created_date"),
        updated_date: optional("updated_date"),
        resolved: optional("resolved"),
        comments: required("comments")
    }
);

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
