// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionSublabelRequest`] and the types nested in it, from `#/components/schemas/FunctionSublabelRequest`.

use crate::runtime::{self, serialize_struct};

/// The `FunctionSublabelRequest` schema, which the spec does not describe (`#/components/schemas/FunctionSublabelRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionSublabelRequest {
    /// The `name` property, which the spec does not describe (`#/components/schemas/FunctionSublabelRequest/properties/name`).
    pub name: String,
    /// The `type` property, which the spec does not describe (`#/components/schemas/FunctionSublabelRequest/properties/type`).
    pub r#type: Option<super::LabelType>,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/FunctionSublabelRequest/properties/attributes`).
    pub attributes: Option<Vec<super::FunctionAttributeRequest>>,
}

serialize_struct!(
    runtime,
    FunctionSublabelRequest { name: required("name"), r#type: optional("type"), attributes: optional("attributes") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    FunctionSublabelRequest {
        name: required::<String>("name"),
        r#type: optional::<Option<super::LabelType>>("type"),
        attributes: optional::<Option<Vec<super::FunctionAttributeRequest>>>("attributes")
    }
);
