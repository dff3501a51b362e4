// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`EmailAlias`] and the types nested in it, from `#/components/schemas/EmailAlias`.

/// Email alias
///
/// An email alias for a user.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct EmailAlias {
    /// The unique identifier for this object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The value will always be `email_alias`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::EmailAliasTypeField>,
    /// The email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Whether the email address has been confirmed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_confirmed: Option<bool>,
}

/// The value will always be `email_alias`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EmailAliasTypeField {
    /// `email_alias`
    EmailAlias,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl EmailAliasTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EmailAlias => "email_alias",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for EmailAliasTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "email_alias" => Self::EmailAlias,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for EmailAliasTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for EmailAliasTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for EmailAliasTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
