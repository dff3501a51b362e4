// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerInputCustomValidation`] and the types nested in it, from `#/components/schemas/SignRequestSignerInputCustomValidation`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Sign Request Signer Input Custom Validation
///
/// Specifies the custom validation rules for a text field input by the signer.
/// If set, this validation is mandatory.
#[derive(Clone, Debug, PartialEq)]
pub struct SignRequestSignerInputCustomValidation {
    /// Defines the validation format for the text input as custom.
    /// A custom regular expression is used for validation.
    pub validation_type: super::SignRequestSignerInputCustomValidationValidationTypeField,
    /// Regular expression used for validation.
    pub custom_regex: Option<String>,
    /// Error message shown if input fails custom regular expression validation.
    pub custom_error_message: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SignRequestSignerInputCustomValidation {
        validation_type: required("validation_type"),
        custom_regex: required("custom_regex"),
        custom_error_message: required("custom_error_message")
    }
);

deserialize_struct!(
    runtime,
    SignRequestSignerInputCustomValidation {
        validation_type: required::<super::SignRequestSignerInputCustomValidationValidationTypeField>(
            "validation_type"
        ),
        custom_regex: optional::<Option<String>>("custom_regex"),
        custom_error_message: optional::<Option<String>>("custom_error_message")
    }
);

/// Defines the validation format for the text input as custom.
/// A custom regular expression is used for validation.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignRequestSignerInputCustomValidationValidationTypeField {
    /// `custom`
    Custom,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, SignRequestSignerInputCustomValidationValidationTypeField, Unknown, Custom = "custom");
