// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FileInfoTypeEnum`] and the types nested in it, from `#/components/schemas/FileInfoTypeEnum`.

/// * `REG` - REG
/// * `DIR` - DIR
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileInfoTypeEnum {
    /// `REG`
    Reg,
    /// `DIR`
    Dir,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl FileInfoTypeEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Reg => "REG",
            Self::Dir => "DIR",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for FileInfoTypeEnum {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "REG" => Self::Reg,
            "DIR" => Self::Dir,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for FileInfoTypeEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for FileInfoTypeEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for FileInfoTypeEnum {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
