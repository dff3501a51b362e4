// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerInputSsnValidation`] and the types nested in it, from `#/components/schemas/SignRequestSignerInputSSNValidation`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Sign Request Signer Input SSN Validation
///
/// Specifies the validation rules for a text field input by the signer.
/// If set, this validation is mandatory.
#[derive(Clone, Debug, PartialEq)]
pub struct SignRequestSignerInputSsnValidation {
    /// Validates that the text input is a Social Security Number (SSN).
    pub validation_type: super::SignRequestSignerInputSsnValidationValidationTypeField,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SignRequestSignerInputSsnValidation { validation_type: required("validation_type") }
);

deserialize_struct!(
    runtime,
    SignRequestSignerInputSsnValidation {
        validation_type: required::<super::SignRequestSignerInputSsnValidationValidationTypeField>("validation_type")
    }
);

/// Validates that the text input is a Social Security Number (SSN).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignRequestSignerInputSsnValidationValidationTypeField {
    /// `ssn`
    Ssn,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, SignRequestSignerInputSsnValidationValidationTypeField, Unknown, Ssn = "ssn");
