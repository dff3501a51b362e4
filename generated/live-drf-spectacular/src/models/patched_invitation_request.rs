// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`PatchedInvitationRequest`] and the types nested in it, from `#/components/schemas/PatchedInvitationRequest`.

/// The `PatchedInvitationRequest` schema, which the spec does not describe (`#/components/schemas/PatchedInvitationRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedInvitationRequest {
    /// The `organization` property, which the spec does not describe (`#/components/schemas/PatchedInvitationRequest/properties/organization`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<i64>,
    /// The `role` property, which the spec does not describe (`#/components/schemas/PatchedInvitationRequest/properties/role`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<super::RoleEnum>,
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedInvitationRequest {
        organization: optional::<Option<i64>>("organization"),
        role: optional::<Option<super::RoleEnum>>("role"),
        user: optional::<Option<String>>("user")
    }
);
