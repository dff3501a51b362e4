// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`StoragePolicyMiniTypeField`] and the types nested in it, from `#/components/schemas/StoragePolicy--Mini/properties/type`.

/// The value will always be `storage_policy`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StoragePolicyMiniTypeField {
    /// `storage_policy`
    StoragePolicy,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl StoragePolicyMiniTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::StoragePolicy => "storage_policy",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for StoragePolicyMiniTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "storage_policy" => Self::StoragePolicy,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for StoragePolicyMiniTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for StoragePolicyMiniTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for StoragePolicyMiniTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// Storage policy (Mini)
///
/// A mini description of a Storage Policy object.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct StoragePolicyMini {
    /// The unique identifier for this storage policy.
    pub id: String,
    /// The value will always be `storage_policy`.
    pub r#type: super::StoragePolicyMiniTypeField,
}
