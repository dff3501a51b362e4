// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SelectionSchemaEnum`] and the types nested in it, from `#/components/schemas/SelectionSchemaEnum`.

/// * `email_address` - Email Address
/// * `lowest_weight` - Lowest Weight
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SelectionSchemaEnum {
    /// `email_address`
    EmailAddress,
    /// `lowest_weight`
    LowestWeight,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl SelectionSchemaEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EmailAddress => "email_address",
            Self::LowestWeight => "lowest_weight",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for SelectionSchemaEnum {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "email_address" => Self::EmailAddress,
            "lowest_weight" => Self::LowestWeight,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for SelectionSchemaEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SelectionSchemaEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for SelectionSchemaEnum {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
