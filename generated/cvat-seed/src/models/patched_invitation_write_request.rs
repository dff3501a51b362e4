// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`PatchedInvitationWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedInvitationWriteRequest`.

use crate::runtime::{self, serialize_struct};

/// The `PatchedInvitationWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedInvitationWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatchedInvitationWriteRequest {
    /// The `role` property, which the spec does not describe (`#/components/schemas/PatchedInvitationWriteRequest/properties/role`).
    pub role: Option<super::RoleEnum>,
    /// The `email` property, which the spec does not describe (`#/components/schemas/PatchedInvitationWriteRequest/properties/email`).
    pub email: Option<String>,
}

serialize_struct!(runtime, PatchedInvitationWriteRequest { role: optional("role"), email: optional("email") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedInvitationWriteRequest {
        role: optional::<Option<super::RoleEnum>>("role"),
        email: optional::<Option<String>>("email")
    }
);
