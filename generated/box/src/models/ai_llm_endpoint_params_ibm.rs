// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiLlmEndpointParamsIbm`] and the types nested in it, from `#/components/schemas/AiLlmEndpointParamsIBM`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// AI LLM endpoint params IBM
///
/// AI LLM endpoint params IBM object.
#[derive(Clone, Debug, PartialEq)]
pub struct AiLlmEndpointParamsIbm {
    /// The type of the AI LLM endpoint params object for IBM.
    /// This parameter is **required**.
    pub r#type: super::AiLlmEndpointParamsIbmTypeField,
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
    /// `Top-K` changes how the model selects tokens for output. A low `top-K` means the next selected token is
    /// the most probable among all tokens in the model's vocabulary (also called greedy decoding),
    /// while a high `top-K` means that the next token is selected from among the three most probable tokens by using temperature.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub top_k: Option<Option<f64>>,
}

serialize_struct!(
    runtime,
    AiLlmEndpointParamsIbm {
        r#type: required("type"),
        temperature: nullable("temperature"),
        top_p: nullable("top_p"),
        top_k: nullable("top_k")
    }
);

deserialize_struct!(
    runtime,
    AiLlmEndpointParamsIbm {
        r#type: required::<super::AiLlmEndpointParamsIbmTypeField>("type"),
        temperature: nullable::<Option<f64>>("temperature"),
        top_p: nullable::<Option<f64>>("top_p"),
        top_k: nullable::<Option<f64>>("top_k")
    }
);

/// The type of the AI LLM endpoint params object for IBM.
/// This parameter is **required**.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiLlmEndpointParamsIbmTypeField {
    /// `ibm_params`
    IbmParams,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AiLlmEndpointParamsIbmTypeField, Unknown, IbmParams = "ibm_params");
