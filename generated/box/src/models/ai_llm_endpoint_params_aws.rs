// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiLlmEndpointParamsAws`] and the types nested in it, from `#/components/schemas/AiLlmEndpointParamsAWS`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// AI LLM endpoint params AWS
///
/// AI LLM endpoint params AWS object.
#[derive(Clone, Debug, PartialEq)]
pub struct AiLlmEndpointParamsAws {
    /// The type of the AI LLM endpoint params object for AWS.
    /// This parameter is **required**.
    pub r#type: super::AiLlmEndpointParamsAwsTypeField,
    /// What sampling temperature to use, between 0 and 1. Higher values like 0.8 will make the output more random,
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
}

serialize_struct!(
    runtime,
    AiLlmEndpointParamsAws { r#type: required("type"), temperature: nullable("temperature"), top_p: nullable("top_p") }
);

deserialize_struct!(
    runtime,
    AiLlmEndpointParamsAws {
        r#type: required::<super::AiLlmEndpointParamsAwsTypeField>("type"),
        temperature: nullable::<Option<f64>>("temperature"),
        top_p: nullable::<Option<f64>>("top_p")
    }
);

/// The type of the AI LLM endpoint params object for AWS.
/// This parameter is **required**.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiLlmEndpointParamsAwsTypeField {
    /// `aws_params`
    AwsParams,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AiLlmEndpointParamsAwsTypeField, Unknown, AwsParams = "aws_params");
