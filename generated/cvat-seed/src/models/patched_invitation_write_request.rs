// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`PatchedInvitationWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedInvitationWriteRequest`.

/// The `PatchedInvitationWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedInvitationWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedInvitationWriteRequest {
    /// The `role` property, which the spec does not describe (`#/components/schemas/PatchedInvitationWriteRequest/properties/role`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<super::RoleEnum>,
    /// The `email` property, which the spec does not describe (`#/components/schemas/PatchedInvitationWriteRequest/properties/email`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedInvitationWriteRequest {
        role: optional::<Option<super::RoleEnum>>("role"),
        email: optional::<Option<String>>("email")
    }
);
