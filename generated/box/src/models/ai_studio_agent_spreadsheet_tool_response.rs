// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiStudioAgentSpreadsheetToolResponse`] and the types nested in it, from `#/components/schemas/AiStudioAgentSpreadsheetToolResponse`.

/// AI agent spreadsheet tool
///
/// The AI agent tool used to handle spreadsheets and tabular data.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct AiStudioAgentSpreadsheetToolResponse {
    /// The model used for the AI agent for spreadsheets. For specific model values, see the [available models list](https://developer.box.com/guides/box-ai/ai-models).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// The number of tokens for completion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub num_tokens_for_completion: Option<i64>,
    /// The `llm_endpoint_params` property, which the spec does not describe (`#/components/schemas/AiAgentSpreadsheetTool/properties/llm_endpoint_params`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub llm_endpoint_params: Option<super::AiLlmEndpointParams>,
    /// Warnings concerning tool.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warnings: Option<Vec<String>>,
}
