// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`CatDetails`] and the types nested in it, from `#/components/schemas/CatDetails`.

/// CatDetails
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CatDetails {
    /// Kind
    pub kind: super::CatDetailsKind,
    /// Indoor
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indoor: Option<bool>,
    /// Lives Left
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lives_left: Option<i64>,
}

/// Kind
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CatDetailsKind {
    /// `cat`
    Cat,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CatDetailsKind {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cat => "cat",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CatDetailsKind {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "cat" => Self::Cat,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CatDetailsKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CatDetailsKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CatDetailsKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
