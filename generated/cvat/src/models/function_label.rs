// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionLabel`] and the types nested in it, from `#/components/schemas/FunctionLabel`.

use crate::runtime::{self, deserialize_struct};

/// The `FunctionLabel` schema, which the spec does not describe (`#/components/schemas/FunctionLabel`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct FunctionLabel {
    /// The `name` property, which the spec does not describe (`#/components/schemas/FunctionLabel/properties/name`).
    pub name: String,
    /// The `type` property, which the spec does not describe (`#/components/schemas/FunctionLabel/properties/type`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub r#type: Option<super::LabelType>,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/FunctionLabel/properties/attributes`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub attributes: Option<Vec<super::FunctionAttribute>>,
    /// The `sublabels` property, which the spec does not describe (`#/components/schemas/FunctionLabel/properties/sublabels`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub sublabels: Option<Vec<super::FunctionSublabel>>,
}

deserialize_struct!(
    runtime,
    FunctionLabel {
        name: required::<String>("name"),
        r#type: optional::<Option<super::LabelType>>("type"),
        attributes: optional::<Option<Vec<super::FunctionAttribute>>>("attributes"),
        sublabels: optional::<Option<Vec<super::FunctionSublabel>>>("sublabels")
    }
);
