// @generated from specs/live/drf-yasg.json by the generator; do not edit.
//! [`Membership`] and the types nested in it, from `#/components/schemas/Membership`.

/// The `Membership` schema, which the spec does not describe (`#/definitions/Membership`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Membership {
    /// ID
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `user` property, which the spec does not describe (`#/definitions/Membership/properties/user`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<super::BasicUser>,
    /// Organization
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<i64>,
    /// Role
    pub role: super::MembershipRole,
    /// Is active
    ///
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    /// Joined date
    ///
    /// Read-only: set by the server, ignored when sent.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub joined_date: Option<Option<chrono::DateTime<chrono::Utc>>>,
}

/// Role
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MembershipRole {
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

impl MembershipRole {
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

impl crate::runtime::codec::StringEnum for MembershipRole {
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

impl std::fmt::Display for MembershipRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for MembershipRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for MembershipRole {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
