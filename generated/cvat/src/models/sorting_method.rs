// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SortingMethod`] and the types nested in it, from `#/components/schemas/SortingMethod`.

/// * `lexicographical` - LEXICOGRAPHICAL
/// * `natural` - NATURAL
/// * `predefined` - PREDEFINED
/// * `random` - RANDOM
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SortingMethod {
    /// `lexicographical`
    Lexicographical,
    /// `natural`
    Natural,
    /// `predefined`
    Predefined,
    /// `random`
    Random,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl SortingMethod {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Lexicographical => "lexicographical",
            Self::Natural => "natural",
            Self::Predefined => "predefined",
            Self::Random => "random",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for SortingMethod {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "lexicographical" => Self::Lexicographical,
            "natural" => Self::Natural,
            "predefined" => Self::Predefined,
            "random" => Self::Random,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for SortingMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SortingMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for SortingMethod {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
