// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiAgentLongTextTool`] and the types nested in it, from `#/components/schemas/AiAgentLongTextTool`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// AI agent long text tool
///
/// AI agent processor used to to handle longer text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AiAgentLongTextTool {
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
}

serialize_struct!(
    runtime,
    AiAgentLongTextTool {
        model: optional("model"),
        num_tokens_for_completion: optional("num_tokens_for_completion"),
        llm_endpoint_params: optional("llm_endpoint_params"),
        system_message: optional("system_message"),
        prompt_template: optional("prompt_template"),
        embeddings: optional("embeddings")
    }
);

deserialize_struct!(
    runtime,
    AiAgentLongTextTool {
        model: optional::<Option<String>>("model"),
        num_tokens_for_completion: optional::<Option<i64>>("num_tokens_for_completion"),
        llm_endpoint_params: optional::<Option<super::AiLlmEndpointParams>>("llm_endpoint_params"),
        system_message: optional::<Option<String>>("system_message"),
        prompt_template: optional::<Option<String>>("prompt_template"),
        embeddings: optional::<Option<super::AiAgentLongTextToolEmbeddingsField>>("embeddings")
    }
);

/// An inline schema, which the spec does not describe (`#/components/schemas/AiAgentLongTextTool/allOf/1/properties/embeddings`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AiAgentLongTextToolEmbeddingsField {
    /// The model used for the AI agent for calculating embeddings.
    pub model: Option<String>,
    /// The `strategy` property, which the spec does not describe (`#/components/schemas/AiAgentLongTextTool/allOf/1/properties/embeddings/properties/strategy`).
    pub strategy: Option<super::AiAgentLongTextToolEmbeddingsStrategyField>,
}

serialize_struct!(
    runtime,
    AiAgentLongTextToolEmbeddingsField { model: optional("model"), strategy: optional("strategy") }
);

deserialize_struct!(
    runtime,
    AiAgentLongTextToolEmbeddingsField {
        model: optional::<Option<String>>("model"),
        strategy: optional::<Option<super::AiAgentLongTextToolEmbeddingsStrategyField>>("strategy")
    }
);

/// An inline schema, which the spec does not describe (`#/components/schemas/AiAgentLongTextTool/allOf/1/properties/embeddings/properties/strategy`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AiAgentLongTextToolEmbeddingsStrategyField {
    /// The strategy used for the AI agent for calculating embeddings.
    pub id: Option<String>,
    /// The number of tokens per chunk.
    pub num_tokens_per_chunk: Option<i64>,
}

serialize_struct!(
    runtime,
    AiAgentLongTextToolEmbeddingsStrategyField {
        id: optional("id"),
        num_tokens_per_chunk: optional("num_tokens_per_chunk")
    }
);

deserialize_struct!(
    runtime,
    AiAgentLongTextToolEmbeddingsStrategyField {
        id: optional::<Option<String>>("id"),
        num_tokens_per_chunk: optional::<Option<i64>>("num_tokens_per_chunk")
    }
);
