// @generated from specs/features/external-refs.yaml by the generator; do not edit.
//! [`Pet`] and the types nested in it, from `#/x-generator-bundled/common/components/schemas/Pet`.

/// The `Pet` schema, which the spec does not describe (`common.yaml#/components/schemas/Pet`).
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Pet {
    /// The `name` property, which the spec does not describe (`common.yaml#/components/schemas/Pet/properties/name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `tag` property, which the spec does not describe (`common.yaml#/components/schemas/Pet/properties/tag`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<super::Tag>,
}
