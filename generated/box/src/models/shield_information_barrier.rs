// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ShieldInformationBarrier`] and the types nested in it, from `#/components/schemas/ShieldInformationBarrier`.

/// Shield information barrier
///
/// A standard representation of a
/// shield information barrier object.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct ShieldInformationBarrier {
    /// The unique identifier for the shield information barrier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the shield information barrier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::ShieldInformationBarrierTypeField>,
    /// The `type` and `id` of enterprise this barrier is under.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise: Option<super::EnterpriseBase>,
    /// Status of the shield information barrier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<super::ShieldInformationBarrierStatusField>,
    /// ISO date time string when this
    /// shield information barrier object was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The user who created this shield information barrier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<super::UserBase>,
    /// ISO date time string when this shield information barrier was updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The user that updated this shield information barrier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_by: Option<super::UserBase>,
    /// ISO date time string when this shield information barrier was enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `enabled_by` property, which the spec does not describe (`#/components/schemas/ShieldInformationBarrier/properties/enabled_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled_by: Option<super::UserBase>,
}

/// The type of the shield information barrier.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShieldInformationBarrierTypeField {
    /// `shield_information_barrier`
    ShieldInformationBarrier,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl ShieldInformationBarrierTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ShieldInformationBarrier => "shield_information_barrier",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for ShieldInformationBarrierTypeField {
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

impl std::fmt::Display for ShieldInformationBarrierTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ShieldInformationBarrierTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for ShieldInformationBarrierTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// Status of the shield information barrier.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShieldInformationBarrierStatusField {
    /// `draft`
    Draft,
    /// `pending`
    Pending,
    /// `disabled`
    Disabled,
    /// `enabled`
    Enabled,
    /// `invalid`
    Invalid,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl ShieldInformationBarrierStatusField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "draft",
            Self::Pending => "pending",
            Self::Disabled => "disabled",
            Self::Enabled => "enabled",
            Self::Invalid => "invalid",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for ShieldInformationBarrierStatusField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "draft" => Self::Draft,
            "pending" => Self::Pending,
            "disabled" => Self::Disabled,
            "enabled" => Self::Enabled,
            "invalid" => Self::Invalid,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for ShieldInformationBarrierStatusField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ShieldInformationBarrierStatusField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for ShieldInformationBarrierStatusField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
