// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionSublabel`] and the types nested in it, from `#/components/schemas/FunctionSublabel`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct FunctionSublabel {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::LabelType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<super::FunctionAttribute>>,
}
