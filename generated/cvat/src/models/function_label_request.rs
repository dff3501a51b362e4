// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionLabelRequest`] and the types nested in it, from `#/components/schemas/FunctionLabelRequest`.

/// The `FunctionLabelRequest` schema, which the spec does not describe (`#/components/schemas/FunctionLabelRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct FunctionLabelRequest {
    /// The `name` property, which the spec does not describe (`#/components/schemas/FunctionLabelRequest/properties/name`).
    pub name: String,
    /// The `type` property, which the spec does not describe (`#/components/schemas/FunctionLabelRequest/properties/type`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::LabelType>,
    /// The `attributes` property, which the spec does not describe (`#/components/schemas/FunctionLabelRequest/properties/attributes`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<super::FunctionAttributeRequest>>,
    /// The `sublabels` property, which the spec does not describe (`#/components/schemas/FunctionLabelRequest/properties/sublabels`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sublabels: Option<Vec<super::FunctionSublabelRequest>>,
}

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
