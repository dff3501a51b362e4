// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`PatchedMembershipWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedMembershipWriteRequest`.

/// The `PatchedMembershipWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedMembershipWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct PatchedMembershipWriteRequest {
    /// The `role` property, which the spec does not describe (`#/components/schemas/PatchedMembershipWriteRequest/properties/role`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<super::RoleEnum>,
}
