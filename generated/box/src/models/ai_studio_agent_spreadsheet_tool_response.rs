// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiStudioAgentSpreadsheetToolResponse`] and the types nested in it, from `#/components/schemas/AiStudioAgentSpreadsheetToolResponse`.

use crate::runtime::{self, deserialize_struct};

/// AI agent spreadsheet tool
///
/// The AI agent tool used to handle spreadsheets and tabular data.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct AiStudioAgentSpreadsheetToolResponse {
    /// The model used for the AI agent for spreadsheets. For specific model values, see the [available models list](https://developer.box.com/guides/box-ai/ai-models).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub model: Option<String>,
    /// The number of tokens for completion.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub num_tokens_for_completion: Option<i64>,
    /// The `llm_endpoint_params` property, which the spec does not describe (`#/components/schemas/AiAgentSpreadsheetTool/properties/llm_endpoint_params`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub llm_endpoint_params: Option<super::AiLlmEndpointParams>,
    /// Warnings concerning tool.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub warnings: Option<Vec<String>>,
}

deserialize_struct!(
    runtime,
    AiStudioAgentSpreadsheetToolResponse {
        model: optional::<Option<String>>("model"),
        num_tokens_for_completion: optional::<Option<i64>>("num_tokens_for_completion"),
        llm_endpoint_params: optional::<Option<super::AiLlmEndpointParams>>("llm_endpoint_params"),
        warnings: optional::<Option<Vec<String>>>("warnings")
    }
);
