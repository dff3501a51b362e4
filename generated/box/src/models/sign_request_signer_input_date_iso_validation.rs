// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerInputDateIsoValidation`] and the types nested in it, from `#/components/schemas/SignRequestSignerInputDateISOValidation`.

/// Sign Request Signer Input Date ISO Validation
///
/// Specifies the ISO date formatting rules for a text field input by the signer.
/// If set, this validation is mandatory.
/// The date format follows `YYYY-MM-DD` pattern.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SignRequestSignerInputDateIsoValidation {
    /// Validates that the text input uses the ISO date format `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validation_type: Option<super::SignRequestSignerInputDateIsoValidationValidationTypeField>,
}

/// Validates that the text input uses the ISO date format `YYYY-MM-DD`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignRequestSignerInputDateIsoValidationValidationTypeField {
    /// `date_iso`
    DateIso,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl SignRequestSignerInputDateIsoValidationValidationTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DateIso => "date_iso",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for SignRequestSignerInputDateIsoValidationValidationTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "date_iso" => Self::DateIso,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for SignRequestSignerInputDateIsoValidationValidationTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SignRequestSignerInputDateIsoValidationValidationTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for SignRequestSignerInputDateIsoValidationValidationTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
