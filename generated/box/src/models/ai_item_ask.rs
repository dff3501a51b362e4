// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiItemAsk`] and the types nested in it, from `#/components/schemas/AiItemAsk`.

use crate::runtime::{self, serialize_struct, string_enum};

/// AI Item Ask
///
/// The item to be processed by the LLM for ask requests.
#[derive(Clone, Debug, PartialEq)]
pub struct AiItemAsk {
    /// The ID of the file, or the ID of the Box Hub when `type` is `hubs`.
    pub id: String,
    /// The type of the item. Use `file` to ask a question about a file, or `hubs` to
    /// search across and ask a question about the entire contents of a Box Hub.
    /// A `hubs` item must be the only item in the request.
    pub r#type: super::AiItemAskTypeField,
    /// The content of the item, often the text representation.
    pub content: Option<String>,
}

serialize_struct!(runtime, AiItemAsk { id: required("id"), r#type: required("type"), content: optional("content") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AiItemAsk {
        id: required::<String>("id"),
        r#type: required::<super::AiItemAskTypeField>("type"),
        content: optional::<Option<String>>("content")
    }
);

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

string_enum!(runtime, AiItemAskTypeField, Unknown, File = "file", Hubs = "hubs");
