// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`RetentionPolicyBaseTypeField`] and the types nested in it, from `#/components/schemas/RetentionPolicy--Base/properties/type`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// The value will always be `retention_policy`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RetentionPolicyBaseTypeField {
    /// `retention_policy`
    RetentionPolicy,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, RetentionPolicyBaseTypeField, Unknown, RetentionPolicy = "retention_policy");

/// Retention policy (Base)
///
/// A base representation of a retention policy.
#[derive(Clone, Debug, PartialEq)]
pub struct RetentionPolicyBase {
    /// The unique identifier that represents a retention policy.
    pub id: String,
    /// The value will always be `retention_policy`.
    pub r#type: super::RetentionPolicyBaseTypeField,
}

serialize_struct!(runtime, RetentionPolicyBase { id: required("id"), r#type: required("type") });

deserialize_struct!(
    runtime,
    RetentionPolicyBase {
        id: required::<String>("id"),
        r#type: required::<super::RetentionPolicyBaseTypeField>("type")
    }
);
