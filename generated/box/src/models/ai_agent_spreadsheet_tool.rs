// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiAgentSpreadsheetTool`] and the types nested in it, from `#/components/schemas/AiAgentSpreadsheetTool`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// AI agent spreadsheet tool
///
/// The AI agent tool used to handle spreadsheets and tabular data.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AiAgentSpreadsheetTool {
    /// The model used for the AI agent for spreadsheets. For specific model values, see the [available models list](https://developer.box.com/guides/box-ai/ai-models).
    pub model: Option<String>,
    /// The number of tokens for completion.
    pub num_tokens_for_completion: Option<i64>,
    /// The `llm_endpoint_params` property, which the spec does not describe (`#/components/schemas/AiAgentSpreadsheetTool/properties/llm_endpoint_params`).
    pub llm_endpoint_params: Option<super::AiLlmEndpointParams>,
}

serialize_struct!(
    runtime,
    AiAgentSpreadsheetTool {
        model: optional("model"),
        num_tokens_for_completion: optional("num_tokens_for_completion"),
        llm_endpoint_params: optional("llm_endpoint_params")
    }
);

deserialize_struct!(
    runtime,
    AiAgentSpreadsheetTool {
        model: optional::<Option<String>>("model"),
        num_tokens_for_completion: optional::<Option<i64>>("num_tokens_for_completion"),
        llm_endpoint_params: optional::<Option<super::AiLlmEndpointParams>>("llm_endpoint_params")
    }
);
