// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierSegmentRestrictionMiniShieldInformationBarrierSegmentField`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierSegmentRestriction--Mini/allOf/1/properties/shield_information_barrier_segment`.

/// The `type` and `id` of the
/// requested shield information barrier segment.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ShieldInformationBarrierSegmentRestrictionMiniShieldInformationBarrierSegmentField {
    /// The ID reference of the
    /// requesting shield information barrier segment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the shield information barrier segment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::ShieldInformationBarrierSegmentRestrictionMiniShieldInformationBarrierSegmentTypeField>,
}

/// The type of the shield information barrier segment.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShieldInformationBarrierSegmentRestrictionMiniShieldInformationBarrierSegmentTypeField {
    /// `shield_information_barrier_segment`
    ShieldInformationBarrierSegment,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl ShieldInformationBarrierSegmentRestrictionMiniShieldInformationBarrierSegmentTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ShieldInformationBarrierSegment => "shield_information_barrier_segment",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum
    for ShieldInformationBarrierSegmentRestrictionMiniShieldInformationBarrierSegmentTypeField
{
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "shield_information_barrier_segment" => Self::ShieldInformationBarrierSegment,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for ShieldInformationBarrierSegmentRestrictionMiniShieldInformationBarrierSegmentTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ShieldInformationBarrierSegmentRestrictionMiniShieldInformationBarrierSegmentTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de>
    for ShieldInformationBarrierSegmentRestrictionMiniShieldInformationBarrierSegmentTypeField
{
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// The `type` and `id` of the
/// restricted shield information barrier segment.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ShieldInformationBarrierSegmentRestrictionMiniRestrictedSegmentField {
    /// The ID reference of the
    /// restricted shield information barrier segment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the shield information segment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::ShieldInformationBarrierSegmentRestrictionMiniRestrictedSegmentTypeField>,
}

/// The type of the shield information segment.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShieldInformationBarrierSegmentRestrictionMiniRestrictedSegmentTypeField {
    /// `shield_information_barrier_segment`
    ShieldInformationBarrierSegment,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl ShieldInformationBarrierSegmentRestrictionMiniRestrictedSegmentTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ShieldInformationBarrierSegment => "shield_information_barrier_segment",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for ShieldInformationBarrierSegmentRestrictionMiniRestrictedSegmentTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "shield_information_barrier_segment" => Self::ShieldInformationBarrierSegment,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for ShieldInformationBarrierSegmentRestrictionMiniRestrictedSegmentTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ShieldInformationBarrierSegmentRestrictionMiniRestrictedSegmentTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for ShieldInformationBarrierSegmentRestrictionMiniRestrictedSegmentTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// Shield information barrier segment restriction (Mini)
///
/// A mini representation of
/// a segment restriction object for
/// the shield information barrier.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ShieldInformationBarrierSegmentRestrictionMini {
    /// Shield information barrier segment restriction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::ShieldInformationBarrierSegmentRestrictionBaseTypeField>,
    /// The unique identifier for the
    /// shield information barrier segment restriction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `type` and `id` of the
    /// requested shield information barrier segment.
    pub shield_information_barrier_segment:
        super::ShieldInformationBarrierSegmentRestrictionMiniShieldInformationBarrierSegmentField,
    /// The `type` and `id` of the
    /// restricted shield information barrier segment.
    pub restricted_segment: super::ShieldInformationBarrierSegmentRestrictionMiniRestrictedSegmentField,
}
