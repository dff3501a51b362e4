// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`StorageType`] and the types nested in it, from `#/components/schemas/StorageType`.

/// * `cloud_storage` - CLOUD_STORAGE
/// * `local` - LOCAL
/// * `share` - SHARE
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StorageType {
    /// `cloud_storage`
    CloudStorage,
    /// `local`
    Local,
    /// `share`
    Share,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl StorageType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CloudStorage => "cloud_storage",
            Self::Local => "local",
            Self::Share => "share",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for StorageType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "cloud_storage" => Self::CloudStorage,
            "local" => Self::Local,
            "share" => Self::Share,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for StorageType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for StorageType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for StorageType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
