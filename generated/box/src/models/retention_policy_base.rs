// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`RetentionPolicyBaseTypeField`] and the types nested in it, from `#/components/schemas/RetentionPolicy--Base/properties/type`.

/// The value will always be `retention_policy`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RetentionPolicyBaseTypeField {
    /// `retention_policy`
    RetentionPolicy,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl RetentionPolicyBaseTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RetentionPolicy => "retention_policy",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for RetentionPolicyBaseTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "retention_policy" => Self::RetentionPolicy,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for RetentionPolicyBaseTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RetentionPolicyBaseTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for RetentionPolicyBaseTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// Retention policy (Base)
///
/// A base representation of a retention policy.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RetentionPolicyBase {
    /// The unique identifier that represents a retention policy.
    pub id: String,
    /// The value will always be `retention_policy`.
    pub r#type: super::RetentionPolicyBaseTypeField,
}
