// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`PatchedMembershipWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedMembershipWriteRequest`.

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedMembershipWriteRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<super::RoleEnum>,
}
