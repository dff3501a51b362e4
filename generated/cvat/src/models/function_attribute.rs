// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionAttribute`] and the types nested in it, from `#/components/schemas/FunctionAttribute`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct FunctionAttribute {
    pub name: String,
    pub values: Vec<String>,
    pub input_type: super::InputTypeEnum,
}
