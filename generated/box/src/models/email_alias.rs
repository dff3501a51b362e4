// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`EmailAlias`] and the types nested in it, from `#/components/schemas/EmailAlias`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Email alias
///
/// An email alias for a user.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct EmailAlias {
    /// The unique identifier for this object.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<String>,
    /// The value will always be `email_alias`.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub r#type: Option<super::EmailAliasTypeField>,
    /// The email address.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub email: Option<String>,
    /// Whether the email address has been confirmed.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub is_confirmed: Option<bool>,
}

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
