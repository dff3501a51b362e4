// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerInputZipValidation`] and the types nested in it, from `#/components/schemas/SignRequestSignerInputZIPValidation`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Sign Request Signer Input ZIP Validation
///
/// Specifies the validation rules for a text field input by the signer.
/// If set, this validation is mandatory.
#[derive(Clone, Debug, PartialEq)]
pub struct SignRequestSignerInputZipValidation {
    /// Validates that the text input is a ZIP code.
    pub validation_type: super::SignRequestSignerInputZipValidationValidationTypeField,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SignRequestSignerInputZipValidation { validation_type: required("validation_type") }
);

deserialize_struct!(
    runtime,
    SignRequestSignerInputZipValidation {
        validation_type: required::<super::SignRequestSignerInputZipValidationValidationTypeField>("validation_type")
    }
);

/// Validates that the text input is a ZIP code.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignRequestSignerInputZipValidationValidationTypeField {
    /// `zip`
    Zip,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, SignRequestSignerInputZipValidationValidationTypeField, Unknown, Zip = "zip");
