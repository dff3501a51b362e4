// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerInputDateEuValidation`] and the types nested in it, from `#/components/schemas/SignRequestSignerInputDateEUValidation`.

/// Sign Request Signer Input Date EU Validation
///
/// Specifies the date formatting rules used in Europe for a text field input by the signer.
/// If set, this validation is mandatory.
/// The date format follows `DD/MM/YYYY` pattern.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SignRequestSignerInputDateEuValidation {
    /// Validates that the text input uses the European date format `DD/MM/YYYY`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validation_type: Option<super::SignRequestSignerInputDateEuValidationValidationTypeField>,
}

/// Validates that the text input uses the European date format `DD/MM/YYYY`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignRequestSignerInputDateEuValidationValidationTypeField {
    /// `date_eu`
    DateEu,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl SignRequestSignerInputDateEuValidationValidationTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DateEu => "date_eu",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for SignRequestSignerInputDateEuValidationValidationTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "date_eu" => Self::DateEu,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for SignRequestSignerInputDateEuValidationValidationTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SignRequestSignerInputDateEuValidationValidationTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for SignRequestSignerInputDateEuValidationValidationTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
