// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerInputZip4Validation`] and the types nested in it, from `#/components/schemas/SignRequestSignerInputZIP4Validation`.

/// Sign Request Signer Input ZIP 4 Validation
///
/// Specifies the validation rules for a text field input by the signer.
/// If set, this validation is mandatory.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SignRequestSignerInputZip4Validation {
    /// Validates that the text input is a ZIP+4 code.
    pub validation_type: super::SignRequestSignerInputZip4ValidationValidationTypeField,
}

/// Validates that the text input is a ZIP+4 code.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignRequestSignerInputZip4ValidationValidationTypeField {
    /// `zip_4`
    Zip4,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl SignRequestSignerInputZip4ValidationValidationTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Zip4 => "zip_4",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for SignRequestSignerInputZip4ValidationValidationTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "zip_4" => Self::Zip4,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for SignRequestSignerInputZip4ValidationValidationTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SignRequestSignerInputZip4ValidationValidationTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for SignRequestSignerInputZip4ValidationValidationTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
