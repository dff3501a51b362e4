// @generated from specs/live/drf-yasg.json by the generator; do not edit.
//! [`Invitation`] and the types nested in it, from `#/components/schemas/Invitation`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// The `Invitation` schema, which the spec does not describe (`#/definitions/Invitation`).
#[derive(Clone, Debug, PartialEq)]
pub struct Invitation {
    /// Key
    ///
    /// Read-only: set by the server, ignored when sent.
    pub key: Option<String>,
    /// Created date
    ///
    /// Read-only: set by the server, ignored when sent.
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `owner` property, which the spec does not describe (`#/definitions/Invitation/properties/owner`).
    pub owner: Option<super::BasicUser>,
    /// Organization
    pub organization: i64,
    /// Role
    pub role: super::InvitationRole,
    /// User
    pub user: String,
}

serialize_struct!(
    runtime,
    Invitation {
        key: optional("key"),
        created_date: optional("created_date"),
        owner: optional("owner"),
        organization: required("organization"),
        role: required("role"),
        user: required("user")
    }
);

deserialize_struct!(
    runtime,
    Invitation {
        key: optional::<Option<String>>("key"),
        created_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_date"),
        owner: optional::<Option<super::BasicUser>>("owner"),
        organization: required::<i64>("organization"),
        role: required::<super::InvitationRole>("role"),
        user: required::<String>("user")
    }
);

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
