// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`IntegrationMappingBaseTypeField`] and the types nested in it, from `#/components/schemas/IntegrationMappingBase/properties/type`.

/// Mapping type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IntegrationMappingBaseTypeField {
    /// `integration_mapping`
    IntegrationMapping,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl IntegrationMappingBaseTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IntegrationMapping => "integration_mapping",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for IntegrationMappingBaseTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "integration_mapping" => Self::IntegrationMapping,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for IntegrationMappingBaseTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for IntegrationMappingBaseTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for IntegrationMappingBaseTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// Integration mapping
///
/// A base representation of an
/// integration mapping object.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IntegrationMappingBase {
    /// A unique identifier of a folder mapping
    /// (part of a composite key together
    /// with `integration_type`).
    pub id: String,
    /// Mapping type.
    pub r#type: super::IntegrationMappingBaseTypeField,
}
