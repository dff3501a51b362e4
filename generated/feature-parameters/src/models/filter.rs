// @generated from specs/features/parameters.yaml by the generator; do not edit.
//! [`Filter`] and the types nested in it, from `#/components/schemas/Filter`.

use crate::runtime::{self, serialize_struct};

/// The `Filter` schema, which the spec does not describe (`#/components/schemas/Filter`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    /// The `field` property, which the spec does not describe (`#/components/schemas/Filter/properties/field`).
    pub field: Option<String>,
    /// The `value` property, which the spec does not describe (`#/components/schemas/Filter/properties/value`).
    pub value: Option<String>,
}

serialize_struct!(runtime, Filter { field: optional("field"), value: optional("value") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    Filter { field: optional::<Option<String>>("field"), value: optional::<Option<String>>("value") }
);
