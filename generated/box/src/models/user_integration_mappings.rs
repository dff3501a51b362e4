// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`UserIntegrationMappings`] and the types nested in it, from `#/components/schemas/UserIntegrationMappings`.

use crate::runtime::{self, deserialize_struct};

/// User (Integration Mappings)
///
/// A user representation for integration mappings
/// API purposes. Fields name and login are not required.
#[derive(Clone, Debug, PartialEq)]
pub struct UserIntegrationMappings {
    /// The unique identifier for this user.
    pub id: String,
    /// The value will always be `user`.
    pub r#type: super::UserBaseTypeField,
    /// The display name of this user.
    pub name: Option<String>,
    /// The primary email address of this user.
    pub login: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    UserIntegrationMappings {
        id: required("id"),
        r#type: required("type"),
        name: optional("name"),
        login: optional("login")
    }
);

deserialize_struct!(
    runtime,
    UserIntegrationMappings {
        id: required::<String>("id"),
        r#type: required::<super::UserBaseTypeField>("type"),
        name: optional::<Option<String>>("name"),
        login: optional::<Option<String>>("login")
    }
);
