// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerInputNumberWithCommaValidation`] and the types nested in it, from `#/components/schemas/SignRequestSignerInputNumberWithCommaValidation`.

/// Sign Request Signer Input Number With Comma Validation
///
/// Specifies the number with comma formatting rules for a text field input by the signer.
/// If set, this validation is mandatory.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SignRequestSignerInputNumberWithCommaValidation {
    /// Validates that the text input uses a number format with a comma as the decimal separator (for example, 1,23).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validation_type: Option<super::SignRequestSignerInputNumberWithCommaValidationValidationTypeField>,
}

/// Validates that the text input uses a number format with a comma as the decimal separator (for example, 1,23).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignRequestSignerInputNumberWithCommaValidationValidationTypeField {
    /// `number_with_comma`
    NumberWithComma,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl SignRequestSignerInputNumberWithCommaValidationValidationTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NumberWithComma => "number_with_comma",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for SignRequestSignerInputNumberWithCommaValidationValidationTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "number_with_comma" => Self::NumberWithComma,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for SignRequestSignerInputNumberWithCommaValidationValidationTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SignRequestSignerInputNumberWithCommaValidationValidationTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for SignRequestSignerInputNumberWithCommaValidationValidationTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
