// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LocationEnum`] and the types nested in it, from `#/components/schemas/LocationEnum`.

/// * `cloud_storage` - CLOUD_STORAGE
/// * `local` - LOCAL
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LocationEnum {
    /// `cloud_storage`
    CloudStorage,
    /// `local`
    Local,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl LocationEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CloudStorage => "cloud_storage",
            Self::Local => "local",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for LocationEnum {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "cloud_storage" => Self::CloudStorage,
            "local" => Self::Local,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for LocationEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for LocationEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for LocationEnum {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
