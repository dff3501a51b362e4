// @generated from specs/features/unions.yaml by the generator; do not edit.
//! [`File`] and the types nested in it, from `#/components/schemas/File`.

/// The `File` schema, which the spec does not describe (`#/components/schemas/File`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct File {
    /// The `id` property, which the spec does not describe (`#/components/schemas/File/properties/id`).
    pub id: String,
    /// The `type` property, which the spec does not describe (`#/components/schemas/File/properties/type`).
    pub r#type: super::FileType,
    /// The `size` property, which the spec does not describe (`#/components/schemas/File/properties/size`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
}

/// An inline schema, which the spec does not describe (`#/components/schemas/File/properties/type`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileType {
    /// `file`
    File,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl FileType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::File => "file",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for FileType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "file" => Self::File,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for FileType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for FileType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for FileType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
