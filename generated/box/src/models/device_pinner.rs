// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`DevicePinner`] and the types nested in it, from `#/components/schemas/DevicePinner`.

/// Device pinner
///
/// Device pins allow enterprises to control what devices can
/// use native Box applications.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct DevicePinner {
    /// The unique identifier for this device pin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The value will always be `device_pinner`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::DevicePinnerTypeField>,
    /// The `owned_by` property, which the spec does not describe (`#/components/schemas/DevicePinner/properties/owned_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owned_by: Option<super::UserMini>,
    /// The type of device being pinned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
}

/// The value will always be `device_pinner`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DevicePinnerTypeField {
    /// `device_pinner`
    DevicePinner,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl DevicePinnerTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DevicePinner => "device_pinner",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for DevicePinnerTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "device_pinner" => Self::DevicePinner,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for DevicePinnerTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for DevicePinnerTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for DevicePinnerTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
