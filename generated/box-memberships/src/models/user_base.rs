// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`UserBaseTypeField`] and the types nested in it, from `#/components/schemas/User--Base/properties/type`.

use crate::runtime::{self, string_enum};

/// The value will always be `user`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UserBaseTypeField {
    /// `user`
    User,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, UserBaseTypeField, Unknown, User = "user");
