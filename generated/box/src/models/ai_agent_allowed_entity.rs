// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiAgentAllowedEntity`] and the types nested in it, from `#/components/schemas/AiAgentAllowedEntity`.

use crate::runtime::codec;

/// The entity with type and ID
///
/// The entity with type and ID.
///
/// Decoded by the value of its `type` property; a value that no variant declares is kept in [`Self::Unknown`].
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum AiAgentAllowedEntity {
    /// The `UserBase` alternative (`#/components/schemas/AiAgentAllowedEntity/oneOf/0`).
    UserBase(super::UserBase),
    /// The `GroupBase` alternative (`#/components/schemas/AiAgentAllowedEntity/oneOf/1`).
    GroupBase(super::GroupBase),
    /// A value whose `type` this version of the SDK does not know, kept whole as received.
    Unknown(serde_json::Value),
}

impl From<super::UserBase> for AiAgentAllowedEntity {
    fn from(value: super::UserBase) -> Self {
        Self::UserBase(value)
    }
}

impl From<super::GroupBase> for AiAgentAllowedEntity {
    fn from(value: super::GroupBase) -> Self {
        Self::GroupBase(value)
    }
}

impl<'de> serde::Deserialize<'de> for AiAgentAllowedEntity {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        match codec::tag_of(&value, "type") {
            Some("user") => codec::variant(value).map(Self::UserBase),
            Some("group") => codec::variant(value).map(Self::GroupBase),
            Some(_) => Ok(Self::Unknown(value)),
            None => Err(codec::missing_tag("AiAgentAllowedEntity", "type")),
        }
    }
}
