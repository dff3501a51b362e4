// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`CollaborationAccessGrantee`] and the types nested in it, from `#/components/schemas/CollaborationAccessGrantee`.

use crate::runtime::codec;

/// Collaboration access grantee
///
/// The user or group that is granted access.
///
/// Decoded by the value of its `type` property; a value that no variant declares is kept in [`Self::Unknown`].
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize), serde(untagged))]
#[allow(clippy::large_enum_variant)]
pub enum CollaborationAccessGrantee {
    /// The `UserCollaborations` alternative (`#/components/schemas/CollaborationAccessGrantee/oneOf/0`).
    UserCollaborations(super::UserCollaborations),
    /// The `GroupMini` alternative (`#/components/schemas/CollaborationAccessGrantee/oneOf/1`).
    GroupMini(super::GroupMini),
    /// A value whose `type` this version of the SDK does not know, kept whole as received.
    Unknown(serde_json::Value),
}

impl From<super::UserCollaborations> for CollaborationAccessGrantee {
    fn from(value: super::UserCollaborations) -> Self {
        Self::UserCollaborations(value)
    }
}

impl From<super::GroupMini> for CollaborationAccessGrantee {
    fn from(value: super::GroupMini) -> Self {
        Self::GroupMini(value)
    }
}

impl<'de> serde::Deserialize<'de> for CollaborationAccessGrantee {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        match codec::tag_of(&value, "type") {
            Some("user") => codec::variant(value).map(Self::UserCollaborations),
            Some("group") => codec::variant(value).map(Self::GroupMini),
            Some(_) => Ok(Self::Unknown(value)),
            None => Err(codec::missing_tag("CollaborationAccessGrantee", "type")),
        }
    }
}
