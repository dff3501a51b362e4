// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionLabelRequest`] and the types nested in it, from `#/components/schemas/FunctionLabelRequest`.

use crate::runtime::{self, serialize_struct};

/// The `FunctionLabelRequest` schema, which the spec does not describe (`#/components/schemas/FunctionLabelRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionLabelRequest {
    /// The `name` property, which the spec does not describe (`#/components/schemas/FunctionLabelRequest/properties/name`).
    pub name: String,
    /// The `type` property, which the spec does not describe (`#/components/schemas/FunctionLabelRequest/properties/type`).
    pub r#type: Option<super::LabelType>,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/FunctionLabelRequest/properties/attributes`).
    pub attributes: Option<Vec<super::FunctionAttributeRequest>>,
    /// The `sublabels` property, which the spec does not describe (`#/components/schemas/FunctionLabelRequest/properties/sublabels`).
    pub sublabels: Option<Vec<super::FunctionSublabelRequest>>,
}

serialize_struct!(
    runtime,
    FunctionLabelRequest {
        name: required("name"),
        r#type: optional("type"),
        attributes: optional("attributes"),
        sublabels: optional("sublabels")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    FunctionLabelRequest {
        name: required::<String>("name"),
        r#type: optional::<Option<super::LabelType>>("type"),
        attributes: optional::<Option<Vec<super::FunctionAttributeRequest>>>("attributes"),
        sublabels: optional::<Option<Vec<super::FunctionSublabelRequest>>>("sublabels")
    }
);
