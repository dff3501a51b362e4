// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`PatchedMembershipRequest`] and the types nested in it, from `#/components/schemas/PatchedMembershipRequest`.

/// The `PatchedMembershipRequest` schema, which the spec does not describe (`#/components/schemas/PatchedMembershipRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedMembershipRequest {
    /// The `role` property, which the spec does not describe (`#/components/schemas/PatchedMembershipRequest/properties/role`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<super::RoleEnum>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedMembershipRequest { role: optional::<Option<super::RoleEnum>>("role") }
);
