// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`LegalHoldPolicyMini`] and the types nested in it, from `#/components/schemas/LegalHoldPolicy--Mini`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Legal hold policy (Mini)
///
/// A mini legal hold policy.
#[derive(Clone, Debug, PartialEq)]
pub struct LegalHoldPolicyMini {
    /// The unique identifier for this legal hold policy.
    pub id: String,
    /// The value will always be `legal_hold_policy`.
    pub r#type: super::LegalHoldPolicyMiniTypeField,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, LegalHoldPolicyMini { id: required("id"), r#type: required("type") });

deserialize_struct!(
    runtime,
    LegalHoldPolicyMini {
        id: required::<String>("id"),
        r#type: required::<super::LegalHoldPolicyMiniTypeField>("type")
    }
);

/// The value will always be `legal_hold_policy`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LegalHoldPolicyMiniTypeField {
    /// `legal_hold_policy`
    LegalHoldPolicy,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, LegalHoldPolicyMiniTypeField, Unknown, LegalHoldPolicy = "legal_hold_policy");
