// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerInputDateAsiaValidation`] and the types nested in it, from `#/components/schemas/SignRequestSignerInputDateAsiaValidation`.

/// Sign Request Signer Input Date Asia Validation
///
/// Specifies the date formatting rules used in Asia for a text field input by the signer.
/// If set, this validation is mandatory.
/// The date format follows `YYYY/MM/DD` pattern.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SignRequestSignerInputDateAsiaValidation {
    /// Validates that the text input uses the Asian date format `YYYY/MM/DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validation_type: Option<super::SignRequestSignerInputDateAsiaValidationValidationTypeField>,
}

/// Validates that the text input uses the Asian date format `YYYY/MM/DD`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignRequestSignerInputDateAsiaValidationValidationTypeField {
    /// `date_asia`
    DateAsia,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl SignRequestSignerInputDateAsiaValidationValidationTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DateAsia => "date_asia",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for SignRequestSignerInputDateAsiaValidationValidationTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "date_asia" => Self::DateAsia,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for SignRequestSignerInputDateAsiaValidationValidationTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SignRequestSignerInputDateAsiaValidationValidationTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for SignRequestSignerInputDateAsiaValidationValidationTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
