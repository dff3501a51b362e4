// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`PatchedInvitationWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedInvitationWriteRequest`.

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedInvitationWriteRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<super::RoleEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}
