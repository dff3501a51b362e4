// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerInputDateAsiaValidation`] and the types nested in it, from `#/components/schemas/SignRequestSignerInputDateAsiaValidation`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Sign Request Signer Input Date Asia Validation
///
/// Specifies the date formatting rules used in Asia for a text field input by the signer.
/// If set, this validation is mandatory.
/// The date format follows `YYYY/MM/DD` pattern.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SignRequestSignerInputDateAsiaValidation {
    /// Validates that the text input uses the Asian date format `YYYY/MM/DD`.
    pub validation_type: Option<super::SignRequestSignerInputDateAsiaValidationValidationTypeField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SignRequestSignerInputDateAsiaValidation { validation_type: optional("validation_type") }
);

deserialize_struct!(
    runtime,
    SignRequestSignerInputDateAsiaValidation {
        validation_type: optional::<Option<super::SignRequestSignerInputDateAsiaValidationValidationTypeField>>(
            "validation_type"
        )
    }
);

/// Validates that the text input uses the Asian date format `YYYY/MM/DD`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignRequestSignerInputDateAsiaValidationValidationTypeField {
    /// `date_asia`
    DateAsia,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, SignRequestSignerInputDateAsiaValidationValidationTypeField, Unknown, DateAsia = "date_asia");
