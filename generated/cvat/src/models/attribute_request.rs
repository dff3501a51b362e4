// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AttributeRequest`] and the types nested in it, from `#/components/schemas/AttributeRequest`.

use crate::runtime::{self, serialize_struct};

/// The `AttributeRequest` schema, which the spec does not describe (`#/components/schemas/AttributeRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct AttributeRequest {
    /// The `id` property, which the spec does not describe (`#/components/schemas/AttributeRequest/properties/id`).
    pub id: Option<i64>,
    /// The `name` property, which the spec does not describe (`#/components/schemas/AttributeRequest/properties/name`).
    pub name: String,
    /// The `mutable` property, which the spec does not describe (`#/components/schemas/AttributeRequest/properties/mutable`).
    pub mutable: bool,
    /// The `input_type` property, which the spec does not describe (`#/components/schemas/AttributeRequest/properties/input_type`).
    pub input_type: super::InputTypeEnum,
    /// The `default_value` property, which the spec does not describe (`#/components/schemas/AttributeRequest/properties/default_value`).
    pub default_value: Option<String>,
    /// The `values` property, which the spec does not describe (`#/components/schemas/AttributeRequest/properties/values`).
    pub values: Vec<String>,
    /// Delete the attribute and all related annotation values.
    ///
    /// Write-only: sent, never returned.
    pub deleted: Option<bool>,
}

serialize_struct!(
    runtime,
    AttributeRequest {
        id: optional("id"),
        name: required("name"),
        mutable: required("mutable"),
        input_type: required("input_type"),
        default_value: optional("default_value"),
        values: required("values"),
        deleted: optional("deleted")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AttributeRequest {
        id: optional::<Option<i64>>("id"),
        name: required::<String>("name"),
        mutable: required::<bool>("mutable"),
        input_type: required::<super::InputTypeEnum>("input_type"),
        default_value: optional::<Option<String>>("default_value"),
        values: required::<Vec<String>>("values"),
        deleted: optional::<Option<bool>>("deleted")
    }
);
