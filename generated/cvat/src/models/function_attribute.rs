// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionAttribute`] and the types nested in it, from `#/components/schemas/FunctionAttribute`.

use crate::runtime::{self, deserialize_struct};

/// The `FunctionAttribute` schema, which the spec does not describe (`#/components/schemas/FunctionAttribute`).
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionAttribute {
    /// The `name` property, which the spec does not describe (`#/components/schemas/FunctionAttribute/properties/name`).
    pub name: String,
    /// The `values` property, which the spec does not describe (`#/components/schemas/FunctionAttribute/properties/values`).
    pub values: Vec<String>,
    /// The `input_type` property, which the spec does not describe (`#/components/schemas/FunctionAttribute/properties/input_type`).
    pub input_type: super::InputTypeEnum,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FunctionAttribute { name: required("name"), values: required("values"), input_type: required("input_type") }
);

deserialize_struct!(
    runtime,
    FunctionAttribute {
        name: required::<String>("name"),
        values: required::<Vec<String>>("values"),
        input_type: required::<super::InputTypeEnum>("input_type")
    }
);
