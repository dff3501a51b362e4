// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiLlmEndpointParamsGoogle`] and the types nested in it, from `#/components/schemas/AiLlmEndpointParamsGoogle`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// AI LLM endpoint params Google
///
/// AI LLM endpoint params Google object.
#[derive(Clone, Debug, PartialEq)]
pub struct AiLlmEndpointParamsGoogle {
    /// The type of the AI LLM endpoint params object for Google.
    /// This parameter is **required**.
    pub r#type: super::AiLlmEndpointParamsGoogleTypeField,
    /// The temperature is used for sampling during response generation, which occurs when `top-P` and `top-K` are applied. Temperature controls the degree of randomness in the token selection.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub temperature: Option<Option<f64>>,
    /// `Top-P` changes how the model selects tokens for output. Tokens are selected from the most (see `top-K`) to least probable until the sum of their probabilities equals the `top-P` value.
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
    AiLlmEndpointParamsGoogle {
        r#type: required("type"),
        temperature: nullable("temperature"),
        top_p: nullable("top_p"),
        top_k: nullable("top_k")
    }
);

deserialize_struct!(
    runtime,
    AiLlmEndpointParamsGoogle {
        r#type: required::<super::AiLlmEndpointParamsGoogleTypeField>("type"),
        temperature: nullable::<Option<f64>>("temperature"),
        top_p: nullable::<Option<f64>>("top_p"),
        top_k: nullable::<Option<f64>>("top_k")
    }
);

/// The type of the AI LLM endpoint params object for Google.
/// This parameter is **required**.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiLlmEndpointParamsGoogleTypeField {
    /// `google_params`
    GoogleParams,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AiLlmEndpointParamsGoogleTypeField, Unknown, GoogleParams = "google_params");
