// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerInputNumberWithPeriodValidation`] and the types nested in it, from `#/components/schemas/SignRequestSignerInputNumberWithPeriodValidation`.

use crate::runtime::{self, string_enum};

/// Sign Request Signer Input Number With Period Validation
///
/// Specifies the number with period formatting rules for a text field input by the signer.
/// If set, this validation is mandatory.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SignRequestSignerInputNumberWithPeriodValidation {
    /// Validates that the text input uses a number format with a period as the decimal separator (for example, 1.23).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validation_type: Option<super::SignRequestSignerInputNumberWithPeriodValidationValidationTypeField>,
}

/// Validates that the text input uses a number format with a period as the decimal separator (for example, 1.23).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignRequestSignerInputNumberWithPeriodValidationValidationTypeField {
    /// `number_with_period`
    NumberWithPeriod,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    SignRequestSignerInputNumberWithPeriodValidationValidationTypeField,
    Unknown,
    NumberWithPeriod = "number_with_period"
);
