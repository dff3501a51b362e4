// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`EmailAlias`] and the types nested in it, from `#/components/schemas/EmailAlias`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Email alias
///
/// An email alias for a user.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EmailAlias {
    /// The unique identifier for this object.
    pub id: Option<String>,
    /// The value will always be `email_alias`.
    pub r#type: Option<super::EmailAliasTypeField>,
    /// The email address.
    pub email: Option<String>,
    /// Whether the email address has been confirmed.
    pub is_confirmed: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    EmailAlias {
        id: optional("id"),
        r#type: optional("type"),
        email: optional("email"),
        is_confirmed: optional("is_confirmed")
    }
);

deserialize_struct!(
    runtime,
    EmailAlias {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::EmailAliasTypeField>>("type"),
        email: optional::<Option<String>>("email"),
        is_confirmed: optional::<Option<bool>>("is_confirmed")
    }
);

/// The value will always be `email_alias`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EmailAliasTypeField {
    /// `email_alias`
    EmailAlias,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, EmailAliasTypeField, Unknown, EmailAlias = "email_alias");
