// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiCitation`] and the types nested in it, from `#/components/schemas/AiCitation`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// The citation of the LLM's answer reference
///
/// The citation of the LLM's answer reference.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AiCitation {
    /// The specific content from where the answer was referenced.
    pub content: Option<String>,
    /// The id of the item.
    pub id: Option<String>,
    /// The type of the item.
    pub r#type: Option<super::AiCitationTypeField>,
    /// The name of the item.
    pub name: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AiCitation { content: optional("content"), id: optional("id"), r#type: optional("type"), name: optional("name") }
);

deserialize_struct!(
    runtime,
    AiCitation {
        content: optional::<Option<String>>("content"),
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::AiCitationTypeField>>("type"),
        name: optional::<Option<String>>("name")
    }
);

/// The type of the item.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiCitationTypeField {
    /// `file`
    File,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AiCitationTypeField, Unknown, File = "file");
