// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AttributeVal`] and the types nested in it, from `#/components/schemas/AttributeVal`.

use crate::runtime::{self, deserialize_struct};

/// The `AttributeVal` schema, which the spec does not describe (`#/components/schemas/AttributeVal`).
#[derive(Clone, Debug, PartialEq)]
pub struct AttributeVal {
    /// The `spec_id` property, which the spec does not describe (`#/components/schemas/AttributeVal/properties/spec_id`).
    pub spec_id: i64,
    /// The `value` property, which the spec does not describe (`#/components/schemas/AttributeVal/properties/value`).
    pub value: String,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AttributeVal { spec_id: required("spec_id"), value: required("value") }
);

deserialize_struct!(runtime, AttributeVal { spec_id: required::<i64>("spec_id"), value: required::<String>("value") });
