// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Invite`] and the types nested in it, from `#/components/schemas/Invite`.

/// Invite
///
/// An invite for a user to an enterprise.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Invite {
    /// The unique identifier for this invite.
    pub id: String,
    /// The value will always be `invite`.
    pub r#type: super::InviteTypeField,
    /// Enterprise
    ///
    /// A representation of a Box enterprise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invited_to: Option<super::InviteInvitedToField>,
    /// The `actionable_by` property, which the spec does not describe (`#/components/schemas/Invite/properties/actionable_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actionable_by: Option<super::UserMini>,
    /// The `invited_by` property, which the spec does not describe (`#/components/schemas/Invite/properties/invited_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invited_by: Option<super::UserMini>,
    /// The status of the invite.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// When the invite was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the invite was modified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// The value will always be `invite`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InviteTypeField {
    /// `invite`
    Invite,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl InviteTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Invite => "invite",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for InviteTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "invite" => Self::Invite,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for InviteTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for InviteTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for InviteTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// Enterprise
///
/// A representation of a Box enterprise.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct InviteInvitedToField {
    /// The unique identifier for this enterprise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The value will always be `enterprise`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::InviteInvitedToTypeField>,
    /// The name of the enterprise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// The value will always be `enterprise`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InviteInvitedToTypeField {
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl InviteInvitedToTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enterprise => "enterprise",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for InviteInvitedToTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "enterprise" => Self::Enterprise,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for InviteInvitedToTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for InviteInvitedToTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for InviteInvitedToTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
