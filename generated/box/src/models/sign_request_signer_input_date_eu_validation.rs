// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerInputDateEuValidation`] and the types nested in it, from `#/components/schemas/SignRequestSignerInputDateEUValidation`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Sign Request Signer Input Date EU Validation
///
/// Specifies the date formatting rules used in Europe for a text field input by the signer.
/// If set, this validation is mandatory.
/// The date format follows `DD/MM/YYYY` pattern.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SignRequestSignerInputDateEuValidation {
    /// Validates that the text input uses the European date format `DD/MM/YYYY`.
    pub validation_type: Option<super::SignRequestSignerInputDateEuValidationValidationTypeField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SignRequestSignerInputDateEuValidation { validation_type: optional("validation_type") }
);

deserialize_struct!(
    runtime,
    SignRequestSignerInputDateEuValidation {
        validation_type: optional::<Option<super::SignRequestSignerInputDateEuValidationValidationTypeField>>(
            "validation_type"
        )
    }
);

/// Validates that the text input uses the European date format `DD/MM/YYYY`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignRequestSignerInputDateEuValidationValidationTypeField {
    /// `date_eu`
    DateEu,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, SignRequestSignerInputDateEuValidationValidationTypeField, Unknown, DateEu = "date_eu");
