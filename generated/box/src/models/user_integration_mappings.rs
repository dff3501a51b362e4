// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`UserIntegrationMappings`] and the types nested in it, from `#/components/schemas/UserIntegrationMappings`.

use crate::runtime::{self, deserialize_struct};

/// User (Integration Mappings)
///
/// A user representation for integration mappings
/// API purposes. Fields name and login are not required.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct UserIntegrationMappings {
    /// The unique identifier for this user.
    pub id: String,
    /// The value will always be `user`.
    pub r#type: super::UserBaseTypeField,
    /// The display name of this user.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub name: Option<String>,
    /// The primary email address of this user.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub login: Option<String>,
}

deserialize_struct!(
    runtime,
    UserIntegrationMappings {
        id: required::<String>("id"),
        r#type: required::<super::UserBaseTypeField>("type"),
        name: optional::<Option<String>>("name"),
        login: optional::<Option<String>>("login")
    }
);
