// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`VisibilityEnum`] and the types nested in it, from `#/components/schemas/VisibilityEnum`.

/// * `public` - Public
/// * `private` - Private
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VisibilityEnum {
    /// `public`
    Public,
    /// `private`
    Private,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl VisibilityEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "public",
            Self::Private => "private",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for VisibilityEnum {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "public" => Self::Public,
            "private" => Self::Private,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for VisibilityEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for VisibilityEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for VisibilityEnum {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
