// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`RetentionPolicyMaxExtensionLengthRequest`] and the types nested in it, from `#/components/schemas/RetentionPolicyMaxExtensionLengthRequest`.

use crate::runtime::{self, string_enum};

/// Retention policy max extension length (request)
///
/// The maximum extension length of the retention date.
/// This value specifies the duration in days for which
/// the retention date of the file under policy can be extended.
/// It can be specified only for the 'finite' policy type
/// where the disposition action is 'permanently delete',
/// otherwise the server will return status 400.
/// If this value is 'none', it won't be possible to extend
/// the retention.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum RetentionPolicyMaxExtensionLengthRequest {
    /// The `Object` alternative (`#/components/schemas/RetentionPolicyMaxExtensionLengthRequest/oneOf/0`).
    Object(super::RetentionPolicyMaxExtensionLengthRequestVariant1Field),
    /// The `String` alternative (`#/components/schemas/RetentionPolicyMaxExtensionLengthRequest/oneOf/1`).
    String(String),
    /// The `Integer` alternative (`#/components/schemas/RetentionPolicyMaxExtensionLengthRequest/oneOf/2`).
    Integer(i32),
}

impl From<super::RetentionPolicyMaxExtensionLengthRequestVariant1Field> for RetentionPolicyMaxExtensionLengthRequest {
    fn from(value: super::RetentionPolicyMaxExtensionLengthRequestVariant1Field) -> Self {
        Self::Object(value)
    }
}

impl From<String> for RetentionPolicyMaxExtensionLengthRequest {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<i32> for RetentionPolicyMaxExtensionLengthRequest {
    fn from(value: i32) -> Self {
        Self::Integer(value)
    }
}

/// An inline schema, which the spec does not describe (`#/components/schemas/RetentionPolicyMaxExtensionLengthRequest/oneOf/0`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RetentionPolicyMaxExtensionLengthRequestVariant1Field {
    /// `none`
    None,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, RetentionPolicyMaxExtensionLengthRequestVariant1Field, Unknown, None = "none");
