// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`GroupMini`] and the types nested in it, from `#/components/schemas/Group--Mini`.

/// Group (Mini)
///
/// Mini representation of a group, including id and name of
/// group.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct GroupMini {
    /// The unique identifier for this object.
    pub id: String,
    /// The value will always be `group`.
    pub r#type: super::GroupBaseTypeField,
    /// The name of the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The type of the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<super::GroupMiniGroupTypeField>,
}

/// The type of the group.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GroupMiniGroupTypeField {
    /// `managed_group`
    ManagedGroup,
    /// `all_users_group`
    AllUsersGroup,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl GroupMiniGroupTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ManagedGroup => "managed_group",
            Self::AllUsersGroup => "all_users_group",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for GroupMiniGroupTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "managed_group" => Self::ManagedGroup,
            "all_users_group" => Self::AllUsersGroup,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for GroupMiniGroupTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GroupMiniGroupTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for GroupMiniGroupTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
