// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`PatchedMembershipRequest`] and the types nested in it, from `#/components/schemas/PatchedMembershipRequest`.

use crate::runtime::{self, serialize_struct};

/// The `PatchedMembershipRequest` schema, which the spec does not describe (`#/components/schemas/PatchedMembershipRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatchedMembershipRequest {
    /// The `role` property, which the spec does not describe (`#/components/schemas/PatchedMembershipRequest/properties/role`).
    pub role: Option<super::RoleEnum>,
}

serialize_struct!(runtime, PatchedMembershipRequest { role: optional("role") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedMembershipRequest { role: optional::<Option<super::RoleEnum>>("role") }
);
