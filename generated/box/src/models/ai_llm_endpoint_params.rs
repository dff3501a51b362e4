// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiLlmEndpointParams`] and the types nested in it, from `#/components/schemas/AiLlmEndpointParams`.

/// AI LLM endpoint parameters
///
/// The parameters for the LLM endpoint specific to a model.
///
/// Decoded by the value of its `type` property.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum AiLlmEndpointParams {
    AiLlmEndpointParamsOpenAi(super::AiLlmEndpointParamsOpenAi),
    AiLlmEndpointParamsGoogle(super::AiLlmEndpointParamsGoogle),
    AiLlmEndpointParamsAws(super::AiLlmEndpointParamsAws),
    AiLlmEndpointParamsIbm(super::AiLlmEndpointParamsIbm),
}

impl From<super::AiLlmEndpointParamsOpenAi> for AiLlmEndpointParams {
    fn from(value: super::AiLlmEndpointParamsOpenAi) -> Self {
        Self::AiLlmEndpointParamsOpenAi(value)
    }
}

impl From<super::AiLlmEndpointParamsGoogle> for AiLlmEndpointParams {
    fn from(value: super::AiLlmEndpointParamsGoogle) -> Self {
        Self::AiLlmEndpointParamsGoogle(value)
    }
}

impl From<super::AiLlmEndpointParamsAws> for AiLlmEndpointParams {
    fn from(value: super::AiLlmEndpointParamsAws) -> Self {
        Self::AiLlmEndpointParamsAws(value)
    }
}

impl From<super::AiLlmEndpointParamsIbm> for AiLlmEndpointParams {
    fn from(value: super::AiLlmEndpointParamsIbm) -> Self {
        Self::AiLlmEndpointParamsIbm(value)
    }
}

impl<'de> serde::Deserialize<'de> for AiLlmEndpointParams {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        match crate::runtime::codec::tag_of(&value, "type") {
            Some("openai_params") => crate::runtime::codec::variant(value).map(Self::AiLlmEndpointParamsOpenAi),
            Some("google_params") => crate::runtime::codec::variant(value).map(Self::AiLlmEndpointParamsGoogle),
            Some("aws_params") => crate::runtime::codec::variant(value).map(Self::AiLlmEndpointParamsAws),
            Some("ibm_params") => crate::runtime::codec::variant(value).map(Self::AiLlmEndpointParamsIbm),
            tag => Err(crate::runtime::codec::unknown_tag("AiLlmEndpointParams", "type", tag)),
        }
    }
}
