// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerInputZip4Validation`] and the types nested in it, from `#/components/schemas/SignRequestSignerInputZIP4Validation`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Sign Request Signer Input ZIP 4 Validation
///
/// Specifies the validation rules for a text field input by the signer.
/// If set, this validation is mandatory.
#[derive(Clone, Debug, PartialEq)]
pub struct SignRequestSignerInputZip4Validation {
    /// Validates that the text input is a ZIP+4 code.
    pub validation_type: super::SignRequestSignerInputZip4ValidationValidationTypeField,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SignRequestSignerInputZip4Validation { validation_type: required("validation_type") }
);

deserialize_struct!(
    runtime,
    SignRequestSignerInputZip4Validation {
        validation_type: required::<super::SignRequestSignerInputZip4ValidationValidationTypeField>("validation_type")
    }
);

/// Validates that the text input is a ZIP+4 code.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignRequestSignerInputZip4ValidationValidationTypeField {
    /// `zip_4`
    Zip4,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, SignRequestSignerInputZip4ValidationValidationTypeField, Unknown, Zip4 = "zip_4");
