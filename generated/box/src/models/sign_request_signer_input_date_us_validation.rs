// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerInputDateUsValidation`] and the types nested in it, from `#/components/schemas/SignRequestSignerInputDateUSValidation`.

/// Sign Request Signer Input Date US Validation
///
/// Specifies the US date formatting rules for a text field input by the signer.
/// If set, this validation is mandatory.
/// The date format follows `MM/DD/YYYY` pattern.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SignRequestSignerInputDateUsValidation {
    /// Validates that the text input uses the US date format `MM/DD/YYYY`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validation_type: Option<super::SignRequestSignerInputDateUsValidationValidationTypeField>,
}

/// Validates that the text input uses the US date format `MM/DD/YYYY`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignRequestSignerInputDateUsValidationValidationTypeField {
    /// `date_us`
    DateUs,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl SignRequestSignerInputDateUsValidationValidationTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DateUs => "date_us",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for SignRequestSignerInputDateUsValidationValidationTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "date_us" => Self::DateUs,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for SignRequestSignerInputDateUsValidationValidationTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SignRequestSignerInputDateUsValidationValidationTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for SignRequestSignerInputDateUsValidationValidationTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
