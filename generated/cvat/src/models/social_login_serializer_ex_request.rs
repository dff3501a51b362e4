// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SocialLoginSerializerExRequest`] and the types nested in it, from `#/components/schemas/SocialLoginSerializerExRequest`.

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct SocialLoginSerializerExRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_params: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}
