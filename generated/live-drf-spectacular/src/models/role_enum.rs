// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`RoleEnum`] and the types nested in it, from `#/components/schemas/RoleEnum`.

/// * `worker` - Worker
/// * `supervisor` - Supervisor
/// * `maintainer` - Maintainer
/// * `owner` - Owner
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RoleEnum {
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

impl RoleEnum {
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

impl crate::runtime::codec::StringEnum for RoleEnum {
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

impl std::fmt::Display for RoleEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RoleEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for RoleEnum {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
