// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`EventsEnum`] and the types nested in it, from `#/components/schemas/EventsEnum`.

use crate::runtime::{self, string_enum};

/// * `create:backup` - CREATE:BACKUP
/// * `create:comment` - CREATE:COMMENT
/// * `create:export` - CREATE:EXPORT
/// * `create:invitation` - CREATE:INVITATION
/// * `create:issue` - CREATE:ISSUE
/// * `create:job` - CREATE:JOB
/// * `create:membership` - CREATE:MEMBERSHIP
/// * `create:project` - CREATE:PROJECT
/// * `create:task` - CREATE:TASK
/// * `delete:comment` - DELETE:COMMENT
/// * `delete:invitation` - DELETE:INVITATION
/// * `delete:issue` - DELETE:ISSUE
/// * `delete:job` - DELETE:JOB
/// * `delete:membership` - DELETE:MEMBERSHIP
/// * `delete:organization` - DELETE:ORGANIZATION
/// * `delete:project` - DELETE:PROJECT
/// * `delete:task` - DELETE:TASK
/// * `update:comment` - UPDATE:COMMENT
/// * `update:issue` - UPDATE:ISSUE
/// * `update:job` - UPDATE:JOB
/// * `update:membership` - UPDATE:MEMBERSHIP
/// * `update:organization` - UPDATE:ORGANIZATION
/// * `update:project` - UPDATE:PROJECT
/// * `update:task` - UPDATE:TASK
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventsEnum {
    /// `create:backup`
    CreateBackup,
    /// `create:comment`
    CreateComment,
    /// `create:export`
    CreateExport,
    /// `create:invitation`
    CreateInvitation,
    /// `create:issue`
    CreateIssue,
    /// `create:job`
    CreateJob,
    /// `create:membership`
    CreateMembership,
    /// `create:project`
    CreateProject,
    /// `create:task`
    CreateTask,
    /// `delete:comment`
    DeleteComment,
    /// `delete:invitation`
    DeleteInvitation,
    /// `delete:issue`
    DeleteIssue,
    /// `delete:job`
    DeleteJob,
    /// `delete:membership`
    DeleteMembership,
    /// `delete:organization`
    DeleteOrganization,
    /// `delete:project`
    DeleteProject,
    /// `delete:task`
    DeleteTask,
    /// `update:comment`
    UpdateComment,
    /// `update:issue`
    UpdateIssue,
    /// `update:job`
    UpdateJob,
    /// `update:membership`
    UpdateMembership,
    /// `update:organization`
    UpdateOrganization,
    /// `update:project`
    UpdateProject,
    /// `update:task`
    UpdateTask,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    EventsEnum,
    Unknown,
    CreateBackup = "create:backup",
    CreateComment = "create:comment",
    CreateExport = "create:export",
    CreateInvitation = "create:invitation",
    CreateIssue = "create:issue",
    CreateJob = "create:job",
    CreateMembership = "create:membership",
    CreateProject = "create:project",
    CreateTask = "create:task",
    DeleteComment = "delete:comment",
    DeleteInvitation = "delete:invitation",
    DeleteIssue = "delete:issue",
    DeleteJob = "delete:job",
    DeleteMembership = "delete:membership",
    DeleteOrganization = "delete:organization",
    DeleteProject = "delete:project",
    DeleteTask = "delete:task",
    UpdateComment = "update:comment",
    UpdateIssue = "update:issue",
    UpdateJob = "update:job",
    UpdateMembership = "update:membership",
    UpdateOrganization = "update:organization",
    UpdateProject = "update:project",
    UpdateTask = "update:task"
);
