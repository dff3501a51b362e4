// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerInputNumberWithPeriodValidation`] and the types nested in it, from `#/components/schemas/SignRequestSignerInputNumberWithPeriodValidation`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Sign Request Signer Input Number With Period Validation
///
/// Specifies the number with period formatting rules for a text field input by the signer.
/// If set, this validation is mandatory.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SignRequestSignerInputNumberWithPeriodValidation {
    /// Validates that the text input uses a number format with a period as the decimal separator (for example, 1.23).
    pub validation_type: Option<super::SignRequestSignerInputNumberWithPeriodValidationValidationTypeField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SignRequestSignerInputNumberWithPeriodValidation { validation_type: optional("validation_type") }
);

deserialize_struct!(
    runtime,
    SignRequestSignerInputNumberWithPeriodValidation {
        validation_type: optional::<Option<super::SignRequestSignerInputNumberWithPeriodValidationValidationTypeField>>(
            "validation_type"
        )
    }
);

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
