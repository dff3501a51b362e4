// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SsoAuthMethod`] and the types nested in it, from `#/components/schemas/SSOAuthMethod`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct SsoAuthMethod {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    pub public_name: String,
    pub selection_schema: super::SelectionSchemaEnum,
}
