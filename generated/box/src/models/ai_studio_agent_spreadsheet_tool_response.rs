// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiStudioAgentSpreadsheetToolResponse`] and the types nested in it, from `#/components/schemas/AiStudioAgentSpreadsheetToolResponse`.

use crate::runtime::{self, deserialize_struct};

/// AI agent spreadsheet tool
///
/// The AI agent tool used to handle spreadsheets and tabular data.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AiStudioAgentSpreadsheetToolResponse {
    /// The model used for the AI agent for spreadsheets. For specific model values, see the [available models list](https://developer.box.com/guides/box-ai/ai-models).
    pub model: Option<String>,
    /// The number of tokens for completion.
    pub num_tokens_for_completion: Option<i64>,
    /// The `llm_endpoint_params` property, which the spec does not describe (`#/components/schemas/AiAgentSpreadsheetTool/properties/llm_endpoint_params`).
    pub llm_endpoint_params: Option<super::AiLlmEndpointParams>,
    /// Warnings concerning tool.
    pub warnings: Option<Vec<String>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AiStudioAgentSpreadsheetToolResponse {
        model: optional("model"),
        num_tokens_for_completion: optional("num_tokens_for_completion"),
        llm_endpoint_params: optional("llm_endpoint_params"),
        warnings: optional("warnings")
    }
);

deserialize_struct!(
    runtime,
    AiStudioAgentSpreadsheetToolResponse {
        model: optional::<Option<String>>("model"),
        num_tokens_for_completion: optional::<Option<i64>>("num_tokens_for_completion"),
        llm_endpoint_params: optional::<Option<super::AiLlmEndpointParams>>("llm_endpoint_params"),
        warnings: optional::<Option<Vec<String>>>("warnings")
    }
);
