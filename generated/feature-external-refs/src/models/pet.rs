// @generated from specs/features/external-refs.yaml by the generator; do not edit.
//! [`Pet`] and the types nested in it, from `#/x-generator-bundled/common/components/schemas/Pet`.

use crate::runtime::{self, deserialize_struct};

/// The `Pet` schema, which the spec does not describe (`common.yaml#/components/schemas/Pet`).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Pet {
    /// The `name` property, which the spec does not describe (`common.yaml#/components/schemas/Pet/properties/name`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub name: Option<String>,
    /// The `tag` property, which the spec does not describe (`common.yaml#/components/schemas/Pet/properties/tag`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub tag: Option<super::Tag>,
}

deserialize_struct!(
    runtime,
    Pet { name: optional::<Option<String>>("name"), tag: optional::<Option<super::Tag>>("tag") }
);
