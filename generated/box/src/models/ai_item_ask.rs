// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiItemAsk`] and the types nested in it, from `#/components/schemas/AiItemAsk`.

/// AI Item Ask
///
/// The item to be processed by the LLM for ask requests.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct AiItemAsk {
    /// The ID of the file, or the ID of the Box Hub when `type` is `hubs`.
    pub id: String,
    /// The type of the item. Use `file` to ask a question about a file, or `hubs` to
    /// search across and ask a question about the entire contents of a Box Hub.
    /// A `hubs` item must be the only item in the request.
    pub r#type: super::AiItemAskTypeField,
    /// The content of the item, often the text representation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
}

/// The type of the item. Use `file` to ask a question about a file, or `hubs` to
/// search across and ask a question about the entire contents of a Box Hub.
/// A `hubs` item must be the only item in the request.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiItemAskTypeField {
    /// `file`
    File,
    /// `hubs`
    Hubs,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl AiItemAskTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::File => "file",
            Self::Hubs => "hubs",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for AiItemAskTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "file" => Self::File,
            "hubs" => Self::Hubs,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for AiItemAskTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for AiItemAskTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for AiItemAskTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
