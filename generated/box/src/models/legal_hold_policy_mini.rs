// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`LegalHoldPolicyMini`] and the types nested in it, from `#/components/schemas/LegalHoldPolicy--Mini`.

/// Legal hold policy (Mini)
///
/// A mini legal hold policy.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct LegalHoldPolicyMini {
    /// The unique identifier for this legal hold policy.
    pub id: String,
    /// The value will always be `legal_hold_policy`.
    pub r#type: super::LegalHoldPolicyMiniTypeField,
}

/// The value will always be `legal_hold_policy`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LegalHoldPolicyMiniTypeField {
    /// `legal_hold_policy`
    LegalHoldPolicy,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl LegalHoldPolicyMiniTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LegalHoldPolicy => "legal_hold_policy",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for LegalHoldPolicyMiniTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "legal_hold_policy" => Self::LegalHoldPolicy,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for LegalHoldPolicyMiniTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for LegalHoldPolicyMiniTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for LegalHoldPolicyMiniTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
