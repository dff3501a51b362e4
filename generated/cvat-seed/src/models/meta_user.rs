// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`MetaUser`] and the types nested in it, from `#/components/schemas/MetaUser`.

/// The `MetaUser` schema, which the spec does not describe (`#/components/schemas/MetaUser`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum MetaUser {
    /// The `User` alternative (`#/components/schemas/MetaUser/anyOf/0`).
    User(super::User),
    /// The `BasicUser` alternative (`#/components/schemas/MetaUser/anyOf/1`).
    BasicUser(super::BasicUser),
}

impl From<super::User> for MetaUser {
    fn from(value: super::User) -> Self {
        Self::User(value)
    }
}

impl From<super::BasicUser> for MetaUser {
    fn from(value: super::BasicUser) -> Self {
        Self::BasicUser(value)
    }
}
