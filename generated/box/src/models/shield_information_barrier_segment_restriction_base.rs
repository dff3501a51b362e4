// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierSegmentRestrictionBaseTypeField`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierSegmentRestriction--Base/properties/type`.

/// Shield information barrier segment restriction.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShieldInformationBarrierSegmentRestrictionBaseTypeField {
    /// `shield_information_barrier_segment_restriction`
    ShieldInformationBarrierSegmentRestriction,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl ShieldInformationBarrierSegmentRestrictionBaseTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ShieldInformationBarrierSegmentRestriction => "shield_information_barrier_segment_restriction",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for ShieldInformationBarrierSegmentRestrictionBaseTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "shield_information_barrier_segment_restriction" => Self::ShieldInformationBarrierSegmentRestriction,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for ShieldInformationBarrierSegmentRestrictionBaseTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ShieldInformationBarrierSegmentRestrictionBaseTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for ShieldInformationBarrierSegmentRestrictionBaseTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// Shield information barrier segment restriction (Base)
///
/// A base representation of
/// a segment restriction object for
/// the shield information barrier.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ShieldInformationBarrierSegmentRestrictionBase {
    /// Shield information barrier segment restriction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::ShieldInformationBarrierSegmentRestrictionBaseTypeField>,
    /// The unique identifier for the
    /// shield information barrier segment restriction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
