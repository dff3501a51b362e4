// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`UserCollaborations`] and the types nested in it, from `#/components/schemas/User--Collaborations`.

use crate::runtime::{self, deserialize_struct};

/// User (Collaborations)
///
/// A mini representation of a user, can be returned only when
/// the status is `pending`.
#[derive(Clone, Debug, PartialEq)]
pub struct UserCollaborations {
    /// The unique identifier for this user.
    pub id: String,
    /// The value will always be `user`.
    pub r#type: super::UserBaseTypeField,
    /// The display name of this user. If the collaboration status is `pending`, an empty string is returned.
    pub name: Option<String>,
    /// The primary email address of this user. If the collaboration status is `pending`, a login value is returned.
    pub login: Option<String>,
    /// If set to `false`, the user is either deactivated or deleted.
    pub is_active: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    UserCollaborations {
        id: required("id"),
        r#type: required("type"),
        name: optional("name"),
        login: optional("login"),
        is_active: optional("is_active")
    }
);

deserialize_struct!(
    runtime,
    UserCollaborations {
        id: required::<String>("id"),
        r#type: required::<super::UserBaseTypeField>("type"),
        name: optional::<Option<String>>("name"),
        login: optional::<Option<String>>("login"),
        is_active: optional::<Option<bool>>("is_active")
    }
);
