// @generated from specs/live/drf-yasg.json by the generator; do not edit.
//! [`Membership`] and the types nested in it, from `#/components/schemas/Membership`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// The `Membership` schema, which the spec does not describe (`#/definitions/Membership`).
#[derive(Clone, Debug, PartialEq)]
pub struct Membership {
    /// ID
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// The `user` property, which the spec does not describe (`#/definitions/Membership/properties/user`).
    pub user: Option<super::BasicUser>,
    /// Organization
    ///
    /// Read-only: set by the server, ignored when sent.
    pub organization: Option<i64>,
    /// Role
    pub role: super::MembershipRole,
    /// Is active
    ///
    /// Read-only: set by the server, ignored when sent.
    pub is_active: Option<bool>,
    /// Joined date
    ///
    /// Read-only: set by the server, ignored when sent.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub joined_date: Option<Option<chrono::DateTime<chrono::Utc>>>,
}

serialize_struct!(
    runtime,
    Membership {
        id: optional("id"),
        user: optional("user"),
        organization: optional("organization"),
        role: required("role"),
        is_active: optional("is_active"),
        joined_date: nullable("joined_date")
    }
);

deserialize_struct!(
    runtime,
    Membership {
        id: optional::<Option<i64>>("id"),
        user: optional::<Option<super::BasicUser>>("user"),
        organization: optional::<Option<i64>>("organization"),
        role: required::<super::MembershipRole>("role"),
        is_active: optional::<Option<bool>>("is_active"),
        joined_date: nullable::<Option<chrono::DateTime<chrono::Utc>>>("joined_date")
    }
);

/// Role
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MembershipRole {
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
    MembershipRole,
    Unknown,
    Worker = "worker",
    Supervisor = "supervisor",
    Maintainer = "maintainer",
    Owner = "owner"
);
