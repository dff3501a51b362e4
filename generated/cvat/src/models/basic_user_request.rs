// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`BasicUserRequest`] and the types nested in it, from `#/components/schemas/BasicUserRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct BasicUserRequest {
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    pub username: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
}
