// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`InvitationWriteRequest`] and the types nested in it, from `#/components/schemas/InvitationWriteRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct InvitationWriteRequest {
    pub role: super::RoleEnum,
    pub email: String,
}
