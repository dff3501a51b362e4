// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`StorageMethod`] and the types nested in it, from `#/components/schemas/StorageMethod`.

/// * `cache` - CACHE
/// * `file_system` - FILE_SYSTEM
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StorageMethod {
    /// `cache`
    Cache,
    /// `file_system`
    FileSystem,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl StorageMethod {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cache => "cache",
            Self::FileSystem => "file_system",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for StorageMethod {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "cache" => Self::Cache,
            "file_system" => Self::FileSystem,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for StorageMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for StorageMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for StorageMethod {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
