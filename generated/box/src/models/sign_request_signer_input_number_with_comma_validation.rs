// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerInputNumberWithCommaValidation`] and the types nested in it, from `#/components/schemas/SignRequestSignerInputNumberWithCommaValidation`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Sign Request Signer Input Number With Comma Validation
///
/// Specifies the number with comma formatting rules for a text field input by the signer.
/// If set, this validation is mandatory.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SignRequestSignerInputNumberWithCommaValidation {
    /// Validates that the text input uses a number format with a comma as the decimal separator (for example, 1,23).
    pub validation_type: Option<super::SignRequestSignerInputNumberWithCommaValidationValidationTypeField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SignRequestSignerInputNumberWithCommaValidation { validation_type: optional("validation_type") }
);

deserialize_struct!(
    runtime,
    SignRequestSignerInputNumberWithCommaValidation {
        validation_type: optional::<Option<super::SignRequestSignerInputNumberWithCommaValidationValidationTypeField>>(
            "validation_type"
        )
    }
);

/// Validates that the text input uses a number format with a comma as the decimal separator (for example, 1,23).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignRequestSignerInputNumberWithCommaValidationValidationTypeField {
    /// `number_with_comma`
    NumberWithComma,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    SignRequestSignerInputNumberWithCommaValidationValidationTypeField,
    Unknown,
    NumberWithComma = "number_with_comma"
);
