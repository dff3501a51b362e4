// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`PatchedMembershipWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedMembershipWriteRequest`.

/// The `PatchedMembershipWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedMembershipWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedMembershipWriteRequest {
    /// The `role` property, which the spec does not describe (`#/components/schemas/PatchedMembershipWriteRequest/properties/role`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<super::RoleEnum>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedMembershipWriteRequest { role: optional::<Option<super::RoleEnum>>("role") }
);
