// @generated from specs/features/enums.yaml by the generator; do not edit.
//! [`Video`] and the types nested in it, from `#/components/schemas/Video`.

/// The `Video` schema, which the spec does not describe (`#/components/schemas/Video`).
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Video {
    /// Values that collide once cased, an empty value, and one named like the catch-all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<super::VideoDirection>,
}

/// Values that collide once cased, an empty value, and one named like the catch-all.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VideoDirection {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
    /// `asc`
    Asc2,
    /// `desc`
    Desc2,
    /// ``
    Empty,
    /// `unknown`
    Unknown,
    /// `a-b`
    AB,
    /// `self`
    Self_,
    /// A value this version of the SDK does not know; kept as sent.
    UnknownValue(String),
}

impl VideoDirection {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "ASC",
            Self::Desc => "DESC",
            Self::Asc2 => "asc",
            Self::Desc2 => "desc",
            Self::Empty => "",
            Self::Unknown => "unknown",
            Self::AB => "a-b",
            Self::Self_ => "self",
            Self::UnknownValue(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for VideoDirection {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "ASC" => Self::Asc,
            "DESC" => Self::Desc,
            "asc" => Self::Asc2,
            "desc" => Self::Desc2,
            "" => Self::Empty,
            "unknown" => Self::Unknown,
            "a-b" => Self::AB,
            "self" => Self::Self_,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::fmt::Display for VideoDirection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for VideoDirection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for VideoDirection {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
