// @generated from specs/box-seed.yaml by the generator; do not edit.
//! [`UserBaseTypeField`] and the types nested in it, from `#/components/schemas/User--Base/properties/type`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// The value will always be `user`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UserBaseTypeField {
    /// `user`
    User,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, UserBaseTypeField, Unknown, User = "user");

/// User (Base)
///
/// A mini representation of a user, used when
/// nested within another resource.
#[derive(Clone, Debug, PartialEq)]
pub struct UserBase {
    /// The unique identifier for this user.
    pub id: String,
    /// The value will always be `user`.
    pub r#type: super::UserBaseTypeField,
}

serialize_struct!(runtime, UserBase { id: required("id"), r#type: required("type") });

deserialize_struct!(
    runtime,
    UserBase { id: required::<String>("id"), r#type: required::<super::UserBaseTypeField>("type") }
);
