// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`MetaUser`] and the types nested in it, from `#/components/schemas/MetaUser`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum MetaUser {
    User(super::User),
    BasicUser(super::BasicUser),
}
