// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiItemBase`] and the types nested in it, from `#/components/schemas/AiItem--Base`.

use crate::runtime::{self, serialize_struct, string_enum};

/// AI Item (Base)
///
/// The item to be processed by the LLM.
#[derive(Clone, Debug, PartialEq)]
pub struct AiItemBase {
    /// The ID of the file.
    pub id: String,
    /// The type of the item. Currently the value can be `file` only.
    pub r#type: super::AiItemBaseTypeField,
    /// The content of the item, often the text representation.
    pub content: Option<String>,
}

serialize_struct!(runtime, AiItemBase { id: required("id"), r#type: required("type"), content: optional("content") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AiItemBase {
        id: required::<String>("id"),
        r#type: required::<super::AiItemBaseTypeField>("type"),
        content: optional::<Option<String>>("content")
    }
);

/// The type of the item. Currently the value can be `file` only.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiItemBaseTypeField {
    /// `file`
    File,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AiItemBaseTypeField, Unknown, File = "file");
