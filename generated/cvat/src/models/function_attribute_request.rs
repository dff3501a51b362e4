// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionAttributeRequest`] and the types nested in it, from `#/components/schemas/FunctionAttributeRequest`.

use crate::runtime::{self, serialize_struct};

/// The `FunctionAttributeRequest` schema, which the spec does not describe (`#/components/schemas/FunctionAttributeRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionAttributeRequest {
    /// The `name` property, which the spec does not describe (`#/components/schemas/FunctionAttributeRequest/properties/name`).
    pub name: String,
    /// The `values` property, which the spec does not describe (`#/components/schemas/FunctionAttributeRequest/properties/values`).
    pub values: Vec<String>,
    /// The `input_type` property, which the spec does not describe (`#/components/schemas/FunctionAttributeRequest/properties/input_type`).
    pub input_type: super::InputTypeEnum,
}

serialize_struct!(
    runtime,
    FunctionAttributeRequest { name: required("name"), values: required("values"), input_type: required("input_type") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    FunctionAttributeRequest {
        name: required::<String>("name"),
        values: required::<Vec<String>>("values"),
        input_type: required::<super::InputTypeEnum>("input_type")
    }
);
