// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionLabel`] and the types nested in it, from `#/components/schemas/FunctionLabel`.

use crate::runtime::{self, deserialize_struct};

/// The `FunctionLabel` schema, which the spec does not describe (`#/components/schemas/FunctionLabel`).
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionLabel {
    /// The `name` property, which the spec does not describe (`#/components/schemas/FunctionLabel/properties/name`).
    pub name: String,
    /// The `type` property, which the spec does not describe (`#/components/schemas/FunctionLabel/properties/type`).
    pub r#type: Option<super::LabelType>,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/FunctionLabel/properties/attributes`).
    pub attributes: Option<Vec<super::FunctionAttribute>>,
    /// The `sublabels` property, which the spec does not describe (`#/components/schemas/FunctionLabel/properties/sublabels`).
    pub sublabels: Option<Vec<super::FunctionSublabel>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FunctionLabel {
        name: required("name"),
        r#type: optional("type"),
        attributes: optional("attributes"),
        sublabels: optional("sublabels")
    }
);

deserialize_struct!(
    runtime,
    FunctionLabel {
        name: required::<String>("name"),
        r#type: optional::<Option<super::LabelType>>("type"),
        attributes: optional::<Option<Vec<super::FunctionAttribute>>>("attributes"),
        sublabels: optional::<Option<Vec<super::FunctionSublabel>>>("sublabels")
    }
);
