// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`InvitationRequest`] and the types nested in it, from `#/components/schemas/InvitationRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct InvitationRequest {
    pub organization: i64,
    pub role: super::RoleEnum,
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    pub user: String,
}
