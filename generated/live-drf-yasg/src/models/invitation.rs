// @generated from specs/live/drf-yasg.json by the generator; do not edit.
//! [`Invitation`] and the types nested in it, from `#/components/schemas/Invitation`.

use crate::runtime::{self, string_enum};

/// The `Invitation` schema, which the spec does not describe (`#/definitions/Invitation`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Invitation {
    /// Key
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Created date
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `owner` property, which the spec does not describe (`#/definitions/Invitation/properties/owner`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<super::BasicUser>,
    /// Organization
    pub organization: i64,
    /// Role
    pub role: super::InvitationRole,
    /// User
    pub user: String,
}

/// Role
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InvitationRole {
    /// `worker`
    Worker,
    /// `supervisor`
    Supervisor,
    /// `maintainer`
    Maintainer,
    /// `owner`
    Owner,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    InvitationRole,
    Unknown,
    Worker = "worker",
    Supervisor = "supervisor",
    Maintainer = "maintainer",
    Owner = "owner"
);
