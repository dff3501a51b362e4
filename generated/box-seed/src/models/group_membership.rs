// @generated from specs/box-seed.yaml by the generator; do not edit.
//! [`GroupMembership`] and the types nested in it, from `#/components/schemas/GroupMembership`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Group membership
///
/// Membership is used to signify that a user is part of a
/// group.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GroupMembership {
    /// The unique identifier for this group membership.
    pub id: Option<String>,
    /// The value will always be `group_membership`.
    pub r#type: Option<super::GroupMembershipTypeField>,
    /// The `user` property, which the spec does not describe (`#/components/schemas/GroupMembership/properties/user`).
    pub user: Option<super::UserMini>,
    /// The `group` property, which the spec does not describe (`#/components/schemas/GroupMembership/properties/group`).
    pub group: Option<super::GroupMini>,
    /// The role of the user in the group.
    pub role: Option<super::GroupMembershipRoleField>,
    /// The time this membership was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The time this membership was last modified.
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    GroupMembership {
        id: optional("id"),
        r#type: optional("type"),
        user: optional("user"),
        group: optional("group"),
        role: optional("role"),
        created_at: optional("created_at"),
        modified_at: optional("modified_at")
    }
);

deserialize_struct!(
    runtime,
    GroupMembership {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::GroupMembershipTypeField>>("type"),
        user: optional::<Option<super::UserMini>>("user"),
        group: optional::<Option<super::GroupMini>>("group"),
        role: optional::<Option<super::GroupMembershipRoleField>>("role"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("modified_at")
    }
);

/// The value will always be `group_membership`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GroupMembershipTypeField {
    /// `group_membership`
    GroupMembership,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, GroupMembershipTypeField, Unknown, GroupMembership = "group_membership");

/// The role of the user in the group.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GroupMembershipRoleField {
    /// `member`
    Member,
    /// `admin`
    Admin,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, GroupMembershipRoleField, Unknown, Member = "member", Admin = "admin");
