// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerInputCustomValidation`] and the types nested in it, from `#/components/schemas/SignRequestSignerInputCustomValidation`.

/// Sign Request Signer Input Custom Validation
///
/// Specifies the custom validation rules for a text field input by the signer.
/// If set, this validation is mandatory.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SignRequestSignerInputCustomValidation {
    /// Defines the validation format for the text input as custom.
    /// A custom regular expression is used for validation.
    pub validation_type: super::SignRequestSignerInputCustomValidationValidationTypeField,
    /// Regular expression used for validation.
    pub custom_regex: Option<String>,
    /// Error message shown if input fails custom regular expression validation.
    pub custom_error_message: Option<String>,
}

/// Defines the validation format for the text input as custom.
/// A custom regular expression is used for validation.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignRequestSignerInputCustomValidationValidationTypeField {
    /// `custom`
    Custom,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl SignRequestSignerInputCustomValidationValidationTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Custom => "custom",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for SignRequestSignerInputCustomValidationValidationTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "custom" => Self::Custom,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for SignRequestSignerInputCustomValidationValidationTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SignRequestSignerInputCustomValidationValidationTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for SignRequestSignerInputCustomValidationValidationTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
