// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiExtract`] and the types nested in it, from `#/components/schemas/AiExtract`.

/// AI metadata freeform extraction request
///
/// AI metadata freeform extraction request object.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct AiExtract {
    /// The prompt provided to a Large Language Model (LLM) in the request. The prompt can be up to 10000 characters long and it can be an XML or a JSON schema.
    pub prompt: String,
    /// The items that LLM will process. Currently, you can use files only.
    pub items: Vec<super::AiItemBase>,
    /// The `ai_agent` property, which the spec does not describe (`#/components/schemas/AiExtract/properties/ai_agent`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ai_agent: Option<super::AiExtractAgent>,
}
