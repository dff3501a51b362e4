// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Attribute`] and the types nested in it, from `#/components/schemas/Attribute`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Attribute {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    pub name: String,
    pub mutable: bool,
    pub input_type: super::InputTypeEnum,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_value: Option<String>,
    pub values: Vec<String>,
}
