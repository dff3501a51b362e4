// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`UserBaseTypeField`] and the types nested in it, from `#/components/schemas/User--Base/properties/type`.

/// The value will always be `user`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UserBaseTypeField {
    /// `user`
    User,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl UserBaseTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for UserBaseTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "user" => Self::User,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for UserBaseTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UserBaseTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for UserBaseTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
