// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiLlmEndpointParamsOpenAi`] and the types nested in it, from `#/components/schemas/AiLlmEndpointParamsOpenAi`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// AI LLM endpoint params OpenAI
///
/// AI LLM endpoint params OpenAI object.
#[derive(Clone, Debug, PartialEq)]
pub struct AiLlmEndpointParamsOpenAi {
    /// The type of the AI LLM endpoint params object for OpenAI.
    /// This parameter is **required**.
    pub r#type: super::AiLlmEndpointParamsOpenAiTypeField,
    /// What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random,
    /// while lower values like 0.2 will make it more focused and deterministic.
    /// We generally recommend altering this or `top_p` but not both.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub temperature: Option<Option<f64>>,
    /// An alternative to sampling with temperature, called nucleus sampling, where the model considers the results
    /// of the tokens with `top_p` probability mass. So 0.1 means only the tokens comprising the top 10% probability
    /// mass are considered. We generally recommend altering this or temperature but not both.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub top_p: Option<Option<f64>>,
    /// A number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the
    /// text so far, decreasing the model's likelihood to repeat the same line verbatim.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub frequency_penalty: Option<Option<f64>>,
    /// A number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub presence_penalty: Option<Option<f64>>,
    /// Up to 4 sequences where the API will stop generating further tokens.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub stop: Option<Option<String>>,
}

serialize_struct!(
    runtime,
    AiLlmEndpointParamsOpenAi {
        r#type: required("type"),
        temperature: nullable("temperature"),
        top_p: nullable("top_p"),
        frequency_penalty: nullable("frequency_penalty"),
        presence_penalty: nullable("presence_penalty"),
        stop: nullable("stop")
    }
);

deserialize_struct!(
    runtime,
    AiLlmEndpointParamsOpenAi {
        r#type: required::<super::AiLlmEndpointParamsOpenAiTypeField>("type"),
        temperature: nullable::<Option<f64>>("temperature"),
        top_p: nullable::<Option<f64>>("top_p"),
        frequency_penalty: nullable::<Option<f64>>("frequency_penalty"),
        presence_penalty: nullable::<Option<f64>>("presence_penalty"),
        stop: nullable::<Option<String>>("stop")
    }
);

/// The type of the AI LLM endpoint params object for OpenAI.
/// This parameter is **required**.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiLlmEndpointParamsOpenAiTypeField {
    /// `openai_params`
    OpenaiParams,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AiLlmEndpointParamsOpenAiTypeField, Unknown, OpenaiParams = "openai_params");
