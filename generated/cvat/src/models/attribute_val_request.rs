// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AttributeValRequest`] and the types nested in it, from `#/components/schemas/AttributeValRequest`.

use crate::runtime::{self, serialize_struct};

/// The `AttributeValRequest` schema, which the spec does not describe (`#/components/schemas/AttributeValRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct AttributeValRequest {
    /// The `spec_id` property, which the spec does not describe (`#/components/schemas/AttributeValRequest/properties/spec_id`).
    pub spec_id: i64,
    /// The `value` property, which the spec does not describe (`#/components/schemas/AttributeValRequest/properties/value`).
    pub value: String,
}

serialize_struct!(runtime, AttributeValRequest { spec_id: required("spec_id"), value: required("value") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AttributeValRequest { spec_id: required::<i64>("spec_id"), value: required::<String>("value") }
);
