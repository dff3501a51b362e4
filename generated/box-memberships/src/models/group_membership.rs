// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`GroupMembership`] and the types nested in it, from `#/components/schemas/GroupMembership`.

/// Group membership
///
/// Membership is used to signify that a user is part of a
/// group.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct GroupMembership {
    /// The unique identifier for this group membership.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The value will always be `group_membership`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::GroupMembershipTypeField>,
    /// The `user` property, which the spec does not describe (`#/components/schemas/GroupMembership/properties/user`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<super::UserMini>,
    /// The `group` property, which the spec does not describe (`#/components/schemas/GroupMembership/properties/group`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<super::GroupMini>,
    /// The role of the user in the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<super::GroupMembershipRoleField>,
    /// The time this membership was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The time this membership was last modified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// The value will always be `group_membership`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GroupMembershipTypeField {
    /// `group_membership`
    GroupMembership,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl GroupMembershipTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GroupMembership => "group_membership",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for GroupMembershipTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "group_membership" => Self::GroupMembership,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for GroupMembershipTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GroupMembershipTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for GroupMembershipTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

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

impl GroupMembershipRoleField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Member => "member",
            Self::Admin => "admin",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for GroupMembershipRoleField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "member" => Self::Member,
            "admin" => Self::Admin,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for GroupMembershipRoleField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GroupMembershipRoleField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for GroupMembershipRoleField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
