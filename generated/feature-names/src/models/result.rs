// @generated from specs/features/names.yaml by the generator; do not edit.
//! [`Result2`] and the types nested in it, from `#/components/schemas/Result`.

/// Named like a prelude type, so it is renamed.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
pub struct Result2 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    #[serde(rename = "self", default, skip_serializing_if = "Option::is_none")]
    pub self_: Option<String>,
    #[serde(rename = "$id", default, skip_serializing_if = "Option::is_none")]
    pub id_field: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "2fa", default, skip_serializing_if = "Option::is_none")]
    pub n2fa: Option<bool>,
    #[serde(rename = "camelCase", default, skip_serializing_if = "Option::is_none")]
    pub camel_case_field: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub camel_case: Option<String>,
}
