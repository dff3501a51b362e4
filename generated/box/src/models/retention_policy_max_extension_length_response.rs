// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`RetentionPolicyMaxExtensionLengthResponse`] and the types nested in it, from `#/components/schemas/RetentionPolicyMaxExtensionLengthResponse`.

use crate::runtime::{self, string_enum};

/// Retention policy max extension length (response)
///
/// The maximum extension length of the retention date.
/// This value specifies the duration in days for which
/// the retention date of the file under policy can be extended.
/// If the policy type is other than 'finite' or
/// the disposition action is other than 'permanently delete',
/// or the maximum extension length is undefined,
/// this field will be set to 'none'.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum RetentionPolicyMaxExtensionLengthResponse {
    /// The `Object` alternative (`#/components/schemas/RetentionPolicyMaxExtensionLengthResponse/oneOf/0`).
    Object(super::RetentionPolicyMaxExtensionLengthResponseVariant1Field),
    /// The `String` alternative (`#/components/schemas/RetentionPolicyMaxExtensionLengthResponse/oneOf/1`).
    String(String),
}

impl From<super::RetentionPolicyMaxExtensionLengthResponseVariant1Field> for RetentionPolicyMaxExtensionLengthResponse {
    fn from(value: super::RetentionPolicyMaxExtensionLengthResponseVariant1Field) -> Self {
        Self::Object(value)
    }
}

impl From<String> for RetentionPolicyMaxExtensionLengthResponse {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

/// An inline schema, which the spec does not describe (`#/components/schemas/RetentionPolicyMaxExtensionLengthResponse/oneOf/0`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RetentionPolicyMaxExtensionLengthResponseVariant1Field {
    /// `none`
    None,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, RetentionPolicyMaxExtensionLengthResponseVariant1Field, Unknown, None = "none");
