// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TrackingCode`] and the types nested in it, from `#/components/schemas/TrackingCode`.

/// Tracking code
///
/// Tracking codes allow an admin to generate reports from the admin console
/// and assign an attribute to a specific group of users.
/// This setting must be enabled for an enterprise before it can be used.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TrackingCode {
    /// The value will always be `tracking_code`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::TrackingCodeTypeField>,
    /// The name of the tracking code, which must be preconfigured in
    /// the Admin Console.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The value of the tracking code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// The value will always be `tracking_code`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TrackingCodeTypeField {
    /// `tracking_code`
    TrackingCode,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl TrackingCodeTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TrackingCode => "tracking_code",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for TrackingCodeTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "tracking_code" => Self::TrackingCode,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for TrackingCodeTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TrackingCodeTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for TrackingCodeTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
