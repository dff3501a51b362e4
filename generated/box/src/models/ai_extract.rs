// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiExtract`] and the types nested in it, from `#/components/schemas/AiExtract`.

use crate::runtime::{self, serialize_struct};

/// AI metadata freeform extraction request
///
/// AI metadata freeform extraction request object.
#[derive(Clone, Debug, PartialEq)]
pub struct AiExtract {
    /// The prompt provided to a Large Language Model (LLM) in the request. The prompt can be up to 10000 characters long and it can be an XML or a JSON schema.
    pub prompt: String,
    /// The items that LLM will process. Currently, you can use files only.
    pub items: Vec<super::AiItemBase>,
    /// The `ai_agent` property, which the spec does not describe (`#/components/schemas/AiExtract/properties/ai_agent`).
    pub ai_agent: Option<super::AiExtractAgent>,
}

serialize_struct!(
    runtime,
    AiExtract { prompt: required("prompt"), items: required("items"), ai_agent: optional("ai_agent") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AiExtract {
        prompt: required::<String>("prompt"),
        items: required::<Vec<super::AiItemBase>>("items"),
        ai_agent: optional::<Option<super::AiExtractAgent>>("ai_agent")
    }
);
