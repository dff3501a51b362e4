// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`PatchedInvitationWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedInvitationWriteRequest`.

/// The `PatchedInvitationWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedInvitationWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct PatchedInvitationWriteRequest {
    /// The `role` property, which the spec does not describe (`#/components/schemas/PatchedInvitationWriteRequest/properties/role`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<super::RoleEnum>,
    /// The `email` property, which the spec does not describe (`#/components/schemas/PatchedInvitationWriteRequest/properties/email`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}
