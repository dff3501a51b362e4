// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Attribute`] and the types nested in it, from `#/components/schemas/Attribute`.

use crate::runtime::{self, deserialize_struct};

/// The `Attribute` schema, which the spec does not describe (`#/components/schemas/Attribute`).
#[derive(Clone, Debug, PartialEq)]
pub struct Attribute {
    /// The `id` property, which the spec does not describe (`#/components/schemas/Attribute/properties/id`).
    pub id: Option<i64>,
    /// The `name` property, which the spec does not describe (`#/components/schemas/Attribute/properties/name`).
    pub name: String,
    /// The `mutable` property, which the spec does not describe (`#/components/schemas/Attribute/properties/mutable`).
    pub mutable: bool,
    /// The `input_type` property, which the spec does not describe (`#/components/schemas/Attribute/properties/input_type`).
    pub input_type: super::InputTypeEnum,
    /// The `default_value` property, which the spec does not describe (`#/components/schemas/Attribute/properties/default_value`).
    pub default_value: Option<String>,
    /// The `values` property, which the spec does not describe (`#/components/schemas/Attribute/properties/values`).
    pub values: Vec<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Attribute {
        id: optional("id"),
        name: required("name"),
        mutable: required("mutable"),
        input_type: required("input_type"),
        default_value: optional("default_value"),
        values: required("values")
    }
);

deserialize_struct!(
    runtime,
    Attribute {
        id: optional::<Option<i64>>("id"),
        name: required::<String>("name"),
        mutable: required::<bool>("mutable"),
        input_type: required::<super::InputTypeEnum>("input_type"),
        default_value: optional::<Option<String>>("default_value"),
        values: required::<Vec<String>>("values")
    }
);
