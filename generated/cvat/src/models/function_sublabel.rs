// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionSublabel`] and the types nested in it, from `#/components/schemas/FunctionSublabel`.

use crate::runtime::{self, deserialize_struct};

/// The `FunctionSublabel` schema, which the spec does not describe (`#/components/schemas/FunctionSublabel`).
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionSublabel {
    /// The `name` property, which the spec does not describe (`#/components/schemas/FunctionSublabel/properties/name`).
    pub name: String,
    /// The `type` property, which the spec does not describe (`#/components/schemas/FunctionSublabel/properties/type`).
    pub r#type: Option<super::LabelType>,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/FunctionSublabel/properties/attributes`).
    pub attributes: Option<Vec<super::FunctionAttribute>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FunctionSublabel { name: required("name"), r#type: optional("type"), attributes: optional("attributes") }
);

deserialize_struct!(
    runtime,
    FunctionSublabel {
        name: required::<String>("name"),
        r#type: optional::<Option<super::LabelType>>("type"),
        attributes: optional::<Option<Vec<super::FunctionAttribute>>>("attributes")
    }
);
