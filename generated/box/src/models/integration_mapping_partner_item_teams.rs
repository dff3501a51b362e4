// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`IntegrationMappingPartnerItemTeams`] and the types nested in it, from `#/components/schemas/IntegrationMappingPartnerItemTeams`.

/// Integration mapping mapped item schema for type Teams
///
/// The schema for an integration mapping mapped item object for type Teams.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct IntegrationMappingPartnerItemTeams {
    /// Type of the mapped item referenced in `id`.
    pub r#type: super::IntegrationMappingPartnerItemTeamsTypeField,
    /// ID of the mapped item (of type referenced in `type`).
    pub id: String,
    /// ID of the tenant that is registered with Microsoft Teams.
    pub tenant_id: String,
}

/// Type of the mapped item referenced in `id`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IntegrationMappingPartnerItemTeamsTypeField {
    /// `channel`
    Channel,
    /// `team`
    Team,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl IntegrationMappingPartnerItemTeamsTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Channel => "channel",
            Self::Team => "team",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for IntegrationMappingPartnerItemTeamsTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "channel" => Self::Channel,
            "team" => Self::Team,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for IntegrationMappingPartnerItemTeamsTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for IntegrationMappingPartnerItemTeamsTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for IntegrationMappingPartnerItemTeamsTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
