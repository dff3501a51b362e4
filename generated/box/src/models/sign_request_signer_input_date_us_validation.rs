// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerInputDateUsValidation`] and the types nested in it, from `#/components/schemas/SignRequestSignerInputDateUSValidation`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Sign Request Signer Input Date US Validation
///
/// Specifies the US date formatting rules for a text field input by the signer.
/// If set, this validation is mandatory.
/// The date format follows `MM/DD/YYYY` pattern.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SignRequestSignerInputDateUsValidation {
    /// Validates that the text input uses the US date format `MM/DD/YYYY`.
    pub validation_type: Option<super::SignRequestSignerInputDateUsValidationValidationTypeField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SignRequestSignerInputDateUsValidation { validation_type: optional("validation_type") }
);

deserialize_struct!(
    runtime,
    SignRequestSignerInputDateUsValidation {
        validation_type: optional::<Option<super::SignRequestSignerInputDateUsValidationValidationTypeField>>(
            "validation_type"
        )
    }
);

/// Validates that the text input uses the US date format `MM/DD/YYYY`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignRequestSignerInputDateUsValidationValidationTypeField {
    /// `date_us`
    DateUs,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, SignRequestSignerInputDateUsValidationValidationTypeField, Unknown, DateUs = "date_us");
