// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerInputDateIsoValidation`] and the types nested in it, from `#/components/schemas/SignRequestSignerInputDateISOValidation`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Sign Request Signer Input Date ISO Validation
///
/// Specifies the ISO date formatting rules for a text field input by the signer.
/// If set, this validation is mandatory.
/// The date format follows `YYYY-MM-DD` pattern.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SignRequestSignerInputDateIsoValidation {
    /// Validates that the text input uses the ISO date format `YYYY-MM-DD`.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub validation_type: Option<super::SignRequestSignerInputDateIsoValidationValidationTypeField>,
}

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
