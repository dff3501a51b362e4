// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionSublabel`] and the types nested in it, from `#/components/schemas/FunctionSublabel`.

use crate::runtime::{self, deserialize_struct};

/// The `FunctionSublabel` schema, which the spec does not describe (`#/components/schemas/FunctionSublabel`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct FunctionSublabel {
    /// The `name` property, which the spec does not describe (`#/components/schemas/FunctionSublabel/properties/name`).
    pub name: String,
    /// The `type` property, which the spec does not describe (`#/components/schemas/FunctionSublabel/properties/type`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub r#type: Option<super::LabelType>,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/FunctionSublabel/properties/attributes`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub attributes: Option<Vec<super::FunctionAttribute>>,
}

deserialize_struct!(
    runtime,
    FunctionSublabel {
        name: required::<String>("name"),
        r#type: optional::<Option<super::LabelType>>("type"),
        attributes: optional::<Option<Vec<super::FunctionAttribute>>>("attributes")
    }
);
