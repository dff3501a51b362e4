// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerInputDateIsoValidation`] and the types nested in it, from `#/components/schemas/SignRequestSignerInputDateISOValidation`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Sign Request Signer Input Date ISO Validation
///
/// Specifies the ISO date formatting rules for a text field input by the signer.
/// If set, this validation is mandatory.
/// The date format follows `YYYY-MM-DD` pattern.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SignRequestSignerInputDateIsoValidation {
    /// Validates that the text input uses the ISO date format `YYYY-MM-DD`.
    pub validation_type: Option<super::SignRequestSignerInputDateIsoValidationValidationTypeField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SignRequestSignerInputDateIsoValidation { validation_type: optional("validation_type") }
);

deserialize_struct!(
    runtime,
    SignRequestSignerInputDateIsoValidation {
        validation_type: optional::<Option<super::SignRequestSignerInputDateIsoValidationValidationTypeField>>(
            "validation_type"
        )
    }
);

/// Validates that the text input uses the ISO date format `YYYY-MM-DD`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignRequestSignerInputDateIsoValidationValidationTypeField {
    /// `date_iso`
    DateIso,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, SignRequestSignerInputDateIsoValidationValidationTypeField, Unknown, DateIso = "date_iso");
