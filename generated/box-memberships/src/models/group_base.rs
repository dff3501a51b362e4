// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`GroupBaseTypeField`] and the types nested in it, from `#/components/schemas/Group--Base/properties/type`.

/// The value will always be `group`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GroupBaseTypeField {
    /// `group`
    Group,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl GroupBaseTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Group => "group",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for GroupBaseTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "group" => Self::Group,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for GroupBaseTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GroupBaseTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for GroupBaseTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
