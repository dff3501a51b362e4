// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrierReport`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrierReport`.

/// Shield information barrier report
///
/// A standard representation
/// of a shield information barrier report object.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct ShieldInformationBarrierReport {
    /// The unique identifier for the shield information barrier report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the shield information barrier report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::ShieldInformationBarrierReportBaseTypeField>,
    /// The `shield_information_barrier` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierReport/allOf/1/properties/shield_information_barrier`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shield_information_barrier: Option<super::ShieldInformationBarrierReference>,
    /// Status of the shield information report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<super::ShieldInformationBarrierReportStatusField>,
    /// The `details` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierReport/allOf/1/properties/details`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<super::ShieldInformationBarrierReportDetails>,
    /// ISO date time string when this
    /// shield information barrier report object was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrierReport/allOf/1/properties/created_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<super::UserBase>,
    /// ISO date time string when this
    /// shield information barrier report was updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// Status of the shield information report.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShieldInformationBarrierReportStatusField {
    /// `pending`
    Pending,
    /// `error`
    Error,
    /// `done`
    Done,
    /// `cancelled`
    Cancelled,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl ShieldInformationBarrierReportStatusField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Error => "error",
            Self::Done => "done",
            Self::Cancelled => "cancelled",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for ShieldInformationBarrierReportStatusField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "pending" => Self::Pending,
            "error" => Self::Error,
            "done" => Self::Done,
            "cancelled" => Self::Cancelled,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for ShieldInformationBarrierReportStatusField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ShieldInformationBarrierReportStatusField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for ShieldInformationBarrierReportStatusField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
