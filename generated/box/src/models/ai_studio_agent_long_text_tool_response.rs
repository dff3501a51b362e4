// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiStudioAgentLongTextToolResponse`] and the types nested in it, from `#/components/schemas/AiStudioAgentLongTextToolResponse`.

use crate::runtime::{self, deserialize_struct};

/// AI agent long text tool
///
/// AI agent processor used to to handle longer text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AiStudioAgentLongTextToolResponse {
    /// The model used for the AI agent for basic text. For specific model values, see the [available models list](https://developer.box.com/guides/box-ai/ai-models).
    pub model: Option<String>,
    /// The number of tokens for completion.
    pub num_tokens_for_completion: Option<i64>,
    /// The `llm_endpoint_params` property, which the spec does not describe (`#/components/schemas/AiAgentBasicTextToolBase/properties/llm_endpoint_params`).
    pub llm_endpoint_params: Option<super::AiLlmEndpointParams>,
    /// System messages try to help the LLM "understand" its role and what it is supposed to do.
    pub system_message: Option<String>,
    /// The prompt template contains contextual information of the request and the user prompt.
    /// When passing `prompt_template` parameters, you **must include** inputs for `{user_question}` and `{content}`.
    /// `{current_date}` is optional, depending on the use.
    pub prompt_template: Option<String>,
    /// The `embeddings` property, which the spec does not describe (`#/components/schemas/AiAgentLongTextTool/allOf/1/properties/embeddings`).
    pub embeddings: Option<super::AiAgentLongTextToolEmbeddingsField>,
    /// True if system message contains custom instructions placeholder, false otherwise.
    pub is_custom_instructions_included: Option<bool>,
    /// Warnings concerning tool.
    pub warnings: Option<Vec<String>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AiStudioAgentLongTextToolResponse {
        model: optional("model"),
        num_tokens_for_completion: optional("num_tokens_for_completion"),
        llm_endpoint_params: optional("llm_endpoint_params"),
        system_message: optional("system_message"),
        prompt_template: optional("prompt_template"),
        embeddings: optional("embeddings"),
        is_custom_instructions_included: optional("is_custom_instructions_included"),
        warnings: optional("warnings")
    }
);

deserialize_struct!(
    runtime,
    AiStudioAgentLongTextToolResponse {
        model: optional::<Option<String>>("model"),
        num_tokens_for_completion: optional::<Option<i64>>("num_tokens_for_completion"),
        llm_endpoint_params: optional::<Option<super::AiLlmEndpointParams>>("llm_endpoint_params"),
        system_message: optional::<Option<String>>("system_message"),
        prompt_template: optional::<Option<String>>("prompt_template"),
        embeddings: optional::<Option<super::AiAgentLongTextToolEmbeddingsField>>("embeddings"),
        is_custom_instructions_included: optional::<Option<bool>>("is_custom_instructions_included"),
        warnings: optional::<Option<Vec<String>>>("warnings")
    }
);
