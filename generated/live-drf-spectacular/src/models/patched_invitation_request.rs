// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`PatchedInvitationRequest`] and the types nested in it, from `#/components/schemas/PatchedInvitationRequest`.

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedInvitationRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<super::RoleEnum>,
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
}
