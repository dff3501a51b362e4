// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionLabel`] and the types nested in it, from `#/components/schemas/FunctionLabel`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct FunctionLabel {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::LabelType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<super::FunctionAttribute>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sublabels: Option<Vec<super::FunctionSublabel>>,
}
