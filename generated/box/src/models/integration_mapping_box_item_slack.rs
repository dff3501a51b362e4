// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`IntegrationMappingBoxItemSlack`] and the types nested in it, from `#/components/schemas/IntegrationMappingBoxItemSlack`.

/// Integration mapping Box item schema for type Slack
///
/// The schema for an integration mapping Box item object for type Slack.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct IntegrationMappingBoxItemSlack {
    /// Type of the mapped item referenced in `id`.
    pub r#type: super::IntegrationMappingBoxItemSlackTypeField,
    /// ID of the mapped item (of type referenced in `type`).
    pub id: String,
}

/// Type of the mapped item referenced in `id`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IntegrationMappingBoxItemSlackTypeField {
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl IntegrationMappingBoxItemSlackTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Folder => "folder",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for IntegrationMappingBoxItemSlackTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "folder" => Self::Folder,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for IntegrationMappingBoxItemSlackTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for IntegrationMappingBoxItemSlackTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for IntegrationMappingBoxItemSlackTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
