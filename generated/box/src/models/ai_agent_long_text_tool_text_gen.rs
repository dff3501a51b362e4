// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiAgentLongTextToolTextGenEmbeddingsField`] and the types nested in it, from `#/components/schemas/AiAgentLongTextToolTextGen/allOf/1/properties/embeddings`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// An inline schema, which the spec does not describe (`#/components/schemas/AiAgentLongTextToolTextGen/allOf/1/properties/embeddings`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AiAgentLongTextToolTextGenEmbeddingsField {
    /// The model used for the AI agent for calculating embeddings.
    pub model: Option<String>,
    /// The `strategy` property, which the spec does not describe (`#/components/schemas/AiAgentLongTextToolTextGen/allOf/1/properties/embeddings/properties/strategy`).
    pub strategy: Option<super::AiAgentLongTextToolTextGenEmbeddingsStrategyField>,
}

serialize_struct!(
    runtime,
    AiAgentLongTextToolTextGenEmbeddingsField { model: optional("model"), strategy: optional("strategy") }
);

deserialize_struct!(
    runtime,
    AiAgentLongTextToolTextGenEmbeddingsField {
        model: optional::<Option<String>>("model"),
        strategy: optional::<Option<super::AiAgentLongTextToolTextGenEmbeddingsStrategyField>>("strategy")
    }
);

/// An inline schema, which the spec does not describe (`#/components/schemas/AiAgentLongTextToolTextGen/allOf/1/properties/embeddings/properties/strategy`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AiAgentLongTextToolTextGenEmbeddingsStrategyField {
    /// The strategy used for the AI agent for calculating embeddings.
    pub id: Option<String>,
    /// The number of tokens per chunk.
    pub num_tokens_per_chunk: Option<i64>,
}

serialize_struct!(
    runtime,
    AiAgentLongTextToolTextGenEmbeddingsStrategyField {
        id: optional("id"),
        num_tokens_per_chunk: optional("num_tokens_per_chunk")
    }
);

deserialize_struct!(
    runtime,
    AiAgentLongTextToolTextGenEmbeddingsStrategyField {
        id: optional::<Option<String>>("id"),
        num_tokens_per_chunk: optional::<Option<i64>>("num_tokens_per_chunk")
    }
);

/// AI agent long text tool
///
/// AI agent processor used to to handle longer text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AiAgentLongTextToolTextGen {
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
}

serialize_struct!(
    runtime,
    AiAgentLongTextToolTextGen {
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
    AiAgentLongTextToolTextGen {
        model: optional::<Option<String>>("model"),
        num_tokens_for_completion: optional::<Option<i64>>("num_tokens_for_completion"),
        llm_endpoint_params: optional::<Option<super::AiLlmEndpointParams>>("llm_endpoint_params"),
        system_message: optional::<Option<String>>("system_message"),
        prompt_template: optional::<Option<String>>("prompt_template"),
        embeddings: optional::<Option<super::AiAgentLongTextToolTextGenEmbeddingsField>>("embeddings")
    }
);
