// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`PatchedMembershipRequest`] and the types nested in it, from `#/components/schemas/PatchedMembershipRequest`.

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedMembershipRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<super::RoleEnum>,
}
