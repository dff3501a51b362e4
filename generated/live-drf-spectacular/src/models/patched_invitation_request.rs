// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`PatchedInvitationRequest`] and the types nested in it, from `#/components/schemas/PatchedInvitationRequest`.

/// The `PatchedInvitationRequest` schema, which the spec does not describe (`#/components/schemas/PatchedInvitationRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct PatchedInvitationRequest {
    /// The `organization` property, which the spec does not describe (`#/components/schemas/PatchedInvitationRequest/properties/organization`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<i64>,
    /// The `role` property, which the spec does not describe (`#/components/schemas/PatchedInvitationRequest/properties/role`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<super::RoleEnum>,
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
}
