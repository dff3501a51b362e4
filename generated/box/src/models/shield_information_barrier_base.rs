// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierBase`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrier--Base`.

/// Shield information barrier (Base)
///
/// A base representation of a
/// shield information barrier object.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ShieldInformationBarrierBase {
    /// The unique identifier for the shield information barrier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the shield information barrier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::ShieldInformationBarrierBaseTypeField>,
}

/// The type of the shield information barrier.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShieldInformationBarrierBaseTypeField {
    /// `shield_information_barrier`
    ShieldInformationBarrier,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl ShieldInformationBarrierBaseTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ShieldInformationBarrier => "shield_information_barrier",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for ShieldInformationBarrierBaseTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "shield_information_barrier" => Self::ShieldInformationBarrier,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for ShieldInformationBarrierBaseTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ShieldInformationBarrierBaseTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for ShieldInformationBarrierBaseTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
