// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerInputValidation`] and the types nested in it, from `#/components/schemas/SignRequestSignerInputValidation`.

/// Sign Request Signer Input Validation
///
/// Specifies the formatting rules that signers must follow for text field inputs.
/// If set, this validation is mandatory.
/// The format can be selected from a predefined list of options (e.g., email, phone number, date) or
/// defined using a custom regular expression.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum SignRequestSignerInputValidation {
    /// The `SignRequestSignerInputEmailValidation` alternative (`#/components/schemas/SignRequestSignerInputValidation/oneOf/0`).
    SignRequestSignerInputEmailValidation(super::SignRequestSignerInputEmailValidation),
    /// The `SignRequestSignerInputCustomValidation` alternative (`#/components/schemas/SignRequestSignerInputValidation/oneOf/1`).
    SignRequestSignerInputCustomValidation(super::SignRequestSignerInputCustomValidation),
    /// The `SignRequestSignerInputZipValidation` alternative (`#/components/schemas/SignRequestSignerInputValidation/oneOf/2`).
    SignRequestSignerInputZipValidation(super::SignRequestSignerInputZipValidation),
    /// The `SignRequestSignerInputZip4Validation` alternative (`#/components/schemas/SignRequestSignerInputValidation/oneOf/3`).
    SignRequestSignerInputZip4Validation(super::SignRequestSignerInputZip4Validation),
    /// The `SignRequestSignerInputSsnValidation` alternative (`#/components/schemas/SignRequestSignerInputValidation/oneOf/4`).
    SignRequestSignerInputSsnValidation(super::SignRequestSignerInputSsnValidation),
    /// The `SignRequestSignerInputNumberWithPeriodValidation` alternative (`#/components/schemas/SignRequestSignerInputValidation/oneOf/5`).
    SignRequestSignerInputNumberWithPeriodValidation(super::SignRequestSignerInputNumberWithPeriodValidation),
    /// The `SignRequestSignerInputNumberWithCommaValidation` alternative (`#/components/schemas/SignRequestSignerInputValidation/oneOf/6`).
    SignRequestSignerInputNumberWithCommaValidation(super::SignRequestSignerInputNumberWithCommaValidation),
    /// The `SignRequestSignerInputDateIsoValidation` alternative (`#/components/schemas/SignRequestSignerInputValidation/oneOf/7`).
    SignRequestSignerInputDateIsoValidation(super::SignRequestSignerInputDateIsoValidation),
    /// The `SignRequestSignerInputDateUsValidation` alternative (`#/components/schemas/SignRequestSignerInputValidation/oneOf/8`).
    SignRequestSignerInputDateUsValidation(super::SignRequestSignerInputDateUsValidation),
    /// The `SignRequestSignerInputDateEuValidation` alternative (`#/components/schemas/SignRequestSignerInputValidation/oneOf/9`).
    SignRequestSignerInputDateEuValidation(super::SignRequestSignerInputDateEuValidation),
    /// The `SignRequestSignerInputDateAsiaValidation` alternative (`#/components/schemas/SignRequestSignerInputValidation/oneOf/10`).
    SignRequestSignerInputDateAsiaValidation(super::SignRequestSignerInputDateAsiaValidation),
}

impl From<super::SignRequestSignerInputEmailValidation> for SignRequestSignerInputValidation {
    fn from(value: super::SignRequestSignerInputEmailValidation) -> Self {
        Self::SignRequestSignerInputEmailValidation(value)
    }
}

impl From<super::SignRequestSignerInputCustomValidation> for SignRequestSignerInputValidation {
    fn from(value: super::SignRequestSignerInputCustomValidation) -> Self {
        Self::SignRequestSignerInputCustomValidation(value)
    }
}

impl From<super::SignRequestSignerInputZipValidation> for SignRequestSignerInputValidation {
    fn from(value: super::SignRequestSignerInputZipValidation) -> Self {
        Self::SignRequestSignerInputZipValidation(value)
    }
}

impl From<super::SignRequestSignerInputZip4Validation> for SignRequestSignerInputValidation {
    fn from(value: super::SignRequestSignerInputZip4Validation) -> Self {
        Self::SignRequestSignerInputZip4Validation(value)
    }
}

impl From<super::SignRequestSignerInputSsnValidation> for SignRequestSignerInputValidation {
    fn from(value: super::SignRequestSignerInputSsnValidation) -> Self {
        Self::SignRequestSignerInputSsnValidation(value)
    }
}

impl From<super::SignRequestSignerInputNumberWithPeriodValidation> for SignRequestSignerInputValidation {
    fn from(value: super::SignRequestSignerInputNumberWithPeriodValidation) -> Self {
        Self::SignRequestSignerInputNumberWithPeriodValidation(value)
    }
}

impl From<super::SignRequestSignerInputNumberWithCommaValidation> for SignRequestSignerInputValidation {
    fn from(value: super::SignRequestSignerInputNumberWithCommaValidation) -> Self {
        Self::SignRequestSignerInputNumberWithCommaValidation(value)
    }
}

impl From<super::SignRequestSignerInputDateIsoValidation> for SignRequestSignerInputValidation {
    fn from(value: super::SignRequestSignerInputDateIsoValidation) -> Self {
        Self::SignRequestSignerInputDateIsoValidation(value)
    }
}

impl From<super::SignRequestSignerInputDateUsValidation> for SignRequestSignerInputValidation {
    fn from(value: super::SignRequestSignerInputDateUsValidation) -> Self {
        Self::SignRequestSignerInputDateUsValidation(value)
    }
}

impl From<super::SignRequestSignerInputDateEuValidation> for SignRequestSignerInputValidation {
    fn from(value: super::SignRequestSignerInputDateEuValidation) -> Self {
        Self::SignRequestSignerInputDateEuValidation(value)
    }
}

impl From<super::SignRequestSignerInputDateAsiaValidation> for SignRequestSignerInputValidation {
    fn from(value: super::SignRequestSignerInputDateAsiaValidation) -> Self {
        Self::SignRequestSignerInputDateAsiaValidation(value)
    }
}
