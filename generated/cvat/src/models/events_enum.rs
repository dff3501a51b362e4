// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`EventsEnum`] and the types nested in it, from `#/components/schemas/EventsEnum`.

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

impl EventsEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreateBackup => "create:backup",
            Self::CreateComment => "create:comment",
            Self::CreateExport => "create:export",
            Self::CreateInvitation => "create:invitation",
            Self::CreateIssue => "create:issue",
            Self::CreateJob => "create:job",
            Self::CreateMembership => "create:membership",
            Self::CreateProject => "create:project",
            Self::CreateTask => "create:task",
            Self::DeleteComment => "delete:comment",
            Self::DeleteInvitation => "delete:invitation",
            Self::DeleteIssue => "delete:issue",
            Self::DeleteJob => "delete:job",
            Self::DeleteMembership => "delete:membership",
            Self::DeleteOrganization => "delete:organization",
            Self::DeleteProject => "delete:project",
            Self::DeleteTask => "delete:task",
            Self::UpdateComment => "update:comment",
            Self::UpdateIssue => "update:issue",
            Self::UpdateJob => "update:job",
            Self::UpdateMembership => "update:membership",
            Self::UpdateOrganization => "update:organization",
            Self::UpdateProject => "update:project",
            Self::UpdateTask => "update:task",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for EventsEnum {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "create:backup" => Self::CreateBackup,
            "create:comment" => Self::CreateComment,
            "create:export" => Self::CreateExport,
            "create:invitation" => Self::CreateInvitation,
            "create:issue" => Self::CreateIssue,
            "create:job" => Self::CreateJob,
            "create:membership" => Self::CreateMembership,
            "create:project" => Self::CreateProject,
            "create:task" => Self::CreateTask,
            "delete:comment" => Self::DeleteComment,
            "delete:invitation" => Self::DeleteInvitation,
            "delete:issue" => Self::DeleteIssue,
            "delete:job" => Self::DeleteJob,
            "delete:membership" => Self::DeleteMembership,
            "delete:organization" => Self::DeleteOrganization,
            "delete:project" => Self::DeleteProject,
            "delete:task" => Self::DeleteTask,
            "update:comment" => Self::UpdateComment,
            "update:issue" => Self::UpdateIssue,
            "update:job" => Self::UpdateJob,
            "update:membership" => Self::UpdateMembership,
            "update:organization" => Self::UpdateOrganization,
            "update:project" => Self::UpdateProject,
            "update:task" => Self::UpdateTask,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for EventsEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for EventsEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for EventsEnum {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
