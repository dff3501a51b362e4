// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LimitTypeEnum`] and the types nested in it, from `#/components/schemas/LimitTypeEnum`.

/// * `default` - DEFAULT
/// * `paid` - PAID
/// * `custom` - CUSTOM
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LimitTypeEnum {
    /// `default`
    Default,
    /// `paid`
    Paid,
    /// `custom`
    Custom,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl LimitTypeEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "default",
            Self::Paid => "paid",
            Self::Custom => "custom",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for LimitTypeEnum {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "default" => Self::Default,
            "paid" => Self::Paid,
            "custom" => Self::Custom,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for LimitTypeEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for LimitTypeEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for LimitTypeEnum {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
