// @generated from specs/features/external-refs.yaml by the generator; do not edit.
//! [`Pet`] and the types nested in it, from `#/x-generator-bundled/common/components/schemas/Pet`.

use crate::runtime::{self, deserialize_struct};

/// The `Pet` schema, which the spec does not describe (`common.yaml#/components/schemas/Pet`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pet {
    /// The `name` property, which the spec does not describe (`common.yaml#/components/schemas/Pet/properties/name`).
    pub name: Option<String>,
    /// The `tag` property, which the spec does not describe (`common.yaml#/components/schemas/Pet/properties/tag`).
    pub tag: Option<super::Tag>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, Pet { name: optional("name"), tag: optional("tag") });

deserialize_struct!(
    runtime,
    Pet { name: optional::<Option<String>>("name"), tag: optional::<Option<super::Tag>>("tag") }
);
