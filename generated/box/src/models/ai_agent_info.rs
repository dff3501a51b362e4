// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiAgentInfo`] and the types nested in it, from `#/components/schemas/AiAgentInfo`.

use crate::runtime::{self, deserialize_struct};

/// The information on the models and processors used in the request.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct AiAgentInfo {
    /// The models used for the request.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub models: Option<Vec<super::AiAgentInfoModelsField>>,
    /// The processor used for the request.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub processor: Option<String>,
}

deserialize_struct!(
    runtime,
    AiAgentInfo {
        models: optional::<Option<Vec<super::AiAgentInfoModelsField>>>("models"),
        processor: optional::<Option<String>>("processor")
    }
);

/// An inline schema, which the spec does not describe (`#/components/schemas/AiAgentInfo/properties/models/items`).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct AiAgentInfoModelsField {
    /// The name of the model used for the request.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub name: Option<String>,
    /// The provider that owns the model used for the request.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub provider: Option<String>,
    /// The supported purpose utilized by the model used for the request.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub supported_purpose: Option<String>,
}

deserialize_struct!(
    runtime,
    AiAgentInfoModelsField {
        name: optional::<Option<String>>("name"),
        provider: optional::<Option<String>>("provider"),
        supported_purpose: optional::<Option<String>>("supported_purpose")
    }
);
