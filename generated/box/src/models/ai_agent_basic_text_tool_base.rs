// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiAgentBasicTextToolBase`] and the types nested in it, from `#/components/schemas/AiAgentBasicTextToolBase`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// AI agent basic text tool
///
/// AI agent processor used to handle basic text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AiAgentBasicTextToolBase {
    /// The model used for the AI agent for basic text. For specific model values, see the [available models list](https://developer.box.com/guides/box-ai/ai-models).
    pub model: Option<String>,
    /// The number of tokens for completion.
    pub num_tokens_for_completion: Option<i64>,
    /// The `llm_endpoint_params` property, which the spec does not describe (`#/components/schemas/AiAgentBasicTextToolBase/properties/llm_endpoint_params`).
    pub llm_endpoint_params: Option<super::AiLlmEndpointParams>,
}

serialize_struct!(
    runtime,
    AiAgentBasicTextToolBase {
        model: optional("model"),
        num_tokens_for_completion: optional("num_tokens_for_completion"),
        llm_endpoint_params: optional("llm_endpoint_params")
    }
);

deserialize_struct!(
    runtime,
    AiAgentBasicTextToolBase {
        model: optional::<Option<String>>("model"),
        num_tokens_for_completion: optional::<Option<i64>>("num_tokens_for_completion"),
        llm_endpoint_params: optional::<Option<super::AiLlmEndpointParams>>("llm_endpoint_params")
    }
);
