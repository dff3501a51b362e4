// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiLlmEndpointParams`] and the types nested in it, from `#/components/schemas/AiLlmEndpointParams`.

use crate::runtime::codec;

/// AI LLM endpoint parameters
///
/// The parameters for the LLM endpoint specific to a model.
///
/// Decoded by the value of its `type` property; a value that no variant declares is kept in [`Self::Unknown`].
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum AiLlmEndpointParams {
    /// The `AiLlmEndpointParamsOpenAi` alternative (`#/components/schemas/AiLlmEndpointParams/oneOf/0`).
    OpenAi(super::AiLlmEndpointParamsOpenAi),
    /// The `AiLlmEndpointParamsGoogle` alternative (`#/components/schemas/AiLlmEndpointParams/oneOf/1`).
    Google(super::AiLlmEndpointParamsGoogle),
    /// The `AiLlmEndpointParamsAws` alternative (`#/components/schemas/AiLlmEndpointParams/oneOf/2`).
    Aws(super::AiLlmEndpointParamsAws),
    /// The `AiLlmEndpointParamsIbm` alternative (`#/components/schemas/AiLlmEndpointParams/oneOf/3`).
    Ibm(super::AiLlmEndpointParamsIbm),
    /// A value whose `type` this version of the SDK does not know, kept whole as received.
    Unknown(serde_json::Value),
}

impl From<super::AiLlmEndpointParamsOpenAi> for AiLlmEndpointParams {
    fn from(value: super::AiLlmEndpointParamsOpenAi) -> Self {
        Self::OpenAi(value)
    }
}

impl From<super::AiLlmEndpointParamsGoogle> for AiLlmEndpointParams {
    fn from(value: super::AiLlmEndpointParamsGoogle) -> Self {
        Self::Google(value)
    }
}

impl From<super::AiLlmEndpointParamsAws> for AiLlmEndpointParams {
    fn from(value: super::AiLlmEndpointParamsAws) -> Self {
        Self::Aws(value)
    }
}

impl From<super::AiLlmEndpointParamsIbm> for AiLlmEndpointParams {
    fn from(value: super::AiLlmEndpointParamsIbm) -> Self {
        Self::Ibm(value)
    }
}

impl<'de> serde::Deserialize<'de> for AiLlmEndpointParams {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        match codec::tag_of(&value, "type") {
            Some("openai_params") => codec::variant(value).map(Self::OpenAi),
            Some("google_params") => codec::variant(value).map(Self::Google),
            Some("aws_params") => codec::variant(value).map(Self::Aws),
            Some("ibm_params") => codec::variant(value).map(Self::Ibm),
            Some(_) => Ok(Self::Unknown(value)),
            None => Err(codec::missing_tag("AiLlmEndpointParams", "type")),
        }
    }
}
