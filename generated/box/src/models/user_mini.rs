// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`UserMini`] and the types nested in it, from `#/components/schemas/User--Mini`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// User (Mini)
///
/// A mini representation of a user, as can be returned when nested within other
/// resources.
#[derive(Clone, Debug, PartialEq)]
pub struct UserMini {
    /// The unique identifier for this user.
    pub id: String,
    /// The value will always be `user`.
    pub r#type: super::UserBaseTypeField,
    /// The display name of this user.
    pub name: Option<String>,
    /// The primary email address of this user.
    pub login: Option<String>,
}

serialize_struct!(
    runtime,
    UserMini { id: required("id"), r#type: required("type"), name: optional("name"), login: optional("login") }
);

deserialize_struct!(
    runtime,
    UserMini {
        id: required::<String>("id"),
        r#type: required::<super::UserBaseTypeField>("type"),
        name: optional::<Option<String>>("name"),
        login: optional::<Option<String>>("login")
    }
);
