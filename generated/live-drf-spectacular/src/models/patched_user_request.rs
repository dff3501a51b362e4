// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`PatchedUserRequest`] and the types nested in it, from `#/components/schemas/PatchedUserRequest`.

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedUserRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Email address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}
