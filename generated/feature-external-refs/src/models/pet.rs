// @generated from specs/features/external-refs.yaml by the generator; do not edit.
//! [`Pet`] and the types nested in it, from `#/x-generator-bundled/common/components/schemas/Pet`.

#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
pub struct Pet {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<super::Tag>,
}
