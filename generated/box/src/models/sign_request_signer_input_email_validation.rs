// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerInputEmailValidation`] and the types nested in it, from `#/components/schemas/SignRequestSignerInputEmailValidation`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Sign Request Signer Input Email Validation
///
/// Specifies the formatting rules that signers must follow for text field inputs.
/// If set, this validation is mandatory.
#[derive(Clone, Debug, PartialEq)]
pub struct SignRequestSignerInputEmailValidation {
    /// Validates that the text input is an email address.
    pub validation_type: super::SignRequestSignerInputEmailValidationValidationTypeField,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SignRequestSignerInputEmailValidation { validation_type: required("validation_type") }
);

deserialize_struct!(
    runtime,
    SignRequestSignerInputEmailValidation {
        validation_type: required::<super::SignRequestSignerInputEmailValidationValidationTypeField>("validation_type")
    }
);

/// Validates that the text input is an email address.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignRequestSignerInputEmailValidationValidationTypeField {
    /// `email`
    Email,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, SignRequestSignerInputEmailValidationValidationTypeField, Unknown, Email = "email");
