// @generated from specs/live/drf-yasg.json by the generator; do not edit.
//! [`Invitation`] and the types nested in it, from `#/components/schemas/Invitation`.

/// The `Invitation` schema, which the spec does not describe (`#/definitions/Invitation`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Invitation {
    /// Key
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Created date
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `owner` property, which the spec does not describe (`#/definitions/Invitation/properties/owner`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<super::BasicUser>,
    /// Organization
    pub organization: i64,
    /// Role
    pub role: super::InvitationRole,
    /// User
    pub user: String,
}

/// Role
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InvitationRole {
    /// `worker`
    Worker,
    /// `supervisor`
    Supervisor,
    /// `maintainer`
    Maintainer,
    /// `owner`
    Owner,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl InvitationRole {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Worker => "worker",
            Self::Supervisor => "supervisor",
            Self::Maintainer => "maintainer",
            Self::Owner => "owner",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for InvitationRole {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "worker" => Self::Worker,
            "supervisor" => Self::Supervisor,
            "maintainer" => Self::Maintainer,
            "owner" => Self::Owner,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for InvitationRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for InvitationRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for InvitationRole {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
