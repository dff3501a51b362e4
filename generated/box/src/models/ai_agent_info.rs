// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiAgentInfo`] and the types nested in it, from `#/components/schemas/AiAgentInfo`.

use crate::runtime::{self, deserialize_struct};

/// The information on the models and processors used in the request.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AiAgentInfo {
    /// The models used for the request.
    pub models: Option<Vec<super::AiAgentInfoModelsField>>,
    /// The processor used for the request.
    pub processor: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AiAgentInfo { models: optional("models"), processor: optional("processor") }
);

deserialize_struct!(
    runtime,
    AiAgentInfo {
        models: optional::<Option<Vec<super::AiAgentInfoModelsField>>>("models"),
        processor: optional::<Option<String>>("processor")
    }
);

/// An inline schema, which the spec does not describe (`#/components/schemas/AiAgentInfo/properties/models/items`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AiAgentInfoModelsField {
    /// The name of the model used for the request.
    pub name: Option<String>,
    /// The provider that owns the model used for the request.
    pub provider: Option<String>,
    /// The supported purpose utilized by the model used for the request.
    pub supported_purpose: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AiAgentInfoModelsField {
        name: optional("name"),
        provider: optional("provider"),
        supported_purpose: optional("supported_purpose")
    }
);

deserialize_struct!(
    runtime,
    AiAgentInfoModelsField {
        name: optional::<Option<String>>("name"),
        provider: optional::<Option<String>>("provider"),
        supported_purpose: optional::<Option<String>>("supported_purpose")
    }
);
