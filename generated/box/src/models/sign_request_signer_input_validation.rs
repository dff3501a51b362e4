// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerInputValidation`] and the types nested in it, from `#/components/schemas/SignRequestSignerInputValidation`.

/// Sign Request Signer Input Validation
///
/// Specifies the formatting rules that signers must follow for text field inputs.
/// If set, this validation is mandatory.
/// The format can be selected from a predefined list of options (e.g., email, phone number, date) or
/// defined using a custom regular expression.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum SignRequestSignerInputValidation {
    SignRequestSignerInputEmailValidation(super::SignRequestSignerInputEmailValidation),
    SignRequestSignerInputCustomValidation(super::SignRequestSignerInputCustomValidation),
    SignRequestSignerInputZipValidation(super::SignRequestSignerInputZipValidation),
    SignRequestSignerInputZip4Validation(super::SignRequestSignerInputZip4Validation),
    SignRequestSignerInputSsnValidation(super::SignRequestSignerInputSsnValidation),
    SignRequestSignerInputNumberWithPeriodValidation(super::SignRequestSignerInputNumberWithPeriodValidation),
    SignRequestSignerInputNumberWithCommaValidation(super::SignRequestSignerInputNumberWithCommaValidation),
    SignRequestSignerInputDateIsoValidation(super::SignRequestSignerInputDateIsoValidation),
    SignRequestSignerInputDateUsValidation(super::SignRequestSignerInputDateUsValidation),
    SignRequestSignerInputDateEuValidation(super::SignRequestSignerInputDateEuValidation),
    SignRequestSignerInputDateAsiaValidation(super::SignRequestSignerInputDateAsiaValidation),
}
