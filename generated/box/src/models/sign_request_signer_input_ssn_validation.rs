// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerInputSsnValidation`] and the types nested in it, from `#/components/schemas/SignRequestSignerInputSSNValidation`.

/// Sign Request Signer Input SSN Validation
///
/// Specifies the validation rules for a text field input by the signer.
/// If set, this validation is mandatory.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SignRequestSignerInputSsnValidation {
    /// Validates that the text input is a Social Security Number (SSN).
    pub validation_type: super::SignRequestSignerInputSsnValidationValidationTypeField,
}

/// Validates that the text input is a Social Security Number (SSN).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignRequestSignerInputSsnValidationValidationTypeField {
    /// `ssn`
    Ssn,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl SignRequestSignerInputSsnValidationValidationTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ssn => "ssn",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for SignRequestSignerInputSsnValidationValidationTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "ssn" => Self::Ssn,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for SignRequestSignerInputSsnValidationValidationTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SignRequestSignerInputSsnValidationValidationTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for SignRequestSignerInputSsnValidationValidationTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
