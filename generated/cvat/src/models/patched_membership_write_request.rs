// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedMembershipWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedMembershipWriteRequest`.

use crate::runtime::{self, serialize_struct};

/// The `PatchedMembershipWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedMembershipWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatchedMembershipWriteRequest {
    /// The `role` property, which the spec does not describe (`#/components/schemas/PatchedMembershipWriteRequest/properties/role`).
    pub role: Option<super::RoleEnum>,
}

serialize_struct!(runtime, PatchedMembershipWriteRequest { role: optional("role") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedMembershipWriteRequest { role: optional::<Option<super::RoleEnum>>("role") }
);
