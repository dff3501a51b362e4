// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FileVersionBaseTypeField`] and the types nested in it, from `#/components/schemas/FileVersion--Base/properties/type`.

/// The value will always be `file_version`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileVersionBaseTypeField {
    /// `file_version`
    FileVersion,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl FileVersionBaseTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FileVersion => "file_version",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for FileVersionBaseTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "file_version" => Self::FileVersion,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for FileVersionBaseTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for FileVersionBaseTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for FileVersionBaseTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// File version (Base)
///
/// The bare basic representation of a file version, the minimal
/// amount of fields returned when using the `fields` query
/// parameter.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FileVersionBase {
    /// The unique identifier that represent a file version.
    pub id: String,
    /// The value will always be `file_version`.
    pub r#type: super::FileVersionBaseTypeField,
}
