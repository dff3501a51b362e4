// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiStudioAgentBasicGenToolResponse`] and the types nested in it, from `#/components/schemas/AiStudioAgentBasicGenToolResponse`.

use crate::runtime::{self, deserialize_struct};

/// AI agent basic text generation tool
///
/// AI agent basic tool used to generate text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AiStudioAgentBasicGenToolResponse {
    /// The model used for the AI agent for basic text. For specific model values, see the [available models list](https://developer.box.com/guides/box-ai/ai-models).
    pub model: Option<String>,
    /// The number of tokens for completion.
    pub num_tokens_for_completion: Option<i64>,
    /// The `llm_endpoint_params` property, which the spec does not describe (`#/components/schemas/AiAgentBasicTextToolBase/properties/llm_endpoint_params`).
    pub llm_endpoint_params: Option<super::AiLlmEndpointParams>,
    /// System messages aim at helping the LLM understand its role and what it is supposed to do.
    /// The input for `{current_date}` is optional, depending on the use.
    pub system_message: Option<String>,
    /// The prompt template contains contextual information of the request and the user prompt.
    ///
    /// When using the `prompt_template` parameter, you **must include** input for `{user_question}`.
    /// Inputs for `{current_date}` and `{content}` are optional, depending on the use.
    pub prompt_template: Option<String>,
    /// The `embeddings` property, which the spec does not describe (`#/components/schemas/AiAgentLongTextToolTextGen/allOf/1/properties/embeddings`).
    pub embeddings: Option<super::AiAgentLongTextToolTextGenEmbeddingsField>,
    /// How the content should be included in a request to the LLM.
    /// Input for `{content}` is optional, depending on the use.
    pub content_template: Option<String>,
    /// True if system message contains custom instructions placeholder, false otherwise.
    pub is_custom_instructions_included: Option<bool>,
    /// Warnings concerning tool.
    pub warnings: Option<Vec<String>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AiStudioAgentBasicGenToolResponse {
        model: optional("model"),
        num_tokens_for_completion: optional("num_tokens_for_completion"),
        llm_endpoint_params: optional("llm_endpoint_params"),
        system_message: optional("system_message"),
        prompt_template: optional("prompt_template"),
        embeddings: optional("embeddings"),
        content_template: optional("content_template"),
        is_custom_instructions_included: optional("is_custom_instructions_included"),
        warnings: optional("warnings")
    }
);

deserialize_struct!(
    runtime,
    AiStudioAgentBasicGenToolResponse {
        model: optional::<Option<String>>("model"),
        num_tokens_for_completion: optional::<Option<i64>>("num_tokens_for_completion"),
        llm_endpoint_params: optional::<Option<super::AiLlmEndpointParams>>("llm_endpoint_params"),
        system_message: optional::<Option<String>>("system_message"),
        prompt_template: optional::<Option<String>>("prompt_template"),
        embeddings: optional::<Option<super::AiAgentLongTextToolTextGenEmbeddingsField>>("embeddings"),
        content_template: optional::<Option<String>>("content_template"),
        is_custom_instructions_included: optional::<Option<bool>>("is_custom_instructions_included"),
        warnings: optional::<Option<Vec<String>>>("warnings")
    }
);
