// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LoginSerializerExRequest`] and the types nested in it, from `#/components/schemas/LoginSerializerExRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct LoginSerializerExRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub password: String,
}
